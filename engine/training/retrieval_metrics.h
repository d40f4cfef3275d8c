#pragma once
// Retrieval metrics of embeddings (engine/training/METRICS.md, "Retrieval"), with exact nearest neighbours:
// Recall@K, the share of queries whose K nearest neighbours (self excluded) hold at least one relevant item, and
// MAP@R = (1/R) sum_{i <= R} P@i * rel_i with R the number of other relevant items of the query.
// Embeddings are L2-normalised, so neighbours are by cosine (equivalently Euclidean) distance. Queries are
// processed in blocks sized to a memory budget: 100k x 512 embeddings need a few hundred MB, not N^2.
#include "common/progress.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace tagscope {

struct RetrievalOptions {
    std::vector<int> ks = {1, 2, 4, 8};
    std::int64_t memoryBudget = 256ll << 20; // bytes for one block of query-to-gallery scores and relevance
};

struct RetrievalMetrics {
    std::vector<int> ks;
    std::vector<double> recallAtK; // in [0, 1], parallel to ks
    double mapAtR = 0;             // in [0, 1]
    std::size_t items = 0;         // labelled items searched
    std::size_t queries = 0;       // items with at least one other relevant item (the others cannot score)
    bool complete = false;         // false when cancelled or when no item could be a query
};

// `classes`: one class id per embedding (N, integer; below 0 = unlabelled, left out). Items are relevant to
// each other when their classes are equal.
RetrievalMetrics evaluateRetrieval(const torch::Tensor& embeddings, const torch::Tensor& classes, const RetrievalOptions& options = {},
                                   const CancelToken* cancel = nullptr);

// `positives`: N x C multilabel (> 0.5 = positive tag); items are relevant to each other when they share a
// positive tag; items without one are left out.
RetrievalMetrics evaluateRetrievalMultilabel(const torch::Tensor& embeddings, const torch::Tensor& positives,
                                             const RetrievalOptions& options = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
