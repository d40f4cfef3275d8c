#include "training/training_images.h"

#include <sys/statvfs.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr std::uint64_t kMaxDefaultBudget = std::uint64_t(50) << 30;

std::string gigabytes(std::uint64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, bytes >= (std::uint64_t(10) << 30) ? "%.0f GB" : "%.1f GB", double(bytes) / double(1 << 30));
    return text;
}

// Free bytes of the file system holding `folder`, or of its nearest existing parent.
std::uint64_t freeBytes(fs::path folder)
{
    std::error_code error;
    while (!folder.empty() && !fs::exists(folder, error))
        folder = folder.parent_path();
    struct statvfs info {};
    if (folder.empty() || ::statvfs(folder.c_str(), &info) != 0)
        return 0;
    return std::uint64_t(info.f_bavail) * info.f_frsize;
}

std::uint64_t existingBytes(const std::string& path)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

struct Candidate {
    const char* what; // "validation images", "training split"
    const std::string& splitName;
    const std::vector<std::uint32_t>& images;
    std::shared_ptr<ImageStream>* stream;
    std::string path;
    std::uint64_t bytes = 0;
};

} // namespace

std::uint64_t defaultCacheBudgetBytes(const std::string& cacheFolder, std::uint64_t reusableBytes)
{
    return std::min(kMaxDefaultBudget, (freeBytes(cacheFolder) + reusableBytes) / 4);
}

TrainingImages openTrainingImages(const Dataset& dataset, const TrainingConfig& config, const std::vector<std::uint32_t>& trainImages,
                                  const std::vector<std::uint32_t>& valImages, int size, const std::string& trainCacheName)
{
    TrainingImages result;
    std::vector<Candidate> candidates;
    if (!valImages.empty())
        candidates.push_back({"validation images", config.valSplit, valImages, &result.validation});
    candidates.push_back({"training split", trainCacheName, trainImages, &result.train});
    std::uint64_t reusable = 0;
    for (Candidate& c : candidates) {
        c.path = PackedImageCache::defaultPath(dataset, c.splitName, size);
        c.bytes = PackedImageCache::fileBytes(c.images.size(), size);
        reusable += std::min(existingBytes(c.path), c.bytes);
    }
    const std::string folder = fs::path(candidates.back().path).parent_path().string();
    const bool defaultBudget = config.cacheBudgetGb <= 0;
    std::uint64_t budget = defaultBudget ? defaultCacheBudgetBytes(folder, reusable)
                                         : static_cast<std::uint64_t>(config.cacheBudgetGb * double(1 << 30));
    const std::string budgetName = defaultBudget ? "the default cache budget of " + gigabytes(budget) + " (cache_budget_gb)"
                                                 : "the cache budget of " + gigabytes(budget) + " (cache_budget_gb)";
    if (config.cache == "off")
        result.messages.push_back("packed image cache off: every epoch decodes the images from their files");

    for (Candidate& c : candidates) {
        std::shared_ptr<PackedImageCache> cache;
        if (config.cache == "on" || (config.cache == "auto" && c.bytes <= budget)) {
            try {
                cache = PackedImageCache::prepare(dataset, c.images, size, c.path);
                budget -= std::min(budget, c.bytes);
                const std::size_t filled = cache->filledRows();
                result.messages.push_back("packed image cache for the " + std::string(c.what) + ": " + c.path + " (" + gigabytes(c.bytes) + ", " +
                                          std::to_string(filled) + " of " + std::to_string(c.images.size()) +
                                          " images already in it); images read from their files are kept there for later epochs");
            } catch (const std::runtime_error& error) {
                if (config.cache == "on")
                    throw;
                result.messages.push_back(std::string(error.what()) + "; the images of the " + c.what + " are read from their files every epoch");
            }
        } else if (config.cache == "auto") {
            result.messages.push_back("no packed image cache for the " + std::string(c.what) + ": it would take " + gigabytes(c.bytes) +
                                      ", more than what is left of " + budgetName + "; its images are decoded from their files every epoch");
        }
        *c.stream = std::make_shared<ImageStream>(dataset, c.images, size, std::move(cache));
    }
    return result;
}

} // namespace tagscope
