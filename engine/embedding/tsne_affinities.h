#pragma once
// t-SNE input similarities (van der Maaten and Hinton 2008; van der Maaten 2014 for the sparse form): for each
// point a Gaussian over its k nearest neighbours whose bandwidth is searched so that the perplexity 2^H of
// p(j|i) equals the one asked for, then symmetrised, P = (P(j|i) + P(i|j)) / 2N, a sparse matrix summing to 1.
#include "embedding/neighbour_lists.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tagscope {

class WorkerPool;

struct SparseAffinities {
    std::size_t points = 0;
    std::vector<std::size_t> rowStart;   // points + 1 offsets into columns and values
    std::vector<std::uint32_t> columns;  // sorted within each row
    std::vector<float> values;           // P_ij; the matrix is symmetric and sums to 1
};

// p(j|i) for the neighbours of each point (rows x k, same layout as the lists), each row summing to 1.
// Uses the first min(k, lists.k) neighbours; distances are euclidean. Throws std::invalid_argument for a
// perplexity below 1 or above the neighbours available.
std::vector<float> conditionalAffinities(const NeighbourLists& neighbours, double perplexity, WorkerPool& pool, std::size_t k = 0);

SparseAffinities symmetrizeAffinities(const NeighbourLists& neighbours, const std::vector<float>& conditional, std::size_t k = 0);

// Both steps, with k = min(lists.k, 3 x perplexity) neighbours (the rule of van der Maaten 2014).
SparseAffinities computeAffinities(const NeighbourLists& neighbours, double perplexity, WorkerPool& pool);

// Neighbours the affinities of this perplexity use.
std::size_t neighboursForPerplexity(double perplexity);

} // namespace tagscope
