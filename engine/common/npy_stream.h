#pragma once
// A 2-D .npy file written a block of rows at a time, for outputs that grow with the dataset (scores of millions of
// images): memory holds one block, not the matrix. The header is written with room for any row count and filled
// in by finish(); until then the file is a temporary one, so a reader never sees a header that lies.
#include <cstdint>
#include <cstdio>
#include <string>

namespace tagscope {

class NpyRowWriter {
public:
    // descr: "<f4" (float32) or "<i8" (int64); `columns` 0 writes a 1-D array (one value per row).
    // Throws std::runtime_error naming the file when it cannot be created.
    NpyRowWriter(std::string path, const char* descr, std::size_t elementSize, std::size_t columns);
    ~NpyRowWriter(); // without finish(): the temporary file is removed
    NpyRowWriter(const NpyRowWriter&) = delete;
    NpyRowWriter& operator=(const NpyRowWriter&) = delete;

    void append(const void* data, std::size_t rows);
    // Writes the row count, syncs, and renames the temporary file to `path`. Throws naming the file on failure.
    void finish();
    std::uint64_t rows() const { return rows_; }

private:
    std::string header() const;
    std::string path_, temporary_, descr_;
    std::size_t elementSize_, columns_;
    std::uint64_t rows_ = 0;
    std::FILE* file_ = nullptr;
};

} // namespace tagscope
