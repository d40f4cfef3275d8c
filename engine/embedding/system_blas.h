#pragma once
// The system BLAS and LAPACK (OpenBLAS on Debian), loaded on first use instead of linked. OpenBLAS starts a
// thread per core as soon as it is loaded, and those threads spin for a while before they sleep: every
// command paid for them, an import of the Open Images human-verified file 0.04 s of its 0.40 s on 2 cores,
// though only PCA, exact k-NN and t-SNE multiply matrices.
namespace tagscope::system_blas {

// cblas_sgemm, with CBLAS's enum values as ints.
using Sgemm = void (*)(int layout, int transposeA, int transposeB, int m, int n, int k, float alpha, const float* a, int lda,
                       const float* b, int ldb, float beta, float* c, int ldc);
// LAPACK's dsyevd (Fortran calling convention: everything by pointer).
using Dsyevd = void (*)(const char* jobz, const char* uplo, const int* n, double* a, const int* lda, double* w, double* work,
                        const int* lwork, int* iwork, const int* liwork, int* info);

// Null when the build found no BLAS (or LAPACK), or the library cannot be loaded at run time.
Sgemm sgemm();
Dsyevd dsyevd();

} // namespace tagscope::system_blas
