// MainWindow's Review page: label questions one card at a time or a tag's candidates as a grid, duplicate pairs and
// leaks, outliers and what to label next (from the window's embeddings), shown in place of the browser with
// View > Review (Ctrl+4); File > Open Scores for Review… loads a score file of `tagscope-cli predict` or `crossval`.
// The image in question shows in the inspector; the page writes the decisions to the dataset's corrections itself.
// Its decisions refresh the window (refreshCorrections); its incompleteness estimates colour the long-tail plot, whose
// tags open their queue; Review Labels with this Run opens its scores here.
#include "main_window.h"

#include "browse/image_inspector.h"
#include "common/app_icons.h"
#include "review/review_page.h"
#include "review/review_session.h"
#include "training/training_panel.h"

#include "thumbnails/thumbnail_grid_model.h"
#include "plots/long_tail_plot.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAction>
#include <QStackedWidget>

namespace tagscope::gui {

void MainWindow::createReviewPage()
{
    reviewPage_ = new ReviewPage;
    reviewPage_->setEmbeddingStore(embeddingStore_); // duplicates, outliers and what to label next use them
    pages_->addWidget(reviewPage_);

    reviewAction_ = new QAction(actionIcon(QStringLiteral("review"), QStyle::SP_DialogYesButton), tr("Re&view"), this);
    reviewAction_->setObjectName(QStringLiteral("reviewAction"));
    reviewAction_->setCheckable(true);
    reviewAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    reviewAction_->setToolTip(tr("Review the labels a model flags as missing or wrong, one image at a time (Ctrl+4)"));
    reviewAction_->setEnabled(false);
    connect(reviewAction_, &QAction::toggled, this, &MainWindow::showReview);

    openScoresAction_ = new QAction(tr("Open &Scores for Review…"), this);
    openScoresAction_->setObjectName(QStringLiteral("openScoresAction"));
    openScoresAction_->setToolTip(tr("Review the labels against a score file of tagscope-cli predict or crossval"));
    openScoresAction_->setEnabled(false);
    connect(openScoresAction_, &QAction::triggered, this, [this] {
        showReview(true);
        reviewPage_->chooseScores();
    });

    connect(this, &MainWindow::datasetShown, this, [this] {
        reviewPage_->setDiskCache(gridModel_->loader()->diskCache());
        reviewPage_->setDataset(data_);
        reviewAction_->setEnabled(true);
        openScoresAction_->setEnabled(true);
    });
    connect(reviewPage_, &ReviewPage::imageChosen, this, [this](int image) { inspector_->showImage(image, -1, 0); });

    // Decisions show in the browser, the tag table, the histogram and the map; the page follows the new opening.
    connect(reviewPage_, &ReviewPage::correctionsChanged, this, &MainWindow::refreshCorrections);
    connect(this, &MainWindow::correctionsRefreshed, this, [this] { reviewPage_->setDataset(data_); });
    // The long-tail plot colours each tag by how incomplete the review estimates it; a click opens its queue.
    connect(reviewPage_, &ReviewPage::tagIncompletenessReady, trainingPanel_->longTail(), &ui::LongTailPlot::setTagIncompleteness);
    // Review Labels with this Run: its scores open on the page.
    connect(this, &MainWindow::reviewScoresReady, this, [this](const QString& npyPath) {
        showReview(true);
        reviewPage_->openScores(npyPath); // a file that does not fit is refused on the page, naming it
    });
}

bool MainWindow::showReviewQueue(int tag)
{
    if (!reviewPage_->session()->isReady())
        return false;
    showReview(true);
    reviewPage_->showTagQueue(tag);
    return true;
}

bool MainWindow::isShowingReview() const { return pages_->currentWidget() == static_cast<QWidget*>(reviewPage_); }

void MainWindow::showReview(bool show)
{
    if (!data_)
        return;
    if (show)
        showPage(reviewPage_);
    else if (pages_->currentWidget() == static_cast<QWidget*>(reviewPage_))
        showPage(browserPage());
}

} // namespace tagscope::gui
