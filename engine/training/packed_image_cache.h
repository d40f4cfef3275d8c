#pragma once
// The packed image cache: the images of a split at S x S x 3 uint8 (shorter side resized to S, centre crop) in
// one memory-mapped file in the user's cache folder, never in the dataset's folders. Its rows are filled as the
// images are first decoded (write-through, while a run streams its first epoch; or all at once by build) and
// are read from it afterwards, so later epochs skip JPEG decoding, and a complete file trains where OpenCV is
// absent (a GPU server gets the file). Several processes may fill the same file: they write disjoint or
// identical rows.
#include "common/progress.h"
#include "dataset/dataset.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

struct PackedCacheReport {
    std::uint64_t decoded = 0;
    std::uint64_t reused = 0;            // rows already filled in the cache file
    std::uint64_t failed = 0;            // missing or corrupt images: zero rows, marked as failed
    std::vector<std::string> failures;   // "path: reason", the first 100
};

class PackedImageCache {
public:
    enum class RowState : std::uint8_t { Empty = 0, Valid = 1, Failed = 2 };

    // Opens the cache at `path` when it holds these images at this size, with the rows filled so far; otherwise
    // creates it with no row filled and its whole size reserved on disk, so that a full disk is one clear error
    // here, naming the file, and never a failed write later. Throws std::runtime_error on I/O errors.
    static std::shared_ptr<PackedImageCache> prepare(const Dataset& dataset, std::vector<std::uint32_t> images, int size,
                                                     const std::string& path);
    // prepare(), then every row not yet filled decoded on all cores (OpenCV). Throws std::runtime_error naming the
    // file on I/O errors, or when images must be decoded in a build without OpenCV. Returns null when cancelled;
    // the rows done stay in the file.
    static std::shared_ptr<PackedImageCache> build(const Dataset& dataset, std::vector<std::uint32_t> images, int size,
                                                   const std::string& path, const ProgressCallback& progress = {},
                                                   const CancelToken* cancel = nullptr, PackedCacheReport* report = nullptr);
    // Opens an existing cache file read-only; throws std::runtime_error naming it when corrupt.
    static std::shared_ptr<PackedImageCache> open(const std::string& path);
    // $XDG_CACHE_HOME/tagscope/packed/<key>.tspk for a dataset, split and size.
    static std::string defaultPath(const Dataset& dataset, const std::string& splitName, int size);
    // Bytes on disk of a cache of `rows` images at `size`.
    static std::uint64_t fileBytes(std::uint64_t rows, int size);

    ~PackedImageCache();
    int size() const;
    std::size_t rows() const;
    const std::string& path() const;
    const std::vector<std::uint32_t>& images() const; // dataset image index of each row
    const std::uint8_t* pixels(std::size_t row) const; // size x size x 3, RGB; zeros unless the row is valid
    // Also sees the rows other processes filling the same file have made durable.
    RowState state(std::size_t row) const;
    bool valid(std::size_t row) const { return state(row) == RowState::Valid; }
    std::size_t filledRows() const; // valid or failed, as this process knows them
    bool writable() const;          // false when opened read-only (open())

    // Thread-safe writes of a row decoded elsewhere, or of an image that could not be read (not tried again).
    // Throws std::runtime_error naming the file when it cannot be written; std::logic_error on a cache
    // opened read-only.
    void store(std::size_t row, const std::uint8_t* pixels);
    void markFailed(std::size_t row);
    // Makes the rows stored so far durable: their pixels reach the disk before the row table says they are
    // there, so a crash never leaves a row marked filled without its pixels. Done every few thousand rows or
    // seconds by store(), and on destruction.
    void flush();

private:
    PackedImageCache();
    // Reads and checks an existing file; `writable` keeps a descriptor for filling rows.
    static std::shared_ptr<PackedImageCache> openFile(const std::string& path, bool writable);
    void setState(std::size_t row, RowState state);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
