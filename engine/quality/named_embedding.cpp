#include "quality/named_embedding.h"

#include "embedding/embedding_origin.h"
#include "quality/row_images.h"

#include <cmath>
#include <stdexcept>

namespace tagscope {

namespace {
// Scales a row to length 1; false for a row of zeros (no direction).
bool scaleToUnit(float* row, std::size_t cols)
{
    double squares = 0;
    for (std::size_t c = 0; c < cols; ++c)
        squares += static_cast<double>(row[c]) * row[c];
    if (squares <= 0)
        return false;
    const float scale = static_cast<float>(1.0 / std::sqrt(squares));
    for (std::size_t c = 0; c < cols; ++c)
        row[c] *= scale;
    return true;
}
} // namespace

NamedEmbedding readNamedEmbedding(const std::vector<std::string>& npyPaths, const std::string& datasetPath, const Dataset& dataset)
{
    if (npyPaths.empty())
        throw std::invalid_argument("no embedding given");
    if (npyPaths.size() > 65535)
        throw std::invalid_argument("too many embedding files");
    NamedEmbedding out;
    std::vector<std::uint16_t> fileOfImage(dataset.imageCount()); // 1 + the file that holds the image, 0 for none
    for (std::size_t file = 0; file < npyPaths.size(); ++file) {
        const std::string& path = npyPaths[file];
        FloatMatrix matrix = readFloatMatrix(path);
        if (out.unit.cols && matrix.cols != out.unit.cols)
            throw std::runtime_error(path + ": " + std::to_string(matrix.cols) + " features, but " + npyPaths.front() + " has " +
                                     std::to_string(out.unit.cols));
        checkEmbeddingDataset(path, datasetPath, dataset);
        const std::vector<std::uint32_t> images = readRowImages(path, matrix.rows, dataset);
        for (std::size_t r = 0; r < matrix.rows; ++r) {
            if (!scaleToUnit(matrix.row(r), matrix.cols))
                throw std::runtime_error(path + ": row " + std::to_string(r) + " (image " + dataset.imageName(images[r]) +
                                         ") is all zeros and has no direction");
            if (fileOfImage[images[r]])
                throw std::runtime_error(path + ": row " + std::to_string(r) + " is image " + dataset.imageName(images[r]) + ", also a row of " +
                                         npyPaths[fileOfImage[images[r]] - 1u]);
            fileOfImage[images[r]] = static_cast<std::uint16_t>(file + 1);
        }
        out.unit.cols = matrix.cols;
        out.unit.rows += matrix.rows;
        out.unit.values.insert(out.unit.values.end(), matrix.values.begin(), matrix.values.end());
        out.images.insert(out.images.end(), images.begin(), images.end());
    }
    return out;
}

NamedEmbedding unitEmbedding(FloatMatrix vectors, std::vector<std::uint32_t> images, const Dataset& dataset)
{
    if (images.size() != vectors.rows)
        throw std::runtime_error("the embedding has " + std::to_string(vectors.rows) + " rows but names " + std::to_string(images.size()) +
                                 " images");
    std::vector<std::uint8_t> seen(dataset.imageCount());
    for (std::size_t r = 0; r < vectors.rows; ++r) {
        if (images[r] >= dataset.imageCount())
            throw std::runtime_error("embedding row " + std::to_string(r) + " names image " + std::to_string(images[r]) + ", but the dataset has " +
                                     std::to_string(dataset.imageCount()) + " images");
        if (seen[images[r]]++)
            throw std::runtime_error("embedding row " + std::to_string(r) + " is image " + dataset.imageName(images[r]) + ", also an earlier row");
        if (!scaleToUnit(vectors.row(r), vectors.cols))
            throw std::runtime_error("embedding row " + std::to_string(r) + " (image " + dataset.imageName(images[r]) +
                                     ") is all zeros and has no direction");
    }
    return {std::move(vectors), std::move(images)};
}

} // namespace tagscope
