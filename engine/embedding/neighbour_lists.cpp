#include "embedding/neighbour_lists.h"

#include <stdexcept>

namespace tagscope {

const char* metricName(DistanceMetric metric) { return metric == DistanceMetric::Cosine ? "cosine" : "euclidean"; }

DistanceMetric metricFromName(const std::string& name)
{
    if (name == "euclidean")
        return DistanceMetric::Euclidean;
    if (name == "cosine")
        return DistanceMetric::Cosine;
    throw std::invalid_argument("unknown metric '" + name + "' (expected euclidean or cosine)");
}

} // namespace tagscope
