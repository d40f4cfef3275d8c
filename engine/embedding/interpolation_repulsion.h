#pragma once
// The t-SNE repulsion in O(n) per iteration, after Linderman et al. 2019 (FIt-SNE): the layout's charges
// (1, x, y) are spread onto a uniform grid by 3-point Lagrange interpolation, convolved with the kernels
// 1/(1+d^2)^2 and 1/(1+d^2) by FFT (zero-padded to twice the grid), and the potentials are interpolated back.
// Nodes are spaced at most 1/3 apart, as FIt-SNE's default (one interval per unit, three nodes per interval).
// Z needs no inverse transform: sum_i phi(y_i) = <G, K * G>, which Parseval gives from the spectra.
#include "embedding/tsne_repulsion.h"

#include <cstdint>
#include <memory>

namespace tagscope {

class InterpolationRepulsion : public RepulsionEstimator {
public:
    explicit InterpolationRepulsion(double nodesPerUnit = 3.0);
    ~InterpolationRepulsion() override;

    double compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool) override;

    std::size_t gridNodes() const; // nodes per side of the last grid

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
