#pragma once
// NumPy .npy files (format versions 1-3, C order, little-endian): how embeddings, logits and targets travel
// between Tagscope and Python. Headers are untrusted: every size is checked before anything is allocated.
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

enum class NpyType { Float32, Float64, Int64, Int32, UInt8, Bool };

struct NpyArray {
    NpyType type = NpyType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<std::uint8_t> data; // raw, little-endian, C order

    std::int64_t elementCount() const;
    std::size_t elementSize() const;
    std::vector<float> toFloat() const;        // any numeric type, converted
    std::vector<std::int64_t> toInt64() const; // integer or bool types; floats must be whole numbers
};

// Throws std::runtime_error naming the file and the problem (bad magic, unsupported dtype, Fortran order,
// a data size that does not match the shape, truncation).
NpyArray readNpy(const std::string& path);
NpyArray parseNpy(const std::vector<std::uint8_t>& bytes, const std::string& nameForErrors);

// The header alone, for files read piece by piece: `bytes` holds the file's first `size` bytes (at least the
// header) and `fileSize` is the whole file's size, checked against the shape. Throws like parseNpy.
struct NpyHeader {
    NpyType type = NpyType::Float32;
    std::vector<std::int64_t> shape;
    std::size_t dataOffset = 0; // where the data starts in the file
};
NpyHeader parseNpyHeader(const std::uint8_t* bytes, std::size_t size, std::uint64_t fileSize, const std::string& nameForErrors);

// Writes float32 data of the given shape; throws std::runtime_error naming the file on failure.
void writeNpy(const std::string& path, const std::vector<float>& values, const std::vector<std::int64_t>& shape);
// The same for int64 data (row indices, neighbour lists).
void writeNpyInt64(const std::string& path, const std::vector<std::int64_t>& values, const std::vector<std::int64_t>& shape);

} // namespace tagscope
