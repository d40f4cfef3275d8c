#pragma once
// The computation behind a review view, on a worker thread (QtConcurrent) with its progress bar and Cancel
// button, so the GUI thread never waits for the engine. Starting again cancels the run under way; only the newest
// run's result is applied.
#include "common/progress.h"

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tagscope::gui {

class ReviewTask : public QWidget {
    Q_OBJECT
public:
    // What a run hands back to the GUI thread: the function that shows its result, or the error to show.
    struct Outcome {
        std::function<void()> apply;
        QString error;
    };
    // Runs on the worker: the engine call, reporting progress and checking `cancel`; an exception becomes the error.
    using Work = std::function<Outcome(const ProgressCallback& progress, const CancelToken* cancel)>;

    explicit ReviewTask(QWidget* parent = nullptr);
    ~ReviewTask() override; // cancels and waits for the run under way

    void start(const QString& what, Work work);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished();                      // the newest run's result was applied
    void failed(const QString& error);    // the newest run threw
    void cancelled();

private:
    void runDone(QFutureWatcher<Outcome>* watcher, quint64 generation);
    void showProgress(quint64 generation, quint64 done, quint64 total, const QString& phase);

    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    QString what_;
    quint64 generation_ = 0;
    std::shared_ptr<CancelToken> token_;
    QFutureWatcher<Outcome>* running_ = nullptr;
};

} // namespace tagscope::gui
