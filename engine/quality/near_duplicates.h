#pragma once
// Near duplicates: pairs of images whose embeddings lie within cosine distance tau (quality/README.md), found by
// an exact range search over unit rows on every core, or for large sets by random-hyperplane hashing
// (hashed_duplicates.h), and grouped into connected components.
#include "common/progress.h"
#include "embedding/float_matrix.h"

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

// Above this many rows the all-pairs search (quadratic) gives way to hashing: on 2 cores the exact search of
// 200,000 x 128 took 123 s, hashing a few seconds with every pair (bench/RESULTS.md).
constexpr std::size_t kHashedDuplicatesAbove = 200000;

// Which search finds the pairs: exact up to kHashedDuplicatesAbove rows and hashing above (Auto), or forced.
enum class DuplicateSearch { Auto, Exact, Approximate };
bool usesHashedSearch(DuplicateSearch search, std::size_t rows);

// nearDuplicatePairs or hashedDuplicatePairs as `search` decides.
std::optional<std::vector<RowPair>> findDuplicatePairs(const FloatMatrix& unit, double tau, DuplicateSearch search, int threads = 0,
                                                       const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Near duplicates are rare; when more than this share of all pairs lies within the threshold, the embedding does not
// tell the images apart (an untrained model's pooled features point almost the same way) and the list says nothing.
constexpr double kIndistinctPairShare = 0.01;
// The share of all rows x (rows - 1) / 2 pairs that `pairs` is (0 for fewer than two rows).
double shareOfAllPairs(std::size_t pairs, std::size_t rows);

// The connected components of `pairs` over `rows` rows, those of two or more rows: each ascending, the groups
// ordered by their first row.
std::vector<std::vector<std::uint32_t>> connectedGroups(std::size_t rows, const std::vector<RowPair>& pairs);

} // namespace tagscope
