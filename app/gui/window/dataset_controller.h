#pragma once
// Runs dataset imports (and the demo generation that may precede one) in a worker thread, one at a time,
// with progress and cancellation. Opening another dataset while one loads cancels the first.
#include "common/loaded_dataset.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace tagscope {
class CancelToken;
}

namespace tagscope::gui {

struct JobProgress;

class DatasetController : public QObject {
    Q_OBJECT
public:
    explicit DatasetController(QObject* parent = nullptr);
    ~DatasetController() override; // cancels and waits

    // With or without the review decisions kept for the dataset (quality/CORRECTIONS.md).
    void open(const QString& path, bool applyCorrections = true);
    // Reads the dataset again (from its cache when current) with the decisions as they are now, and emits
    // refreshed() rather than loaded(): the window swaps it in keeping what it shows.
    void refresh(const QString& path, bool applyCorrections);
    void openDemo(bool applyCorrections = true); // generates the demo dataset first when its folder holds none
    void cancel();
    void cancelAndWait(); // also forgets a queued job; for closing the window
    bool isBusy() const { return busy_; }
    QString currentTask() const;

    static QString demoFolder();

    struct Job {
        enum class Kind { Open, Demo, Refresh } kind = Kind::Open;
        QString path;
        bool applyCorrections = true;
    };
    struct Outcome {
        std::shared_ptr<const LoadedDataset> dataset; // null on error or cancel
        QString error;
        bool cancelled = false;
    };

Q_SIGNALS:
    void started(const QString& task);
    void progressChanged(quint64 done, quint64 total, const QString& phase);
    void loaded(std::shared_ptr<const tagscope::gui::LoadedDataset> dataset);
    void refreshed(std::shared_ptr<const tagscope::gui::LoadedDataset> dataset);
    void failed(const QString& path, const QString& message);
    void cancelled(const QString& path);
    void busyChanged(bool busy);

private:
    void start(const Job& job);
    void jobFinished();
    void pollProgress();

    QFutureWatcher<Outcome> watcher_;
    QTimer progressTimer_;
    std::shared_ptr<CancelToken> token_;
    std::shared_ptr<JobProgress> progress_;
    std::optional<Job> running_;
    std::optional<Job> queued_;
    bool busy_ = false;
};

} // namespace tagscope::gui
