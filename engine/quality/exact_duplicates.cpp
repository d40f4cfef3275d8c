#include "quality/exact_duplicates.h"

#include "embedding/content_hash.h"
#include "embedding/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <tuple>

namespace tagscope {

std::optional<ExactDuplicates> findExactDuplicates(const Dataset& dataset, int threads, const ProgressCallback& progress,
                                                   const CancelToken* cancel)
{
    constexpr std::size_t kExamples = 5;
    struct Entry {
        std::uint64_t size, hash;
        std::uint32_t image;
        bool operator<(const Entry& o) const { return std::tie(size, hash, image) < std::tie(o.size, o.hash, o.image); }
    };
    const std::size_t n = dataset.imageCount();
    std::vector<Entry> entries(n, Entry{0, 0, UINT32_MAX});
    ExactDuplicates out;
    std::mutex mutex;
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stopped{false};
    WorkerPool pool(threads);
    pool.parallelFor(n, [&](std::size_t begin, std::size_t end, int worker) {
        for (std::size_t i = begin; i < end; ++i) {
            if (isCancelled(cancel)) {
                stopped = true;
                return;
            }
            const std::string path = dataset.imagePath(i);
            std::error_code error;
            const std::uintmax_t size = path.empty() ? 0 : std::filesystem::file_size(path, error);
            try {
                if (path.empty() || error)
                    throw std::runtime_error((path.empty() ? dataset.imageName(i) : path) + ": " +
                                             (path.empty() ? std::string("no image folder is known") : error.message()));
                entries[i] = {size, hashFile(path), static_cast<std::uint32_t>(i)};
            } catch (const std::runtime_error& failure) {
                const std::lock_guard<std::mutex> lock(mutex);
                ++out.unreadable;
                if (out.unreadableExamples.size() < kExamples)
                    out.unreadableExamples.push_back(failure.what());
            }
            const std::size_t finished = ++done;
            if (worker == 0)
                reportProgress(progress, finished, n, "Hashing image files");
        }
    }, 64);
    if (stopped)
        return std::nullopt;
    entries.erase(std::remove_if(entries.begin(), entries.end(), [](const Entry& e) { return e.image == UINT32_MAX; }), entries.end());
    std::sort(entries.begin(), entries.end());
    for (std::size_t i = 0; i < entries.size();) {
        std::size_t j = i + 1;
        while (j < entries.size() && entries[j].size == entries[i].size && entries[j].hash == entries[i].hash)
            ++j;
        if (j - i >= 2) {
            std::vector<std::uint32_t> group;
            for (std::size_t k = i; k < j; ++k)
                group.push_back(entries[k].image);
            out.groups.push_back(std::move(group)); // ascending: the sort's last key
        }
        i = j;
    }
    std::sort(out.groups.begin(), out.groups.end());
    std::sort(out.unreadableExamples.begin(), out.unreadableExamples.end());
    return out;
}

} // namespace tagscope
