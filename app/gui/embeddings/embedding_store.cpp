#include "embedding_store.h"

#include <stdexcept>
#include <string>

namespace tagscope::gui {

EmbeddingStore::EmbeddingStore(QObject* parent) : QObject(parent) {}

std::shared_ptr<const FloatMatrix> EmbeddingStore::embeddings() const
{
    return vectors_;
}

const std::vector<std::uint32_t>& EmbeddingStore::imageIds() const
{
    return imageIds_;
}

int EmbeddingStore::rowOf(std::uint32_t imageId) const
{
    const auto found = rows_.find(imageId);
    return found == rows_.end() ? -1 : found->second;
}

QString EmbeddingStore::sourcePath() const
{
    return sourcePath_;
}

QString EmbeddingStore::modelPath() const
{
    return modelPath_;
}

void EmbeddingStore::setEmbeddings(std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> imageIds, QString sourcePath,
                                   QString modelPath)
{
    const std::size_t rows = vectors ? vectors->rows : 0;
    if (imageIds.size() != rows)
        throw std::invalid_argument(sourcePath.toStdString() + ": " + std::to_string(imageIds.size()) + " image indices for " +
                                    std::to_string(rows) + " embeddings");
    std::unordered_map<std::uint32_t, int> index;
    index.reserve(imageIds.size());
    for (std::size_t r = 0; r < imageIds.size(); ++r)
        if (!index.emplace(imageIds[r], static_cast<int>(r)).second)
            throw std::invalid_argument(sourcePath.toStdString() + ": image " + std::to_string(imageIds[r]) + " has two rows (" +
                                        std::to_string(index[imageIds[r]]) + " and " + std::to_string(r) + ")");
    vectors_ = std::move(vectors);
    imageIds_ = std::move(imageIds);
    rows_ = std::move(index);
    sourcePath_ = std::move(sourcePath);
    modelPath_ = std::move(modelPath);
    Q_EMIT embeddingsChanged();
}

void EmbeddingStore::clear()
{
    const bool had = vectors_ != nullptr;
    vectors_.reset();
    imageIds_.clear();
    rows_.clear();
    sourcePath_.clear();
    modelPath_.clear();
    if (had)
        Q_EMIT embeddingsChanged();
}

} // namespace tagscope::gui
