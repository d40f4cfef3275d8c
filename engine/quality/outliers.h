#pragma once
// Outliers: images far from all others, scored by the mean cosine distance to their 10 nearest neighbours
// (exact search); the top q percent are listed (quality/README.md).
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "embedding/neighbour_lists.h"

#include <optional>
#include <vector>

namespace tagscope {

constexpr std::size_t kQualityNeighbours = 10;
constexpr double kDefaultOutlierPercent = 1.0;

// The k nearest rows of every row of `unit` by cosine distance (k clamped to rows - 1). nullopt when cancelled;
// throws std::invalid_argument with fewer than two rows.
std::optional<NeighbourLists> cosineNeighbours(const FloatMatrix& unit, std::size_t k, const ProgressCallback& progress = {},
                                               const CancelToken* cancel = nullptr);

std::vector<double> meanNeighbourDistances(const NeighbourLists& neighbours);

struct RowScore {
    std::uint32_t row = 0;
    double score = 0;
};
// The ceil(percent / 100 x rows) highest scores, highest first, equal scores by the lower row.
std::vector<RowScore> topPercent(const std::vector<double>& scores, double percent);

} // namespace tagscope
