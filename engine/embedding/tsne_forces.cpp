#include "embedding/tsne_forces.h"
#include "embedding/cpu_clones.h"

#include "embedding/worker_pool.h"

#include <cmath>
#include <vector>

namespace tagscope {

namespace {

// Rows [first, last): sixteen independent partial sums per row let the compiler vectorise the arithmetic
// around the scattered loads of y_j (cloned for AVX-512 and AVX2).
TAGSCOPE_CPU_CLONES
void attractiveRows(std::size_t first, std::size_t last, const std::size_t* rowStart, const std::uint32_t* columns, const float* values,
                    const float* y, float* attraction)
{
    constexpr std::size_t kLanes = 16;
    for (std::size_t i = first; i < last; ++i) {
        const float xi = y[2 * i], yi = y[2 * i + 1];
        float ax[kLanes] = {}, ay[kLanes] = {};
        std::size_t e = rowStart[i];
        const std::size_t end = rowStart[i + 1];
        for (; e + kLanes <= end; e += kLanes)
            for (std::size_t l = 0; l < kLanes; ++l) {
                const std::uint32_t j = columns[e + l];
                const float dx = xi - y[2 * j], dy = yi - y[2 * j + 1];
                const float w = values[e + l] / (1.0f + dx * dx + dy * dy);
                ax[l] += w * dx;
                ay[l] += w * dy;
            }
        float sx = 0, sy = 0;
        for (; e < end; ++e) {
            const std::uint32_t j = columns[e];
            const float dx = xi - y[2 * j], dy = yi - y[2 * j + 1];
            const float w = values[e] / (1.0f + dx * dx + dy * dy);
            sx += w * dx;
            sy += w * dy;
        }
        for (std::size_t l = 0; l < kLanes; ++l) {
            sx += ax[l];
            sy += ay[l];
        }
        attraction[2 * i] = sx;
        attraction[2 * i + 1] = sy;
    }
}

} // namespace

void attractiveForces(const SparseAffinities& p, const float* y, float* attraction, WorkerPool& pool)
{
    pool.parallelFor(p.points, [&](std::size_t first, std::size_t last, int) {
        attractiveRows(first, last, p.rowStart.data(), p.columns.data(), p.values.data(), y, attraction);
    }, 512);
}

double klDivergence(const SparseAffinities& p, const float* y, double z, WorkerPool& pool)
{
    constexpr std::size_t kBlock = 4096; // fixed blocks: the same sum whatever the thread count
    const std::size_t blocks = (p.points + kBlock - 1) / kBlock;
    std::vector<double> partial(blocks, 0.0);
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t b = first; b < last; ++b) {
            double sum = 0;
            for (std::size_t i = b * kBlock; i < std::min(p.points, (b + 1) * kBlock); ++i)
                for (std::size_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
                    const double pij = p.values[e];
                    if (pij <= 0)
                        continue;
                    const std::uint32_t j = p.columns[e];
                    const double dx = static_cast<double>(y[2 * i]) - y[2 * j], dy = static_cast<double>(y[2 * i + 1]) - y[2 * j + 1];
                    const double q = 1.0 / (1.0 + dx * dx + dy * dy);
                    sum += pij * std::log(pij / q);
                }
            partial[b] = sum;
        }
    });
    double total = 0;
    for (double part : partial)
        total += part;
    return total + std::log(z); // sum P = 1, so the log Z terms add up to log Z
}

void combineGradient(const float* attraction, const float* repulsion, double z, double exaggeration, std::size_t n, float* gradient)
{
    const float a = static_cast<float>(exaggeration), r = static_cast<float>(1.0 / z);
    for (std::size_t i = 0; i < 2 * n; ++i)
        gradient[i] = a * attraction[i] - r * repulsion[i];
}

} // namespace tagscope
