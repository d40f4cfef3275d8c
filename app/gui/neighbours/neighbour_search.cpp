#include "neighbour_search.h"

#include "embedding/exact_knn.h"

#include <stdexcept>
#include <string>

namespace tagscope::gui {

NeighbourSearchResult searchNeighbours(const NeighbourSearchRequest& request)
{
    if (!request.vectors || request.vectors->empty())
        throw std::invalid_argument("there are no embeddings to search");
    const FloatMatrix& base = *request.vectors;
    const bool byRow = request.queryRow >= 0;
    if (byRow && static_cast<std::size_t>(request.queryRow) >= base.rows)
        throw std::invalid_argument("row " + std::to_string(request.queryRow) + " is not in the embedding (" + std::to_string(base.rows) + " rows)");
    if (!byRow && request.queryVector.size() != base.cols)
        throw std::invalid_argument("the query vector has " + std::to_string(request.queryVector.size()) + " values, the embeddings " +
                                    std::to_string(base.cols) + " dimensions");
    if (request.k == 0)
        throw std::invalid_argument("k must be at least 1");
    const std::size_t available = byRow ? base.rows - 1 : base.rows;
    const std::size_t k = std::min(request.k, available);
    NeighbourSearchResult result;
    if (k == 0)
        return result;

    FloatMatrix outside;
    if (!byRow) {
        outside = FloatMatrix(1, base.cols);
        outside.values = request.queryVector;
    }
    NeighbourLists lists;
    const bool approximate = request.index && request.index->size() == base.rows && request.index->metric() == request.metric;
    if (approximate) {
        const std::size_t ef = std::max<std::size_t>(64, k + 1);
        lists = byRow ? request.index->searchRows({static_cast<std::uint32_t>(request.queryRow)}, k, ef) : request.index->search(outside, k, ef);
    } else {
        ExactKnnOptions options;
        options.k = k;
        options.metric = request.metric;
        lists = byRow ? *exactNeighbours(base, {static_cast<std::uint32_t>(request.queryRow)}, options)
                      : *exactNeighboursOfQueries(base, outside, options);
    }
    result.approximate = approximate;
    result.rows.assign(lists.indexRow(0), lists.indexRow(0) + lists.k);
    result.distances.assign(lists.distanceRow(0), lists.distanceRow(0) + lists.k);
    return result;
}

} // namespace tagscope::gui
