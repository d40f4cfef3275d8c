#include "dataset/dataset_opener.h"

#include "dataset/dataset_cache.h"

#include <chrono>
#include <filesystem>

namespace tagscope {
namespace {

// Everything in LoadOptions that changes what an import produces.
std::string optionsKey(const LoadOptions& options)
{
    return "machine=" + std::to_string(options.openImages.readMachineLabels) + ";threshold="
        + std::to_string(options.openImages.machineConfidenceThreshold)
        + (options.imagePaths.allowOutsideRoot ? ";outside-root" : "");
}

OpenResult openAsAnnotated(const std::string& path, const OpenOptions& options, const ProgressCallback& progress,
                           const CancelToken* cancel);

} // namespace

OpenResult openDataset(const std::string& path, const OpenOptions& options, const ProgressCallback& progress,
                       const CancelToken* cancel)
{
    OpenResult result = openAsAnnotated(path, options, progress, cancel);
    if (options.applyCorrections && !isCancelled(cancel)) {
        const CorrectionStore store(options.correctionsFolder.empty() ? defaultCorrectionsFolder(path) : options.correctionsFolder);
        result.corrections = applyCorrections(store, result.import.dataset);
    }
    return result;
}

namespace {

OpenResult openAsAnnotated(const std::string& path, const OpenOptions& options, const ProgressCallback& progress,
                           const CancelToken* cancel)
{
    OpenResult result;
    if (options.useCache) {
        const std::string folder = options.cacheFolder.empty() ? defaultDatasetCacheFolder() : options.cacheFolder;
        result.cachePath = datasetCachePath(folder, path, optionsKey(options.load));
        reportProgress(progress, 0, 0, "Reading the dataset cache");
        if (auto cached = readDatasetCache(result.cachePath)) {
            result.import = std::move(*cached);
            result.fromCache = true;
            return result;
        }
    }
    // Files written while the import read them must not be cached: the cache would pin what was read under the
    // stamps of what is there now, so the change would never be seen. (A time beyond the import's end is a clock
    // skew, e.g. an archive unpacked with future times, not a change.)
    auto fileClockNs = [] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(std::filesystem::file_time_type::clock::now().time_since_epoch())
            .count();
    };
    const std::int64_t importStartNs = fileClockNs();
    result.import = loadDataset(path, options.load, progress, cancel);
    if (!options.useCache || isCancelled(cancel))
        return result; // a cancelled import is partial: never cache it

    // The sources: every file read, and the dataset path itself (a folder's time changes when files come or go).
    std::vector<SourceStamp> sources;
    std::error_code error;
    for (const std::string& source : result.import.report.filesRead)
        if (auto stamp = stampOf(std::filesystem::absolute(source, error).string()))
            sources.push_back(*stamp);
    if (auto stamp = stampOf(std::filesystem::absolute(path, error).string()))
        sources.push_back(*stamp);
    const std::int64_t importEndNs = fileClockNs(); // after the stamps: a change before them is caught too
    for (const SourceStamp& source : sources)
        if (source.modifiedNs > importStartNs && source.modifiedNs <= importEndNs) {
            result.cacheWarning = source.path + ": changed while the dataset was being read; not cached, so the next "
                                                "opening reads the dataset again";
            return result;
        }
    reportProgress(progress, 0, 0, "Writing the dataset cache");
    writeDatasetCache(result.cachePath, result.import, sources, &result.cacheWarning);
    return result;
}

} // namespace

} // namespace tagscope
