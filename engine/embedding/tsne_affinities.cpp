#include "embedding/tsne_affinities.h"

#include "embedding/worker_pool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace tagscope {
namespace {

// Bandwidth search for one point: beta = 1 / (2 sigma^2) such that the entropy (natural log) of p(j|i) is
// log(perplexity). Bisection in log(beta), sped up by starting from the scale of the distances.
void calibrateRow(const float* distances, std::size_t k, double targetEntropy, float* out)
{
    std::vector<double> d2(k);
    const double nearest = static_cast<double>(distances[0]) * distances[0];
    double spread = 0;
    for (std::size_t j = 0; j < k; ++j) {
        d2[j] = static_cast<double>(distances[j]) * distances[j] - nearest; // shifted: exp never underflows at j = 0
        spread += d2[j];
    }
    spread /= static_cast<double>(k);
    double beta = spread > 0 ? 1.0 / spread : 1.0;
    double low = 0, high = std::numeric_limits<double>::infinity();
    std::vector<double> p(k);
    for (int step = 0; step < 200; ++step) {
        double sum = 0, weighted = 0;
        for (std::size_t j = 0; j < k; ++j) {
            p[j] = std::exp(-beta * d2[j]);
            sum += p[j];
            weighted += p[j] * d2[j];
        }
        const double entropy = std::log(sum) + beta * weighted / sum;
        if (std::abs(entropy - targetEntropy) < 1e-5)
            break;
        if (entropy > targetEntropy) { // too flat: narrow the Gaussian
            low = beta;
            beta = std::isinf(high) ? beta * 2 : 0.5 * (beta + high);
        } else {
            high = beta;
            beta = 0.5 * (beta + low);
        }
    }
    double sum = 0;
    for (double v : p)
        sum += v;
    for (std::size_t j = 0; j < k; ++j)
        out[j] = static_cast<float>(p[j] / sum);
}

} // namespace

std::size_t neighboursForPerplexity(double perplexity) { return static_cast<std::size_t>(std::ceil(3.0 * perplexity)); }

std::vector<float> conditionalAffinities(const NeighbourLists& neighbours, double perplexity, WorkerPool& pool, std::size_t k)
{
    if (k == 0 || k > neighbours.k)
        k = neighbours.k;
    if (!(perplexity >= 1.0))
        throw std::invalid_argument("the perplexity must be at least 1");
    if (perplexity > static_cast<double>(k))
        throw std::invalid_argument("a perplexity of " + std::to_string(perplexity) + " needs more than the " + std::to_string(k) +
                                    " neighbours available");
    std::vector<float> conditional(neighbours.queries * k);
    const double target = std::log(perplexity);
    pool.parallelFor(neighbours.queries, [&](std::size_t begin, std::size_t end, int) {
        for (std::size_t i = begin; i < end; ++i)
            calibrateRow(neighbours.distanceRow(i), k, target, conditional.data() + i * k);
    }, 256);
    return conditional;
}

SparseAffinities symmetrizeAffinities(const NeighbourLists& neighbours, const std::vector<float>& conditional, std::size_t k)
{
    if (k == 0 || k > neighbours.k)
        k = neighbours.k;
    const std::size_t n = neighbours.queries;
    // Each p(j|i) goes to row i and to row j; the counts size the rows before they are merged.
    std::vector<std::size_t> count(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            ++count[i + 1];
            ++count[neighbours.indexRow(i)[j] + 1];
        }
    for (std::size_t i = 0; i < n; ++i)
        count[i + 1] += count[i];
    std::vector<std::pair<std::uint32_t, float>> entries(count[n]);
    std::vector<std::size_t> fill(count.begin(), count.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            const std::uint32_t other = neighbours.indexRow(i)[j];
            const float p = conditional[i * k + j];
            entries[fill[i]++] = {other, p};
            entries[fill[other]++] = {static_cast<std::uint32_t>(i), p};
        }
    SparseAffinities affinities;
    affinities.points = n;
    affinities.rowStart.assign(n + 1, 0);
    affinities.columns.reserve(entries.size());
    affinities.values.reserve(entries.size());
    const float scale = static_cast<float>(0.5 / static_cast<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        auto first = entries.begin() + static_cast<std::ptrdiff_t>(count[i]);
        auto last = entries.begin() + static_cast<std::ptrdiff_t>(count[i + 1]);
        std::sort(first, last, [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = first; it != last;) {
            const std::uint32_t column = it->first;
            float sum = 0;
            for (; it != last && it->first == column; ++it)
                sum += it->second;
            affinities.columns.push_back(column);
            affinities.values.push_back(sum * scale);
        }
        affinities.rowStart[i + 1] = affinities.columns.size();
    }
    return affinities;
}

SparseAffinities computeAffinities(const NeighbourLists& neighbours, double perplexity, WorkerPool& pool)
{
    const std::size_t k = std::min(neighbours.k, neighboursForPerplexity(perplexity));
    return symmetrizeAffinities(neighbours, conditionalAffinities(neighbours, perplexity, pool, k), k);
}

} // namespace tagscope
