#include "training/retrieval_metrics.h"

#include <torch/torch.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <stdexcept>

namespace tagscope {
namespace {

// Relevance of a block of queries (rows first..first+count) to every item: count x N bool.
using RelevanceBlock = std::function<torch::Tensor(std::int64_t first, std::int64_t count)>;

RetrievalMetrics search(const torch::Tensor& embeddings, const RelevanceBlock& relevance, const RetrievalOptions& options,
                        const CancelToken* cancel)
{
    RetrievalMetrics m;
    m.ks = options.ks;
    m.recallAtK.assign(m.ks.size(), 0.0);
    const std::int64_t n = embeddings.size(0);
    m.items = static_cast<std::size_t>(n);
    if (n < 2 || m.ks.empty())
        return m;
    torch::NoGradGuard noGrad;
    const torch::Tensor unit = embeddings.to(torch::kFloat) / torch::clamp_min(embeddings.to(torch::kFloat).norm(2, 1, true), 1e-12);
    const std::int64_t maxK = std::min<std::int64_t>(*std::max_element(m.ks.begin(), m.ks.end()), n - 1);
    // Per query row: a float score and a bool relevance per item, plus the top-k copies.
    const std::int64_t block = std::clamp<std::int64_t>(options.memoryBudget / (n * 6), 1, n);
    std::vector<double> hits(m.ks.size(), 0.0);
    double mapSum = 0;
    std::int64_t queries = 0;
    for (std::int64_t first = 0; first < n; first += block) {
        if (isCancelled(cancel))
            return m;
        const std::int64_t count = std::min(block, n - first);
        const torch::Tensor rows = torch::arange(count, torch::TensorOptions().dtype(torch::kLong).device(unit.device()));
        torch::Tensor scores = torch::mm(unit.narrow(0, first, count), unit.t());
        scores.index_put_({rows, rows + first}, -std::numeric_limits<float>::infinity()); // self excluded
        torch::Tensor relevant = relevance(first, count);
        relevant.index_put_({rows, rows + first}, false);
        const torch::Tensor r = relevant.sum(1); // R per query
        const torch::Tensor isQuery = r.gt(0);
        const std::int64_t blockQueries = isQuery.sum().item<std::int64_t>();
        if (blockQueries == 0)
            continue;
        queries += blockQueries;
        const std::int64_t depth = std::min<std::int64_t>(n - 1, std::max<std::int64_t>(maxK, r.max().item<std::int64_t>()));
        const torch::Tensor order = std::get<1>(scores.topk(depth, 1, /*largest=*/true, /*sorted=*/true));
        const torch::Tensor top = relevant.gather(1, order).to(torch::kFloat).masked_fill_(isQuery.logical_not().unsqueeze(1), 0);
        for (std::size_t i = 0; i < m.ks.size(); ++i) {
            const std::int64_t k = std::min<std::int64_t>(m.ks[i], depth);
            hits[i] += top.narrow(1, 0, k).amax(1).sum().item<double>();
        }
        // MAP@R: precision at each of the first R ranks, counted where that rank is relevant.
        const torch::Tensor rank = torch::arange(1, depth + 1, top.options());
        const torch::Tensor precision = top.cumsum(1) / rank;
        const torch::Tensor withinR = rank.unsqueeze(0) <= r.unsqueeze(1).to(torch::kFloat);
        const torch::Tensor perQuery = (precision * top * withinR).sum(1) / torch::clamp_min(r.to(torch::kFloat), 1);
        mapSum += perQuery.masked_select(isQuery).sum().item<double>();
    }
    m.queries = static_cast<std::size_t>(queries);
    if (queries == 0)
        return m;
    for (std::size_t i = 0; i < m.ks.size(); ++i)
        m.recallAtK[i] = hits[i] / static_cast<double>(queries);
    m.mapAtR = mapSum / static_cast<double>(queries);
    m.complete = true;
    return m;
}

void checkRows(const torch::Tensor& embeddings, const torch::Tensor& labels, const char* what)
{
    if (embeddings.dim() != 2)
        throw std::invalid_argument("retrieval: embeddings must be N x D");
    if (labels.size(0) != embeddings.size(0))
        throw std::invalid_argument(std::string("retrieval: ") + std::to_string(embeddings.size(0)) + " embeddings but " +
                                    std::to_string(labels.size(0)) + " " + what);
}

} // namespace

RetrievalMetrics evaluateRetrieval(const torch::Tensor& embeddings, const torch::Tensor& classes, const RetrievalOptions& options,
                                   const CancelToken* cancel)
{
    checkRows(embeddings, classes, "class ids");
    if (classes.dim() != 1)
        throw std::invalid_argument("retrieval: class ids must be one per embedding");
    const torch::Tensor ids = (classes.is_floating_point() ? classes.round() : classes).to(torch::kLong).to(embeddings.device());
    const torch::Tensor labelled = ids.ge(0).nonzero().squeeze(1);
    const torch::Tensor kept = ids.index_select(0, labelled);
    auto relevance = [&kept](std::int64_t first, std::int64_t count) {
        return kept.narrow(0, first, count).unsqueeze(1).eq(kept.unsqueeze(0));
    };
    return search(embeddings.index_select(0, labelled), relevance, options, cancel);
}

RetrievalMetrics evaluateRetrievalMultilabel(const torch::Tensor& embeddings, const torch::Tensor& positives,
                                             const RetrievalOptions& options, const CancelToken* cancel)
{
    checkRows(embeddings, positives, "label rows");
    if (positives.dim() != 2)
        throw std::invalid_argument("retrieval: multilabel targets must be N x C");
    const torch::Tensor tags = positives.to(embeddings.device()).gt(0.5).to(torch::kFloat);
    const torch::Tensor labelled = tags.sum(1).gt(0).nonzero().squeeze(1);
    const torch::Tensor kept = tags.index_select(0, labelled);
    auto relevance = [&kept](std::int64_t first, std::int64_t count) { return torch::mm(kept.narrow(0, first, count), kept.t()).gt(0); };
    return search(embeddings.index_select(0, labelled), relevance, options, cancel);
}

} // namespace tagscope
