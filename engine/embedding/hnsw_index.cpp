#include "embedding/hnsw_index.h"
#include "embedding/cpu_clones.h"

#include "embedding/worker_pool.h"

#include <hnswlib/hnswlib.h> // defines functions in the header: include it in this file only

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

namespace tagscope {
namespace {

// Distance kernels cloned for AVX2 and AVX-512 and picked at load time: hnswlib's own are chosen when it is
// compiled, which for a portable build means SSE only. Sixteen partial sums let the compiler vectorise.
TAGSCOPE_CPU_CLONES
float squaredEuclidean(const void* a, const void* b, const void* dimensions)
{
    const float* x = static_cast<const float*>(a);
    const float* y = static_cast<const float*>(b);
    const std::size_t d = *static_cast<const std::size_t*>(dimensions);
    float partial[16] = {};
    std::size_t i = 0;
    for (; i + 16 <= d; i += 16)
        for (std::size_t j = 0; j < 16; ++j) {
            const float diff = x[i + j] - y[i + j];
            partial[j] += diff * diff;
        }
    float sum = 0;
    for (; i < d; ++i)
        sum += (x[i] - y[i]) * (x[i] - y[i]);
    for (float p : partial)
        sum += p;
    return sum;
}

TAGSCOPE_CPU_CLONES
float cosineDistance(const void* a, const void* b, const void* dimensions) // of unit vectors
{
    const float* x = static_cast<const float*>(a);
    const float* y = static_cast<const float*>(b);
    const std::size_t d = *static_cast<const std::size_t*>(dimensions);
    float partial[16] = {};
    std::size_t i = 0;
    for (; i + 16 <= d; i += 16)
        for (std::size_t j = 0; j < 16; ++j)
            partial[j] += x[i + j] * y[i + j];
    float sum = 0;
    for (; i < d; ++i)
        sum += x[i] * y[i];
    for (float p : partial)
        sum += p;
    return 1.0f - sum;
}

class DispatchedSpace : public hnswlib::SpaceInterface<float> {
public:
    DispatchedSpace(std::size_t dimensions, DistanceMetric metric)
        : dimensions_(dimensions), function_(metric == DistanceMetric::Cosine ? cosineDistance : squaredEuclidean)
    {
    }
    size_t get_data_size() override { return dimensions_ * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return function_; }
    void* get_dist_func_param() override { return &dimensions_; }

private:
    std::size_t dimensions_;
    hnswlib::DISTFUNC<float> function_;
};

void normalise(float* row, std::size_t d)
{
    double squares = 0;
    for (std::size_t c = 0; c < d; ++c)
        squares += static_cast<double>(row[c]) * row[c];
    if (squares > 0) {
        const float scale = static_cast<float>(1.0 / std::sqrt(squares));
        for (std::size_t c = 0; c < d; ++c)
            row[c] *= scale;
    }
}

std::string metaPath(const std::string& path) { return path + ".meta"; }

} // namespace

struct ApproximateKnnIndex::Impl {
    std::size_t rows = 0, dimensions = 0;
    DistanceMetric metric = DistanceMetric::Euclidean;
    std::uint64_t dataFingerprint = 0;
    HnswOptions options;
    std::unique_ptr<DispatchedSpace> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
    mutable std::mutex searchMutex; // the graph's ef is shared state

    // Query q's vector, normalised for cosine into `buffer`.
    const float* prepare(const float* query, std::vector<float>& buffer) const
    {
        if (metric != DistanceMetric::Cosine)
            return query;
        buffer.assign(query, query + dimensions);
        normalise(buffer.data(), dimensions);
        return buffer.data();
    }

    // Up to `k` neighbours of one query, nearest first, skipping `self`.
    std::size_t searchOne(const float* query, std::size_t k, std::size_t self, std::uint32_t* indices, float* distances) const
    {
        auto found = graph->searchKnn(query, self < rows ? k + 1 : k);
        std::vector<std::pair<float, std::size_t>> sorted;
        while (!found.empty()) {
            if (found.top().second != self)
                sorted.push_back(found.top());
            found.pop();
        }
        std::reverse(sorted.begin(), sorted.end());
        const std::size_t count = std::min(k, sorted.size());
        for (std::size_t j = 0; j < count; ++j) {
            indices[j] = static_cast<std::uint32_t>(sorted[j].second);
            distances[j] = metric == DistanceMetric::Cosine ? sorted[j].first : std::sqrt(std::max(0.0f, sorted[j].first));
        }
        return count;
    }

    template <typename QueryAt, typename SelfOf>
    NeighbourLists searchAll(std::size_t queryCount, std::size_t k, std::size_t ef, QueryAt queryAt, SelfOf selfOf) const
    {
        NeighbourLists lists;
        lists.queries = queryCount;
        lists.k = k;
        lists.indices.assign(queryCount * k, 0);
        lists.distances.assign(queryCount * k, std::numeric_limits<float>::infinity());
        std::lock_guard<std::mutex> lock(searchMutex);
        graph->setEf(std::max(ef ? ef : options.efSearch, k + 1));
        WorkerPool pool(options.threads);
        pool.parallelFor(queryCount, [&](std::size_t begin, std::size_t end, int) {
            std::vector<float> buffer;
            for (std::size_t q = begin; q < end; ++q) {
                const std::size_t found = searchOne(prepare(queryAt(q), buffer), k, selfOf(q), lists.indices.data() + q * k,
                                                    lists.distances.data() + q * k);
                // A graph smaller than k + 1 cannot fill the row: repeat the last neighbour found.
                for (std::size_t j = found; j < k && found > 0; ++j) {
                    lists.indices[q * k + j] = lists.indices[q * k + found - 1];
                    lists.distances[q * k + j] = lists.distances[q * k + found - 1];
                }
            }
        }, 64);
        return lists;
    }
};

ApproximateKnnIndex::ApproximateKnnIndex() : impl_(std::make_unique<Impl>()) {}
ApproximateKnnIndex::~ApproximateKnnIndex() = default;

std::unique_ptr<ApproximateKnnIndex> ApproximateKnnIndex::build(const FloatMatrix& data, DistanceMetric metric, const HnswOptions& options,
                                                                const ProgressCallback& progress, const CancelToken* cancel)
{
    if (data.empty())
        throw std::invalid_argument("cannot index an empty matrix");
    std::unique_ptr<ApproximateKnnIndex> index(new ApproximateKnnIndex);
    Impl& impl = *index->impl_;
    impl.rows = data.rows;
    impl.dimensions = data.cols;
    impl.metric = metric;
    impl.options = options;
    impl.dataFingerprint = fingerprint(data);
    impl.space = std::make_unique<DispatchedSpace>(data.cols, metric);
    impl.graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(impl.space.get(), data.rows, options.m, options.efConstruction,
                                                                   options.seed);
    std::atomic<std::size_t> added{0};
    WorkerPool pool(options.threads);
    pool.parallelFor(data.rows, [&](std::size_t begin, std::size_t end, int worker) {
        std::vector<float> buffer;
        for (std::size_t r = begin; r < end; ++r) {
            if ((r & 63) == 0 && isCancelled(cancel))
                return;
            impl.graph->addPoint(impl.prepare(data.row(r), buffer), r);
            const std::size_t done = ++added;
            if (worker == 0 && (done & 1023) == 0)
                reportProgress(progress, done, data.rows, "Building the search index");
        }
    }, 256);
    if (isCancelled(cancel))
        return nullptr;
    reportProgress(progress, data.rows, data.rows, "Building the search index");
    return index;
}

void ApproximateKnnIndex::save(const std::string& path) const
{
    const std::string suffix = ".tmp" + std::to_string(::getpid());
    try {
        impl_->graph->saveIndex(path + suffix);
    } catch (const std::exception& error) {
        std::remove((path + suffix).c_str());
        throw std::runtime_error(path + ": cannot write the search index (" + error.what() + ")");
    }
    {
        std::ofstream meta(metaPath(path) + suffix, std::ios::trunc);
        meta << "tagscope-hnsw 1\nrows " << impl_->rows << "\ndimensions " << impl_->dimensions << "\nmetric " << metricName(impl_->metric)
             << "\nfingerprint " << impl_->dataFingerprint << "\nm " << impl_->options.m << "\nef_construction "
             << impl_->options.efConstruction << "\n";
        if (!meta.flush()) {
            std::remove((path + suffix).c_str());
            throw std::runtime_error(metaPath(path) + ": cannot write");
        }
    }
    std::error_code error;
    std::filesystem::rename(path + suffix, path, error);
    if (!error)
        std::filesystem::rename(metaPath(path) + suffix, metaPath(path), error);
    if (error)
        throw std::runtime_error(path + ": cannot replace the search index (" + error.message() + ")");
}

std::unique_ptr<ApproximateKnnIndex> ApproximateKnnIndex::load(const std::string& path, const FloatMatrix& data, DistanceMetric metric,
                                                               const HnswOptions& options)
{
    std::ifstream meta(metaPath(path));
    if (!meta)
        throw std::runtime_error(metaPath(path) + ": cannot open the search index description");
    std::string format, key, value;
    int version = 0;
    meta >> format >> version;
    if (format != "tagscope-hnsw" || version != 1)
        throw std::runtime_error(metaPath(path) + ": not a Tagscope search index description");
    std::unique_ptr<ApproximateKnnIndex> index(new ApproximateKnnIndex);
    Impl& impl = *index->impl_;
    impl.options = options;
    std::string metricText;
    while (meta >> key >> value) {
        std::istringstream in(value);
        if (key == "rows")
            in >> impl.rows;
        else if (key == "dimensions")
            in >> impl.dimensions;
        else if (key == "metric")
            metricText = value;
        else if (key == "fingerprint")
            in >> impl.dataFingerprint;
        else if (key == "m")
            in >> impl.options.m;
        else if (key == "ef_construction")
            in >> impl.options.efConstruction;
    }
    if (impl.rows != data.rows || impl.dimensions != data.cols || metricText != metricName(metric) ||
        impl.dataFingerprint != fingerprint(data))
        throw std::runtime_error(path + ": the search index was built from other data or with another metric");
    impl.metric = metric;
    impl.space = std::make_unique<DispatchedSpace>(data.cols, metric);
    try {
        impl.graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(impl.space.get(), path);
    } catch (const std::exception& error) {
        throw std::runtime_error(path + ": cannot read the search index (" + error.what() + ")");
    }
    if (impl.graph->cur_element_count != data.rows)
        throw std::runtime_error(path + ": the search index holds " + std::to_string(impl.graph->cur_element_count) + " points, not " +
                                 std::to_string(data.rows));
    return index;
}

NeighbourLists ApproximateKnnIndex::search(const FloatMatrix& queries, std::size_t k, std::size_t ef) const
{
    if (queries.cols != impl_->dimensions)
        throw std::invalid_argument("the queries have " + std::to_string(queries.cols) + " features, the index " +
                                    std::to_string(impl_->dimensions));
    k = std::min(k, impl_->rows);
    return impl_->searchAll(queries.rows, k, ef, [&](std::size_t q) { return queries.row(q); },
                            [](std::size_t) { return std::numeric_limits<std::size_t>::max(); });
}

NeighbourLists ApproximateKnnIndex::searchRows(const std::vector<std::uint32_t>& rows, std::size_t k, std::size_t ef) const
{
    for (std::uint32_t row : rows)
        if (row >= impl_->rows)
            throw std::invalid_argument("query row " + std::to_string(row) + " is out of range (" + std::to_string(impl_->rows) +
                                        " rows)");
    k = std::min(k, impl_->rows - 1);
    const std::size_t count = rows.empty() ? impl_->rows : rows.size();
    auto rowOf = [&](std::size_t q) -> std::size_t { return rows.empty() ? q : rows[q]; };
    // The graph stores each point (normalised for cosine); search with that stored copy.
    return impl_->searchAll(count, k, ef,
                            [&](std::size_t q) { return reinterpret_cast<const float*>(impl_->graph->getDataByInternalId(
                                                     static_cast<hnswlib::tableint>(impl_->graph->label_lookup_.at(rowOf(q))))); },
                            rowOf);
}

std::size_t ApproximateKnnIndex::size() const { return impl_->rows; }
std::size_t ApproximateKnnIndex::dimensions() const { return impl_->dimensions; }
DistanceMetric ApproximateKnnIndex::metric() const { return impl_->metric; }

BackgroundIndexBuild::BackgroundIndexBuild(std::shared_ptr<const FloatMatrix> data, DistanceMetric metric, std::string path,
                                           HnswOptions options)
    : data_(std::move(data))
{
    thread_ = std::thread([this, metric, path = std::move(path), options] {
        try {
            std::shared_ptr<const ApproximateKnnIndex> index;
            if (!path.empty() && std::filesystem::exists(path)) {
                try {
                    index = ApproximateKnnIndex::load(path, *data_, metric, options);
                    loaded_ = true;
                } catch (const std::runtime_error&) {
                    index = nullptr; // stale or damaged: rebuilt below and replaced
                }
            }
            if (!index) {
                index = ApproximateKnnIndex::build(
                    *data_, metric, options, [this](std::uint64_t done, std::uint64_t total, const std::string&) {
                        progress_ = total ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
                    },
                    &cancel_);
                if (index && !path.empty())
                    index->save(path);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            index_ = index;
            if (index_)
                progress_ = 1.0;
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex_);
            error_ = std::current_exception();
        }
        ready_ = true;
    });
}

BackgroundIndexBuild::~BackgroundIndexBuild()
{
    cancel_.cancel();
    if (thread_.joinable())
        thread_.join();
}

bool BackgroundIndexBuild::ready() const { return ready_; }

std::shared_ptr<const ApproximateKnnIndex> BackgroundIndexBuild::index() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return index_;
}

std::shared_ptr<const ApproximateKnnIndex> BackgroundIndexBuild::wait()
{
    if (thread_.joinable())
        thread_.join();
    std::lock_guard<std::mutex> lock(mutex_);
    if (error_)
        std::rethrow_exception(error_);
    return index_;
}

double BackgroundIndexBuild::progress() const { return progress_; }
bool BackgroundIndexBuild::loadedFromDisk() const { return loaded_; }
void BackgroundIndexBuild::cancel() { cancel_.cancel(); }

} // namespace tagscope
