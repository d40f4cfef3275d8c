#include "review_task.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>

namespace tagscope::gui {

ReviewTask::ReviewTask(QWidget* parent) : QWidget(parent), label_(new QLabel), bar_(new QProgressBar), cancel_(new QPushButton(tr("Cancel")))
{
    cancel_->setToolTip(tr("Stop the computation; nothing is changed"));
    bar_->setTextVisible(false);
    bar_->setMaximumHeight(12);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(label_);
    layout->addWidget(bar_, 1);
    layout->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &ReviewTask::cancel);
    hide();
}

ReviewTask::~ReviewTask()
{
    if (token_)
        token_->cancel();
    // Every watcher is a child: wait for the runs still going before the children (and the result functions) go.
    for (auto* watcher : findChildren<QFutureWatcher<Outcome>*>())
        watcher->waitForFinished();
}

void ReviewTask::start(const QString& what, Work work)
{
    if (token_)
        token_->cancel(); // its result, if any, is dropped: the generation moved on
    const quint64 generation = ++generation_;
    token_ = std::make_shared<CancelToken>();
    what_ = what;
    label_->setText(what);
    bar_->setRange(0, 0);
    show();

    // Progress crosses to the GUI thread at most once per permille step.
    auto lastPermille = std::make_shared<std::atomic<int>>(-1);
    QPointer<ReviewTask> self(this);
    ProgressCallback progress = [self, generation, lastPermille](std::uint64_t done, std::uint64_t total, const std::string& phase) {
        const int permille = total ? static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)) : 0;
        if (lastPermille->exchange(permille) == permille)
            return;
        const QString text = QString::fromStdString(phase);
        QMetaObject::invokeMethod(
            self.data(), [self, generation, done, total, text] {
                if (self)
                    self->showProgress(generation, done, total, text);
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    running_ = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] { runDone(watcher, generation); });
    std::shared_ptr<CancelToken> token = token_;
    watcher->setFuture(QtConcurrent::run([work = std::move(work), progress, token]() -> Outcome {
        try {
            return work(progress, token.get());
        } catch (const std::exception& error) {
            return {{}, QString::fromStdString(error.what())};
        }
    }));
}

void ReviewTask::showProgress(quint64 generation, quint64 done, quint64 total, const QString& phase)
{
    if (generation != generation_ || !running_)
        return;
    if (total) {
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
    }
    label_->setText(phase.isEmpty() ? what_ : QStringLiteral("%1 (%2)").arg(what_, phase));
}

void ReviewTask::cancel()
{
    if (!running_)
        return;
    token_->cancel();
    running_ = nullptr;
    ++generation_; // whatever the run returns now is dropped
    hide();
    Q_EMIT cancelled();
}

bool ReviewTask::isRunning() const
{
    return running_ != nullptr;
}

void ReviewTask::runDone(QFutureWatcher<Outcome>* watcher, quint64 generation)
{
    watcher->deleteLater();
    if (generation != generation_)
        return; // cancelled or replaced
    running_ = nullptr;
    hide();
    const Outcome outcome = watcher->result();
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
        return;
    }
    if (!outcome.apply) { // the engine saw the cancel before the button's click reached us
        Q_EMIT cancelled();
        return;
    }
    outcome.apply();
    Q_EMIT finished();
}

} // namespace tagscope::gui
