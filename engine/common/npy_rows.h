#pragma once
// A 2-D float32 .npy read a block of rows at a time, so that a matrix larger than memory (scores of millions of
// images x thousands of tags) can be walked with a buffer of a few megabytes.
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

class NpyRowReader {
public:
    // Throws std::runtime_error naming the file when it cannot be opened, is not a 2-D float32 array, or its
    // size does not match its shape.
    explicit NpyRowReader(const std::string& path);
    ~NpyRowReader();
    NpyRowReader(const NpyRowReader&) = delete;
    NpyRowReader& operator=(const NpyRowReader&) = delete;

    const std::string& path() const { return path_; }
    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    // Rows [first, first + count) into `out` (resized to count x cols). Throws naming the file on a read error.
    void read(std::size_t first, std::size_t count, std::vector<float>& out) const;

private:
    std::string path_;
    int fd_ = -1;
    std::size_t rows_ = 0, cols_ = 0;
    std::uint64_t dataOffset_ = 0;
};

} // namespace tagscope
