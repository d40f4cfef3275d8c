#include "embedding_source_runner.h"

#include "common/number_format.h"
#include "embedding_file.h"
#include "embedding_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace tagscope::gui {

EmbeddingSourceRunner::EmbeddingSourceRunner(EmbeddingStore* store, QObject* parent) : QObject(parent), store_(store)
{
    poll_.setInterval(100);
    connect(&poll_, &QTimer::timeout, this, &EmbeddingSourceRunner::pollProgress);
}

EmbeddingSourceRunner::~EmbeddingSourceRunner()
{
    ++generation_;
    if (extraction_)
        extraction_->cancel();
    running_.waitForFinished();
}

void EmbeddingSourceRunner::cancel()
{
    if (!busy_)
        return;
    ++generation_;
    if (extraction_)
        extraction_->cancel();
    extraction_.reset();
    poll_.stop();
    setBusy(false);
    Q_EMIT cancelled();
}

void EmbeddingSourceRunner::setBusy(bool busy)
{
    if (busy_ == busy)
        return;
    busy_ = busy;
    Q_EMIT busyChanged(busy);
}

void EmbeddingSourceRunner::pollProgress()
{
    if (!extraction_)
        return;
    const EmbeddingExtraction::Progress p = extraction_->progress();
    Q_EMIT progressChanged(static_cast<qint64>(p.done), static_cast<qint64>(p.total), p.phase);
}

void EmbeddingSourceRunner::loadFile(const QString& npyPath, std::size_t datasetImages, const QString& modelPath)
{
    cancel();
    const quint64 generation = ++generation_;
    setBusy(true);
    Q_EMIT started(tr("Reading %1").arg(QFileInfo(npyPath).fileName()));
    QPointer<EmbeddingSourceRunner> self(this);
    running_ = QtConcurrent::run([self, generation, npyPath, datasetImages, modelPath] {
        EmbeddingFile file;
        QString error;
        try {
            file = readEmbeddingFile(npyPath, datasetImages);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            qApp, [self, generation, file = std::move(file), error, modelPath]() mutable {
                if (!self || self->generation_ != generation)
                    return;
                self->setBusy(false);
                if (!error.isEmpty()) {
                    Q_EMIT self->failed(error);
                    return;
                }
                const std::size_t rows = file.vectors->rows, dims = file.vectors->cols;
                try {
                    self->store_->setEmbeddings(std::move(file.vectors), std::move(file.imageIds), file.path, modelPath);
                } catch (const std::exception& e) {
                    Q_EMIT self->failed(QString::fromStdString(e.what()));
                    return;
                }
                Q_EMIT self->finished(tr("%Ln embedding(s) of %1 dimensions from %2", nullptr, static_cast<int>(rows))
                                          .arg(dims)
                                          .arg(QDir::toNativeSeparators(file.path)));
            },
            Qt::QueuedConnection);
    });
}

void EmbeddingSourceRunner::compute(const EmbeddingExtractionRequest& request, std::size_t datasetImages)
{
    extract(request, datasetImages, true);
}

void EmbeddingSourceRunner::computePredictions(const EmbeddingExtractionRequest& request, std::size_t datasetImages)
{
    extract(request, datasetImages, false);
}

void EmbeddingSourceRunner::extract(const EmbeddingExtractionRequest& request, std::size_t datasetImages, bool intoStore)
{
    cancel();
    const quint64 generation = ++generation_;
    auto extraction = std::make_shared<EmbeddingExtraction>(request);
    extraction_ = extraction;
    setBusy(true);
    Q_EMIT started(intoStore ? tr("Embedding the %1 images with %2").arg(request.split, QFileInfo(request.model).fileName())
                             : tr("Scoring the %1 images with %2").arg(request.split, QFileInfo(request.model).fileName()));
    poll_.start();
    QPointer<EmbeddingSourceRunner> self(this);
    const QString model = request.model;
    running_ = QtConcurrent::run([self, generation, extraction, model, datasetImages, intoStore] {
        EmbeddingExtractionResult result = extraction->run();
        if (result.ok)
            for (std::uint32_t image : result.images)
                if (image >= datasetImages) {
                    result.ok = false;
                    result.error = QStringLiteral("%1: image index %2 is outside the open dataset (%3 images)")
                                       .arg(result.path)
                                       .arg(image)
                                       .arg(datasetImages);
                    break;
                }
        QMetaObject::invokeMethod(
            qApp, [self, generation, model, intoStore, result = std::move(result)]() mutable {
                if (!self || self->generation_ != generation)
                    return;
                self->poll_.stop();
                self->extraction_.reset();
                self->setBusy(false);
                if (result.cancelled) {
                    Q_EMIT self->cancelled();
                    return;
                }
                if (!result.ok) {
                    Q_EMIT self->failed(result.error);
                    return;
                }
                const std::size_t rows = result.vectors->rows, dims = result.vectors->cols;
                if (!intoStore) {
                    Q_EMIT self->predictionsComputed(std::move(result.vectors), result.images, result.path, model);
                    return;
                }
                try {
                    self->store_->setEmbeddings(std::move(result.vectors), std::move(result.images), result.path, model);
                } catch (const std::exception& e) {
                    Q_EMIT self->failed(QString::fromStdString(e.what()));
                    return;
                }
                QString summary = result.fromCache ? tr("%Ln embedding(s) of %1 dimensions read from the cache (%2)", nullptr, static_cast<int>(rows))
                                                   : tr("%Ln embedding(s) of %1 dimensions computed (%2)", nullptr, static_cast<int>(rows));
                summary = summary.arg(dims).arg(result.description);
                if (result.skippedImages > 0)
                    summary += tr("; %Ln image(s) could not be decoded", nullptr, static_cast<int>(result.skippedImages));
                Q_EMIT self->finished(summary);
            },
            Qt::QueuedConnection);
    });
}

} // namespace tagscope::gui
