// MainWindow's construction: actions, menus, tool bar, the central splitters and docks, the status bar.
#include "main_window.h"

#include "welcome_page.h"

#include "analysis/analysis_runner.h"
#include "analysis/band_rule_bar.h"
#include "browse/image_inspector.h"
#include "common/app_icons.h"
#include "neighbours/neighbour_dock.h"

#include "forms/task_progress_widget.h"
#include "plots/cooccurrence_heatmap.h"
#include "plots/imbalance_summary_view.h"
#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_panel.h"
#include "thumbnails/thumbnail_disk_cache.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace tagscope::gui {

void MainWindow::createActions()
{
    openAction_ = new QAction(actionIcon(QStringLiteral("open"), QStyle::SP_DialogOpenButton), tr("&Open Dataset…"), this);
    openAction_->setShortcut(QKeySequence::Open);
    openAction_->setToolTip(tr("Open a dataset folder (Open Images, COCO, a CSV/TSV list or class folders)"));
    connect(openAction_, &QAction::triggered, this, &MainWindow::chooseFolder);

    openFileAction_ = new QAction(tr("Open Annotation &File…"), this);
    openFileAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFileAction_->setToolTip(tr("Open a COCO instances JSON file or a CSV/TSV list of image paths and tags"));
    connect(openFileAction_, &QAction::triggered, this, &MainWindow::chooseFile);

    openDemoAction_ = new QAction(actionIcon(QStringLiteral("demo"), QStyle::SP_ComputerIcon), tr("Open &Demo Dataset"), this);
    openDemoAction_->setToolTip(tr("Open the Fashion Mosaic demo dataset, generating it on first use"));
    connect(openDemoAction_, &QAction::triggered, this, &MainWindow::openDemoDataset);

    reloadAction_ = new QAction(actionIcon(QStringLiteral("reload"), QStyle::SP_BrowserReload), tr("R&eload"), this);
    reloadAction_->setShortcut(QKeySequence::Refresh);
    reloadAction_->setToolTip(tr("Read the open dataset again from disk"));
    reloadAction_->setEnabled(false);
    connect(reloadAction_, &QAction::triggered, this, &MainWindow::reload);

    reportAction_ = new QAction(actionIcon(QStringLiteral("report"), QStyle::SP_MessageBoxWarning), tr("&Import Report…"), this);
    reportAction_->setToolTip(tr("List the rows the import had to skip"));
    reportAction_->setEnabled(false);
    connect(reportAction_, &QAction::triggered, this, &MainWindow::showImportReport);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    showAllAction_ = new QAction(actionIcon(QStringLiteral("filter-clear"), QStyle::SP_DialogResetButton), tr("S&how All Images"), this);
    showAllAction_->setShortcut(Qt::Key_Escape);
    showAllAction_->setToolTip(tr("Clear the tag filter (Esc)"));
    showAllAction_->setEnabled(false);
    connect(showAllAction_, &QAction::triggered, this, &MainWindow::showAllImages);

    tagPanelAction_ = new QAction(actionIcon(QStringLiteral("tags"), QStyle::SP_FileDialogDetailedView), tr("&Tag Panel"), this);
    tagPanelAction_->setCheckable(true);
    tagPanelAction_->setChecked(true);
    tagPanelAction_->setShortcut(Qt::CTRL | Qt::Key_1);
    tagPanelAction_->setPriority(QAction::LowPriority);

    histogramAction_ = new QAction(actionIcon(QStringLiteral("histogram"), QStyle::SP_FileDialogListView), tr("&Analysis Panel"), this);
    histogramAction_->setToolTip(tr("Show or hide the tag frequency, summary and co-occurrence plots under the grid"));
    histogramAction_->setCheckable(true);
    histogramAction_->setChecked(true);
    histogramAction_->setShortcut(Qt::CTRL | Qt::Key_2);
    histogramAction_->setPriority(QAction::LowPriority);

    const std::pair<QString, QString> tabs[] = {
        {tr("Tag &Frequency"), QStringLiteral("frequency")}, {tr("Im&balance Summary"), QStringLiteral("summary")},
        {tr("Tag &Co-occurrence"), QStringLiteral("cooccurrence")}};
    QAction** tabActions[] = {&frequencyTabAction_, &summaryTabAction_, &cooccurrenceTabAction_};
    for (int i = 0; i < 3; ++i) {
        *tabActions[i] = new QAction(tabs[i].first, this);
        (*tabActions[i])->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_1 + i)));
        connect(*tabActions[i], &QAction::triggered, this, [this, name = tabs[i].second] { showAnalysisTab(name); });
    }

    thumbnailSizes_ = new QActionGroup(this);
    thumbnailSizes_->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional); // Ctrl+/- reach sizes between these
    const std::pair<QString, int> sizes[] = {{tr("&Small Thumbnails"), 96}, {tr("&Medium Thumbnails"), kDefaultThumbnailSide}, {tr("&Large Thumbnails"), 176}};
    for (const auto& [text, side] : sizes) {
        QAction* action = thumbnailSizes_->addAction(text);
        action->setCheckable(true);
        action->setData(side);
        action->setChecked(side == kDefaultThumbnailSide);
    }
    connect(thumbnailSizes_, &QActionGroup::triggered, this, [this](QAction* action) { setThumbnailSide(action->data().toInt()); });
    zoomInAction_ = new QAction(tr("Zoom &In"), this);
    zoomInAction_->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomInAction_, &QAction::triggered, this, [this] { stepThumbnailSide(+1); });
    zoomOutAction_ = new QAction(tr("Zoom &Out"), this);
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOutAction_, &QAction::triggered, this, [this] { stepThumbnailSide(-1); });

    aboutAction_ = new QAction(applicationIcon(), tr("&About Tagscope"), this);
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::about);
    aboutQtAction_ = new QAction(tr("About &Qt"), this);
    aboutQtAction_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
    createWorkflowActions();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(openAction_);
    file->addAction(openFileAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(openDemoAction_);
    file->addAction(openScoresAction_);
    file->addSeparator();
    file->addAction(reloadAction_);
    file->addAction(reportAction_);
    file->addSeparator();
    file->addAction(preferencesAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addAction(tagPanelAction_);
    viewMenu_->addAction(histogramAction_);
    viewMenu_->addAction(frequencyTabAction_);
    viewMenu_->addAction(summaryTabAction_);
    viewMenu_->addAction(cooccurrenceTabAction_);
    viewMenu_->addAction(showCorrectionsAction_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(inspectorDock_->toggleViewAction());
    viewMenu_->addAction(trainingAction_);
    viewMenu_->addAction(embeddingMapAction_);
    viewMenu_->addAction(reviewAction_);
    viewMenu_->addAction(neighbourDock_->toggleViewAction());
    viewMenu_->addAction(neighbourDock_->findSimilarAction());
    viewMenu_->addSeparator();
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    viewMenu_->addActions(thumbnailSizes_->actions());
    viewMenu_->addSeparator();
    viewMenu_->addAction(showAllAction_);
    viewMenu_->addAction(filterFocusAction_);
    viewMenu_->addAction(nextImageAction_);
    viewMenu_->addAction(previousImageAction_);

    QMenu* training = menuBar()->addMenu(tr("&Training"));
    training->addAction(startTrainingAction_);
    training->addAction(stopTrainingAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction_);
    help->addSeparator();
    help->addAction(aboutAction_);
    help->addAction(aboutQtAction_);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(openAction_);
    bar->addAction(openDemoAction_);
    bar->addAction(reloadAction_);
    bar->addSeparator();
    bar->addAction(tagPanelAction_);
    bar->addAction(histogramAction_);
    bar->addAction(trainingAction_);
    bar->addAction(embeddingMapAction_);
    bar->addAction(reviewAction_);
    viewMenu_->insertAction(viewMenu_->actions().value(0), bar->toggleViewAction());
}

void MainWindow::createCentralWidget()
{
    tagPanel_ = new ui::TagPanel;
    filterBar_ = new ui::ImageFilterBar;
    filterBar_->setShowAllAction(showAllAction_);
    gridModel_ = new ui::ThumbnailGridModel(this);
    gridModel_->loader()->setDiskCache(std::make_shared<ui::ThumbnailDiskCache>(ui::ThumbnailDiskCache::defaultDirectory()));
    gridView_ = new ui::VirtualThumbnailGrid;
    gridView_->setGridModel(gridModel_);
    gridView_->setEmptyText(tr("No images match this filter."));
    histogram_ = new ui::TagHistogram;
    summaryView_ = new ui::ImbalanceSummaryView;
    heatmap_ = new ui::CooccurrenceHeatmap;
    analysisTabs_ = new QTabWidget;
    analysisTabs_->setObjectName(QStringLiteral("analysisTabs"));
    analysisTabs_->setDocumentMode(true);
    bandRuleBar_ = new BandRuleBar;
    auto* frequencyTab = new QWidget;
    auto* frequencyLayout = new QVBoxLayout(frequencyTab);
    frequencyLayout->setContentsMargins(0, 0, 0, 0);
    frequencyLayout->setSpacing(0);
    frequencyLayout->addWidget(bandRuleBar_);
    frequencyLayout->addWidget(histogram_, 1);
    connect(bandRuleBar_, &BandRuleBar::ruleChanged, this, &MainWindow::showBands);
    analysisTabs_->addTab(frequencyTab, tr("Tag Frequency"));
    analysisTabs_->addTab(summaryView_, tr("Summary"));
    analysisTabs_->addTab(heatmap_, tr("Co-occurrence"));

    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto* gridPane = new QWidget;
    auto* gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(filterBar_);
    gridLayout->addWidget(rule);
    gridLayout->addWidget(gridView_, 1);

    rightSplitter_ = new QSplitter(Qt::Vertical);
    rightSplitter_->setObjectName(QStringLiteral("rightSplitter"));
    rightSplitter_->addWidget(gridPane);
    rightSplitter_->addWidget(analysisTabs_);
    rightSplitter_->setStretchFactor(0, 3);
    rightSplitter_->setStretchFactor(1, 1);
    rightSplitter_->setChildrenCollapsible(false);
    rightSplitter_->setSizes({620, 300});
    connect(analysisTabs_, &QTabWidget::currentChanged, this, &MainWindow::analysisTabChanged);
    connect(rightSplitter_, &QSplitter::splitterMoved, this, [this] { sizesBeforeHeatmap_.clear(); }); // the user's sizes stay

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(tagPanel_);
    mainSplitter_->addWidget(rightSplitter_);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setChildrenCollapsible(false);
    mainSplitter_->setSizes({470, 970});

    welcome_ = new WelcomePage;
    pages_ = new QStackedWidget;
    pages_->addWidget(welcome_);
    pages_->addWidget(mainSplitter_);
    pages_->setCurrentIndex(kWelcomePage);
    setCentralWidget(pages_);

    inspector_ = new ImageInspector;
    inspectorDock_ = new QDockWidget(tr("Image Inspector"), this);
    inspectorDock_->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock_->setWidget(inspector_);
    inspectorDock_->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock_);
    connect(gridView_, &ui::VirtualThumbnailGrid::currentRowChanged, this, &MainWindow::showCurrentImage);
    connect(inspector_, &ImageInspector::stepRequested, this, &MainWindow::stepImage);
    createTrainingPage();
    updateTrainingActions();

    connect(tagPanel_, &ui::TagPanel::currentTagChanged, this, &MainWindow::setCurrentTag);
    connect(histogram_, &ui::TagHistogram::tagClicked, tagPanel_, &ui::TagPanel::selectTag);
    connect(tagPanel_, &ui::TagPanel::imagesWithTagRequested, this, &MainWindow::showImagesWithTag);
    connect(tagPanel_, &ui::TagPanel::imagesWithoutTagRequested, this, &MainWindow::showImagesWithoutTag);
    connect(heatmap_, &ui::CooccurrenceHeatmap::cellClicked, this, &MainWindow::showImagesWithBothTags);
    connect(heatmap_, &ui::CooccurrenceHeatmap::topCountChanged, this, [this](int count) {
        if (!data_)
            return;
        heatmap_->setBusy(true);
        analysis_->computeCooccurrence(data_, count);
    });
    connect(analysis_, &AnalysisRunner::summariesReady, summaryView_, &ui::ImbalanceSummaryView::setFigures);
    connect(analysis_, &AnalysisRunner::cooccurrenceReady, heatmap_, &ui::CooccurrenceHeatmap::setMatrix);
    connect(filterBar_, &ui::ImageFilterBar::labelFilterChanged, this, &MainWindow::applyFilter);
    connect(filterBar_, &ui::ImageFilterBar::expressionSubmitted, this, &MainWindow::setFilterExpression);
    connect(welcome_, &WelcomePage::openRequested, this, &MainWindow::chooseFolder);
    connect(welcome_, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoDataset);
    connect(tagPanelAction_, &QAction::toggled, tagPanel_, &QWidget::setVisible);
    connect(histogramAction_, &QAction::toggled, analysisTabs_, &QWidget::setVisible);
    createEmbeddingPage();
    createReviewPage();
    createNeighbourDock(); // after the embeddings page, whose actions it offers
}

void MainWindow::createStatusBar()
{
    progress_ = new ui::TaskProgressWidget;
    issuesLabel_ = new QLabel;
    issuesLabel_->setObjectName(QStringLiteral("importIssuesLabel"));
    issuesLabel_->setTextFormat(Qt::RichText);
    issuesLabel_->setToolTip(tr("Some rows of the label files could not be read; click for the list"));
    issuesLabel_->hide();
    connect(issuesLabel_, &QLabel::linkActivated, this, &MainWindow::showImportReport);
    summaryLabel_ = new QLabel;
    summaryLabel_->setObjectName(QStringLiteral("datasetSummaryLabel"));
    summaryLabel_->setText(tr("No dataset open"));
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(issuesLabel_);
    statusBar()->addPermanentWidget(correctionsLabel_);
    statusBar()->addPermanentWidget(summaryLabel_);
}

} // namespace tagscope::gui
