#include "session_restore.h"

#include "embeddings/embedding_page.h"
#include "main_window.h"
#include "recent_datasets.h"
#include "review/review_page.h"
#include "training/training_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>

namespace tagscope::gui {

SessionRestorer::SessionRestorer(MainWindow* window, SessionState state) : QObject(window), window_(window), state_(std::move(state)) {}

bool SessionRestorer::start()
{
    restoreRuns();
    if (state_.dataset.isEmpty()) {
        deleteLater();
        return false;
    }
    if (!QFileInfo::exists(state_.dataset)) {
        RecentDatasets::remove(state_.dataset);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Last Dataset Not Found"),
                                    tr("The dataset of the last session is no longer at\n%1").arg(QDir::toNativeSeparators(state_.dataset)),
                                    QMessageBox::Ok, window_);
        box->setObjectName(QStringLiteral("sessionRestoreBox"));
        box->setInformativeText(tr("It may have been moved, renamed or be on a drive that is not connected. Open it again "
                                   "from File > Open Dataset."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        finish(false);
        return true;
    }
    connect(window_, &MainWindow::datasetShown, this, &SessionRestorer::datasetShown);
    connect(window_, &MainWindow::openFailed, this, &SessionRestorer::datasetFailed); // the window shows the message
    window_->openDataset(state_.dataset);
    return true;
}

void SessionRestorer::restoreRuns()
{
    TrainingPanel* panel = window_->trainingPanel();
    if (!state_.shownRun.isEmpty() && QFileInfo(state_.shownRun).isDir()) {
        panel->openRun(state_.shownRun);
        if (!state_.comparisonRun.isEmpty() && QFileInfo(state_.comparisonRun).isDir())
            panel->compareWith(state_.comparisonRun);
    }
    if (state_.trainingTab >= 0 && state_.trainingTab < panel->tabs()->count())
        panel->tabs()->setCurrentIndex(state_.trainingTab);
    if (state_.trainingShown)
        window_->showTraining(true);
}

void SessionRestorer::datasetShown()
{
    const auto data = window_->dataset();
    if (!state_.filterExpression.isEmpty()) {
        window_->setFilterExpression(state_.filterExpression);
    } else if (!state_.tag.isEmpty() && data) {
        const std::string name = state_.tag.toStdString();
        for (std::size_t t = 0; t < data->dataset.tagCount(); ++t)
            if (data->dataset.tag(t).displayName == name) {
                window_->setCurrentTag(static_cast<int>(t));
                break;
            }
    }
    if (!state_.embeddings.isEmpty() && QFileInfo(state_.embeddings).isFile())
        window_->embeddingPage()->loadEmbeddings(state_.embeddings, state_.embeddingModel);
    // The review's scores again: its queues come back where they were (their progress is kept with the corrections).
    if (!state_.reviewScores.isEmpty() && QFileInfo(state_.reviewScores).isFile())
        window_->reviewPage()->openScores(state_.reviewScores);
    if (state_.trainingShown)
        window_->showTraining(true); // the dataset's arrival put the browser in front
    else if (state_.reviewShown)
        window_->showReview(true);
    finish(true);
}

void SessionRestorer::datasetFailed(const QString&)
{
    finish(false);
}

void SessionRestorer::finish(bool restored)
{
    disconnect(window_, nullptr, this, nullptr);
    Q_EMIT finished(restored);
    deleteLater();
}

} // namespace tagscope::gui
