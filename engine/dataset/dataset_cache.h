#pragma once
// A binary snapshot of a parsed dataset in the user's cache folder (never in the dataset's own folders),
// reused while the source files are unchanged, so that reopening an Open Images-scale dataset skips parsing.
// Layout: a small header and metadata, then each array raw and 64-byte aligned, so the file can be mapped.
#include "dataset/open_images_importer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

// A file (or folder) the dataset was read from, as it was then.
struct SourceStamp {
    std::string path;
    std::uint64_t size = 0;
    std::int64_t modifiedNs = 0;
    bool operator==(const SourceStamp& other) const
    {
        return path == other.path && size == other.size && modifiedNs == other.modifiedNs;
    }
};

std::optional<SourceStamp> stampOf(const std::string& path);

// $XDG_CACHE_HOME/tagscope/datasets, else ~/.cache/tagscope/datasets.
std::string defaultDatasetCacheFolder();

// The cache file for a dataset path read with the given options (both are part of the name).
std::string datasetCachePath(const std::string& cacheFolder, const std::string& datasetPath, const std::string& optionsKey);

// Writes atomically (temporary file, then rename). Returns false with `error` naming the file on failure
// (e.g. a full disk); an existing cache is then left as it was.
bool writeDatasetCache(const std::string& cachePath, const ImportResult& result, const std::vector<SourceStamp>& sources,
                       std::string* error = nullptr);

// The cached result, or nothing when the cache is absent, corrupt, from another version, or when any
// source file changed since it was written.
std::optional<ImportResult> readDatasetCache(const std::string& cachePath);

} // namespace tagscope
