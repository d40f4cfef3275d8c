#include "embedding_screenshot.h"

#include "embeddings/embedding_page.h"
#include "embeddings/embedding_source_runner.h"
#include "embeddings/embedding_store.h"
#include "embeddings/tsne_runner.h"
#include "window/main_window.h"

#include "map/embedding_map_view.h"
#include "map/tsne_controls.h"
#include "thumbnails/selection_gallery.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace tagscope::gui {

namespace {
constexpr int kPollMs = 100;
constexpr int kGiveUpMs = 900000;

const QString kShot = QStringLiteral("embedding-screenshot");
const QString kEmbeddings = QStringLiteral("map-embeddings");
const QString kModel = QStringLiteral("map-model");
const QString kTag = QStringLiteral("map-tag");
const QString kShotAt = QStringLiteral("map-shot-at");
const QString kIterations = QStringLiteral("map-iterations");
const QString kPredictions = QStringLiteral("map-predictions");
} // namespace

void EmbeddingScreenshotSession::addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {kShot, QStringLiteral("Save a picture of the window with the embedding map, then quit."), QStringLiteral("file")},
        {kEmbeddings, QStringLiteral("Embeddings to load (.npy with its .images.npy)."), QStringLiteral("file")},
        {kModel, QStringLiteral("Run, checkpoint or TorchScript model to embed the validation split with."), QStringLiteral("path")},
        {kTag, QStringLiteral("Colour the map by this tag (display name)."), QStringLiteral("name")},
        {kShotAt, QStringLiteral("Take the picture while t-SNE runs, once past this iteration."), QStringLiteral("n")},
        {kIterations, QStringLiteral("Iteration target; without --map-shot-at the picture is taken there (default 1000)."), QStringLiteral("n")},
        {kPredictions, QStringLiteral("Score the validation split with this model (a run's model.pt) and colour by correctness."), QStringLiteral("file")},
    };
    parser.addOptions(options);
}

void EmbeddingScreenshotSession::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (!parser.isSet(kShot))
        return;
    window->resize(1600, 1000); // the same picture whatever the saved geometry
    new EmbeddingScreenshotSession(window, parser);
}

EmbeddingScreenshotSession::EmbeddingScreenshotSession(MainWindow* window, const QCommandLineParser& parser)
    : QObject(window), window_(window), file_(parser.value(kShot)), embeddings_(parser.value(kEmbeddings)), model_(parser.value(kModel)),
      tag_(parser.value(kTag))
{
    shotAt_ = parser.value(kShotAt).toInt();
    predictions_ = parser.value(kPredictions);
    if (parser.isSet(kIterations))
        iterations_ = std::max(50, parser.value(kIterations).toInt());
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &EmbeddingScreenshotSession::poll);
    connect(window_, &MainWindow::datasetShown, this, &EmbeddingScreenshotSession::datasetShown, Qt::SingleShotConnection);
}

void EmbeddingScreenshotSession::datasetShown()
{
    window_->showEmbeddingMap(true);
    EmbeddingPage* page = window_->embeddingPage();
    ui::TsneControlValues values = page->controls()->values();
    values.iterations = iterations_;
    page->controls()->setValues(values);
    if (!predictions_.isEmpty()) {
        EmbeddingExtractionRequest request;
        request.model = predictions_;
        request.dataset = window_->dataset()->path;
        page->computePredictions(request); // then the embeddings, once the scores are in
        connect(page->sources(), &EmbeddingSourceRunner::predictionsComputed, this, [this, page] { page->loadEmbeddings(embeddings_); },
                Qt::QueuedConnection);
    } else if (!embeddings_.isEmpty()) {
        page->loadEmbeddings(embeddings_);
    } else {
        EmbeddingExtractionRequest request;
        request.model = model_;
        request.dataset = window_->dataset()->path;
        page->computeEmbeddings(request);
    }
    poll_.start();
}

void EmbeddingScreenshotSession::poll()
{
    waitedMs_ += kPollMs;
    EmbeddingPage* page = window_->embeddingPage();
    if (!page->lastError().isEmpty() || waitedMs_ > kGiveUpMs) {
        QTextStream(stderr) << "tagscope: no embedding map to picture: " << (page->lastError().isEmpty() ? QStringLiteral("timed out") : page->lastError()) << '\n';
        QApplication::exit(1);
        return;
    }
    if (page->store()->isEmpty())
        return;
    if (!tag_.isEmpty()) {
        const MapColourMode mode = page->hasPredictions() ? MapColourMode::Correctness : MapColourMode::Tag;
        const int index = page->tagCombo()->findText(tag_);
        if (index >= 0 && (page->colourTag() != page->tagCombo()->itemData(index).toInt() || page->colourMode() != mode))
            page->setColouring(mode, page->tagCombo()->itemData(index).toInt());
    }
    const TsneRunner::Status status = page->tsne()->status();
    const bool ready = shotAt_ > 0 ? status.phase == TsneRunner::Phase::Running && status.iteration >= shotAt_
                                   : status.phase == TsneRunner::Phase::Finished && status.quality.has_value();
    if (!ready)
        return;
    poll_.stop();
    if (shotAt_ > 0) {
        QTimer::singleShot(2 * EmbeddingPage::kPollIntervalMs, this, &EmbeddingScreenshotSession::save); // the map shows that frame
        return;
    }
    selectAroundTag();
    QTimer::singleShot(1500, this, &EmbeddingScreenshotSession::save); // the gallery's thumbnails arrive
}

// A rectangle around the densest part of the tag's positives, so the gallery beside the map has content.
void EmbeddingScreenshotSession::selectAroundTag()
{
    EmbeddingPage* page = window_->embeddingPage();
    const auto xy = page->map()->layoutPoints();
    if (!xy || xy->empty())
        return;
    const std::vector<std::uint32_t>& ids = page->store()->imageIds();
    const int tag = page->colourTag();
    const auto& dataset = window_->dataset()->dataset;
    std::vector<std::size_t> positives;
    for (std::size_t r = 0; r < ids.size(); ++r)
        if (tag >= 0 && dataset.labelState(ids[r], static_cast<std::uint32_t>(tag)) == LabelState::Positive)
            positives.push_back(r);
    if (positives.empty())
        return;
    // The median position of the positives, then a box a tenth of the layout's width around it.
    std::vector<float> xs, ys;
    for (std::size_t r : positives) {
        xs.push_back((*xy)[2 * r]);
        ys.push_back((*xy)[2 * r + 1]);
    }
    std::nth_element(xs.begin(), xs.begin() + static_cast<long>(xs.size() / 2), xs.end());
    std::nth_element(ys.begin(), ys.begin() + static_cast<long>(ys.size() / 2), ys.end());
    const auto [minX, maxX] = std::minmax_element(xy->begin(), xy->end());
    const double half = 0.05 * (*maxX - *minX);
    const QPointF centre(xs[xs.size() / 2], ys[ys.size() / 2]);
    page->map()->selectInRect(QRectF(centre - QPointF(half, half), centre + QPointF(half, half)));
    page->gallery()->grid()->setCurrentRow(0); // the inspector shows the first selected image
    selected_ = true;
}

void EmbeddingScreenshotSession::save()
{
    const QPixmap picture = window_->grab();
    if (!picture.save(file_)) {
        QTextStream(stderr) << "tagscope: cannot write " << file_ << '\n';
        QApplication::exit(1);
        return;
    }
    QApplication::exit(0);
}

} // namespace tagscope::gui
