#include "embedding/exact_knn.h"

#include "embedding/panel_kernel.h"
#include "embedding/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace tagscope {

namespace {

// Each thread takes blocks of 1536 queries (256 panels of 6) and walks the base in chunks small enough to stay in
// L2 as packed panels; each 6 x 16 block of scores is checked against the six thresholds in registers, and
// read back only when one of them can enter a top k.
constexpr std::size_t kQueryBlock = 256 * kPanelRows;

std::size_t chunkRows(std::size_t features)
{
    const std::size_t rows = (256 * 1024 / 4) / std::max<std::size_t>(features, 1);
    return std::clamp<std::size_t>(rows / kPanelCols * kPanelCols, 4 * kPanelCols, 2048);
}

using Candidate = std::pair<float, std::uint32_t>; // score, base row

FloatMatrix unitRows(const FloatMatrix& m)
{
    FloatMatrix out = m;
    for (std::size_t r = 0; r < out.rows; ++r) {
        float* row = out.row(r);
        double squares = 0;
        for (std::size_t c = 0; c < out.cols; ++c)
            squares += static_cast<double>(row[c]) * row[c];
        if (squares > 0) {
            const float scale = static_cast<float>(1.0 / std::sqrt(squares));
            for (std::size_t c = 0; c < out.cols; ++c)
                row[c] *= scale;
        }
    }
    return out;
}

float exactDistance(const float* a, const float* b, std::size_t d, DistanceMetric metric)
{
    double sum = 0;
    if (metric == DistanceMetric::Cosine) {
        for (std::size_t c = 0; c < d; ++c)
            sum += static_cast<double>(a[c]) * b[c];
        return static_cast<float>(1.0 - sum);
    }
    for (std::size_t c = 0; c < d; ++c) {
        const double diff = static_cast<double>(a[c]) - b[c];
        sum += diff * diff;
    }
    return static_cast<float>(std::sqrt(sum));
}

// The k smallest scores seen, as (score, base row). Candidates below the threshold collect in a buffer of 2k;
// when it fills, nth_element keeps the best k and lowers the threshold: amortised O(1) per candidate.
class TopK {
public:
    void reset(std::size_t k)
    {
        k_ = k;
        items_.clear();
        items_.reserve(2 * k);
        threshold_ = std::numeric_limits<float>::infinity();
    }
    float threshold() const { return threshold_; }
    void push(float score, std::uint32_t row)
    {
        items_.push_back({score, row});
        if (items_.size() == 2 * k_)
            shrink();
    }
    // The best k, nearest first.
    std::vector<Candidate>& finish()
    {
        if (items_.size() > k_)
            shrink();
        std::sort(items_.begin(), items_.end());
        return items_;
    }

private:
    void shrink()
    {
        std::nth_element(items_.begin(), items_.begin() + static_cast<std::ptrdiff_t>(k_ - 1), items_.end());
        threshold_ = items_[k_ - 1].first;
        items_.resize(k_);
    }
    std::size_t k_ = 0;
    std::vector<Candidate> items_;
    float threshold_ = 0;
};

constexpr std::uint32_t kNoSelf = std::numeric_limits<std::uint32_t>::max();

// queryAt(q) gives query q's vector (already a unit row for cosine); selfOf(q) its base row or kNoSelf.
template <typename QueryAt, typename SelfOf>
std::optional<NeighbourLists> search(const FloatMatrix& base, std::size_t queryCount, QueryAt queryAt, SelfOf selfOf,
                                     const ExactKnnOptions& options, const ProgressCallback& progress, const CancelToken* cancel)
{
    const std::size_t d = base.cols, k = options.k;
    const bool cosine = options.metric == DistanceMetric::Cosine;
    const float alpha = cosine ? -1.0f : -2.0f;
    // |b|^2 for euclidean, 0 for cosine; +infinity past the last row, so padded panel columns never win.
    std::vector<float> baseOffset((base.rows + kPanelCols - 1) / kPanelCols * kPanelCols, std::numeric_limits<float>::infinity());
    std::fill(baseOffset.begin(), baseOffset.begin() + static_cast<std::ptrdiff_t>(base.rows), 0.0f);
    if (!cosine)
        for (std::size_t r = 0; r < base.rows; ++r) {
            const float* row = base.row(r);
            double squares = 0;
            for (std::size_t c = 0; c < d; ++c)
                squares += static_cast<double>(row[c]) * row[c];
            baseOffset[r] = static_cast<float>(squares);
        }
    NeighbourLists lists;
    lists.queries = queryCount;
    lists.k = k;
    lists.indices.resize(queryCount * k);
    lists.distances.resize(queryCount * k);
    const std::size_t chunk = chunkRows(d);
    const std::size_t blocks = (queryCount + kQueryBlock - 1) / kQueryBlock;
    std::atomic<std::size_t> blocksDone{0};
    std::atomic<bool> stopped{false};
    WorkerPool pool(options.threads);
    pool.parallelFor(blocks, [&](std::size_t firstBlock, std::size_t lastBlock, int worker) {
        std::vector<float> queryPanels(kQueryBlock * d), basePanels(chunk * d);
        std::vector<float> tile(kPanelRows * kPanelCols);
        std::vector<TopK> tops(kQueryBlock);
        for (std::size_t block = firstBlock; block < lastBlock; ++block) {
            const std::size_t q0 = block * kQueryBlock, qb = std::min(kQueryBlock, queryCount - q0);
            const std::size_t queryGroups = (qb + kPanelRows - 1) / kPanelRows;
            for (std::size_t g = 0; g < queryGroups; ++g)
                for (std::size_t i = 0; i < kPanelRows; ++i) {
                    const float* query = g * kPanelRows + i < qb ? queryAt(q0 + g * kPanelRows + i) : nullptr;
                    for (std::size_t p = 0; p < d; ++p)
                        queryPanels[(g * d + p) * kPanelRows + i] = query ? query[p] : 0.0f;
                }
            for (std::size_t i = 0; i < qb; ++i)
                tops[i].reset(k);
            for (std::size_t b0 = 0; b0 < base.rows; b0 += chunk) {
                if (isCancelled(cancel) || stopped) {
                    stopped = true;
                    return;
                }
                const std::size_t bb = std::min(chunk, base.rows - b0);
                const std::size_t baseGroups = (bb + kPanelCols - 1) / kPanelCols;
                for (std::size_t q = 0; q < baseGroups; ++q)
                    packPanel(base.row(b0 + q * kPanelCols), std::min(kPanelCols, bb - q * kPanelCols), d, d, kPanelCols,
                              basePanels.data() + q * d * kPanelCols);
                for (std::size_t g = 0; g < queryGroups; ++g) {
                    const std::size_t rows = std::min(kPanelRows, qb - g * kPanelRows);
                    std::uint32_t selves[kPanelRows];
                    float limits[kPanelRows];
                    TopK* groupTops = tops.data() + g * kPanelRows;
                    for (std::size_t i = 0; i < kPanelRows; ++i) {
                        selves[i] = i < rows ? selfOf(q0 + g * kPanelRows + i) : kNoSelf;
                        limits[i] = i < rows ? groupTops[i].threshold() : -std::numeric_limits<float>::infinity();
                    }
                    for (std::size_t q = 0; q < baseGroups; ++q) {
                        if (!scorePanels(d, queryPanels.data() + g * d * kPanelRows, basePanels.data() + q * d * kPanelCols,
                                         baseOffset.data() + b0 + q * kPanelCols, alpha, limits, tile.data()))
                            continue;
                        const std::uint32_t first = static_cast<std::uint32_t>(b0 + q * kPanelCols);
                        for (std::size_t i = 0; i < rows; ++i) {
                            const float* scores = tile.data() + i * kPanelCols;
                            float smallest = scores[0];
                            for (std::size_t j = 1; j < kPanelCols; ++j)
                                smallest = std::min(smallest, scores[j]);
                            if (!(smallest < limits[i]))
                                continue;
                            for (std::size_t j = 0; j < kPanelCols; ++j)
                                if (scores[j] < limits[i] && first + j != selves[i]) {
                                    groupTops[i].push(scores[j], first + static_cast<std::uint32_t>(j));
                                    limits[i] = groupTops[i].threshold();
                                }
                        }
                    }
                }
            }
            // Exact distances for the winners, nearest first.
            for (std::size_t i = 0; i < qb; ++i) {
                std::vector<Candidate>& best = tops[i].finish();
                for (Candidate& candidate : best)
                    candidate.first = exactDistance(queryAt(q0 + i), base.row(candidate.second), d, options.metric);
                std::sort(best.begin(), best.end());
                std::uint32_t* indices = lists.indices.data() + (q0 + i) * k;
                float* distances = lists.distances.data() + (q0 + i) * k;
                for (std::size_t j = 0; j < k; ++j) {
                    indices[j] = best[j].second;
                    distances[j] = best[j].first;
                }
            }
            const std::size_t done = ++blocksDone;
            if (worker == 0)
                reportProgress(progress, std::min(queryCount, done * kQueryBlock), queryCount, "Exact nearest neighbours");
        }
    }, 1);
    if (stopped)
        return std::nullopt;
    return lists;
}

} // namespace

std::optional<NeighbourLists> exactNeighbours(const FloatMatrix& base, const std::vector<std::uint32_t>& queryRows,
                                              const ExactKnnOptions& options, const ProgressCallback& progress, const CancelToken* cancel)
{
    if (options.k == 0)
        throw std::invalid_argument("k must be at least 1");
    for (std::uint32_t row : queryRows)
        if (row >= base.rows)
            throw std::invalid_argument("query row " + std::to_string(row) + " is out of range (" + std::to_string(base.rows) +
                                        " rows)");
    if (base.rows < 2)
        throw std::invalid_argument("nearest neighbours need at least two rows");
    ExactKnnOptions clamped = options;
    clamped.k = std::min(options.k, base.rows - 1);
    const std::size_t queryCount = queryRows.empty() ? base.rows : queryRows.size();
    auto rowOf = [&](std::size_t q) { return queryRows.empty() ? static_cast<std::uint32_t>(q) : queryRows[q]; };
    if (options.metric == DistanceMetric::Cosine) {
        const FloatMatrix unit = unitRows(base);
        return search(unit, queryCount, [&](std::size_t q) { return unit.row(rowOf(q)); }, rowOf, clamped, progress, cancel);
    }
    return search(base, queryCount, [&](std::size_t q) { return base.row(rowOf(q)); }, rowOf, clamped, progress, cancel);
}

std::optional<NeighbourLists> exactNeighboursOfQueries(const FloatMatrix& base, const FloatMatrix& queries, const ExactKnnOptions& options,
                                              const ProgressCallback& progress, const CancelToken* cancel)
{
    if (options.k == 0)
        throw std::invalid_argument("k must be at least 1");
    if (queries.cols != base.cols)
        throw std::invalid_argument("the queries have " + std::to_string(queries.cols) + " features, the searched set " +
                                    std::to_string(base.cols));
    if (base.rows == 0)
        throw std::invalid_argument("the searched set is empty");
    ExactKnnOptions clamped = options;
    clamped.k = std::min(options.k, base.rows);
    auto noSelf = [](std::size_t) { return kNoSelf; };
    if (options.metric == DistanceMetric::Cosine) {
        const FloatMatrix unitBase = unitRows(base), unitQueries = unitRows(queries);
        return search(unitBase, queries.rows, [&](std::size_t q) { return unitQueries.row(q); }, noSelf, clamped, progress, cancel);
    }
    return search(base, queries.rows, [&](std::size_t q) { return queries.row(q); }, noSelf, clamped, progress, cancel);
}

} // namespace tagscope
