#pragma once
// The attractive half of the t-SNE gradient and the KL divergence, over the sparse affinities.
// Gradients here leave out the constant factor 4 of dKL/dy, as bh-tsne, FIt-SNE and openTSNE do: the learning
// rate absorbs it (N/12 in this convention equals scikit-learn's N/48 with the factor kept).
#include "embedding/tsne_affinities.h"

namespace tagscope {

class WorkerPool;

// a_i = sum_j P_ij q_ij (y_i - y_j), q_ij = 1 / (1 + |y_i - y_j|^2); y and attraction are n x 2.
void attractiveForces(const SparseAffinities& p, const float* y, float* attraction, WorkerPool& pool);

// KL(P || Q) = sum_ij P_ij log(P_ij / (q_ij / Z)), given Z = sum_{i != j} q_ij.
double klDivergence(const SparseAffinities& p, const float* y, double z, WorkerPool& pool);

// The full gradient (without the factor 4): exaggeration * a_i - r_i / Z, from the repulsion r (n x 2).
void combineGradient(const float* attraction, const float* repulsion, double z, double exaggeration, std::size_t n, float* gradient);

} // namespace tagscope
