#pragma once
// A dense row-major float32 matrix: embeddings (images x features), PCA projections, 2-D layouts.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct FloatMatrix {
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<float> values; // rows * cols, row after row

    FloatMatrix() = default;
    FloatMatrix(std::size_t rowCount, std::size_t colCount, float fill = 0.0f)
        : rows(rowCount), cols(colCount), values(rowCount * colCount, fill)
    {
    }
    float* row(std::size_t r) { return values.data() + r * cols; }
    const float* row(std::size_t r) const { return values.data() + r * cols; }
    float& at(std::size_t r, std::size_t c) { return values[r * cols + c]; }
    float at(std::size_t r, std::size_t c) const { return values[r * cols + c]; }
    bool empty() const { return rows == 0 || cols == 0; }
};

// Reads a 2-D .npy of any numeric dtype as float32. Throws std::runtime_error naming the file when it cannot be
// read, is not 2-D, is empty or holds a NaN or an infinity (the row is named).
FloatMatrix readFloatMatrix(const std::string& path);
void writeFloatMatrix(const std::string& path, const FloatMatrix& matrix);

// A 64-bit hash of the shape and every value: tells whether a file saved beside an embedding (a search index)
// still belongs to it.
std::uint64_t fingerprint(const FloatMatrix& matrix);

} // namespace tagscope
