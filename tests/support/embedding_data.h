#pragma once
// Generated point sets for the embedding suites: Gaussian clusters with known labels, and data with a chosen
// covariance spectrum.
#include "embedding/float_matrix.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

struct ClusteredPoints {
    tagscope::FloatMatrix points;
    std::vector<int> labels;
};

// `clusters` Gaussians (standard deviation 1 along each of their directions) whose centres lie `separation`
// apart on average. With `intrinsicDims` > 0 each cluster spreads along that many random directions only (a
// flat patch, whose neighbourhoods a 2-D layout can keep), plus noise of standard deviation 0.01.
inline ClusteredPoints gaussianClusters(std::size_t clusters, std::size_t perCluster, std::size_t dims, double separation,
                                        std::uint64_t seed, std::size_t intrinsicDims = 0)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    ClusteredPoints out;
    out.points = tagscope::FloatMatrix(clusters * perCluster, dims);
    std::vector<double> centre(dims), directions(intrinsicDims * dims), z(intrinsicDims);
    for (std::size_t c = 0; c < clusters; ++c) {
        for (double& v : centre)
            v = normal(random) * separation / std::sqrt(2.0);
        for (double& v : directions)
            v = normal(random) / std::sqrt(static_cast<double>(dims));
        for (std::size_t i = 0; i < perCluster; ++i) {
            const std::size_t row = c * perCluster + i;
            for (double& v : z)
                v = normal(random);
            for (std::size_t d = 0; d < dims; ++d) {
                double v = centre[d];
                if (intrinsicDims == 0) {
                    v += normal(random);
                } else {
                    v += 0.01 * normal(random);
                    for (std::size_t a = 0; a < intrinsicDims; ++a)
                        v += z[a] * directions[a * dims + d];
                }
                out.points.at(row, d) = static_cast<float>(v);
            }
            out.labels.push_back(static_cast<int>(c));
        }
    }
    return out;
}

// Rows whose covariance has standard deviations `scales` along a random orthonormal basis, plus an offset.
inline tagscope::FloatMatrix spectrumData(std::size_t rows, const std::vector<double>& scales, std::uint64_t seed)
{
    const std::size_t d = scales.size();
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    std::vector<double> basis(d * d);
    for (double& v : basis)
        v = normal(random);
    for (std::size_t i = 0; i < d; ++i) { // Gram-Schmidt on the rows
        double* row = basis.data() + i * d;
        for (std::size_t j = 0; j < i; ++j) {
            const double* other = basis.data() + j * d;
            double dot = 0;
            for (std::size_t k = 0; k < d; ++k)
                dot += row[k] * other[k];
            for (std::size_t k = 0; k < d; ++k)
                row[k] -= dot * other[k];
        }
        double norm = 0;
        for (std::size_t k = 0; k < d; ++k)
            norm += row[k] * row[k];
        for (std::size_t k = 0; k < d; ++k)
            row[k] /= std::sqrt(norm);
    }
    tagscope::FloatMatrix out(rows, d);
    std::vector<double> z(d);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t i = 0; i < d; ++i)
            z[i] = normal(random) * scales[i];
        for (std::size_t k = 0; k < d; ++k) {
            double v = 3.0;
            for (std::size_t i = 0; i < d; ++i)
                v += z[i] * basis[i * d + k];
            out.at(r, k) = static_cast<float>(v);
        }
    }
    return out;
}
