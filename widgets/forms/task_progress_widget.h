#pragma once
// A compact "what is running" strip for the status bar: a label, a progress bar and a Cancel button.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tagscope::ui {

class TaskProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgressWidget(QWidget* parent = nullptr);

    void start(const QString& task);                   // shows the widget, busy until the first progress
    void setProgress(quint64 done, quint64 total, const QString& phase); // total 0: busy indicator
    void finish();                                     // hides the widget
    QString task() const { return task_; }
    QToolButton* cancelButton() const { return cancel_; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
    QString task_;
};

} // namespace tagscope::ui
