#pragma once
// One nearest-neighbour query against the open dataset's embeddings: a row of the embedding or an outside
// vector (an image file embedded with the same model), exact or through an approximate index. Plain engine
// types; runs on a worker thread.
#include "embedding/float_matrix.h"
#include "embedding/hnsw_index.h"
#include "embedding/neighbour_lists.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope::gui {

struct NeighbourSearchRequest {
    std::shared_ptr<const FloatMatrix> vectors;
    int queryRow = -1;                 // a row of `vectors` (left out of its own neighbours), or
    std::vector<float> queryVector;    // an outside vector with as many values as `vectors` has columns
    std::size_t k = 24;
    DistanceMetric metric = DistanceMetric::Cosine;
    std::shared_ptr<const ApproximateKnnIndex> index; // set: approximate search through it
};

struct NeighbourSearchResult {
    std::vector<std::uint32_t> rows;   // nearest first
    std::vector<float> distances;
    bool approximate = false;
};

// Throws std::invalid_argument for a request without vectors or query, a row out of range, or a vector of
// another length (the lengths are named).
NeighbourSearchResult searchNeighbours(const NeighbourSearchRequest& request);

} // namespace tagscope::gui
