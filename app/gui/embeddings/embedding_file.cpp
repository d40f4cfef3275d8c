#include "embedding_file.h"

#include "common/npy.h"
#include "embedding/layout_csv.h"

#include <QFileInfo>

#include <stdexcept>
#include <string>
#include <unordered_set>

namespace tagscope::gui {

QString embeddingSidecarPath(const QString& npyPath)
{
    return QString::fromStdString(rowImagesPath(npyPath.toStdString()));
}

EmbeddingFile readEmbeddingFile(const QString& npyPath, std::size_t datasetImages)
{
    EmbeddingFile file;
    file.path = npyPath;
    auto vectors = std::make_shared<FloatMatrix>(readFloatMatrix(npyPath.toStdString()));
    const QString sidecar = embeddingSidecarPath(npyPath);
    const std::string sidecarName = sidecar.toStdString();
    if (QFileInfo::exists(sidecar)) {
        const std::vector<std::int64_t> indices = readNpy(sidecarName).toInt64();
        if (indices.size() != vectors->rows)
            throw std::runtime_error(sidecarName + ": " + std::to_string(indices.size()) + " image indices for " +
                                     std::to_string(vectors->rows) + " embeddings in " + npyPath.toStdString());
        std::unordered_set<std::int64_t> seen;
        seen.reserve(indices.size());
        file.imageIds.reserve(indices.size());
        for (std::size_t r = 0; r < indices.size(); ++r) {
            const std::int64_t image = indices[r];
            if (image < 0 || static_cast<std::uint64_t>(image) >= datasetImages)
                throw std::runtime_error(sidecarName + ": row " + std::to_string(r) + " names image " + std::to_string(image) +
                                         ", but the dataset has " + std::to_string(datasetImages) + " images");
            if (!seen.insert(image).second)
                throw std::runtime_error(sidecarName + ": row " + std::to_string(r) + " names image " + std::to_string(image) +
                                         " a second time");
            file.imageIds.push_back(static_cast<std::uint32_t>(image));
        }
        file.hadSidecar = true;
    } else {
        if (vectors->rows != datasetImages)
            throw std::runtime_error(npyPath.toStdString() + ": " + std::to_string(vectors->rows) + " rows, but the dataset has " +
                                     std::to_string(datasetImages) + " images and there is no " + sidecarName +
                                     " saying which image each row belongs to");
        file.imageIds.resize(vectors->rows);
        for (std::size_t r = 0; r < vectors->rows; ++r)
            file.imageIds[r] = static_cast<std::uint32_t>(r);
    }
    file.vectors = std::move(vectors);
    return file;
}

} // namespace tagscope::gui
