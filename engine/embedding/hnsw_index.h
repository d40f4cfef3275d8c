#pragma once
// Approximate nearest neighbours for large sets: a hierarchical navigable small-world graph (hnswlib, Malkov and
// Yashunin 2018) built on all cores, saved beside the embedding and reopened when it still matches, and built in
// a thread of its own (BackgroundIndexBuild) so a view can use exact search until the index is ready.
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "embedding/neighbour_lists.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace tagscope {

struct HnswOptions {
    std::size_t m = 16;                // graph degree (twice that on the bottom layer)
    std::size_t efConstruction = 200;  // candidate list while inserting
    std::size_t efSearch = 64;         // candidate list while searching (raised to k when smaller)
    int threads = 0;                   // 0: every core
    std::uint64_t seed = 100;
};

class ApproximateKnnIndex {
public:
    // Nullptr when cancelled. Throws std::invalid_argument for an empty matrix.
    static std::unique_ptr<ApproximateKnnIndex> build(const FloatMatrix& data, DistanceMetric metric, const HnswOptions& options = {},
                                                      const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);
    // Opens an index saved by save(); throws std::runtime_error naming the file when it is missing, corrupt or
    // was built from other data (rows, features, metric or values differ).
    static std::unique_ptr<ApproximateKnnIndex> load(const std::string& path, const FloatMatrix& data, DistanceMetric metric,
                                                     const HnswOptions& options = {});
    ~ApproximateKnnIndex();

    // Writes path and path + ".meta" through temporary files; throws std::runtime_error naming the file.
    void save(const std::string& path) const;

    // Neighbours of outside points; throws std::invalid_argument when the feature counts differ.
    NeighbourLists search(const FloatMatrix& queries, std::size_t k, std::size_t ef = 0) const;
    // Neighbours of rows of the indexed set, each row itself left out. Empty `rows`: every row.
    NeighbourLists searchRows(const std::vector<std::uint32_t>& rows, std::size_t k, std::size_t ef = 0) const;

    std::size_t size() const;
    std::size_t dimensions() const;
    DistanceMetric metric() const;

private:
    ApproximateKnnIndex();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Opens the index saved at `path` when it belongs to `data`, else builds it and saves it there (an empty path:
// not saved), in a thread of its own. The data must outlive the build.
class BackgroundIndexBuild {
public:
    BackgroundIndexBuild(std::shared_ptr<const FloatMatrix> data, DistanceMetric metric, std::string path, HnswOptions options = {});
    ~BackgroundIndexBuild(); // cancels a build still running and waits for it

    bool ready() const;                                   // finished, successfully or not
    std::shared_ptr<const ApproximateKnnIndex> index() const; // null until built (or when it failed)
    std::shared_ptr<const ApproximateKnnIndex> wait();    // blocks until finished; rethrows the build's error
    double progress() const;                              // 0..1
    bool loadedFromDisk() const;
    void cancel();

private:
    std::shared_ptr<const FloatMatrix> data_;
    CancelToken cancel_;
    std::atomic<bool> ready_{false};
    std::atomic<bool> loaded_{false};
    std::atomic<double> progress_{0.0};
    mutable std::mutex mutex_;
    std::shared_ptr<const ApproximateKnnIndex> index_;
    std::exception_ptr error_;
    std::thread thread_;
};

} // namespace tagscope
