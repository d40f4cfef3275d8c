#pragma once
// Reads an embedding .npy (rows x dimensions) with its EMB.images.npy sidecar (the dataset image index of each
// row, as `tagscope-cli embed` and the GUI's extraction write them). Without a sidecar, row r is image r when the
// row count equals the dataset's image count. Runs on a worker thread.
#include "embedding/float_matrix.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope::gui {

struct EmbeddingFile {
    std::shared_ptr<const FloatMatrix> vectors;
    std::vector<std::uint32_t> imageIds;
    QString path;
    bool hadSidecar = false;
};

QString embeddingSidecarPath(const QString& npyPath); // EMB.npy -> EMB.images.npy

// Throws std::runtime_error naming the file (and the row) for an unreadable file, a sidecar whose length differs,
// an image index outside [0, datasetImages), an image with two rows, or no sidecar when the rows are not one per
// image.
EmbeddingFile readEmbeddingFile(const QString& npyPath, std::size_t datasetImages);

} // namespace tagscope::gui
