#include "neighbour_screenshot.h"

#include "browse/image_inspector.h"
#include "embeddings/embedding_file.h"
#include "embeddings/embedding_store.h"
#include "neighbours/neighbour_dock.h"
#include "neighbours/neighbour_panel.h"
#include "window/main_window.h"

#include "gallery/neighbour_gallery.h"
#include "gallery/neighbour_gallery_model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

#include <exception>

namespace tagscope::gui {

namespace {
constexpr int kPollMs = 200;
constexpr int kGiveUpMs = 300000;
constexpr int kQuietPolls = 4; // thumbnails settled for this many polls in a row

const QString kShot = QStringLiteral("neighbour-screenshot");
const QString kEmbeddings = QStringLiteral("neighbour-embeddings");
const QString kModel = QStringLiteral("neighbour-model");
const QString kQuery = QStringLiteral("neighbour-query");
const QString kK = QStringLiteral("neighbour-k");
const QString kWindow = QStringLiteral("neighbour-window");
const QString kFile = QStringLiteral("neighbour-file");
} // namespace

void NeighbourScreenshotSession::addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {kShot, QStringLiteral("Save a picture of the window with the Similar Images dock, then quit."), QStringLiteral("file")},
        {kEmbeddings, QStringLiteral("Embeddings to load (.npy with its .images.npy)."), QStringLiteral("file")},
        {kModel, QStringLiteral("The model the embeddings came from."), QStringLiteral("path")},
        {kQuery, QStringLiteral("Name of the image to query."), QStringLiteral("name")},
        {kK, QStringLiteral("Neighbours to show."), QStringLiteral("k")},
        {kWindow, QStringLiteral("Picture the whole window instead of the gallery alone.")},
        {kFile, QStringLiteral("Query by this image file instead of a dataset image."), QStringLiteral("file")},
    };
    parser.addOptions(options);
}

void NeighbourScreenshotSession::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (!parser.isSet(kShot))
        return;
    window->resize(1600, 1000);
    new NeighbourScreenshotSession(window, parser);
}

NeighbourScreenshotSession::NeighbourScreenshotSession(MainWindow* window, const QCommandLineParser& parser)
    : QObject(window), window_(window), file_(parser.value(kShot)), embeddings_(parser.value(kEmbeddings)), model_(parser.value(kModel)),
      query_(parser.value(kQuery))
{
    wholeWindow_ = parser.isSet(kWindow);
    queryFile_ = parser.value(kFile);
    if (parser.isSet(kK))
        k_ = std::max(1, parser.value(kK).toInt());
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &NeighbourScreenshotSession::poll);
    connect(window_, &MainWindow::datasetShown, this, &NeighbourScreenshotSession::datasetShown, Qt::SingleShotConnection);
}

void NeighbourScreenshotSession::fail(const QString& message)
{
    QTextStream(stderr) << "tagscope: " << message << '\n';
    QCoreApplication::exit(1);
}

void NeighbourScreenshotSession::datasetShown()
{
    const auto data = window_->dataset();
    if (!embeddings_.isEmpty()) { // without: the dock as it is before embeddings are computed or loaded
        try {
            EmbeddingFile file = readEmbeddingFile(embeddings_, data->dataset.imageCount());
            window_->embeddingStore()->setEmbeddings(file.vectors, std::move(file.imageIds), file.path, model_);
        } catch (const std::exception& error) {
            fail(QString::fromStdString(error.what()));
            return;
        }
    }
    EmbeddingStore* store = window_->embeddingStore();
    int image = -1;
    if (!query_.isEmpty()) {
        const auto found = data->dataset.findImage(query_.toStdString());
        if (!found) {
            fail(QStringLiteral("no image named %1").arg(query_));
            return;
        }
        image = int(*found);
    } else {
        image = store->isEmpty() ? 0 : int(store->imageIds().front());
    }
    NeighbourDock* dock = window_->neighbourDock();
    dock->show();
    dock->raise();
    window_->analysisTabs()->hide();
    NeighbourPanel* panel = dock->panel();
    {
        const QSignalBlocker blocker(panel->gallery());
        panel->gallery()->setNeighbourCount(k_);
    }
    image_ = image;
    if (queryFile_.isEmpty())
        dock->findSimilar(image);
    else
        panel->queryFile(queryFile_);
    poll_.start();
}

void NeighbourScreenshotSession::poll()
{
    waitedMs_ += kPollMs;
    NeighbourPanel* panel = window_->neighbourDock()->panel();
    if (!window_->isBusy() && !window_->isFiltering() && window_->inspector()->image() != image_)
        window_->showImageInInspector(image_); // once the grid has chosen its first image
    const bool answered = !panel->hasEmbeddings() || panel->model()->rowCount() > 0 || panel->gallery()->messageIsError();
    const bool settled = !panel->isSearching() && answered && panel->model()->loader()->pendingCount() == 0 &&
                         !window_->isBusy() && !window_->inspector()->isLoading() && window_->inspector()->image() == image_;
    quietPolls_ = settled ? quietPolls_ + 1 : 0;
    if (quietPolls_ < kQuietPolls && waitedMs_ < kGiveUpMs)
        return;
    poll_.stop();
    // The gallery alone, floated to a size that shows a few rows of neighbours (docked, the browser above it
    // keeps its minimum height); with --neighbour-window the whole window instead.
    QWidget* target = window_;
    if (!wholeWindow_) {
        NeighbourDock* dock = window_->neighbourDock();
        dock->setFloating(true);
        dock->resize(1400, 880);
        QCoreApplication::processEvents();
        target = dock;
    }
    if (!target->grab().save(file_)) {
        fail(QStringLiteral("cannot write %1").arg(file_));
        return;
    }
    QCoreApplication::exit(quietPolls_ >= kQuietPolls ? 0 : 1);
}

} // namespace tagscope::gui
