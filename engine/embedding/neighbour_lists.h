#pragma once
// k nearest neighbours of a set of query points, nearest first: what exact and approximate search both return.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

enum class DistanceMetric { Euclidean, Cosine };

const char* metricName(DistanceMetric metric);
// "euclidean" or "cosine"; throws std::invalid_argument otherwise.
DistanceMetric metricFromName(const std::string& name);

struct NeighbourLists {
    std::size_t queries = 0;
    std::size_t k = 0;
    std::vector<std::uint32_t> indices; // queries x k rows of the searched set
    std::vector<float> distances;       // euclidean distance, or cosine distance (1 - cosine similarity)

    const std::uint32_t* indexRow(std::size_t q) const { return indices.data() + q * k; }
    const float* distanceRow(std::size_t q) const { return distances.data() + q * k; }
};

} // namespace tagscope
