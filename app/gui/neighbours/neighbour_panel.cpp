#include "neighbour_panel.h"

#include "common/dataset_image_source.h"
#include "common/dataset_queries.h"
#include "neighbour_exporter.h"

#include "common/number_format.h"
#include "gallery/neighbour_gallery.h"
#include "gallery/neighbour_gallery_model.h"
#include "thumbnails/thumbnail_disk_cache.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

namespace tagscope::gui {

namespace {
constexpr int kGalleryPage = 1;
constexpr int kEmptyPage = 0;
constexpr std::size_t kApproximateByDefaultAbove = 200000; // rows; below, exact search answers in milliseconds

int metricSlot(DistanceMetric metric)
{
    return metric == DistanceMetric::Cosine ? 1 : 0;
}
} // namespace

NeighbourPanel::NeighbourPanel(QWidget* parent) : QWidget(parent), runner_(new NeighbourQueryRunner(this))
{
    model_ = new ui::NeighbourGalleryModel(this);
    gallery_ = new ui::NeighbourGallery;
    gallery_->setModel(model_);

    exporter_ = new NeighbourExporter(model_, this);
    gallery_->addExportAction(exporter_->csvAction());
    gallery_->addExportAction(exporter_->projectorAction());
    connect(exporter_, &NeighbourExporter::projectorExported, this, &NeighbourPanel::projectorExported);
    connect(exporter_, &NeighbourExporter::statusMessage, this, &NeighbourPanel::statusMessage);
    connect(exporter_, &NeighbourExporter::exportFailed, this, [this](const QString& message) {
        gallery_->setMessage(message, true);
        Q_EMIT exportFailed(message);
    });

    empty_ = new QLabel;
    empty_->setObjectName(QStringLiteral("neighbourEmptyText"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    auto* emptyPage = new QWidget;
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    // Centred between stretches rather than by alignment: an aligned item is asked its height for the page's whole
    // width, so the wrapped text (narrower than that) got too few lines and lost its first and last.
    empty_->setMaximumWidth(560);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch();
    emptyRow->addWidget(empty_, 1);
    emptyRow->addStretch();
    emptyLayout->addLayout(emptyRow);
    emptyButtons_ = new QVBoxLayout;
    emptyButtons_->setAlignment(Qt::AlignHCenter);
    emptyLayout->addLayout(emptyButtons_);
    emptyLayout->addStretch();

    pages_ = new QStackedWidget;
    pages_->addWidget(emptyPage);
    pages_->addWidget(gallery_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages_);

    connect(runner_, &NeighbourQueryRunner::finished, this, &NeighbourPanel::searched);
    connect(gallery_, &ui::NeighbourGallery::neighbourActivated, this, [this](int image) {
        Q_EMIT neighbourChosen(image);
        queryImage(image);
    });
    connect(gallery_, &ui::NeighbourGallery::imageFileDropped, this, &NeighbourPanel::queryFile);
    connect(gallery_, &ui::NeighbourGallery::backRequested, this, &NeighbourPanel::back);
    connect(gallery_, &ui::NeighbourGallery::forwardRequested, this, &NeighbourPanel::forward);
    connect(gallery_, &ui::NeighbourGallery::settingsChanged, this, &NeighbourPanel::runCurrent);
    indexPoll_.setInterval(250);
    connect(&indexPoll_, &QTimer::timeout, this, &NeighbourPanel::pollIndex);
    updatePage();
    updateActions();
}

NeighbourPanel::~NeighbourPanel() = default;

void NeighbourPanel::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    data_ = std::move(data);
    model_->setSource(data_ ? std::make_shared<DatasetImageSource>(data_) : nullptr);
    pendingImage_ = -1;
    clearEmbeddings();
}

void NeighbourPanel::setEmbeddings(std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> imageIds, const QString& sourcePath,
                                   const QString& modelPath)
{
    for (auto& index : indexes_)
        index.reset();
    indexPoll_.stop();
    vectors_ = std::move(vectors);
    imageIds_ = std::move(imageIds);
    sourcePath_ = sourcePath;
    modelPath_ = modelPath;
    rows_.clear();
    rows_.reserve(int(imageIds_.size()));
    for (std::size_t r = 0; r < imageIds_.size(); ++r)
        rows_.insert(imageIds_[r], int(r));
    exporter_->setData(data_, vectors_, imageIds_);
    history_.clear();
    model_->clear();
    gallery_->setMessage(QString());
    {
        const QSignalBlocker blocker(gallery_);
        gallery_->setApproximate(vectors_ && vectors_->rows > kApproximateByDefaultAbove);
    }
    updatePage();
    updateActions();
    if (hasEmbeddings() && pendingImage_ >= 0) {
        const int image = pendingImage_;
        pendingImage_ = -1;
        queryImage(image);
    }
}

void NeighbourPanel::clearEmbeddings()
{
    for (auto& index : indexes_)
        index.reset();
    indexPoll_.stop();
    vectors_.reset();
    imageIds_.clear();
    rows_.clear();
    sourcePath_.clear();
    modelPath_.clear();
    exporter_->setData(data_, nullptr, {});
    history_.clear();
    model_->clear();
    gallery_->setMessage(QString());
    gallery_->setHistoryEnabled(false, false);
    updatePage();
    updateActions();
}

void NeighbourPanel::setEmbeddingActions(const QList<QAction*>& actions)
{
    while (QLayoutItem* item = emptyButtons_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction* action : actions) {
        auto* button = new QToolButton;
        button->setObjectName(QStringLiteral("neighbourEmbeddingAction"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setMinimumWidth(220);
        emptyButtons_->addWidget(button);
    }
}

void NeighbourPanel::setThumbnailDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    model_->loader()->setDiskCache(std::move(cache));
}

void NeighbourPanel::setProjectorTag(int tag)
{
    exporter_->setProjectorTag(tag);
}

bool NeighbourPanel::isExporting() const
{
    return exporter_->isExporting();
}

QAction* NeighbourPanel::exportCsvAction() const
{
    return exporter_->csvAction();
}

QAction* NeighbourPanel::exportProjectorAction() const
{
    return exporter_->projectorAction();
}

QString NeighbourPanel::emptyText() const
{
    return empty_->text();
}

void NeighbourPanel::updatePage()
{
    if (!data_)
        empty_->setText(tr("Open a dataset to find similar images."));
    else if (pendingImage_ >= 0)
        empty_->setText(tr("No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding "
                           "file, to see the images most similar to %1.")
                            .arg(QString::fromStdString(data_->dataset.imageName(std::size_t(pendingImage_)))));
    else
        empty_->setText(tr("No embeddings are loaded for this dataset. Compute them with a trained model, or load an embedding "
                           "file, to find similar images."));
    pages_->setCurrentIndex(hasEmbeddings() && data_ ? kGalleryPage : kEmptyPage);
}

void NeighbourPanel::updateActions()
{
    exporter_->updateActions();
    gallery_->setHistoryEnabled(history_.canGoBack(), history_.canGoForward());
}

void NeighbourPanel::queryImage(int image)
{
    if (!data_ || image < 0 || std::size_t(image) >= data_->dataset.imageCount())
        return;
    if (!hasEmbeddings()) {
        pendingImage_ = image;
        updatePage();
        return;
    }
    if (!rows_.contains(std::uint32_t(image))) {
        showError(tr("%1 has no embedding (it is not in the split the embeddings were computed for, or could not be decoded).")
                      .arg(QString::fromStdString(data_->dataset.imageName(std::size_t(image)))));
        return;
    }
    history_.push({image, {}, {}, {}});
    runCurrent();
}

void NeighbourPanel::queryFile(const QString& path)
{
    if (!data_)
        return;
    if (!hasEmbeddings()) {
        Q_EMIT searchFailed(tr("Cannot query by %1: no embeddings are loaded for this dataset.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    history_.push({-1, path, {}, {}});
    runCurrent();
}

void NeighbourPanel::back()
{
    if (history_.back())
        runCurrent();
}

void NeighbourPanel::forward()
{
    if (history_.forward())
        runCurrent();
}

bool NeighbourPanel::isSearching() const
{
    return runner_->isRunning();
}

std::shared_ptr<const ApproximateKnnIndex> NeighbourPanel::approximateIndex(DistanceMetric metric)
{
    std::unique_ptr<BackgroundIndexBuild>& build = indexes_[metricSlot(metric)];
    if (!build) {
        QString path;
        if (!sourcePath_.isEmpty() && QFileInfo(QFileInfo(sourcePath_).absolutePath()).isWritable())
            path = sourcePath_ + QLatin1Char('.') + QString::fromLatin1(metricName(metric)) + QStringLiteral(".hnsw"); // as tagscope-cli knn names it
        build = std::make_unique<BackgroundIndexBuild>(vectors_, metric, path.toStdString());
    }
    return build->ready() ? build->index() : nullptr;
}

void NeighbourPanel::runCurrent()
{
    if (history_.isEmpty() || !hasEmbeddings())
        return;
    const NeighbourQueryEntry& entry = history_.current();
    NeighbourJob job;
    job.search.vectors = vectors_;
    job.search.k = std::size_t(gallery_->neighbourCount());
    job.search.metric = gallery_->cosine() ? DistanceMetric::Cosine : DistanceMetric::Euclidean;
    waitingForIndex_ = false;
    if (gallery_->approximate()) {
        job.search.index = approximateIndex(job.search.metric);
        waitingForIndex_ = !job.search.index && !indexes_[metricSlot(job.search.metric)]->ready();
        if (waitingForIndex_)
            indexPoll_.start();
    }
    if (entry.image >= 0) {
        job.search.queryRow = rows_.value(std::uint32_t(entry.image), -1);
    } else {
        job.imageFile = entry.file;
        job.search.queryVector = entry.vector;
        job.modelPath = modelPath_;
        job.embeddingPath = sourcePath_;
    }
    gallery_->setBusy(true);
    if (entry.image < 0 && entry.vector.empty())
        gallery_->setMessage(tr("Embedding %1 with the model…").arg(QFileInfo(entry.file).fileName()));
    runner_->run(std::move(job));
    updateActions();
}

void NeighbourPanel::searched(const NeighbourOutcome& outcome)
{
    gallery_->setBusy(false);
    if (history_.isEmpty())
        return;
    NeighbourQueryEntry& entry = history_.current();
    if (!outcome.error.isEmpty()) {
        showError(entry.image >= 0 ? outcome.error : tr("Could not query by %1: %2").arg(QDir::toNativeSeparators(entry.file), outcome.error));
        return;
    }
    if (entry.image < 0) {
        if (!outcome.fileVector.empty())
            entry.vector = outcome.fileVector;
        if (!outcome.filePicture.isNull())
            entry.picture = outcome.filePicture;
    }
    const Dataset& dataset = data_->dataset;
    ui::GalleryQuery query;
    query.image = entry.image;
    if (entry.image >= 0) {
        query.title = QString::fromStdString(dataset.imageName(std::size_t(entry.image)));
        query.tags = tagNamesOfImage(dataset, std::size_t(entry.image), LabelState::Positive);
    } else {
        query.title = QFileInfo(entry.file).fileName();
        query.filePath = QDir::toNativeSeparators(entry.file);
    }
    QVector<ui::GalleryNeighbour> neighbours;
    neighbours.reserve(int(outcome.result.rows.size()));
    for (std::size_t i = 0; i < outcome.result.rows.size(); ++i) {
        const std::uint32_t row = outcome.result.rows[i];
        if (row >= imageIds_.size())
            continue;
        const std::uint32_t image = imageIds_[row];
        neighbours.push_back({int(image), outcome.result.distances[i], tagNamesOfImage(dataset, image, LabelState::Positive)});
    }
    model_->setNeighbours(query, std::move(neighbours));
    if (entry.image < 0)
        gallery_->setQueryPicture(entry.picture);
    QString note;
    if (gallery_->approximate() && !outcome.result.approximate)
        note = tr("Building the approximate index… these are exact results meanwhile.");
    gallery_->setMessage(note);
    updateActions();
    Q_EMIT searchFinished();
}

void NeighbourPanel::showError(const QString& message)
{
    gallery_->setBusy(false);
    gallery_->setMessage(message, true);
    Q_EMIT searchFailed(message);
}

void NeighbourPanel::pollIndex()
{
    const DistanceMetric metric = gallery_->cosine() ? DistanceMetric::Cosine : DistanceMetric::Euclidean;
    BackgroundIndexBuild* build = indexes_[metricSlot(metric)].get();
    if (!build || !gallery_->approximate()) {
        indexPoll_.stop();
        return;
    }
    if (!build->ready()) {
        gallery_->setMessage(tr("Building the approximate index (%1)… these are exact results meanwhile.")
                                 .arg(ui::percentText(build->progress())));
        return;
    }
    indexPoll_.stop();
    if (!build->index()) {
        QString reason;
        try {
            build->wait();
        } catch (const std::exception& error) {
            reason = QString::fromStdString(error.what());
        }
        gallery_->setMessage(tr("The approximate index could not be built (%1); exact search is used.").arg(reason), true);
        return;
    }
    if (waitingForIndex_)
        runCurrent();
}

QString NeighbourPanel::writeCsv(const QString& path) const
{
    return exporter_->writeCsv(path);
}

void NeighbourPanel::exportProjector(const QString& folder)
{
    exporter_->exportProjector(folder);
}

} // namespace tagscope::gui
