#pragma once
// One entry point for every dataset format: detect what a path holds and import it.
#include "common/progress.h"
#include "dataset/open_images_importer.h"

#include <string>

namespace tagscope {

struct LoadOptions {
    OpenImagesOptions openImages;
};

// "openimages", or an empty string when the path holds nothing Tagscope can read.
std::string detectDatasetFormat(const std::string& path);

// Throws std::runtime_error with a message naming the path when it cannot be read.
ImportResult loadDataset(const std::string& path, const LoadOptions& options = {},
                         const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
