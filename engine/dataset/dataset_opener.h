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
    // Set when the cache could not be written, or was not because a source changed while it was read (the next
    // opening then reads the sources again); the dataset itself is fine.
    std::string cacheWarning;
};

// Throws std::runtime_error like loadDataset when the dataset cannot be read.
OpenResult openDataset(const std::string& path, const OpenOptions& options = {}, const ProgressCallback& progress = {},
                       const CancelToken* cancel = nullptr);

} // namespace tagscope
