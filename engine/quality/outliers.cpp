#include "quality/outliers.h"

#include "embedding/exact_knn.h"

#include <algorithm>
#include <cmath>

namespace tagscope {

std::optional<NeighbourLists> cosineNeighbours(const FloatMatrix& unit, std::size_t k, const ProgressCallback& progress, const CancelToken* cancel)
{
    ExactKnnOptions options;
    options.k = k;
    options.metric = DistanceMetric::Cosine;
    return exactNeighbours(unit, {}, options, progress, cancel);
}

std::vector<double> meanNeighbourDistances(const NeighbourLists& neighbours)
{
    std::vector<double> means(neighbours.queries, 0.0);
    for (std::size_t q = 0; q < neighbours.queries; ++q) {
        double sum = 0;
        for (std::size_t j = 0; j < neighbours.k; ++j)
            sum += neighbours.distanceRow(q)[j];
        means[q] = neighbours.k ? sum / static_cast<double>(neighbours.k) : 0.0;
    }
    return means;
}

std::vector<RowScore> topPercent(const std::vector<double>& scores, double percent)
{
    const auto wanted = static_cast<std::size_t>(std::ceil(std::clamp(percent, 0.0, 100.0) / 100.0 * static_cast<double>(scores.size()) - 1e-9));
    std::vector<RowScore> all;
    for (std::size_t r = 0; r < scores.size(); ++r)
        all.push_back({static_cast<std::uint32_t>(r), scores[r]});
    const auto before = [](const RowScore& a, const RowScore& b) { return a.score != b.score ? a.score > b.score : a.row < b.row; };
    const std::size_t n = std::min(wanted, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), before);
    all.resize(n);
    return all;
}

} // namespace tagscope
