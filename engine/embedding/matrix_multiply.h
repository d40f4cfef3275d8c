#pragma once
// Single-precision matrix products for PCA. They go to the system BLAS (OpenBLAS on Debian, multi-threaded and
// tuned for the CPU at run time, loaded on first use) when the build found one, else to a blocked kernel of our
// own built on the panel kernel that exact k-NN uses (bench/knn_bench.py compares the two).
#include <cstddef>

namespace tagscope {

class WorkerPool;

// C = alpha * op(A) * op(B) + beta * C, all row-major; op(A) is m x k, op(B) is k x n, C is m x n; lda, ldb and
// ldc are row strides. `pool` only serves the blocked kernel (the BLAS has its own threads); null: one thread.
void multiplyMatrices(bool transposeA, bool transposeB, std::size_t m, std::size_t n, std::size_t k, float alpha, const float* a,
                      std::size_t lda, const float* b, std::size_t ldb, float beta, float* c, std::size_t ldc,
                      WorkerPool* pool = nullptr);

// The blocked kernel, whatever the build found.
void multiplyMatricesBlocked(bool transposeA, bool transposeB, std::size_t m, std::size_t n, std::size_t k, float alpha,
                             const float* a, std::size_t lda, const float* b, std::size_t ldb, float beta, float* c,
                             std::size_t ldc, WorkerPool* pool = nullptr);

// "blas" or "blocked": what multiplyMatrices uses.
const char* matrixMultiplyBackend();

} // namespace tagscope
