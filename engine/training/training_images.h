#pragma once
// Where a run's images come from: streamed from their files by the batch source's workers, through the packed
// image cache when the config allows it and the splits fit the cache's disk budget. Nothing is decoded here:
// the cache fills as the first epoch reads the images, so training starts at once whatever the split's size.
#include "dataset/dataset.h"
#include "training/image_stream.h"
#include "training/training_config.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

struct TrainingImages {
    std::shared_ptr<ImageStream> train;
    std::shared_ptr<ImageStream> validation; // null without validation images
    std::vector<std::string> messages;       // what was decided about the cache, for the run's log
};

// The default cache budget for a cache folder: a quarter of its free space (counting the files a run would
// reuse as free), at most 50 GB.
std::uint64_t defaultCacheBudgetBytes(const std::string& cacheFolder, std::uint64_t reusableBytes = 0);

// `size`: the side of the decoded squares. The validation images are considered first (they are read at every
// evaluation), then the training split, each taking a cache only when it fits what is left of the budget
// ("auto"). Throws std::runtime_error when cache is "on" and its file cannot be made (a full disk).
// `trainCacheName` names the training images' cache file: the split, or a subset of it of its own (a fold of a
// cross-validation), so that the subset does not replace the whole split's cache.
TrainingImages openTrainingImages(const Dataset& dataset, const TrainingConfig& config, const std::vector<std::uint32_t>& trainImages,
                                  const std::vector<std::uint32_t>& valImages, int size, const std::string& trainCacheName);

} // namespace tagscope
