// MainWindow's Training page: the training panel in place of the browser, as the embedding map is, so that its
// form and plots have the window's height (View > Training, Ctrl+3, or the tool bar). A click in its long-tail
// view shows the tag's images in the browser, which comes back to the front.
#include "main_window.h"

#include "welcome_page.h"

#include "common/app_icons.h"
#include "embeddings/embedding_page.h"
#include "review/review_page.h"
#include "training/training_controller.h"
#include "training/training_panel.h"

#include <QAction>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace tagscope::gui {

void MainWindow::createTrainingPage()
{
    trainingPanel_ = new TrainingPanel;
    trainingPanel_->setObjectName(QStringLiteral("trainingPage"));
    pages_->addWidget(trainingPanel_);

    trainingAction_ = new QAction(actionIcon(QStringLiteral("train"), QStyle::SP_MediaPlay), tr("Training"), this);
    trainingAction_->setObjectName(QStringLiteral("trainingAction"));
    trainingAction_->setCheckable(true);
    trainingAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    trainingAction_->setToolTip(tr("Show the training page in place of the browser: settings, live curves, the long-tail view and "
                                   "the run history (Ctrl+3)"));
    trainingAction_->setPriority(QAction::LowPriority);
    connect(trainingAction_, &QAction::toggled, this, &MainWindow::showTraining);

    connect(trainingPanel_, &TrainingPanel::tagRequested, this, [this](int tag) {
        if (showReviewQueue(tag)) // a review is open: the tag's missing labels, one card at a time
            return;
        showTraining(false); // the browser shows the tag's images
        showImagesWithTag(tag);
    });
    connect(trainingPanel_, &TrainingPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(trainingPanel_->controller(), &TrainingController::stateChanged, this, &MainWindow::updateTrainingActions);
}

void MainWindow::showTraining(bool show)
{
    if (show)
        showPage(trainingPanel_);
    else if (pages_->currentWidget() == trainingPanel_)
        showPage(browserPage());
}

bool MainWindow::isShowingTraining() const
{
    return pages_->currentWidget() == trainingPanel_;
}

void MainWindow::showPage(QWidget* page)
{
    pages_->setCurrentWidget(page);
    const QSignalBlocker mapBlocker(embeddingMapAction_), trainingBlocker(trainingAction_), reviewBlocker(reviewAction_);
    embeddingMapAction_->setChecked(page == embeddingPage_);
    trainingAction_->setChecked(page == trainingPanel_);
    reviewAction_->setChecked(page == reviewPage_);
}

QWidget* MainWindow::browserPage() const
{
    return data_ ? static_cast<QWidget*>(mainSplitter_) : static_cast<QWidget*>(welcome_);
}

} // namespace tagscope::gui
