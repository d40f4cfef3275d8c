// ReviewPage's modes beside the cards: the grid of one tag's candidates, and the views that work on the window's
// embeddings (duplicate pairs and leaks, outliers, what to label next). The views ask; the page's journal writes.
#include "review_page.h"

#include "common/image_mapper.h"
#include "correction_journal.h"
#include "duplicate_pairs_view.h"
#include "label_next_view.h"
#include "outlier_view.h"
#include "review_card.h"
#include "review_grid.h"
#include "review_session.h"

#include "embeddings/embedding_store.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>

namespace tagscope::gui {

ReviewPage::Mode ReviewPage::mode() const { return static_cast<Mode>(modes_->currentIndex()); }

void ReviewPage::showMode(Mode mode) { modes_->setCurrentIndex(static_cast<int>(mode)); }

void ReviewPage::setEmbeddingStore(EmbeddingStore* store)
{
    store_ = store;
    connect(store_, &EmbeddingStore::embeddingsChanged, this, [this] {
        pairsStale_ = outliersStale_ = labelNextStale_ = true;
        // The same file renumbered after a leave-out: the view shown keeps its list (its images are named through
        // the opening it was given) and searches again when shown next; other embeddings replace it at once.
        const bool renumbered = !store_->isEmpty() && store_->sourcePath() == embeddingSource_;
        embeddingSource_ = store_->sourcePath();
        if (!renumbered && (mode() == Mode::Pairs || mode() == Mode::Outliers || mode() == Mode::LabelNext))
            refreshMode();
    });
}

void ReviewPage::setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    grid_->setDiskCache(cache);
    pairs_->setDiskCache(cache);
    outliers_->setDiskCache(cache);
}

void ReviewPage::showNeeds(const QString& text)
{
    needsText_->setText(text);
    stack_->setCurrentWidget(needsPage_);
}

void ReviewPage::refreshMode()
{
    const Mode shown = mode();
    const bool embeddings = store_ && !store_->isEmpty();
    if (!data_) {
        stack_->setCurrentWidget(emptyPage_);
        return;
    }
    switch (shown) {
    case Mode::Cards:
    case Mode::Grid:
        if (session_->isReady()) {
            right_->setCurrentWidget(shown == Mode::Grid ? static_cast<QWidget*>(grid_) : card_);
            stack_->setCurrentWidget(reviewPage_);
            if (shown == Mode::Grid)
                refreshGrid();
            else
                card_->setFocus();
        } else {
            stack_->setCurrentWidget(session_->isRunning() ? busyPage_ : emptyPage_);
        }
        return;
    case Mode::Pairs:
    case Mode::Outliers:
        if (!embeddings) {
            showNeeds(tr("Duplicates, leaks and outliers are found in the embeddings of the dataset's images. Compute or "
                         "load them on the Embedding Map page (View > Embedding Map), then come back here."));
            return;
        }
        if (shown == Mode::Pairs && pairsStale_) {
            pairs_->setInputs(data_, store_->embeddings(), store_->imageIds());
            pairsStale_ = false;
        } else if (shown == Mode::Outliers && outliersStale_) {
            outliers_->setInputs(data_, store_->embeddings(), store_->imageIds());
            outliersStale_ = false;
        }
        stack_->setCurrentWidget(shown == Mode::Pairs ? static_cast<QWidget*>(pairs_) : outliers_);
        return;
    case Mode::LabelNext:
        if (!session_->isReady() || !embeddings) {
            showNeeds(tr("What to label next weighs the model's uncertainty on each unknown label against how unlike the "
                         "images already chosen an image is: it needs the model's scores (Open Scores… on the Cards tab) and "
                         "the embeddings of the dataset's images (View > Embedding Map)."));
            return;
        }
        if (labelNextStale_) {
            labelNext_->setInputs(data_, session_->scoresPath(), store_->embeddings(), store_->imageIds());
            labelNextStale_ = false;
        }
        stack_->setCurrentWidget(labelNext_);
        return;
    }
}

void ReviewPage::refreshGrid()
{
    if (!session_->isReady() || mode() != Mode::Grid)
        return;
    ReviewQueueKind kind = session_->queueKind() == ReviewQueueKind::LabelNext ? ReviewQueueKind::Missing : session_->queueKind();
    int tag = session_->queueTag();
    if (tag < 0 && !session_->tags().empty()) { // the grid is of one tag: the most incomplete to begin with
        tag = session_->tags().front().tag;
        session_->setQueue(kind, tag);
        refreshQueues();
    }
    const ReviewTag* t = session_->reviewTag(tag);
    if (!t)
        return;
    const bool below = kind == ReviewQueueKind::WrongPositive;
    std::vector<GridCandidate> candidates;
    for (int p = 0; p < session_->size(); ++p) {
        const ReviewCard card = *session_->cardAt(p);
        if (!session_->decisionOf(card))
            candidates.push_back({card.image, card.p, below ? 1.0 - card.p : card.p});
    }
    grid_->setCandidates(QString::fromStdString(session_->reviewedDataset()->dataset.tag(static_cast<std::size_t>(tag)).displayName), below ? 1 - t->negativeThreshold : t->positiveThreshold, candidates);
}

void ReviewPage::leaveOut(const LoadedDataset& named, const QVector<int>& images, bool leave)
{
    std::vector<std::string> names;
    for (int image : images)
        if (image >= 0 && static_cast<std::size_t>(image) < named.dataset.imageCount())
            names.push_back(named.dataset.imageName(static_cast<std::size_t>(image)));
    if (leave)
        journal_->leaveOut(names);
    else
        journal_->keep(names);
}

void ReviewPage::answerHere(const QVector<QPair<int, int>>& imageAndTag)
{
    if (!session_->isReady())
        return;
    QVector<QPair<int, int>> questions;
    for (const auto& [image, tag] : imageAndTag)
        if (const int reviewed = sameImageIn(labelNext_->dataset().get(), image, session_->reviewedDataset().get()); reviewed >= 0)
            questions.push_back({reviewed, tag});
    session_->addQuestions(questions);
    session_->setQueue(ReviewQueueKind::LabelNext, -1);
    modes_->setCurrentIndex(static_cast<int>(Mode::Cards));
    refreshQueues();
    card_->setFocus();
}

} // namespace tagscope::gui
