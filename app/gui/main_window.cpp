#include "main_window.h"

#include "analysis_runner.h"
#include "app_icons.h"
#include "app_settings.h"
#include "dataset_controller.h"
#include "dataset_image_source.h"
#include "embedding_store.h"
#include "image_filter_runner.h"
#include "image_inspector.h"
#include "import_report_dialog.h"
#include "neighbour_dock.h"
#include "preferences_apply.h"
#include "recent_datasets.h"
#include "session_restore.h"
#include "tag_data.h"
#include "training_dock.h"
#include "training_panel.h"
#include "welcome_page.h"

#include "cooccurrence_heatmap.h"
#include "image_filter_bar.h"
#include "imbalance_summary_view.h"
#include "number_format.h"
#include "tag_histogram.h"
#include "tag_panel.h"
#include "task_progress_widget.h"
#include "thumbnail_grid_model.h"
#include "thumbnail_disk_cache.h"
#include "virtual_thumbnail_grid.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace tagscope::gui {

namespace {

constexpr int kWelcomePage = 0;
constexpr int kWorkspacePage = 1;
constexpr int kDefaultThumbnailSide = 128;
constexpr int kThumbnailSides[] = {64, 80, 96, 112, 128, 152, 176, 208, 256}; // the steps of Ctrl+ and Ctrl-

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString folderName(const QString& path)
{
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    return name.isEmpty() ? nativePath(path) : name;
}

// A dropped folder or annotation file (the loader reads Open Images CSVs through their folder); empty when the
// drop holds neither.
QString droppedDatasetFolder(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            return info.absoluteFilePath();
        static const QStringList annotationSuffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                                       QStringLiteral("json")};
        if (info.isFile() && annotationSuffixes.contains(info.suffix(), Qt::CaseInsensitive))
            return info.absoluteFilePath();
    }
    return {};
}

LabelState toLabelState(ui::ImageFilterBar::LabelFilter filter)
{
    switch (filter) {
    case ui::ImageFilterBar::LabelFilter::Positive: return LabelState::Positive;
    case ui::ImageFilterBar::LabelFilter::Negative: return LabelState::Negative;
    case ui::ImageFilterBar::LabelFilter::Unknown: return LabelState::Unknown;
    case ui::ImageFilterBar::LabelFilter::NotPositive: break; // not a single state: ImageFilter::without
    }
    return LabelState::Positive;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), controller_(new DatasetController(this)), filterRunner_(new ImageFilterRunner(this))
{
    initResources();
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    setDocumentMode(true);

    analysis_ = new AnalysisRunner(this);
    embeddingStore_ = new EmbeddingStore(this);
    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(controller_, &DatasetController::started, this, &MainWindow::importStarted);
    connect(controller_, &DatasetController::busyChanged, this, &MainWindow::importBusyChanged);
    connect(controller_, &DatasetController::progressChanged, progress_, &ui::TaskProgressWidget::setProgress);
    connect(controller_, &DatasetController::loaded, this, &MainWindow::showDataset);
    connect(controller_, &DatasetController::failed, this, &MainWindow::importFailed);
    connect(controller_, &DatasetController::cancelled, this, &MainWindow::importCancelled);
    connect(progress_, &ui::TaskProgressWidget::cancelRequested, controller_, &DatasetController::cancel);
    connect(filterRunner_, &ImageFilterRunner::finished, this, &MainWindow::filterFinished);
    connect(filterRunner_, &ImageFilterRunner::failed, this, [this](const QString& message, const ImageFilter& filter) {
        if (!data_ || filter != currentFilter())
            return;
        filterBar_->setBusy(false);
        filterBar_->setExpressionError(message);
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 8000);
        Q_EMIT filterFailed(message);
    });

    readSettings();
    updateWindowTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    controller_->cancelAndWait();
}

// ---- Public API ----

void MainWindow::openDataset(const QString& path)
{
    if (path.trimmed().isEmpty())
        return;
    lastError_.clear();
    controller_->open(path);
}

void MainWindow::openDemoDataset()
{
    lastError_.clear();
    controller_->openDemo();
}

void MainWindow::openAtStartup(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty()) {
        openDataset(commandLinePath);
        return;
    }
    const bool restore = AppSettings().restoreSession();
    if (restore && (new SessionRestorer(this, SessionState::load()))->start())
        return;
    const QStringList recent = RecentDatasets::list();
    if (recent.isEmpty())
        openDemoDataset();
    else if (restore && QFileInfo(recent.first()).isDir())
        openDataset(recent.first());
}

bool MainWindow::isBusy() const
{
    return controller_->isBusy();
}

bool MainWindow::isFiltering() const
{
    return filterRunner_->isRunning();
}

void MainWindow::setCurrentTag(int tag)
{
    if (data_ && tag == currentTag_ && imageSetFilter_.kind == ImageFilter::Kind::ImageSet) {
        clearImageSetFilter(); // the same tag again: back from the map's image set to the tag
        applyFilter();
        return;
    }
    if (!data_ || tag == currentTag_ || tag >= static_cast<int>(data_->dataset.tagCount()))
        return;
    clearImageSetFilter(); // a tag replaces the map's image set
    currentTag_ = tag;
    secondTag_ = -1;
    histogram_->setSelectedTag(tag);
    if (tagPanel_->currentTag() != tag)
        tagPanel_->selectTag(tag);
    filterBar_->setTag(tag >= 0 ? QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tag)).displayName) : QString());
    showAllAction_->setEnabled(tag >= 0);
    applyFilter();
}

void MainWindow::setFilterExpression(const QString& expression)
{
    const QString text = expression.trimmed();
    clearImageSetFilter(); // an expression replaces the map's image set
    if (!data_ || (text == filterBar_->expression() && !text.isEmpty()))
        return;
    if (!text.isEmpty() && currentTag_ >= 0) {
        currentTag_ = -1; // the expression replaces the tag filter
        secondTag_ = -1;
        histogram_->setSelectedTag(-1);
        filterBar_->setTag(QString());
    }
    filterBar_->setExpression(text);
    showAllAction_->setEnabled(!text.isEmpty() || currentTag_ >= 0);
    applyFilter();
}

void MainWindow::showAllImages()
{
    if (imageSetFilter_.kind == ImageFilter::Kind::ImageSet) {
        clearImageSetFilter();
        if (currentTag_ < 0 && filterBar_->expression().isEmpty()) {
            showAllAction_->setEnabled(false);
            applyFilter();
            return;
        }
    }
    if (!filterBar_->expression().isEmpty())
        setFilterExpression(QString());
    setCurrentTag(-1);
}

void MainWindow::showImagesWithTag(int tag)
{
    showTagWithLabel(tag, int(ui::ImageFilterBar::LabelFilter::Positive));
}

void MainWindow::showImagesWithoutTag(int tag)
{
    showTagWithLabel(tag, int(ui::ImageFilterBar::LabelFilter::NotPositive));
}

void MainWindow::showImagesWithBothTags(int tagA, int tagB)
{
    if (!data_ || tagA < 0 || tagB < 0 || tagA == tagB) {
        showImagesWithTag(tagA);
        return;
    }
    {
        const QSignalBlocker blocker(filterBar_);
        filterBar_->setLabelFilter(ui::ImageFilterBar::LabelFilter::Positive);
    }
    setCurrentTag(tagA); // selects A in the table and the histogram; the pair's filter below supersedes A's
    secondTag_ = tagB;
    filterBar_->setSecondTag(QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tagB)).displayName));
    applyFilter();
}

void MainWindow::showTagWithLabel(int tag, int labelFilter)
{
    if (!data_ || tag < 0)
        return;
    {
        const QSignalBlocker blocker(filterBar_);
        filterBar_->setLabelFilter(static_cast<ui::ImageFilterBar::LabelFilter>(labelFilter));
    }
    if (tag != currentTag_) {
        setCurrentTag(tag);
        return;
    }
    secondTag_ = -1;
    filterBar_->setTag(QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tag)).displayName));
    applyFilter();
}

ImageFilter MainWindow::currentFilter() const
{
    if (imageSetFilter_.kind == ImageFilter::Kind::ImageSet)
        return imageSetFilter_;
    if (!filterBar_->expression().isEmpty())
        return ImageFilter::matching(filterBar_->expression());
    if (currentTag_ < 0)
        return ImageFilter::all();
    if (secondTag_ >= 0)
        return ImageFilter::both(currentTag_, secondTag_);
    const ui::ImageFilterBar::LabelFilter label = filterBar_->labelFilter();
    if (label == ui::ImageFilterBar::LabelFilter::NotPositive)
        return ImageFilter::without(currentTag_);
    return ImageFilter::label(currentTag_, toLabelState(label));
}

bool MainWindow::showAnalysisTab(const QString& name)
{
    const QStringList names = {QStringLiteral("frequency"), QStringLiteral("summary"), QStringLiteral("cooccurrence")};
    const int index = names.indexOf(name);
    if (index < 0)
        return false;
    histogramAction_->setChecked(true);
    analysisTabs_->setCurrentIndex(index);
    // The heatmap needs a square's worth of height to show every tag name; a shorter pane grows when asked for it.
    constexpr int kHeatmapHeight = 470;
    const QList<int> sizes = rightSplitter_->sizes();
    if (name == names[2] && sizes.size() == 2 && sizes[1] < kHeatmapHeight) {
        const int height = std::min(kHeatmapHeight, sizes[0] + sizes[1] - 200); // the grid keeps a row of thumbnails
        if (height > sizes[1])
            rightSplitter_->setSizes({sizes[0] + sizes[1] - height, height});
    }
    return true;
}

bool MainWindow::isAnalysing() const
{
    return analysis_->isRunning();
}

QString MainWindow::issueSummary() const
{
    return data_ && data_->report.issueCount > 0 ? issuesLabel_->text() : QString();
}

// ---- Construction ----

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
    viewMenu_->addSeparator();
    viewMenu_->addAction(inspectorDock_->toggleViewAction());
    viewMenu_->addAction(trainingDock_->toggleViewAction());
    viewMenu_->addAction(embeddingMapAction_);
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
    bar->addAction(trainingDock_->toggleViewAction());
    bar->addAction(embeddingMapAction_);
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
    analysisTabs_->addTab(histogram_, tr("Tag Frequency"));
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

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter_->addWidget(tagPanel_);
    mainSplitter_->addWidget(rightSplitter_);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setChildrenCollapsible(false);
    mainSplitter_->setSizes({470, 970});
    tagPanel_->setMinimumWidth(300);

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
    trainingDock_ = new TrainingDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, trainingDock_);
    trainingDock_->hide(); // until View > Training; the saved window state brings it back
    connect(trainingDock_->panel(), &TrainingPanel::tagRequested, this, &MainWindow::showImagesWithTag);
    connect(trainingDock_->panel(), &TrainingPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(gridView_, &ui::VirtualThumbnailGrid::currentRowChanged, this, &MainWindow::showCurrentImage);
    connect(inspector_, &ImageInspector::stepRequested, this, &MainWindow::stepImage);
    connect(trainingDock_->panel()->controller(), &TrainingController::stateChanged, this, &MainWindow::updateTrainingActions);
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
    statusBar()->addPermanentWidget(summaryLabel_);
}

// ---- Settings ----

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(QSize(1440, 900).boundedTo(available.size() * 0.9));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    mainSplitter_->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    rightSplitter_->restoreState(settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    tagPanel_->restoreHeaderState(settings.value(QStringLiteral("window/tagHeader")).toByteArray());
    tagPanelAction_->setChecked(settings.value(QStringLiteral("view/tagPanel"), true).toBool());
    histogramAction_->setChecked(settings.value(QStringLiteral("view/histogram"), true).toBool());
    tagPanel_->setVisible(tagPanelAction_->isChecked());
    analysisTabs_->setVisible(histogramAction_->isChecked());
    analysisTabs_->setCurrentIndex(settings.value(QStringLiteral("view/analysisTab"), 0).toInt());
    setThumbnailSide(settings.value(QStringLiteral("view/thumbnailSide"), kDefaultThumbnailSide).toInt());
    applyThumbnailPreferences(gridModel_->loader(), AppSettings());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), mainSplitter_->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), rightSplitter_->saveState());
    settings.setValue(QStringLiteral("window/tagHeader"), tagPanel_->saveHeaderState());
    settings.setValue(QStringLiteral("view/tagPanel"), tagPanelAction_->isChecked());
    settings.setValue(QStringLiteral("view/histogram"), histogramAction_->isChecked());
    settings.setValue(QStringLiteral("view/analysisTab"), analysisTabs_->currentIndex());
    settings.setValue(QStringLiteral("view/thumbnailSide"), gridModel_->thumbnailSide());
    SessionState::capture(*this).save();
}

// ---- Events ----

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!trainingDock_->panel()->confirmClose()) { // a run in progress: stopped first, then the window closes
        event->ignore();
        return;
    }
    writeSettings();
    // An import cannot be abandoned mid-way (the worker owns half-built data): cancel it and wait, which is
    // quick because the engine checks the token at least once per chunk.
    controller_->cancelAndWait();
    progress_->finish();
    gridModel_->loader()->clearPending();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedDatasetFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString folder = droppedDatasetFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openDataset(folder);
}

// ---- Opening datasets ----

void MainWindow::chooseFolder()
{
    const QStringList recent = RecentDatasets::list();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"), start);
    if (!folder.isEmpty())
        openDataset(folder);
}

void MainWindow::chooseFile()
{
    const QStringList recent = RecentDatasets::list();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Annotation File"), start,
                                                      tr("Annotations (*.json *.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        openDataset(file);
}

void MainWindow::reload()
{
    if (data_)
        openDataset(data_->path);
}

void MainWindow::importStarted(const QString& task)
{
    progress_->start(task);
    if (!data_)
        welcome_->setStatus(task + QStringLiteral("…"));
}

void MainWindow::importBusyChanged(bool busy)
{
    if (!busy)
        progress_->finish();
    reloadAction_->setEnabled(!busy && data_);
}

void MainWindow::showDataset(std::shared_ptr<const LoadedDataset> data)
{
    data_ = std::move(data);
    embeddingStore_->clear(); // the rows named the previous dataset's images
    const LoadedDataset& loaded = *data_;
    const DatasetStatistics& statistics = loaded.statistics;
    currentTag_ = -1;
    lastError_.clear();

    gridModel_->setSource(std::make_shared<DatasetImageSource>(data_));
    inspector_->setDataset(data_);
    neighbourDock_->setDataset(data_);
    trainingDock_->panel()->setDataset(data_);
    tagPanel_->setTags(TagData::tagRows(loaded), TagData::imageCounts(statistics));
    histogram_->setBars(TagData::histogramBars(loaded), TagData::bandLimits(statistics), TagData::bandSplitLabel(statistics),
                        TagData::bandSplitUnit(statistics), TagData::bandSplit(statistics).imbalanceRatio,
                        TagData::bandSplitView(statistics));
    summaryView_->clear();
    heatmap_->setBusy(true);
    analysis_->computeSummaries(data_);
    analysis_->computeCooccurrence(data_, heatmap_->topCount());
    {
        const QSignalBlocker blocker(filterBar_);
        filterBar_->setLabelFilter(ui::ImageFilterBar::LabelFilter::Positive);
    }
    filterBar_->setTag(QString());
    filterBar_->setCounts(0, loaded.dataset.imageCount());
    showAllAction_->setEnabled(false);

    summaryLabel_->setText(TagData::summary(loaded));
    const ImportReport& report = loaded.report;
    if (report.issueCount > 0) {
        const QString what = report.rowsSkipped > 0
                                 ? (report.rowsSkipped == 1 ? tr("1 row skipped") : tr("%1 rows skipped").arg(ui::groupedNumber(report.rowsSkipped)))
                                 : (report.issueCount == 1 ? tr("1 import issue") : tr("%1 import issues").arg(ui::groupedNumber(report.issueCount)));
        issuesLabel_->setText(QStringLiteral("<span style='color:#c77c00'>⚠</span> %1 – <a href=\"#report\">%2</a>").arg(what, tr("details")));
        issuesLabel_->show();
    } else {
        issuesLabel_->clear();
        issuesLabel_->hide();
    }
    reportAction_->setEnabled(report.issueCount > 0);
    reloadAction_->setEnabled(!controller_->isBusy());

    RecentDatasets::add(loaded.path);
    updateRecentMenu();
    welcome_->setStatus(QString());
    pages_->setCurrentIndex(kWorkspacePage);
    updateWindowTitle();
    statusBar()->showMessage(tr("Opened %1").arg(nativePath(loaded.path)), 5000);
    applyFilter();
    Q_EMIT datasetShown();
}

void MainWindow::importFailed(const QString& path, const QString& message)
{
    lastError_ = message.isEmpty() ? tr("%1: unknown error").arg(nativePath(path)) : message;
    statusBar()->showMessage(tr("Could not open %1").arg(nativePath(path)), 10000);
    if (!QFileInfo::exists(path))
        RecentDatasets::remove(path);
    if (!data_)
        welcome_->setStatus(QStringLiteral("<span style='color:#b03a2e'>%1</span>").arg(lastError_.toHtmlEscaped()));

    // Not exec(): the window keeps running (and tests keep going) while the message is shown.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Dataset"),
                                tr("Tagscope could not open the dataset in\n%1").arg(nativePath(path)), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setInformativeText(lastError_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT openFailed(lastError_);
}

void MainWindow::importCancelled(const QString& path)
{
    statusBar()->showMessage(tr("Opening %1 was cancelled").arg(nativePath(path)), 5000);
    if (!data_)
        welcome_->setStatus(QString());
}

// ---- Filtering ----

void MainWindow::applyFilter()
{
    if (!data_)
        return;
    filterBar_->setBusy(true);
    filterRunner_->run(data_, currentFilter());
}

void MainWindow::filterFinished(const QVector<int>& images, const ImageFilter& filter)
{
    if (!data_ || filter != currentFilter())
        return;
    gridModel_->setImages(images);
    gridView_->scrollToTop();
    gridView_->setCurrentRow(images.isEmpty() ? -1 : 0); // the inspector shows the first image; arrows start here
    filterBar_->setBusy(false);
    filterBar_->setCounts(static_cast<quint64>(images.size()), data_->dataset.imageCount());
    updateEmbeddingFilter(images, filter);
}

// ---- Menus, dialogs, view ----

void MainWindow::updateRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = RecentDatasets::list();
    int number = 1;
    for (const QString& path : recent) {
        const QString label = number <= 9 ? QStringLiteral("&%1  %2").arg(number).arg(folderName(path)) : folderName(path);
        QAction* action = recentMenu_->addAction(label);
        action->setToolTip(nativePath(path));
        action->setStatusTip(nativePath(path));
        connect(action, &QAction::triggered, this, [this, path] { openDataset(path); });
        ++number;
    }
    if (!recent.isEmpty()) {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear Menu"), this, [] { RecentDatasets::clear(); });
    }
    recentMenu_->setToolTipsVisible(true);
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(data_ ? tr("%1 — Tagscope").arg(folderName(data_->path)) : tr("Tagscope"));
}

void MainWindow::showImportReport()
{
    if (!data_)
        return;
    auto* dialog = new ImportReportDialog(data_->path, data_->report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setThumbnailSide(int side)
{
    side = std::clamp(side, kThumbnailSides[0], kThumbnailSides[std::size(kThumbnailSides) - 1]);
    gridView_->setThumbnailSide(side);
    for (QAction* action : thumbnailSizes_->actions())
        action->setChecked(action->data().toInt() == side);
    zoomInAction_->setEnabled(side < kThumbnailSides[std::size(kThumbnailSides) - 1]);
    zoomOutAction_->setEnabled(side > kThumbnailSides[0]);
}

void MainWindow::stepThumbnailSide(int direction)
{
    const int side = gridView_->thumbnailSide();
    int next = side;
    for (int candidate : kThumbnailSides)
        if ((direction > 0 && candidate > side) || (direction < 0 && candidate < side)) {
            next = candidate;
            if (direction > 0)
                break; // the first larger step; for smaller, the last one below wins
        }
    setThumbnailSide(next);
}

void MainWindow::showCurrentImage(int row)
{
    inspector_->showImage(gridModel_->imageAt(row), row, gridModel_->rowCount());
}

} // namespace tagscope::gui
