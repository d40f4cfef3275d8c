#pragma once
// Nearest neighbours within a 2-D layout (a k-d tree), and how well a layout keeps the high-dimensional ones.
#include "embedding/neighbour_lists.h"

namespace tagscope {

class WorkerPool;

// The k nearest other points of every point of y (n x 2), euclidean, nearest first.
NeighbourLists layoutNeighbours(const float* y, std::size_t n, std::size_t k, WorkerPool& pool);

// kNN preservation: the share of each point's first k high-dimensional neighbours that are among its k nearest
// in the layout, averaged over the points (1: every neighbourhood kept). `high` must list at least k per point.
double neighbourPreservation(const NeighbourLists& high, const float* y, std::size_t n, std::size_t k, WorkerPool& pool);

} // namespace tagscope
