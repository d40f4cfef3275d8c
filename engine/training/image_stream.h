#pragma once
// The S x S x 3 rows of a list of images as the batch source reads them: from the packed image cache when it
// holds them, otherwise decoded from the image files (reduced-size JPEG decoding, the cache's resize and centre
// crop) and written through to the cache. Either way a row has the same pixels, so a run sees the same batches
// whether its images come from the files or from the cache. Missing and corrupt images are counted and named
// once, and give no row.
#include "dataset/dataset.h"
#include "training/packed_image_cache.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tagscope {

struct ImageStreamCounts {
    std::uint64_t decoded = 0;   // rows decoded from the image files
    std::uint64_t fromCache = 0; // rows read from the packed image cache
    std::uint64_t failed = 0;    // distinct images that could not be read
};

class ImageStream {
public:
    // `cache`, when given, holds these images at this size (PackedImageCache::prepare).
    ImageStream(const Dataset& dataset, std::vector<std::uint32_t> images, int size, std::shared_ptr<PackedImageCache> cache = nullptr);
    // Every row of a cache (its images, its size), decoding the rows it lacks.
    ImageStream(const Dataset& dataset, std::shared_ptr<PackedImageCache> cache);

    const Dataset& dataset() const { return dataset_; }
    int size() const { return size_; }
    std::size_t rows() const { return images_.size(); }
    const std::vector<std::uint32_t>& images() const { return images_; } // dataset image index of each row
    const PackedImageCache* cache() const { return cache_.get(); }

    // The pixels of `row`: in the cache, or decoded into `scratch`; null when the image is missing or corrupt.
    // Thread-safe. Throws std::runtime_error when nothing can be read at all (the first images tried all
    // failed: a missing image folder, a build without a decoder), naming the first failure.
    const std::uint8_t* pixels(std::size_t row, std::vector<std::uint8_t>& scratch);

    ImageStreamCounts counts() const;
    // The first 100 failures ("path: reason"), in the order they were met; later ones are counted only.
    std::vector<std::string> failures() const;
    // Lines for the run's log since the last call: "skipped path: reason" for those failures, and a cache that
    // could not be written any more.
    std::vector<std::string> takeNotices();

private:
    void recordFailure(std::size_t row, const std::string& message);
    void store(std::size_t row, const std::uint8_t* pixels, bool failed);

    const Dataset& dataset_;
    std::vector<std::uint32_t> images_;
    int size_;
    std::shared_ptr<PackedImageCache> cache_;

    mutable std::mutex mutex_;
    ImageStreamCounts counts_;
    std::vector<std::uint8_t> failedRows_; // set once a row's failure has been counted
    std::vector<std::string> failures_;
    std::vector<std::string> notices_;
    bool cacheWritable_;                   // false for a read-only cache, and once the cache cannot be written any more
};

} // namespace tagscope
