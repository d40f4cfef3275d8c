#include "main_window.h"

#include "analysis/analysis_runner.h"
#include "analysis/band_rule_bar.h"
#include "browse/image_filter_runner.h"
#include "browse/image_inspector.h"
#include "common/app_icons.h"
#include "common/dataset_image_source.h"
#include "common/tag_data.h"
#include "dataset_controller.h"
#include "embeddings/embedding_store.h"
#include "import_report_dialog.h"
#include "neighbours/neighbour_dock.h"
#include "recent_datasets.h"
#include "session_restore.h"
#include "settings/app_settings.h"
#include "settings/preferences_apply.h"
#include "training/training_panel.h"
#include "welcome_page.h"

#include "common/number_format.h"
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
    createCorrectionActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    connectReviewRuns();

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
    controller_->open(path, showsCorrections());
}

void MainWindow::openDemoDataset()
{
    lastError_.clear();
    controller_->openDemo(showsCorrections());
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

bool MainWindow::showAnalysisTab(const QString& name)
{
    const QStringList names = {QStringLiteral("frequency"), QStringLiteral("summary"), QStringLiteral("cooccurrence")};
    const int index = names.indexOf(name);
    if (index < 0)
        return false;
    histogramAction_->setChecked(true);
    analysisTabs_->setCurrentIndex(index);
    return true;
}

void MainWindow::analysisTabChanged(int index)
{
    // The heatmap needs a square's worth of height to show every tag name: a shorter pane grows while it shows,
    // and gives the grid its rows back when another tab is chosen (unless the user moved the divider meanwhile).
    constexpr int kCooccurrenceTab = 2;
    constexpr int kHeatmapHeight = 470;
    const QList<int> sizes = rightSplitter_->sizes();
    if (index != kCooccurrenceTab) {
        if (!sizesBeforeHeatmap_.isEmpty())
            rightSplitter_->setSizes(sizesBeforeHeatmap_);
        sizesBeforeHeatmap_.clear();
    } else if (sizes.size() == 2 && sizes[1] < kHeatmapHeight) {
        const int height = std::min(kHeatmapHeight, sizes[0] + sizes[1] - 200); // the grid keeps a row of thumbnails
        if (height > sizes[1]) {
            sizesBeforeHeatmap_ = sizes;
            rightSplitter_->setSizes({sizes[0] + sizes[1] - height, height});
        }
    }
}

bool MainWindow::isAnalysing() const
{
    return analysis_->isRunning();
}

QString MainWindow::issueSummary() const
{
    return data_ && data_->report.issueCount > 0 ? issuesLabel_->text() : QString();
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
    {
        const QSignalBlocker blocker(analysisTabs_); // the saved sizes already have the tab's pane height
        analysisTabs_->setCurrentIndex(settings.value(QStringLiteral("view/analysisTab"), 0).toInt());
    }
    for (const QVariant& size : settings.value(QStringLiteral("window/rightSplitterBeforeHeatmap")).toList())
        sizesBeforeHeatmap_.push_back(size.toInt());
    setThumbnailSide(settings.value(QStringLiteral("view/thumbnailSide"), kDefaultThumbnailSide).toInt());
    applyThumbnailPreferences(gridModel_->loader(), AppSettings());
    setBandRule(*parseBandRule(AppSettings().defaultBandRule().toStdString(), nullptr));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), mainSplitter_->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), rightSplitter_->saveState());
    settings.setValue(QStringLiteral("window/rightSplitterBeforeHeatmap"), QVariantList(sizesBeforeHeatmap_.cbegin(), sizesBeforeHeatmap_.cend()));
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
    if (!trainingPanel_->confirmClose()) { // a run in progress: stopped first, then the window closes
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

void MainWindow::setBandRule(const BandRule& rule)
{
    bandRuleBar_->setRule(rule);
    showBands();
}

void MainWindow::showBands()
{
    trainingPanel_->setBandRule(bandRuleBar_->rule());
    if (!data_)
        return;
    const LoadedDataset& loaded = *data_;
    const DatasetStatistics& statistics = loaded.statistics;
    const ResolvedBands bands = TagData::resolve(statistics, bandRuleBar_->rule());
    tagPanel_->setTags(TagData::tagRows(loaded, bands.bands), TagData::imageCounts(statistics));
    histogram_->setBars(TagData::histogramBars(loaded, bands.bands), TagData::bandLimits(bands.thresholds),
                        TagData::bandSplitLabel(statistics), TagData::bandSplitUnit(statistics),
                        TagData::bandSplit(statistics).imbalanceRatio, TagData::bandSplitView(statistics));
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
    trainingPanel_->setDataset(data_);
    showBands();
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
    keptView_.reset();
    updateCorrectionsLabel();
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
    showPage(mainSplitter_);
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
