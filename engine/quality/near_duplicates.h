#pragma once
// Near duplicates: pairs of images whose embeddings lie within cosine distance tau (quality/README.md), found by
// an exact range search over unit rows on every core, or for large sets through an hnswlib graph, and grouped
// into connected components.
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "embedding/hnsw_index.h"

#include <optional>
#include <vector>

namespace tagscope {

constexpr double kDefaultDuplicateDistance = 0.1;

struct RowPair {
    std::uint32_t a = 0, b = 0; // rows, a < b
    float distance = 0;         // cosine distance 1 - e_a . e_b
};

// Every pair of rows of `unit` (unit-length rows) with cosine distance <= tau, ordered by distance, then a, then b.
// nullopt when cancelled.
std::optional<std::vector<RowPair>> nearDuplicatePairs(const FloatMatrix& unit, double tau, int threads = 0,
                                                       const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Above this many rows the all-pairs search (quadratic) costs more than building a graph and searching it; on 2
// cores the exact search of 200,000 x 128 took 123 s, the graph 177 s with 85% of the pairs (bench/RESULTS.md).
constexpr std::size_t kApproximateDuplicatesAbove = 1000000;
// The graph's candidate list while building: near duplicates are each other's nearest neighbours, which a
// cheaper graph finds as well as a thorough one (3x faster to build than hnswlib's usual 200).
constexpr std::size_t kDuplicateGraphEfConstruction = 64;

// The same pairs through an hnswlib graph (approximate: a pair the graph search misses is missed). Each row's
// nearest neighbours are searched, 8 at first, and again four times as many while all of them are within tau,
// so a large group of copies is found whole; each pair's distance is recomputed exactly. nullopt when cancelled.
std::optional<std::vector<RowPair>> approximateDuplicatePairs(const FloatMatrix& unit, double tau, const HnswOptions& options = {},
                                                              const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Which search finds the pairs: exact up to kApproximateDuplicatesAbove rows and the graph above (Auto), or forced.
enum class DuplicateSearch { Auto, Exact, Approximate };
bool usesGraphSearch(DuplicateSearch search, std::size_t rows);

// nearDuplicatePairs or approximateDuplicatePairs as `search` decides (the exact search on options.threads threads).
std::optional<std::vector<RowPair>> findDuplicatePairs(const FloatMatrix& unit, double tau, DuplicateSearch search,
                                                       const HnswOptions& options = {}, const ProgressCallback& progress = {},
                                                       const CancelToken* cancel = nullptr);

// Near duplicates are rare; when more than this share of all pairs lies within the threshold, the embedding does not
// tell the images apart (an untrained model's pooled features point almost the same way) and the list says nothing.
constexpr double kIndistinctPairShare = 0.01;
// The share of all rows x (rows - 1) / 2 pairs that `pairs` is (0 for fewer than two rows).
double shareOfAllPairs(std::size_t pairs, std::size_t rows);

// The connected components of `pairs` over `rows` rows, those of two or more rows: each ascending, the groups
// ordered by their first row.
std::vector<std::vector<std::uint32_t>> connectedGroups(std::size_t rows, const std::vector<RowPair>& pairs);

} // namespace tagscope
