#pragma once
// Opening a dataset as the GUI and the CLI do: from the binary cache when its sources are unchanged,
// otherwise through the importer, refreshing the cache afterwards.
#include "dataset/dataset_loader.h"
#include "quality/corrections.h"

#include <string>

namespace tagscope {

struct OpenOptions {
    LoadOptions load;
    bool useCache = true;
    std::string cacheFolder; // empty: defaultDatasetCacheFolder()
    // The review decisions kept for this dataset (quality/corrections.h) are applied on top of the annotations,
    // unless the original is asked for.
    bool applyCorrections = true;
    std::string correctionsFolder; // empty: defaultCorrectionsFolder(path)
};

struct OpenResult {
    ImportResult import;
    bool fromCache = false;
    std::string cachePath;
    // Set when the cache could not be written, or was not because a source changed while it was read (the next
    // opening then reads the sources again); the dataset itself is fine.
    std::string cacheWarning;
    // What was applied (nothing when applyCorrections is off or there are no decisions); the cache holds the
    // dataset as its files say, so the decisions apply afresh on every opening.
    AppliedCorrections corrections;
};

// Throws std::runtime_error like loadDataset when the dataset cannot be read.
OpenResult openDataset(const std::string& path, const OpenOptions& options = {}, const ProgressCallback& progress = {},
                       const CancelToken* cancel = nullptr);

} // namespace tagscope
