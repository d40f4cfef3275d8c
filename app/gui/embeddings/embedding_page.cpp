#include "embedding_page.h"

#include "common/app_icons.h"
#include "compute_embeddings_dialog.h"
#include "embedding_file.h"
#include "embedding_source_runner.h"
#include "map_export.h"

#include "common/app_icons.h"
#include "tsne_runner.h"

#include "common/number_format.h"
#include "map/embedding_map_view.h"
#include "map/map_legend.h"
#include "map/point_raster.h"
#include "map/tsne_controls.h"
#include "thumbnails/selection_gallery.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace tagscope::gui {

namespace {

constexpr int kEarlyExaggerationIterations = 250; // TsneOptions' default

TsneParameters parametersFrom(const ui::TsneControlValues& v)
{
    TsneParameters p;
    p.perplexity = v.perplexity;
    p.learningRate = v.learningRate;
    p.exaggeration = v.exaggeration;
    p.iterations = v.iterations;
    return p;
}

// The tag most of the embedded images are positive for: a telling first colouring.
int busiestTag(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds)
{
    std::vector<std::uint8_t> embedded(data.dataset.imageCount(), 0);
    for (std::uint32_t image : imageIds)
        if (image < embedded.size())
            embedded[image] = 1;
    int best = data.dataset.tagCount() > 0 ? 0 : -1;
    std::size_t bestCount = 0;
    for (std::size_t tag = 0; tag < data.dataset.tagCount(); ++tag) {
        std::size_t count = 0;
        for (std::uint32_t image : data.index.positives(static_cast<std::uint32_t>(tag)))
            count += image < embedded.size() && embedded[image];
        if (count > bestCount) {
            bestCount = count;
            best = static_cast<int>(tag);
        }
    }
    return best;
}

} // namespace

EmbeddingPage::EmbeddingPage(EmbeddingStore* store, QWidget* parent)
    : QWidget(parent), store_(store), sources_(new EmbeddingSourceRunner(store, this)), tsne_(new TsneRunner(this))
{
    setObjectName(QStringLiteral("embeddingPage"));
    map_ = new ui::EmbeddingMapView;
    controls_ = new ui::TsneControls;
    gallery_ = new ui::SelectionGallery;
    createToolBar();

    emptyLabel_ = new QLabel;
    emptyLabel_->setObjectName(QStringLiteral("embeddingEmptyLabel"));
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setTextFormat(Qt::RichText);
    emptyLabel_->setText(tr("<p style='font-size:large'><b>No embeddings yet</b></p>"
                            "<p>Compute them with a trained model (<i>Compute Embeddings…</i>) or load an .npy written by "
                            "<tt>tagscope-cli embed</tt> (<i>Load Embeddings…</i>).<br>t-SNE then lays the images out live.</p>"));
    stack_ = new QStackedWidget;
    stack_->addWidget(emptyLabel_);
    stack_->addWidget(map_);

    auto* tsneBox = new QGroupBox(tr("t-SNE"));
    auto* tsneLayout = new QVBoxLayout(tsneBox);
    tsneLayout->setContentsMargins(2, 2, 2, 2);
    tsneLayout->addWidget(controls_);
    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(tsneBox);
    side->addWidget(gallery_);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    side->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("embeddingSplitter"));
    split->addWidget(stack_);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    split->setSizes({900, 380});
    side->setMinimumWidth(330);

    sourceLabel_ = new QLabel;
    sourceLabel_->setObjectName(QStringLiteral("embeddingSourceLabel"));
    sourceLabel_->setContentsMargins(6, 0, 6, 2);
    sourceLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar_);
    layout->addWidget(createFilterBar());
    layout->addWidget(split, 1);
    layout->addWidget(sourceLabel_);

    connect(store_, &EmbeddingStore::embeddingsChanged, this, &EmbeddingPage::embeddingsChanged);
    connect(sources_, &EmbeddingSourceRunner::finished, this, [this](const QString& summary) { Q_EMIT statusMessage(summary, 8000); });
    connect(sources_, &EmbeddingSourceRunner::failed, this, [this](const QString& message) { fail(tr("Cannot Load Embeddings"), message); });
    connect(sources_, &EmbeddingSourceRunner::cancelled, this, [this] { Q_EMIT statusMessage(tr("Embedding cancelled"), 5000); });
    connect(sources_, &EmbeddingSourceRunner::busyChanged, this, [this](bool busy) {
        loadAction_->setEnabled(!busy);
        computeAction_->setEnabled(!busy);
        computePredictionsAction_->setEnabled(!busy && data_);
    });
    connect(sources_, &EmbeddingSourceRunner::predictionsComputed, this,
            [this](std::shared_ptr<const FloatMatrix> scores, const std::vector<std::uint32_t>& ids, const QString& path, const QString& model) {
                if (!data_)
                    return;
                try {
                    // A run's model.pt: its columns follow the run's tags.json, matched to the dataset's tags by name.
                    const QString tags = QFileInfo(model).dir().filePath(QStringLiteral("tags.json"));
                    if (QFileInfo::exists(tags))
                        scores = MapColours::alignToDataset(*scores, tags, data_->dataset);
                    else if (scores->cols < data_->dataset.tagCount())
                        throw std::runtime_error(QStringLiteral("%1: %2 scores per image, but the dataset has %3 tags")
                                                     .arg(model)
                                                     .arg(scores->cols)
                                                     .arg(data_->dataset.tagCount())
                                                     .toStdString());
                } catch (const std::exception& error) {
                    fail(tr("Cannot Use the Predictions"), QString::fromStdString(error.what()));
                    return;
                }
                setPredictions({std::move(scores), ids, path},
                               tr("Predictions of %1 for %Ln image(s)", nullptr, static_cast<int>(ids.size())).arg(QDir::toNativeSeparators(model)));
            });

    connect(controls_, &ui::TsneControls::runRequested, tsne_, &TsneRunner::run);
    connect(controls_, &ui::TsneControls::pauseRequested, tsne_, &TsneRunner::pause);
    connect(controls_, &ui::TsneControls::perturbRequested, tsne_, &TsneRunner::perturb);
    connect(controls_, &ui::TsneControls::restartRequested, tsne_, &TsneRunner::restart);
    connect(controls_, &ui::TsneControls::qualityRequested, tsne_, &TsneRunner::requestQuality);
    connect(controls_, &ui::TsneControls::valuesChanged, this, [this](const ui::TsneControlValues& values) {
        if (tsne_->hasData())
            tsne_->setParameters(parametersFrom(values));
    });

    connect(map_, &ui::EmbeddingMapView::selectionChanged, this, &EmbeddingPage::selectionChanged);
    connect(map_, &ui::EmbeddingMapView::currentPointChanged, this, [this](int point) {
        if (point >= 0 && static_cast<std::size_t>(point) < store_->imageIds().size())
            Q_EMIT imageChosen(static_cast<int>(store_->imageIds()[static_cast<std::size_t>(point)]));
    });
    connect(map_, &ui::EmbeddingMapView::similarImagesRequested, this, &EmbeddingPage::similarImagesRequested);
    connect(gallery_, &ui::SelectionGallery::imageChosen, this, [this](int image) {
        map_->setCurrentPoint(store_->rowOf(static_cast<std::uint32_t>(image)));
        Q_EMIT imageChosen(image);
    });
    connect(gallery_, &ui::SelectionGallery::imageActivated, this, [this](int image) {
        Q_EMIT similarImagesRequested(static_cast<std::uint32_t>(image));
    });
    connect(gallery_, &ui::SelectionGallery::showInBrowserRequested, this, &EmbeddingPage::showInBrowserRequested);
    connect(gallery_, &ui::SelectionGallery::exportRequested, this, &EmbeddingPage::chooseSelectionFile);
    connect(gallery_, &ui::SelectionGallery::clearRequested, map_, &ui::EmbeddingMapView::clearSelection);

    poll_.setInterval(kPollIntervalMs);
    connect(&poll_, &QTimer::timeout, this, &EmbeddingPage::poll);
    updateColourChoices();
    embeddingsChanged();
}

EmbeddingPage::~EmbeddingPage() = default;

void EmbeddingPage::createToolBar()
{
    toolBar_ = new QToolBar(tr("Embedding Map"));
    toolBar_->setObjectName(QStringLiteral("embeddingToolBar"));
    toolBar_->setIconSize(QSize(18, 18));
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Where the embeddings come from, in one menu as the predictions are: the bar fits a laptop's width in German.
    auto* embeddingsMenu = new QMenu(this);
    embeddingsMenu->setToolTipsVisible(true);
    computeAction_ = embeddingsMenu->addAction(tr("Compute Embeddings…"), this, &EmbeddingPage::chooseModel);
    computeAction_->setToolTip(tr("Embed a split of the dataset with a training run, a checkpoint or a TorchScript model"));
    loadAction_ = embeddingsMenu->addAction(tr("Load Embeddings…"), this, &EmbeddingPage::chooseEmbeddingFile);
    loadAction_->setToolTip(tr("Load an embedding .npy (rows x dimensions) with its .images.npy file naming each row's image"));
    auto* embeddingsButton = new QToolButton;
    embeddingsButton->setObjectName(QStringLiteral("embeddingSourceButton"));
    embeddingsButton->setText(tr("Embeddings"));
    embeddingsButton->setToolTip(tr("Compute the images' embeddings with a model, or load them from a file"));
    embeddingsButton->setMenu(embeddingsMenu);
    embeddingsButton->setPopupMode(QToolButton::InstantPopup);
    toolBar_->addWidget(embeddingsButton);
    auto* predictionsMenu = new QMenu(this);
    computePredictionsAction_ = predictionsMenu->addAction(tr("Compute with a Run's Model…"), this, &EmbeddingPage::choosePredictionModel);
    computePredictionsAction_->setToolTip(tr("Score the images with a run's exported model (model.pt) for the model-correctness colours"));
    predictionsAction_ = predictionsMenu->addAction(tr("Load Scores (.npy)…"), this, &EmbeddingPage::choosePredictionFile);
    predictionsAction_->setToolTip(tr("Load the model's scores (.npy, one column per tag of the dataset) to colour points by whether the model is right"));
    auto* predictionsButton = new QToolButton;
    predictionsButton->setText(tr("Predictions"));
    predictionsButton->setToolTip(tr("The model's scores per tag, for colouring points by whether the model is right"));
    predictionsButton->setMenu(predictionsMenu);
    predictionsButton->setPopupMode(QToolButton::InstantPopup);
    toolBar_->addWidget(predictionsButton);
    toolBar_->addSeparator();

    toolBar_->addWidget(new QLabel(tr(" Colour by ")));
    colourCombo_ = new QComboBox;
    colourCombo_->setObjectName(QStringLiteral("mapColourCombo"));
    colourCombo_->addItem(tr("Tag label"), static_cast<int>(MapColourMode::Tag));
    colourCombo_->addItem(tr("Split"), static_cast<int>(MapColourMode::Split));
    colourCombo_->addItem(tr("Model correctness"), static_cast<int>(MapColourMode::Correctness));
    colourCombo_->addItem(tr("Density"), static_cast<int>(MapColourMode::Density));
    toolBar_->addWidget(colourCombo_);
    tagCombo_ = new QComboBox;
    tagCombo_->setObjectName(QStringLiteral("mapTagCombo"));
    tagCombo_->setMinimumContentsLength(12);
    tagCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    tagCombo_->setToolTip(tr("The tag whose label state (or the model's verdict on it) colours the points"));
    toolBar_->addWidget(tagCombo_);
    connect(colourCombo_, &QComboBox::activated, this, [this](int index) {
        setColouring(static_cast<MapColourMode>(colourCombo_->itemData(index).toInt()));
    });
    connect(tagCombo_, &QComboBox::activated, this, [this](int index) { setColouring(mode_, tagCombo_->itemData(index).toInt()); });
    toolBar_->addSeparator();

    tools_ = new QActionGroup(this);
    const std::pair<QString, ui::EmbeddingMapView::Tool> tools[] = {{tr("Pan"), ui::EmbeddingMapView::Tool::Pan},
                                                                     {tr("Rectangle"), ui::EmbeddingMapView::Tool::Rectangle},
                                                                     {tr("Lasso"), ui::EmbeddingMapView::Tool::Lasso}};
    const QString tips[] = {tr("Drag to pan, scroll to zoom (P)"), tr("Drag a rectangle to select the images inside (R)"),
                            tr("Draw around the images to select (L)")};
    const Qt::Key keys[] = {Qt::Key_P, Qt::Key_R, Qt::Key_L};
    const QString icons[] = {QStringLiteral("map-pan"), QStringLiteral("map-rectangle"), QStringLiteral("map-lasso")};
    const QStyle::StandardPixmap fallbacks[] = {QStyle::SP_ArrowUp, QStyle::SP_FileDialogNewFolder, QStyle::SP_DialogResetButton};
    for (int i = 0; i < 3; ++i) {
        QAction* action = tools_->addAction(actionIcon(icons[i], fallbacks[i]), tools[i].first);
        action->setCheckable(true);
        action->setChecked(i == 0);
        action->setToolTip(tips[i]);
        action->setShortcut(keys[i]);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, tool = tools[i].second] { map_->setTool(tool); });
    }
    toolBar_->addActions(tools_->actions());
    QAction* fit = toolBar_->addAction(actionIcon(QStringLiteral("map-fit"), QStyle::SP_TitleBarMaxButton), tr("Fit"), this, [this] {
        map_->fitToPoints();
        map_->setLayout(map_->layoutPoints(), shownGeneration_);
    });
    fit->setToolTip(tr("Show every point and follow the layout as it moves"));
    // The tools as icons (their names in the tooltips): the bar then fits a laptop's width in every language.
    for (QAction* action : tools_->actions() + QList<QAction*>{fit})
        if (auto* button = qobject_cast<QToolButton*>(toolBar_->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar_->addSeparator();

    auto* exportMenu = new QMenu(this);
    exportMenu->addAction(tr("Coordinates as CSV…"), this, [this] { chooseCoordinatesFile(); });
    exportMenu->addAction(tr("Coordinates as NumPy (.npy)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Coordinates"), QDir::homePath() + QStringLiteral("/layout.npy"),
                                                          tr("NumPy arrays (*.npy)"));
        if (!path.isEmpty())
            exportCoordinates(path);
    });
    exportMenu->addAction(tr("Selection as CSV…"), this, [this] { chooseSelectionFile(gallery_->images()); });
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    toolBar_->addWidget(exportButton);
}

QWidget* EmbeddingPage::createFilterBar()
{
    filterLabel_ = new QLabel;
    filterLabel_->setObjectName(QStringLiteral("mapFilterLabel"));
    filterLabel_->setTextFormat(Qt::RichText);
    filterLabel_->setWordWrap(true);
    clearFilterButton_ = new QPushButton(tr("Show All Images"));
    clearFilterButton_->setObjectName(QStringLiteral("mapClearFilter"));
    clearFilterButton_->setIcon(actionIcon(QStringLiteral("filter-clear"), QStyle::SP_DialogResetButton)); // as the browser's
    clearFilterButton_->setToolTip(tr("Clear the browser's filter: every point of the map in its colour again"));
    connect(clearFilterButton_, &QPushButton::clicked, this, &EmbeddingPage::clearFilterRequested);
    filterBar_ = new QWidget;
    filterBar_->setObjectName(QStringLiteral("mapFilterBar"));
    auto* layout = new QHBoxLayout(filterBar_);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(filterLabel_, 1);
    layout->addWidget(clearFilterButton_);
    filterBar_->hide();
    return filterBar_;
}

// ---- Data ----

void EmbeddingPage::setDataset(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const ui::ImageSource> source,
                               ui::ThumbnailLoader* browserLoader, std::shared_ptr<const ui::ThumbnailDiskCache> diskCache)
{
    data_ = std::move(data);
    source_ = std::move(source);
    predictions_ = {};
    browserAll_ = true;
    browserImages_.clear();
    map_->setThumbnailLoader(browserLoader);
    gallery_->setSource(source_);
    gallery_->setDiskCache(std::move(diskCache));
    tagCombo_->clear();
    if (data_)
        for (std::size_t tag = 0; tag < data_->dataset.tagCount(); ++tag)
            tagCombo_->addItem(QString::fromStdString(data_->dataset.tag(tag).displayName), static_cast<int>(tag));
    tag_ = -1;
    updateColourChoices();
    embeddingsChanged();
}

void EmbeddingPage::setLabels(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const ui::ImageSource> source)
{
    data_ = std::move(data);
    source_ = std::move(source);
    gallery_->setSource(source_);
    recolour();
}

void EmbeddingPage::embeddingsChanged()
{
    map_->clearSelection();
    map_->setCurrentPoint(-1);
    shownVersion_ = 0;
    if (store_->isEmpty() || !data_) {
        tsne_->stop();
        poll_.stop();
        map_->setLayout(nullptr, ++shownGeneration_);
        stack_->setCurrentWidget(emptyLabel_);
        controls_->setState(false, false, tr("Load or compute embeddings to start."));
        sourceLabel_->setText(data_ ? tr("No embeddings for this dataset yet") : tr("No dataset open"));
        return;
    }
    QVector<int> images;
    images.reserve(static_cast<int>(store_->rows()));
    for (std::uint32_t image : store_->imageIds())
        images.push_back(static_cast<int>(image));
    map_->setPointImages(std::move(images));
    if (tag_ < 0)
        tag_ = busiestTag(*data_, store_->imageIds());
    recolour();
    updateEmphasis();
    stack_->setCurrentWidget(map_);
    const QString model = store_->modelPath().isEmpty() ? QString() : tr(", model %1").arg(QDir::toNativeSeparators(store_->modelPath()));
    sourceLabel_->setText(tr("%Ln image(s) × %1 dimensions from %2%3", nullptr, static_cast<int>(store_->rows()))
                              .arg(store_->dimensions())
                              .arg(QDir::toNativeSeparators(store_->sourcePath()), model));
    tsne_->start(store_->embeddings(), parametersFrom(controls_->values()), true);
    poll_.start();
    poll();
}

void EmbeddingPage::loadEmbeddings(const QString& npyPath, const QString& modelPath)
{
    if (!data_)
        return;
    lastError_.clear();
    sources_->loadFile(npyPath, data_->dataset.imageCount(), modelPath);
}

void EmbeddingPage::computeEmbeddings(const EmbeddingExtractionRequest& request)
{
    if (!data_)
        return;
    lastError_.clear();
    sources_->compute(request, data_->dataset.imageCount());
}

void EmbeddingPage::loadPredictions(const QString& npyPath)
{
    if (!data_)
        return;
    auto* watcher = new QFutureWatcher<EmbeddingFile>(this);
    const std::size_t images = data_->dataset.imageCount();
    const QString failure = tr("Cannot Load Predictions");
    connect(watcher, &QFutureWatcher<EmbeddingFile>::finished, this, [this, watcher, data = data_, failure] {
        watcher->deleteLater();
        if (data != data_)
            return;
        try {
            EmbeddingFile file = watcher->result();
            if (file.vectors->cols < data_->dataset.tagCount())
                throw std::runtime_error(QStringLiteral("%1: %2 score columns, but the dataset has %3 tags")
                                             .arg(file.path)
                                             .arg(file.vectors->cols)
                                             .arg(data_->dataset.tagCount())
                                             .toStdString());
            const std::size_t rows = file.imageIds.size();
            setPredictions({file.vectors, std::move(file.imageIds), file.path}, tr("Predictions for %Ln image(s) loaded", nullptr, static_cast<int>(rows)));
        } catch (const std::exception& error) {
            fail(failure, QString::fromStdString(error.what()));
            return;
        }
    });
    watcher->setFuture(QtConcurrent::run([npyPath, images] { return readEmbeddingFile(npyPath, images); }));
}

void EmbeddingPage::computePredictions(const EmbeddingExtractionRequest& request)
{
    if (!data_)
        return;
    lastError_.clear();
    EmbeddingExtractionRequest scoring = request; // the call tagscope-cli predict makes
    scoring.probabilities = true;
    sources_->computePredictions(scoring, data_->dataset.imageCount());
}

void EmbeddingPage::setPredictions(MapPredictions predictions, const QString& summary)
{
    predictions_ = std::move(predictions);
    updateColourChoices();
    setColouring(MapColourMode::Correctness);
    Q_EMIT statusMessage(summary, 8000);
}

// ---- Colours ----

void EmbeddingPage::updateColourChoices()
{
    auto* model = qobject_cast<QStandardItemModel*>(colourCombo_->model());
    const int correctness = colourCombo_->findData(static_cast<int>(MapColourMode::Correctness));
    if (model && correctness >= 0) {
        QStandardItem* item = model->item(correctness);
        item->setEnabled(hasPredictions());
        item->setToolTip(hasPredictions() ? tr("Right and wrong predictions of the loaded model for the chosen tag")
                                          : tr("Needs the model's scores per tag: Predictions ▸ Compute with a Run's Model, or Load Scores"));
    }
    predictionsAction_->setEnabled(data_ != nullptr);
    computePredictionsAction_->setEnabled(data_ != nullptr && !sources_->isBusy());
}

void EmbeddingPage::setColouring(MapColourMode mode, int tag)
{
    if (mode == MapColourMode::Correctness && !hasPredictions())
        mode = MapColourMode::Tag;
    mode_ = mode;
    if (tag >= 0)
        tag_ = tag;
    colourCombo_->setCurrentIndex(colourCombo_->findData(static_cast<int>(mode_)));
    recolour();
}

void EmbeddingPage::recolour()
{
    tagCombo_->setEnabled(mode_ == MapColourMode::Tag || mode_ == MapColourMode::Correctness);
    if (tag_ >= 0)
        tagCombo_->setCurrentIndex(tagCombo_->findData(tag_));
    if (!data_ || store_->isEmpty())
        return;
    MapColouring colouring;
    try {
        switch (mode_) {
        case MapColourMode::Tag: colouring = MapColours::byTag(*data_, store_->imageIds(), tag_); break;
        case MapColourMode::Split: colouring = MapColours::bySplit(*data_, store_->imageIds()); break;
        case MapColourMode::Correctness: colouring = MapColours::byCorrectness(*data_, store_->imageIds(), tag_, predictions_); break;
        case MapColourMode::Density: colouring = MapColours::byDensity(store_->rows()); break;
        }
    } catch (const std::exception& error) {
        fail(tr("Cannot Colour the Map"), QString::fromStdString(error.what()));
        colouring = MapColours::byTag(*data_, store_->imageIds(), tag_);
    }
    map_->setColours(colouring.classes, colouring.palette, colouring.density);
    if (colouring.density) {
        QVector<QColor> ramp;
        for (int i = 0; i <= 6; ++i)
            ramp << QColor(ui::PointRasteriser::densityRamp().value(i * 255 / 6));
        map_->legend()->setDensity(colouring.title, ramp);
    } else {
        map_->legend()->setEntries(colouring.title, colouring.legend);
    }
}

void EmbeddingPage::setBrowserFilter(const QVector<int>& images, bool all, const QString& description)
{
    browserImages_ = images;
    browserAll_ = all;
    browserDescription_ = description;
    updateEmphasis();
}

void EmbeddingPage::updateEmphasis()
{
    const bool filtered = data_ && !browserAll_;
    filterBar_->setVisible(filtered);
    if (!filtered || store_->isEmpty()) {
        map_->setEmphasis(nullptr);
        map_->legend()->setHollowEntry({});
        if (filtered)
            filterLabel_->setText(tr("The browser's filter: <b>%1</b>").arg(browserDescription_.toHtmlEscaped()));
        return;
    }
    std::size_t count = 0;
    map_->setEmphasis(MapColours::emphasis(store_->imageIds(), browserImages_, data_->dataset.imageCount(), &count));
    const std::size_t outside = store_->rows() - count;
    map_->legend()->setHollowEntry({QColor(ui::RasterStyle().dimmedColour), tr("Outside the filter"), static_cast<qint64>(outside)});
    filterLabel_->setText(tr("The browser's filter: <b>%1</b> · %2 of %3 points match; the others are drawn as hollow rings")
                              .arg(browserDescription_.toHtmlEscaped(), ui::groupedNumber(count), ui::groupedNumber(store_->rows())));
}

// ---- Live t-SNE ----

void EmbeddingPage::poll()
{
    const TsneRunner::Status status = tsne_->status();
    const std::shared_ptr<const TsneFrame> frame = tsne_->latestFrame();
    // Hidden (the browser in front), the map is not redrawn: the frame of the moment is taken when it shows again.
    if (map_->isVisible() && frame && frame->xy.size() == 2 * store_->rows() &&
        (frame->version != shownVersion_ || status.generation != shownGeneration_)) {
        shownVersion_ = frame->version;
        shownGeneration_ = status.generation;
        map_->setLayout(std::shared_ptr<const std::vector<float>>(frame, &frame->xy), status.generation);
    }
    QString text;
    bool available = true, running = false;
    double progress = -1;
    switch (status.phase) {
    case TsneRunner::Phase::Idle: available = false; break;
    case TsneRunner::Phase::Preparing:
        available = false;
        running = true;
        text = status.step.isEmpty() ? tr("Preparing…") : status.step + QStringLiteral("…");
        progress = status.stepProgress;
        break;
    case TsneRunner::Phase::Running:
        running = true;
        text = status.iteration < kEarlyExaggerationIterations ? tr("Optimising: early exaggeration pulls the clusters together…")
                                                               : tr("Optimising…");
        break;
    case TsneRunner::Phase::Paused: text = tr("Paused"); break;
    case TsneRunner::Phase::Finished: text = tr("Reached the iteration target; Run continues."); break;
    case TsneRunner::Phase::Failed: text = status.error; break;
    }
    controls_->setState(available, running, text, progress);
    controls_->setIteration(status.iteration, status.targetIterations);
    controls_->setQuality(status.quality.has_value(), status.quality ? status.quality->kl : 0, status.quality ? status.quality->knnPreservation : 0,
                          status.quality ? status.quality->iteration : 0, status.qualityPending);
}

// ---- Selection and export ----

void EmbeddingPage::selectionChanged(const QVector<int>& points)
{
    QVector<int> images;
    images.reserve(points.size());
    const std::vector<std::uint32_t>& ids = store_->imageIds();
    for (int point : points)
        if (point >= 0 && static_cast<std::size_t>(point) < ids.size())
            images.push_back(static_cast<int>(ids[static_cast<std::size_t>(point)]));
    gallery_->setImages(std::move(images));
}

void EmbeddingPage::exportCoordinates(const QString& path)
{
    const std::shared_ptr<const TsneFrame> frame = tsne_->latestFrame();
    if (!data_ || !frame || frame->xy.size() != 2 * store_->rows())
        return;
    try {
        exportLayout(path, frame->xy, store_->imageIds(), data_->dataset);
        Q_EMIT statusMessage(tr("Coordinates of %Ln image(s) (iteration %1) saved to %2", nullptr, static_cast<int>(store_->rows()))
                                 .arg(frame->iteration)
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    } catch (const std::exception& error) {
        fail(tr("Cannot Export Coordinates"), QString::fromStdString(error.what()));
    }
}

void EmbeddingPage::exportSelection(const QString& path)
{
    if (!data_)
        return;
    try {
        exportImageList(path, gallery_->images(), data_->dataset);
        Q_EMIT statusMessage(tr("%Ln selected image(s) saved to %1", nullptr, static_cast<int>(gallery_->images().size())).arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const std::exception& error) {
        fail(tr("Cannot Export the Selection"), QString::fromStdString(error.what()));
    }
}

void EmbeddingPage::chooseEmbeddingFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Embeddings"), QFileInfo(store_->sourcePath()).absolutePath(),
                                                      tr("NumPy arrays (*.npy);;All files (*)"));
    if (!path.isEmpty())
        loadEmbeddings(path);
}

void EmbeddingPage::chooseModel()
{
    if (!data_)
        return;
    ComputeEmbeddingsDialog dialog(data_->path, runsFolder_, preferredRun_, this);
    if (dialog.exec() == QDialog::Accepted)
        computeEmbeddings(dialog.request());
}

void EmbeddingPage::choosePredictionModel()
{
    if (!data_)
        return;
    ComputeEmbeddingsDialog dialog(data_->path, runsFolder_, preferredRun_, this, ComputeEmbeddingsDialog::Purpose::Predictions);
    if (dialog.exec() == QDialog::Accepted)
        computePredictions(dialog.request());
}

void EmbeddingPage::choosePredictionFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Predictions"), QFileInfo(store_->sourcePath()).absolutePath(),
                                                      tr("NumPy arrays (*.npy);;All files (*)"));
    if (!path.isEmpty())
        loadPredictions(path);
}

void EmbeddingPage::chooseCoordinatesFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Coordinates"), QDir::homePath() + QStringLiteral("/layout.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCoordinates(path);
}

void EmbeddingPage::chooseSelectionFile(const QVector<int>& images)
{
    if (images.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Selection"), QDir::homePath() + QStringLiteral("/selection.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportSelection(path);
}

void EmbeddingPage::fail(const QString& title, const QString& message)
{
    lastError_ = message;
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("embeddingErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the window keeps running
}

} // namespace tagscope::gui
