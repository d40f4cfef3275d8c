#pragma once
// Eigen decomposition of small symmetric matrices (the covariance of a few hundred features, the l x l Gram
// matrices of randomised PCA), in double precision: LAPACK's dsyevd when the build has LAPACK, else cyclic Jacobi
// rotations (slow in n^3 but exact to rounding and simple).
#include <cstddef>
#include <vector>

namespace tagscope {

struct SymmetricEigen {
    std::vector<double> values;  // n eigenvalues, largest first
    std::vector<double> vectors; // n x n, row r is the unit eigenvector of values[r]
};

// `matrix` is n x n, row-major, symmetric (only its symmetric part is used).
SymmetricEigen symmetricEigen(std::vector<double> matrix, std::size_t n);

} // namespace tagscope
