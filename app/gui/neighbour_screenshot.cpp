#include "neighbour_screenshot.h"

#include "embedding_file.h"
#include "embedding_store.h"
#include "main_window.h"
#include "neighbour_dock.h"
#include "neighbour_panel.h"

#include "neighbour_gallery.h"
#include "neighbour_gallery_model.h"

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
} // namespace

void NeighbourScreenshotSession::addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {kShot, QStringLiteral("Save a picture of the window with the Similar Images dock, then quit."), QStringLiteral("file")},
        {kEmbeddings, QStringLiteral("Embeddings to load (.npy with its .images.npy)."), QStringLiteral("file")},
        {kModel, QStringLiteral("The model the embeddings came from."), QStringLiteral("path")},
        {kQuery, QStringLiteral("Name of the image to query."), QStringLiteral("name")},
        {kK, QStringLiteral("Neighbours to show."), QStringLiteral("k")},
    };
    for (QCommandLineOption option : options) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
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
    try {
        EmbeddingFile file = readEmbeddingFile(embeddings_, data->dataset.imageCount());
        window_->embeddingStore()->setEmbeddings(file.vectors, std::move(file.imageIds), file.path, model_);
    } catch (const std::exception& error) {
        fail(QString::fromStdString(error.what()));
        return;
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
        image = int(store->imageIds().front());
    }
    NeighbourDock* dock = window_->neighbourDock();
    dock->show();
    dock->raise();
    window_->analysisTabs()->hide();
    window_->resizeDocks({dock}, {int(window_->height() * 0.62)}, Qt::Vertical);
    NeighbourPanel* panel = dock->panel();
    {
        const QSignalBlocker blocker(panel->gallery());
        panel->gallery()->setNeighbourCount(k_);
    }
    dock->findSimilar(image);
    poll_.start();
}

void NeighbourScreenshotSession::poll()
{
    waitedMs_ += kPollMs;
    NeighbourPanel* panel = window_->neighbourDock()->panel();
    const bool settled = !panel->isSearching() && panel->model()->rowCount() > 0 && panel->model()->loader()->pendingCount() == 0 &&
                         !window_->isBusy();
    quietPolls_ = settled ? quietPolls_ + 1 : 0;
    if (quietPolls_ < kQuietPolls && waitedMs_ < kGiveUpMs)
        return;
    poll_.stop();
    if (!window_->grab().save(file_)) {
        fail(QStringLiteral("cannot write %1").arg(file_));
        return;
    }
    QCoreApplication::exit(quietPolls_ >= kQuietPolls ? 0 : 1);
}

} // namespace tagscope::gui
