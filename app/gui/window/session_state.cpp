#include "session_state.h"

#include "embeddings/embedding_store.h"
#include "main_window.h"
#include "review/review_page.h"
#include "review/review_session.h"
#include "training/training_panel.h"

#include "tags/image_filter_bar.h"

#include <QSettings>
#include <QTabWidget>

namespace tagscope::gui {

namespace {
const QString kGroup = QStringLiteral("session");
const QString kDataset = QStringLiteral("dataset");
const QString kFilter = QStringLiteral("filter");
const QString kTag = QStringLiteral("tag");
const QString kEmbeddings = QStringLiteral("embeddings");
const QString kEmbeddingModel = QStringLiteral("embeddingModel");
const QString kTrainingShown = QStringLiteral("trainingShown");
const QString kTrainingTab = QStringLiteral("trainingTab");
const QString kShownRun = QStringLiteral("shownRun");
const QString kComparisonRun = QStringLiteral("comparisonRun");
const QString kReviewScores = QStringLiteral("reviewScores");
const QString kReviewShown = QStringLiteral("reviewShown");
} // namespace

SessionState SessionState::capture(const MainWindow& window)
{
    SessionState state;
    if (const auto data = window.dataset()) {
        state.dataset = data->path;
        state.filterExpression = window.filterBar()->expression();
        const int tag = window.currentTag();
        if (state.filterExpression.isEmpty() && tag >= 0 && tag < static_cast<int>(data->dataset.tagCount()))
            state.tag = QString::fromStdString(data->dataset.tag(static_cast<std::size_t>(tag)).displayName);
        if (const EmbeddingStore* store = window.embeddingStore(); !store->isEmpty()) {
            state.embeddings = store->sourcePath();
            state.embeddingModel = store->modelPath();
        }
        if (const ReviewSession* review = window.reviewPage()->session(); review->isReady() || review->isRunning())
            state.reviewScores = review->scoresPath();
        state.reviewShown = window.isShowingReview();
    }
    state.trainingShown = window.isShowingTraining();
    const TrainingPanel* panel = window.trainingPanel();
    state.trainingTab = panel->tabs()->currentIndex();
    state.shownRun = panel->shownRun();
    state.comparisonRun = panel->comparisonRun();
    return state;
}

SessionState SessionState::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    SessionState state;
    state.dataset = settings.value(kDataset).toString();
    state.filterExpression = settings.value(kFilter).toString();
    state.tag = settings.value(kTag).toString();
    state.embeddings = settings.value(kEmbeddings).toString();
    state.embeddingModel = settings.value(kEmbeddingModel).toString();
    state.trainingShown = settings.value(kTrainingShown, false).toBool();
    state.trainingTab = settings.value(kTrainingTab, -1).toInt();
    state.shownRun = settings.value(kShownRun).toString();
    state.comparisonRun = settings.value(kComparisonRun).toString();
    state.reviewScores = settings.value(kReviewScores).toString();
    state.reviewShown = settings.value(kReviewShown, false).toBool();
    return state;
}

void SessionState::save() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kDataset, dataset);
    settings.setValue(kFilter, filterExpression);
    settings.setValue(kTag, tag);
    settings.setValue(kEmbeddings, embeddings);
    settings.setValue(kEmbeddingModel, embeddingModel);
    settings.setValue(kTrainingShown, trainingShown);
    settings.setValue(kTrainingTab, trainingTab);
    settings.setValue(kShownRun, shownRun);
    settings.setValue(kComparisonRun, comparisonRun);
    settings.setValue(kReviewScores, reviewScores);
    settings.setValue(kReviewShown, reviewShown);
}

void SessionState::clear()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const QString& key : {kDataset, kFilter, kTag, kEmbeddings, kEmbeddingModel, kTrainingShown, kTrainingTab, kShownRun,
                               kComparisonRun, kReviewScores, kReviewShown})
        settings.remove(key);
}

} // namespace tagscope::gui
