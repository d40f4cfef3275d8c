#include "embedding/tsne_repulsion.h"

#include "embedding/worker_pool.h"

#include <vector>

namespace tagscope {

double ExactRepulsion::compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool)
{
    constexpr std::size_t kBlock = 256; // fixed blocks: the sum of Z does not depend on the thread count
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<double> partialZ(blocks, 0.0);
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t block = first; block < last; ++block) {
            double z = 0;
            for (std::size_t i = block * kBlock; i < std::min(n, (block + 1) * kBlock); ++i) {
                const float xi = y[2 * i], yi = y[2 * i + 1];
                float rx = 0, ry = 0, zi = 0;
                for (std::size_t j = 0; j < n; ++j) {
                    const float dx = xi - y[2 * j], dy = yi - y[2 * j + 1];
                    const float q = 1.0f / (1.0f + dx * dx + dy * dy);
                    zi += q;
                    rx += q * q * dx;
                    ry += q * q * dy;
                }
                repulsion[2 * i] = rx;
                repulsion[2 * i + 1] = ry;
                z += static_cast<double>(zi) - 1.0; // j = i contributed q = 1
            }
            partialZ[block] = z;
        }
    });
    double z = 0;
    for (double part : partialZ)
        z += part;
    return z;
}

} // namespace tagscope
