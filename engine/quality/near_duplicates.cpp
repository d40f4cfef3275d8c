#include "quality/near_duplicates.h"

#include "embedding/panel_kernel.h"
#include "embedding/worker_pool.h"
#include "quality/cosine_distance.h"
#include "quality/hashed_duplicates.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>
#include <numeric>

namespace tagscope {
namespace {

// As in the exact k-NN search: each thread takes blocks of 384 query rows (64 panels of 6) and walks the rows
// after them in chunks small enough to stay in L2 as packed panels.
constexpr std::size_t kQueryBlock = 64 * kPanelRows;

std::size_t chunkRows(std::size_t features)
{
    const std::size_t rows = (256 * 1024 / 4) / std::max<std::size_t>(features, 1);
    return std::clamp<std::size_t>(rows / kPanelCols * kPanelCols, 4 * kPanelCols, 2048);
}

bool closerFirst(const RowPair& x, const RowPair& y)
{
    if (x.distance != y.distance)
        return x.distance < y.distance;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
}

} // namespace

std::optional<std::vector<RowPair>> nearDuplicatePairs(const FloatMatrix& unit, double tau, int threads, const ProgressCallback& progress,
                                                       const CancelToken* cancel)
{
    const std::size_t n = unit.rows, d = unit.cols;
    std::vector<RowPair> pairs;
    if (n < 2)
        return pairs;
    // The kernel scores -(q . b); a pair is within tau when that is <= tau - 1. The float filter lets a margin
    // through and each survivor's distance is recomputed in double before it is kept.
    const float limit = static_cast<float>(tau - 1.0) + 1e-4f;
    std::vector<float> offsets((n + kPanelCols - 1) / kPanelCols * kPanelCols, std::numeric_limits<float>::infinity());
    std::fill(offsets.begin(), offsets.begin() + static_cast<std::ptrdiff_t>(n), 0.0f);
    const std::size_t chunk = chunkRows(d);
    const std::size_t blocks = (n + kQueryBlock - 1) / kQueryBlock;
    // Block b compares its rows with the rows after its start: later blocks have less to do, so they go last.
    const double totalWork = static_cast<double>(n) * static_cast<double>(n) / 2;
    std::atomic<std::uint64_t> workDone{0};
    std::atomic<bool> stopped{false};
    std::mutex merge;
    WorkerPool pool(threads);
    pool.parallelFor(blocks, [&](std::size_t firstBlock, std::size_t lastBlock, int worker) {
        std::vector<float> queryPanels(kQueryBlock * d), basePanels(chunk * d), tile(kPanelRows * kPanelCols);
        const float limits[kPanelRows] = {limit, limit, limit, limit, limit, limit};
        std::vector<RowPair> found;
        for (std::size_t block = firstBlock; block < lastBlock && !stopped; ++block) {
            const std::size_t q0 = block * kQueryBlock, qb = std::min(kQueryBlock, n - q0);
            const std::size_t queryGroups = (qb + kPanelRows - 1) / kPanelRows;
            for (std::size_t g = 0; g < queryGroups; ++g)
                packPanel(unit.row(q0 + g * kPanelRows), std::min(kPanelRows, qb - g * kPanelRows), d, d, kPanelRows,
                          queryPanels.data() + g * d * kPanelRows);
            for (std::size_t b0 = q0 / kPanelCols * kPanelCols; b0 < n; b0 += chunk) {
                if (isCancelled(cancel)) {
                    stopped = true;
                    break;
                }
                const std::size_t bb = std::min(chunk, n - b0);
                const std::size_t baseGroups = (bb + kPanelCols - 1) / kPanelCols;
                for (std::size_t q = 0; q < baseGroups; ++q)
                    packPanel(unit.row(b0 + q * kPanelCols), std::min(kPanelCols, bb - q * kPanelCols), d, d, kPanelCols,
                              basePanels.data() + q * d * kPanelCols);
                for (std::size_t g = 0; g < queryGroups; ++g) {
                    const std::size_t rows = std::min(kPanelRows, qb - g * kPanelRows);
                    for (std::size_t q = 0; q < baseGroups; ++q) {
                        const std::size_t first = b0 + q * kPanelCols;
                        if (first + kPanelCols <= q0 + g * kPanelRows) // every base row precedes every query row
                            continue;
                        if (!scorePanels(d, queryPanels.data() + g * d * kPanelRows, basePanels.data() + q * d * kPanelCols,
                                         offsets.data() + first, -1.0f, limits, tile.data()))
                            continue;
                        for (std::size_t i = 0; i < rows; ++i) {
                            const std::size_t a = q0 + g * kPanelRows + i;
                            for (std::size_t j = 0; j < kPanelCols; ++j) {
                                const std::size_t b = first + j;
                                if (b <= a || b >= n || !(tile[i * kPanelCols + j] < limit))
                                    continue;
                                const double distance = cosineDistance(unit.row(a), unit.row(b), d);
                                if (distance <= tau)
                                    found.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), static_cast<float>(distance)});
                            }
                        }
                    }
                }
            }
            const std::uint64_t done = workDone += static_cast<std::uint64_t>(qb) * (n - q0);
            if (worker == 0)
                reportProgress(progress, static_cast<std::uint64_t>(std::min(1.0, static_cast<double>(done) / totalWork) * n), n, "Near duplicates");
        }
        const std::lock_guard<std::mutex> lock(merge);
        pairs.insert(pairs.end(), found.begin(), found.end());
    }, 1);
    if (stopped)
        return std::nullopt;
    std::sort(pairs.begin(), pairs.end(), closerFirst);
    return pairs;
}

std::vector<std::vector<std::uint32_t>> connectedGroups(std::size_t rows, const std::vector<RowPair>& pairs)
{
    std::vector<std::uint32_t> parent(rows);
    std::iota(parent.begin(), parent.end(), 0u);
    const auto root = [&](std::uint32_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (const RowPair& pair : pairs) {
        const std::uint32_t a = root(pair.a), b = root(pair.b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b); // the smallest row stays the root
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> members; // (root, row)
    for (const RowPair& pair : pairs) {
        members.push_back({root(pair.a), pair.a});
        members.push_back({root(pair.b), pair.b});
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    std::vector<std::vector<std::uint32_t>> groups;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i == 0 || members[i].first != members[i - 1].first)
            groups.emplace_back();
        groups.back().push_back(members[i].second);
    }
    return groups;
}

bool usesHashedSearch(DuplicateSearch search, std::size_t rows)
{
    return search == DuplicateSearch::Approximate || (search == DuplicateSearch::Auto && rows > kHashedDuplicatesAbove);
}

std::optional<std::vector<RowPair>> findDuplicatePairs(const FloatMatrix& unit, double tau, DuplicateSearch search, int threads,
                                                       const ProgressCallback& progress, const CancelToken* cancel)
{
    if (usesHashedSearch(search, unit.rows))
        return hashedDuplicatePairs(unit, tau, threads, progress, cancel);
    return nearDuplicatePairs(unit, tau, threads, progress, cancel);
}

double shareOfAllPairs(std::size_t pairs, std::size_t rows)
{
    const double all = 0.5 * static_cast<double>(rows) * (static_cast<double>(rows) - 1.0);
    return all > 0 ? static_cast<double>(pairs) / all : 0.0;
}

} // namespace tagscope
