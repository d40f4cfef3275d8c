#include "neighbour_query_runner.h"

#include "engine_bridge/embedding_query.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace tagscope::gui {

namespace {
constexpr int kPictureSide = 256;

QImage readPicture(const QString& path, QString* error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kPictureSide || size.height() > kPictureSide))
        reader.setScaledSize(size.scaled(kPictureSide, kPictureSide, Qt::KeepAspectRatio));
    QImage picture = reader.read();
    if (picture.isNull())
        *error = reader.errorString();
    return picture;
}
} // namespace

NeighbourQueryRunner::NeighbourQueryRunner(QObject* parent) : QObject(parent), embedder_(std::make_shared<ImageFileEmbedder>())
{
    qRegisterMetaType<NeighbourOutcome>();
    connect(&watcher_, &QFutureWatcher<NeighbourOutcome>::finished, this, &NeighbourQueryRunner::jobDone);
}

NeighbourQueryRunner::~NeighbourQueryRunner()
{
    waiting_.reset();
    watcher_.waitForFinished();
}

quint64 NeighbourQueryRunner::run(NeighbourJob job)
{
    const quint64 id = ++latest_;
    if (watcher_.isRunning())
        waiting_ = std::make_pair(std::move(job), id);
    else
        start(std::move(job), id);
    return id;
}

bool NeighbourQueryRunner::isRunning() const
{
    return watcher_.isRunning() || waiting_.has_value();
}

void NeighbourQueryRunner::start(NeighbourJob job, quint64 id)
{
    std::shared_ptr<ImageFileEmbedder> embedder = embedder_;
    watcher_.setFuture(QtConcurrent::run([job = std::move(job), embedder, id] { return execute(job, *embedder, id); }));
}

void NeighbourQueryRunner::jobDone()
{
    const NeighbourOutcome outcome = watcher_.result();
    if (waiting_) {
        auto [job, id] = std::move(*waiting_);
        waiting_.reset();
        start(std::move(job), id);
    }
    if (outcome.id == latest_)
        Q_EMIT finished(outcome);
}

NeighbourOutcome NeighbourQueryRunner::execute(const NeighbourJob& job, ImageFileEmbedder& embedder, quint64 id)
{
    NeighbourOutcome outcome;
    outcome.id = id;
    NeighbourSearchRequest search = job.search;
    try {
        if (search.queryRow < 0 && search.queryVector.empty()) {
            const QString name = QFileInfo(job.imageFile).fileName();
            if (!QFileInfo(job.imageFile).isFile()) {
                outcome.error = QCoreApplication::translate("NeighbourQueryRunner", "%1 does not exist.").arg(job.imageFile);
                return outcome;
            }
            QString reason;
            outcome.filePicture = readPicture(job.imageFile, &reason);
            if (outcome.filePicture.isNull()) {
                outcome.error = QCoreApplication::translate("NeighbourQueryRunner", "%1 is not an image file Tagscope can read (%2).")
                                    .arg(job.imageFile, reason);
                return outcome;
            }
            // Embeddings loaded from a file name their model in EMB.json when extraction wrote them.
            const std::string model = job.modelPath.isEmpty() ? ImageFileEmbedder::recordedModel(job.embeddingPath.toStdString())
                                                              : job.modelPath.toStdString();
            if (model.empty()) {
                outcome.error = QCoreApplication::translate("NeighbourQueryRunner",
                                                            "Cannot embed %1: these embeddings were loaded from a file that does not name "
                                                            "the model that made them. Compute them with their model (Compute Embeddings… "
                                                            "reads them back from the cache) to query by image file.")
                                    .arg(name);
                return outcome;
            }
            outcome.fileVector = embedder.embed(model, job.embeddingPath.toStdString(), job.imageFile.toStdString());
            search.queryVector = outcome.fileVector;
        }
        outcome.result = searchNeighbours(search);
    } catch (const std::exception& error) {
        outcome.error = QString::fromStdString(error.what());
    }
    return outcome;
}

} // namespace tagscope::gui
