#include "embedding/embedding_extractor.h" // torch first: Qt's `slots` would clash with it

#include "engine_bridge/embedding_extraction.h"

#include <QMutex>
#include <QMutexLocker>

#include <exception>

namespace tagscope::gui {

struct EmbeddingExtraction::Impl {
    EmbeddingExtractionRequest request;
    CancelToken cancel;
    mutable QMutex mutex;
    Progress progress;
};

EmbeddingExtraction::EmbeddingExtraction(EmbeddingExtractionRequest request) : impl_(std::make_unique<Impl>())
{
    impl_->request = std::move(request);
}

EmbeddingExtraction::~EmbeddingExtraction() = default;

void EmbeddingExtraction::cancel()
{
    impl_->cancel.cancel();
}

EmbeddingExtraction::Progress EmbeddingExtraction::progress() const
{
    QMutexLocker lock(&impl_->mutex);
    return impl_->progress;
}

EmbeddingExtractionResult EmbeddingExtraction::run()
{
    const EmbeddingExtractionRequest& r = impl_->request;
    ExtractionRequest request;
    request.model.path = r.model.toStdString();
    request.model.device = r.device.toStdString();
    request.model.pooledFeatures = r.pooledFeatures;
    request.model.probabilities = r.probabilities;
    request.dataset = r.dataset.toStdString();
    request.split = r.split.toStdString();
    request.reuseCache = r.reuseCache;
    request.applyCorrections = r.applyCorrections;
    const ProgressCallback progress = [this](std::uint64_t done, std::uint64_t total, const std::string& phase) {
        QMutexLocker lock(&impl_->mutex);
        impl_->progress = {done, total, QString::fromStdString(phase)};
    };

    EmbeddingExtractionResult result;
    try {
        std::optional<EmbeddingSet> set = extractEmbeddings(request, progress, &impl_->cancel);
        if (!set) {
            result.cancelled = true;
            return result;
        }
        result.images = std::move(set->images);
        result.path = QString::fromStdString(set->path);
        result.description = QString::fromStdString(set->modelDescription);
        result.fromCache = set->fromCache;
        result.skippedImages = set->skippedImages;
        for (const std::string& failure : set->failures)
            result.failures << QString::fromStdString(failure);
        result.vectors = std::make_shared<const FloatMatrix>(std::move(set->vectors));
        result.ok = true;
    } catch (const std::exception& error) {
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace tagscope::gui
