#pragma once
// The repulsive half of the t-SNE gradient on a 2-D layout y (n x 2): for every point
//   r_i = sum_j q_ij^2 (y_i - y_j),  with q_ij = 1 / (1 + |y_i - y_j|^2),
// and the normalisation Z = sum_{i != j} q_ij. The gradient is then attraction - r_i / Z.
#include <cstddef>

namespace tagscope {

class WorkerPool;

class RepulsionEstimator {
public:
    virtual ~RepulsionEstimator() = default;
    // Writes r (n x 2) and returns Z.
    virtual double compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool) = 0;
};

// Every pair, O(n^2): exact, and the fastest below a few thousand points.
class ExactRepulsion : public RepulsionEstimator {
public:
    double compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool) override;
};

} // namespace tagscope
