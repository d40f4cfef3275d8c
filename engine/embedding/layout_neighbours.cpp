#include "embedding/layout_neighbours.h"

#include "embedding/worker_pool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace tagscope {
namespace {

class PointTree {
public:
    PointTree(const float* y, std::size_t n) : y_(y), order_(n)
    {
        std::iota(order_.begin(), order_.end(), 0u);
        if (n)
            build(0, n);
    }

    // Up to k nearest points other than `self`, as a max-heap of (squared distance, point).
    void nearest(std::uint32_t self, std::size_t k, std::vector<std::pair<float, std::uint32_t>>& heap) const
    {
        heap.clear();
        search(0, y_[2 * self], y_[2 * self + 1], self, k, heap);
        std::sort_heap(heap.begin(), heap.end());
    }

private:
    static constexpr std::size_t kLeaf = 12;
    struct Node {
        std::size_t begin, end;   // points order_[begin, end)
        float split = 0;
        int axis = -1;            // -1: leaf
        std::size_t left = 0, right = 0;
    };

    std::size_t build(std::size_t begin, std::size_t end)
    {
        const std::size_t index = nodes_.size();
        nodes_.push_back({begin, end});
        if (end - begin <= kLeaf)
            return index;
        float lo[2] = {std::numeric_limits<float>::max(), std::numeric_limits<float>::max()};
        float hi[2] = {std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()};
        for (std::size_t s = begin; s < end; ++s)
            for (int d = 0; d < 2; ++d) {
                lo[d] = std::min(lo[d], y_[2 * order_[s] + d]);
                hi[d] = std::max(hi[d], y_[2 * order_[s] + d]);
            }
        const int axis = (hi[0] - lo[0]) >= (hi[1] - lo[1]) ? 0 : 1;
        const std::size_t middle = begin + (end - begin) / 2;
        std::nth_element(order_.begin() + static_cast<std::ptrdiff_t>(begin), order_.begin() + static_cast<std::ptrdiff_t>(middle),
                         order_.begin() + static_cast<std::ptrdiff_t>(end),
                         [&](std::uint32_t a, std::uint32_t b) { return y_[2 * a + axis] < y_[2 * b + axis]; });
        const float split = y_[2 * order_[middle] + axis];
        const std::size_t left = build(begin, middle);
        const std::size_t right = build(middle, end);
        nodes_[index].axis = axis;
        nodes_[index].split = split;
        nodes_[index].left = left;
        nodes_[index].right = right;
        return index;
    }

    void search(std::size_t index, float qx, float qy, std::uint32_t self, std::size_t k,
                std::vector<std::pair<float, std::uint32_t>>& heap) const
    {
        const Node& node = nodes_[index];
        if (node.axis < 0) {
            for (std::size_t s = node.begin; s < node.end; ++s) {
                const std::uint32_t p = order_[s];
                if (p == self)
                    continue;
                const float dx = y_[2 * p] - qx, dy = y_[2 * p + 1] - qy;
                const float d2 = dx * dx + dy * dy;
                if (heap.size() < k) {
                    heap.push_back({d2, p});
                    std::push_heap(heap.begin(), heap.end());
                } else if (d2 < heap.front().first) {
                    std::pop_heap(heap.begin(), heap.end());
                    heap.back() = {d2, p};
                    std::push_heap(heap.begin(), heap.end());
                }
            }
            return;
        }
        const float delta = (node.axis == 0 ? qx : qy) - node.split;
        const std::size_t nearSide = delta < 0 ? node.left : node.right;
        const std::size_t farSide = delta < 0 ? node.right : node.left;
        search(nearSide, qx, qy, self, k, heap);
        if (heap.size() < k || delta * delta < heap.front().first)
            search(farSide, qx, qy, self, k, heap);
    }

    const float* y_;
    std::vector<std::uint32_t> order_;
    std::vector<Node> nodes_;
};

} // namespace

NeighbourLists layoutNeighbours(const float* y, std::size_t n, std::size_t k, WorkerPool& pool)
{
    if (n < 2)
        throw std::invalid_argument("a layout needs at least two points for neighbours");
    k = std::min(k, n - 1);
    const PointTree tree(y, n);
    NeighbourLists lists;
    lists.queries = n;
    lists.k = k;
    lists.indices.resize(n * k);
    lists.distances.resize(n * k);
    pool.parallelFor(n, [&](std::size_t first, std::size_t last, int) {
        std::vector<std::pair<float, std::uint32_t>> heap;
        for (std::size_t i = first; i < last; ++i) {
            tree.nearest(static_cast<std::uint32_t>(i), k, heap);
            for (std::size_t j = 0; j < k; ++j) {
                lists.indices[i * k + j] = heap[j].second;
                lists.distances[i * k + j] = std::sqrt(heap[j].first);
            }
        }
    }, 256);
    return lists;
}

double neighbourPreservation(const NeighbourLists& high, const float* y, std::size_t n, std::size_t k, WorkerPool& pool)
{
    if (high.queries != n)
        throw std::invalid_argument("the neighbour lists and the layout have different point counts");
    k = std::min({k, high.k, n - 1});
    if (k == 0)
        return 0.0;
    const NeighbourLists low = layoutNeighbours(y, n, k, pool);
    constexpr std::size_t kBlock = 4096;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<std::size_t> kept(blocks, 0);
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        std::vector<std::uint32_t> mine(k);
        for (std::size_t b = first; b < last; ++b)
            for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
                std::copy_n(low.indexRow(i), k, mine.begin());
                std::sort(mine.begin(), mine.end());
                for (std::size_t j = 0; j < k; ++j)
                    kept[b] += std::binary_search(mine.begin(), mine.end(), high.indexRow(i)[j]) ? 1 : 0;
            }
    });
    const double total = static_cast<double>(std::accumulate(kept.begin(), kept.end(), std::size_t{0}));
    return total / (static_cast<double>(n) * static_cast<double>(k));
}

} // namespace tagscope
