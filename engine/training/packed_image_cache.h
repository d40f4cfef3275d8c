#pragma once
// Every image of a split decoded once to S x S x 3 uint8 (shorter side resized to S, centre crop) in one
// memory-mapped file, so later epochs skip JPEG decoding, and so training runs where OpenCV is absent
// (a GPU server gets the file). Lives in the user's cache folder, never in the dataset's folders.
#include "common/progress.h"
#include "dataset/dataset.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

struct PackedCacheReport {
    std::uint64_t decoded = 0;
    std::uint64_t reused = 0;            // rows taken from an existing cache file
    std::uint64_t failed = 0;            // missing or corrupt images: zero rows, marked invalid
    std::vector<std::string> failures;   // "path: reason", the first 100
};

class PackedImageCache {
public:
    // Opens the cache for these images at this size when `path` holds a matching one, else decodes the images
    // on all cores (OpenCV) and writes it atomically. Throws std::runtime_error naming the file on I/O errors,
    // or when images must be decoded in a build without OpenCV. Returns null when cancelled.
    static std::shared_ptr<PackedImageCache> build(const Dataset& dataset, std::vector<std::uint32_t> images, int size,
                                                   const std::string& path, const ProgressCallback& progress = {},
                                                   const CancelToken* cancel = nullptr, PackedCacheReport* report = nullptr);
    // Opens an existing cache file (memory-mapped); throws std::runtime_error naming it when corrupt.
    static std::shared_ptr<PackedImageCache> open(const std::string& path);
    // $XDG_CACHE_HOME/tagscope/packed/<key>.tspk for a dataset, split and size.
    static std::string defaultPath(const Dataset& dataset, const std::string& splitName, int size);

    ~PackedImageCache();
    int size() const;
    std::size_t rows() const;
    const std::vector<std::uint32_t>& images() const; // dataset image index of each row
    const std::uint8_t* pixels(std::size_t row) const; // size x size x 3, RGB
    bool valid(std::size_t row) const;

private:
    PackedImageCache();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
