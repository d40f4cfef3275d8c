#include "training/image_stream.h"

#include "imaging/square_crop.h"

#include <stdexcept>

namespace tagscope {
namespace {

constexpr std::size_t kMaxListedFailures = 100;
// This many failures before any image could be read means nothing will be: the run stops with a message
// rather than serving empty batches.
constexpr std::uint64_t kHopelessFailures = 32;

} // namespace

ImageStream::ImageStream(const Dataset& dataset, std::vector<std::uint32_t> images, int size, std::shared_ptr<PackedImageCache> cache)
    : dataset_(dataset), images_(std::move(images)), size_(size), cache_(std::move(cache)), failedRows_(images_.size(), 0),
      cacheWritable_(cache_ && cache_->writable()) // a cache opened read-only is read, its empty rows decoded
{
    if (size_ < 1)
        throw std::invalid_argument("image stream: the image size must be positive");
    if (cache_ && (cache_->size() != size_ || cache_->images() != images_))
        throw std::invalid_argument(cache_->path() + ": the packed image cache holds other images or another size");
    for (std::uint32_t image : images_)
        if (image >= dataset_.imageCount())
            throw std::invalid_argument("image stream: image " + std::to_string(image) +
                                        " is not in the dataset (a cache of another dataset?)");
}

ImageStream::ImageStream(const Dataset& dataset, std::shared_ptr<PackedImageCache> cache)
    : ImageStream(dataset, cache ? cache->images() : std::vector<std::uint32_t>{}, cache ? cache->size() : 0, cache)
{
}

const std::uint8_t* ImageStream::pixels(std::size_t row, std::vector<std::uint8_t>& scratch)
{
    const std::uint32_t image = images_[row];
    if (cache_) {
        switch (cache_->state(row)) {
        case PackedImageCache::RowState::Valid: {
            std::lock_guard<std::mutex> lock(mutex_);
            ++counts_.fromCache;
            return cache_->pixels(row);
        }
        case PackedImageCache::RowState::Failed:
            recordFailure(row, dataset_.imagePath(image) + ": could not be read when the packed image cache was filled");
            return nullptr;
        case PackedImageCache::RowState::Empty:
            break;
        }
    }
    const std::string path = dataset_.imagePath(image);
    std::string error;
    scratch.clear();
    if (path.empty())
        error = dataset_.imageName(image) + ": no image folder is known for this image";
    else
        scratch = loadSquareCrop(path, size_, &error);
    const bool failed = scratch.empty();
    if (cache_)
        store(row, scratch.data(), failed);
    if (failed) {
        recordFailure(row, error);
        return nullptr;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    ++counts_.decoded;
    return scratch.data();
}

void ImageStream::store(std::size_t row, const std::uint8_t* pixels, bool failed)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!cacheWritable_)
            return;
    }
    try {
        if (failed)
            cache_->markFailed(row);
        else
            cache_->store(row, pixels);
    } catch (const std::runtime_error& error) {
        // A cache is only ever a shortcut: training goes on from the files.
        std::lock_guard<std::mutex> lock(mutex_);
        if (cacheWritable_)
            notices_.push_back(std::string(error.what()) + "; images are decoded from their files from now on");
        cacheWritable_ = false;
    }
}

void ImageStream::recordFailure(std::size_t row, const std::string& message)
{
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failedRows_[row]) {
        failedRows_[row] = 1;
        ++counts_.failed;
        if (failures_.size() < kMaxListedFailures) {
            failures_.push_back(message);
            notices_.push_back("skipped " + message);
        }
    }
    if (counts_.decoded + counts_.fromCache == 0 && (counts_.failed >= kHopelessFailures || counts_.failed == images_.size()))
        throw std::runtime_error("none of the first " + std::to_string(counts_.failed) +
                                 " images tried could be read; the first: " + failures_.front());
}

ImageStreamCounts ImageStream::counts() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return counts_;
}

std::vector<std::string> ImageStream::failures() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return failures_;
}

std::vector<std::string> ImageStream::takeNotices()
{
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::string> notices;
    notices.swap(notices_);
    return notices;
}

} // namespace tagscope
