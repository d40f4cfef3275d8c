#include "embedding/float_matrix.h"

#include "common/npy.h"
#include "embedding/content_hash.h"

#include <cmath>
#include <stdexcept>

namespace tagscope {

FloatMatrix readFloatMatrix(const std::string& path)
{
    const NpyArray array = readNpy(path);
    if (array.shape.size() != 2)
        throw std::runtime_error(path + ": expected a 2-D array (rows x features), found " + std::to_string(array.shape.size()) +
                                 " dimensions");
    if (array.shape[0] < 1 || array.shape[1] < 1)
        throw std::runtime_error(path + ": the array is empty");
    FloatMatrix matrix;
    matrix.rows = static_cast<std::size_t>(array.shape[0]);
    matrix.cols = static_cast<std::size_t>(array.shape[1]);
    matrix.values = array.toFloat();
    for (std::size_t r = 0; r < matrix.rows; ++r) {
        const float* row = matrix.row(r);
        for (std::size_t c = 0; c < matrix.cols; ++c)
            if (!std::isfinite(row[c]))
                throw std::runtime_error(path + ": row " + std::to_string(r) + " holds a NaN or an infinity");
    }
    return matrix;
}

void writeFloatMatrix(const std::string& path, const FloatMatrix& matrix)
{
    writeNpy(path, matrix.values, {static_cast<std::int64_t>(matrix.rows), static_cast<std::int64_t>(matrix.cols)});
}

std::uint64_t fingerprint(const FloatMatrix& matrix)
{
    return hashBytes(matrix.values.data(), matrix.values.size() * sizeof(float), matrix.rows * 0x9e3779b97f4a7c15ULL + matrix.cols);
}

} // namespace tagscope
