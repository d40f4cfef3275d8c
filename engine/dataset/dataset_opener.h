#pragma once
// Opening a dataset as the GUI and the CLI do: from the binary cache when its sources are unchanged,
// otherwise through the importer, refreshing the cache afterwards.
#include "dataset/dataset_loader.h"

#include <string>

namespace tagscope {

struct OpenOptions {
    LoadOptions load;
    bool useCache = true;
    std::string cacheFolder; // empty: defaultDatasetCacheFolder()
};

struct OpenResult {
    ImportResult import;
    bool fromCache = false;
    std::string cachePath;
    std::string cacheWarning; // set when the cache could not be written; the dataset itself is fine
};

// Throws std::runtime_error like loadDataset when the dataset cannot be read.
OpenResult openDataset(const std::string& path, const OpenOptions& options = {}, const ProgressCallback& progress = {},
                       const CancelToken* cancel = nullptr);

} // namespace tagscope
