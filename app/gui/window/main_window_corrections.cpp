// MainWindow and the review decisions kept for the open dataset: the View toggle that shows the dataset with or
// without them, the status bar's count, and refreshCorrections(), which swaps in the dataset with the decisions as
// they are now while the browser keeps what it shows.
#include "main_window.h"

#include "common/image_mapper.h"
#include "analysis/analysis_runner.h"
#include "browse/image_filter_runner.h"
#include "browse/image_inspector.h"
#include "common/dataset_image_source.h"
#include "common/tag_data.h"
#include "dataset_controller.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "neighbours/neighbour_dock.h"
#include "training/review_run_dialog.h"
#include "training/review_scores_runner.h"
#include "training/run_history_panel.h"
#include "training/training_panel.h"

#include "common/number_format.h"
#include "plots/cooccurrence_heatmap.h"
#include "plots/imbalance_summary_view.h"
#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_panel.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "forms/task_progress_widget.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <climits>

namespace tagscope::gui {

namespace {

const QString kShowCorrectionsKey = QStringLiteral("view/reviewCorrections");

// The store's rows named the images of the previous opening: the rows of images still open are kept, renumbered as
// the new opening numbers them, so the duplicate pairs and the map need no new embeddings after a leave-out.
void renumberEmbeddings(EmbeddingStore& store, const ImageMapper& mapper)
{
    if (store.isEmpty())
        return;
    const FloatMatrix& old = *store.embeddings();
    auto kept = std::make_shared<FloatMatrix>();
    kept->cols = old.cols;
    std::vector<std::uint32_t> images;
    images.reserve(old.rows);
    kept->values.reserve(old.values.size());
    for (std::size_t r = 0; r < old.rows; ++r) {
        const int image = mapper.map(static_cast<int>(store.imageIds()[r]));
        if (image < 0)
            continue;
        images.push_back(static_cast<std::uint32_t>(image));
        kept->values.insert(kept->values.end(), old.row(r), old.row(r) + old.cols);
    }
    kept->rows = images.size();
    store.setEmbeddings(std::move(kept), std::move(images), store.sourcePath(), store.modelPath());
}

} // namespace

void MainWindow::createCorrectionActions()
{
    showCorrectionsAction_ = new QAction(tr("Show Revie&w Corrections"), this);
    showCorrectionsAction_->setObjectName(QStringLiteral("showCorrectionsAction"));
    showCorrectionsAction_->setCheckable(true);
    showCorrectionsAction_->setChecked(QSettings().value(kShowCorrectionsKey, true).toBool());
    showCorrectionsAction_->setToolTip(tr("Show the dataset with the review decisions kept for it, or as its label files give it"));
    connect(showCorrectionsAction_, &QAction::toggled, this, [this](bool show) {
        QSettings().setValue(kShowCorrectionsKey, show);
        refreshCorrections();
    });

    correctionsLabel_ = new QLabel;
    correctionsLabel_->setObjectName(QStringLiteral("correctionsLabel"));
    correctionsLabel_->setToolTip(tr("Labels changed and images left out by review decisions (View > Show Review Corrections)"));
    correctionsLabel_->hide();

    connect(controller_, &DatasetController::refreshed, this, &MainWindow::swapDataset);
    // A refresh that fails or is cancelled leaves the dataset on screen as it was; one asked for meanwhile still runs.
    connect(controller_, &DatasetController::busyChanged, this, [this](bool busy) {
        if (busy || !refreshInFlight_)
            return;
        refreshInFlight_ = false;
        if (refreshPending_)
            QTimer::singleShot(0, this, &MainWindow::startCorrectionsRefresh);
    });
}

bool MainWindow::showsCorrections() const
{
    return showCorrectionsAction_->isChecked();
}

QString MainWindow::correctionsSummary() const
{
    if (!data_ || (data_->correctedLabelCount() == 0 && data_->leftOutCount() == 0))
        return {};
    const int labels = static_cast<int>(std::min<std::size_t>(data_->correctedLabelCount(), INT_MAX));
    const int images = static_cast<int>(std::min<std::size_t>(data_->leftOutCount(), INT_MAX));
    if (images == 0)
        return tr("%n corrected label(s)", "", labels);
    if (labels == 0)
        return tr("%n image(s) left out", "", images);
    return tr("%1, %2").arg(tr("%n corrected label(s)", "", labels), tr("%n image(s) left out", "", images));
}

void MainWindow::updateCorrectionsLabel()
{
    const QString text = correctionsSummary();
    correctionsLabel_->setText(text);
    correctionsLabel_->setVisible(!text.isEmpty());
}

void MainWindow::refreshCorrections()
{
    if (!data_)
        return;
    refreshPending_ = true;
    if (!refreshInFlight_)
        startCorrectionsRefresh();
}

void MainWindow::startCorrectionsRefresh()
{
    if (!data_ || refreshInFlight_ || !refreshPending_)
        return;
    if (controller_->isBusy()) {
        // Another dataset is being opened: it reads the decisions as they are then.
        refreshPending_ = false;
        return;
    }
    refreshPending_ = false;
    refreshInFlight_ = true;
    controller_->refresh(data_->path, showsCorrections());
}

void MainWindow::swapDataset(std::shared_ptr<const LoadedDataset> data)
{
    if (!data_ || !data || data->path != data_->path) {
        showDataset(std::move(data));
        return;
    }
    std::shared_ptr<const LoadedDataset> old = data_;
    const ImageMapper mapper(*old, *data);

    // What the browser shows, by image, to be found again in the new opening.
    KeptView kept;
    kept.currentImage = mapper.map(gridModel_->imageAt(gridView_->currentRow()));
    kept.allSelected = gridModel_->rowCount() > 0 && gridView_->selectedCount() == gridModel_->rowCount();
    if (!kept.allSelected) {
        QVector<int> selected;
        for (int row : gridView_->selectedRows())
            selected.push_back(gridModel_->imageAt(row));
        kept.selectedImages = mapper.map(selected);
        std::sort(kept.selectedImages.begin(), kept.selectedImages.end()); // searched below
    }
    kept.scrollOffset = gridView_->scrollOffset();
    kept.inspectorImage = mapper.map(inspector_->image());
    if (imageSetFilter_.kind == ImageFilter::Kind::ImageSet && !mapper.sameImages())
        imageSetFilter_ = ImageFilter::imageSet(mapper.map(imageSetFilter_.images ? *imageSetFilter_.images : QVector<int>()),
                                                imageSetFilter_.expression);
    const QVector<int> shownImages = mapper.map(gridModel_->images());
    QTableView* table = tagPanel_->table();
    const int tableScroll = table->verticalScrollBar()->value();
    const QCPRange histogramRanks = histogram_->plot()->xAxis->range(), histogramCounts = histogram_->plot()->yAxis->range();
    const int histogramBars = histogram_->bars().size();

    data_ = std::move(data);
    if (!mapper.sameImages())
        renumberEmbeddings(*embeddingStore_, mapper);
    // The grid keeps showing the same images (the filter over the new labels replaces them when it returns).
    gridModel_->setSource(std::make_shared<DatasetImageSource>(data_));
    gridModel_->setImages(shownImages);
    inspector_->setDataset(data_);
    neighbourDock_->setDataset(data_);
    trainingPanel_->setDataset(data_);
    if (mapper.sameImages())
        embeddingPage_->setLabels(data_, gridModel_->loader()->source());
    else
        embeddingPage_->setDataset(data_, gridModel_->loader()->source(), gridModel_->loader(), gridModel_->loader()->diskCache());

    // The tag table and the histogram get the new counts; the table keeps its order, its place and the chosen tag.
    {
        const QSignalBlocker blockPanel(tagPanel_);
        showBands();
        tagPanel_->selectTag(currentTag_);
    }
    histogram_->setSelectedTag(currentTag_);
    if (histogram_->bars().size() == histogramBars) { // the same tags: the histogram keeps its zoom
        histogram_->plot()->xAxis->setRange(histogramRanks);
        histogram_->plot()->yAxis->setRange(histogramCounts);
        histogram_->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    table->verticalScrollBar()->setValue(tableScroll);
    summaryView_->clear();
    heatmap_->setBusy(true);
    analysis_->computeSummaries(data_);
    analysis_->computeCooccurrence(data_, heatmap_->topCount());
    summaryLabel_->setText(TagData::summary(*data_));
    updateCorrectionsLabel();

    kept.filter = currentFilter();
    keptView_ = kept;
    restoreKeptView(shownImages, kept.filter); // at once, so nothing jumps while the filter runs
    keptView_ = kept;
    applyFilter();
    // The previous opening is freed on a worker (a large dataset takes a while to free), once nothing here holds it.
    (void)QtConcurrent::run([old = std::move(old)]() mutable { old.reset(); });
    Q_EMIT correctionsRefreshed();
}

bool MainWindow::restoreKeptView(const QVector<int>& images, const ImageFilter& filter)
{
    if (!keptView_ || keptView_->filter != filter)
        return false;
    const KeptView kept = *keptView_;
    keptView_.reset();
    // The current image's row; when the new labels took it out of the filter, the image that took its place.
    int currentRow = -1;
    int followingRow = -1;
    QVector<int> selectedRows;
    for (int row = 0; row < images.size(); ++row) {
        const int image = images[row];
        if (image == kept.currentImage)
            currentRow = row;
        else if (followingRow < 0 && kept.currentImage >= 0 && image > kept.currentImage)
            followingRow = row;
        if (!kept.allSelected && std::binary_search(kept.selectedImages.begin(), kept.selectedImages.end(), image))
            selectedRows.push_back(row);
    }
    if (currentRow < 0)
        currentRow = followingRow >= 0 ? followingRow : static_cast<int>(images.size()) - 1;
    gridView_->setCurrentRow(currentRow);
    if (kept.allSelected)
        gridView_->selectAll();
    else if (!selectedRows.isEmpty())
        gridView_->setSelectedRows(selectedRows);
    gridView_->setScrollOffset(kept.scrollOffset);
    // An image shown from outside the grid (the map, a neighbour) stays in the inspector.
    if (kept.inspectorImage >= 0 && inspector_->image() != kept.inspectorImage)
        inspector_->showImage(kept.inspectorImage, -1, 0);
    return true;
}

// ---- Review Labels with this Run ----

void MainWindow::connectReviewRuns()
{
    reviewScores_ = new ReviewScoresRunner(this);
    connect(trainingPanel_, &TrainingPanel::reviewLabelsRequested, this, &MainWindow::reviewLabelsWithRun);
    connect(reviewScores_, &ReviewScoresRunner::started, progress_, &ui::TaskProgressWidget::start);
    connect(reviewScores_, &ReviewScoresRunner::progressChanged, this, [this](qint64 done, qint64 total, const QString& phase) {
        progress_->setProgress(static_cast<quint64>(done), static_cast<quint64>(total), phase);
    });
    connect(reviewScores_, &ReviewScoresRunner::busyChanged, this, [this](bool busy) {
        if (!busy)
            progress_->finish();
    });
    connect(progress_, &ui::TaskProgressWidget::cancelRequested, reviewScores_, &ReviewScoresRunner::cancel);
    connect(reviewScores_, &ReviewScoresRunner::finished, this, [this](const QString& npyPath, const QString& summary) {
        statusBar()->showMessage(tr("Scores for the review are ready: %1").arg(summary), 8000);
        Q_EMIT reviewScoresReady(npyPath);
    });
    connect(reviewScores_, &ReviewScoresRunner::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The scores for the review could not be made: %1").arg(message.section(QLatin1Char('\n'), 0, 0)), 10000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Score the Labels"), tr("The scores for the review could not be made."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("reviewScoresErrorBox"));
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(reviewScores_, &ReviewScoresRunner::cancelled, this, [this] {
        statusBar()->showMessage(tr("Scoring for the review was cancelled; a cross-validation carries on from its folder when started again"), 8000);
    });
}

void MainWindow::reviewLabelsWithRun(const QString& runDirectory)
{
    if (reviewScores_->isBusy()) {
        statusBar()->showMessage(tr("Scores for a review are being made already (see the status bar)"), 6000);
        return;
    }
    QFile file(runDirectory + QStringLiteral("/config.json"));
    const QJsonObject config = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    auto* dialog = new ReviewRunDialog(runDirectory, config.value(QStringLiteral("train_split")).toString(QStringLiteral("train")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, runDirectory] {
        startReviewScores(runDirectory, dialog->mode() == ReviewRunDialog::Mode::CrossValidate, dialog->split(), dialog->folds(),
                          dialog->outputFolder());
    });
    dialog->open();
}

bool MainWindow::startReviewScores(const QString& runDirectory, bool crossValidate, const QString& split, int folds, const QString& outputFolder)
{
    if (!crossValidate)
        return reviewScores_->predict(runDirectory, data_ ? data_->path : QString(), split, showsCorrections());
    QFile file(runDirectory + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("%1: cannot read (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()), 10000);
        return false;
    }
    return reviewScores_->crossValidate(file.readAll(), folds, outputFolder);
}

} // namespace tagscope::gui
