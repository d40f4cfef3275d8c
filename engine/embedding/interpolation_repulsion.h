#pragma once
// The t-SNE repulsion in O(n) per iteration, after Linderman et al. 2019 (FIt-SNE): the layout's charges
// (1, x, y) are spread onto a uniform grid by 3-point Lagrange interpolation, convolved with the kernels
// 1/(1+d^2)^2 and 1/(1+d^2) by FFT (zero-padded to twice the grid), and the potentials are interpolated back.
// Nodes are spaced at most 1/3 apart, as FIt-SNE's default (one interval per unit, three nodes per interval).
// Z needs no inverse transform: sum_i phi(y_i) = <G, K * G>, which Parseval gives from the spectra.
#include "embedding/tsne_repulsion.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace tagscope {

// FFTW plans are measured in the background while layouts run, and a measured plan rounds differently from the
// estimated one it replaces. A counter of the measured plans published so far: an estimator made with it uses no
// plan measured later, so that a t-SNE run gives the same layout for its seed however the measuring is timed.
std::uint64_t fftPlanGeneration();

class InterpolationRepulsion : public RepulsionEstimator {
public:
    // planGeneration: the measured FFT plans it may use (see fftPlanGeneration); by default those published so far.
    explicit InterpolationRepulsion(double nodesPerUnit = 3.0, std::optional<std::uint64_t> planGeneration = std::nullopt);
    ~InterpolationRepulsion() override;

    double compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool) override;

    std::size_t gridNodes() const; // nodes per side of the last grid

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
