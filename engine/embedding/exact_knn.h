#pragma once
// Exact k nearest neighbours, on every core: each thread scores blocks of queries against L2-sized chunks of the
// base with the register-tiled panel kernel (|b|^2 - 2 q.b; the query's own norm does not change the order),
// a block-minimum filter skips score runs that cannot enter a query's current top k, and the k winners'
// distances are recomputed directly so they carry no cancellation error.
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "embedding/neighbour_lists.h"

#include <optional>

namespace tagscope {

struct ExactKnnOptions {
    std::size_t k = 10;
    DistanceMetric metric = DistanceMetric::Euclidean;
    int threads = 0;             // 0: every core
};

// Neighbours of base rows `queryRows` (empty: every row) among all base rows, each query's own row left out.
// k is clamped to the rows available. Throws std::invalid_argument for k = 0 or a query row out of range;
// nullopt when cancelled.
std::optional<NeighbourLists> exactNeighbours(const FloatMatrix& base, const std::vector<std::uint32_t>& queryRows,
                                              const ExactKnnOptions& options, const ProgressCallback& progress = {},
                                              const CancelToken* cancel = nullptr);

// Neighbours of outside points (nothing left out). Throws std::invalid_argument when the feature counts differ.
std::optional<NeighbourLists> exactNeighboursOfQueries(const FloatMatrix& base, const FloatMatrix& queries, const ExactKnnOptions& options,
                                              const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
