#include "embedding/matrix_multiply.h"

#include "embedding/panel_kernel.h"
#include "embedding/system_blas.h"
#include "embedding/worker_pool.h"

#include <algorithm>
#include <vector>

#ifdef TAGSCOPE_HAVE_BLAS
#include <cblas.h>
#endif

namespace tagscope {
namespace {

// Block sizes: a packed B block (kKc x kNc floats, 512 KB) stays in L2 while 6-row A panels stream past it.
constexpr std::size_t kKc = 256, kNc = 512, kRowGroupsPerTask = 16;

} // namespace

void multiplyMatricesBlocked(bool transposeA, bool transposeB, std::size_t m, std::size_t n, std::size_t k, float alpha,
                             const float* a, std::size_t lda, const float* b, std::size_t ldb, float beta, float* c,
                             std::size_t ldc, WorkerPool* pool)
{
    for (std::size_t i = 0; i < m; ++i) {
        float* row = c + i * ldc;
        if (beta == 0.0f)
            std::fill(row, row + n, 0.0f);
        else if (beta != 1.0f)
            for (std::size_t j = 0; j < n; ++j)
                row[j] *= beta;
    }
    if (k == 0 || alpha == 0.0f || m == 0 || n == 0)
        return;
    auto opA = [&](std::size_t i, std::size_t p) { return transposeA ? a[p * lda + i] : a[i * lda + p]; };
    auto opB = [&](std::size_t p, std::size_t j) { return transposeB ? b[j * ldb + p] : b[p * ldb + j]; };
    std::vector<float> bBlock;
    const std::size_t rowGroups = (m + kPanelRows - 1) / kPanelRows;
    const std::size_t tasks = (rowGroups + kRowGroupsPerTask - 1) / kRowGroupsPerTask;
    for (std::size_t jc = 0; jc < n; jc += kNc) {
        const std::size_t nc = std::min(kNc, n - jc);
        const std::size_t panels = (nc + kPanelCols - 1) / kPanelCols;
        for (std::size_t pc = 0; pc < k; pc += kKc) {
            const std::size_t kc = std::min(kKc, k - pc);
            // B as panels of 16 columns, each kc x 16, zero-padded; alpha folded in.
            bBlock.assign(panels * kc * kPanelCols, 0.0f);
            for (std::size_t q = 0; q < panels; ++q)
                for (std::size_t p = 0; p < kc; ++p)
                    for (std::size_t j = 0; j < kPanelCols && q * kPanelCols + j < nc; ++j)
                        bBlock[(q * kc + p) * kPanelCols + j] = alpha * opB(pc + p, jc + q * kPanelCols + j);
            auto rowTasks = [&](std::size_t first, std::size_t last, int) {
                std::vector<float> aPanel(kc * kPanelRows);
                float out[kPanelRows * kPanelCols];
                for (std::size_t group = first * kRowGroupsPerTask; group < std::min(rowGroups, last * kRowGroupsPerTask); ++group) {
                    const std::size_t i0 = group * kPanelRows, rows = std::min(kPanelRows, m - i0);
                    for (std::size_t p = 0; p < kc; ++p)
                        for (std::size_t i = 0; i < kPanelRows; ++i)
                            aPanel[p * kPanelRows + i] = i < rows ? opA(i0 + i, pc + p) : 0.0f;
                    for (std::size_t q = 0; q < panels; ++q) {
                        multiplyPanels(kc, aPanel.data(), bBlock.data() + q * kc * kPanelCols, out);
                        const std::size_t j0 = jc + q * kPanelCols, cols = std::min(kPanelCols, n - j0);
                        for (std::size_t i = 0; i < rows; ++i)
                            for (std::size_t j = 0; j < cols; ++j)
                                c[(i0 + i) * ldc + j0 + j] += out[i * kPanelCols + j];
                    }
                }
            };
            if (pool)
                pool->parallelFor(tasks, rowTasks);
            else
                rowTasks(0, tasks, 0);
        }
    }
}

void multiplyMatrices(bool transposeA, bool transposeB, std::size_t m, std::size_t n, std::size_t k, float alpha, const float* a,
                      std::size_t lda, const float* b, std::size_t ldb, float beta, float* c, std::size_t ldc, WorkerPool* pool)
{
#ifdef TAGSCOPE_HAVE_BLAS
    if (const system_blas::Sgemm sgemm = system_blas::sgemm()) {
        if (m == 0 || n == 0)
            return;
        sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, static_cast<int>(m),
              static_cast<int>(n), static_cast<int>(k), alpha, a, static_cast<int>(lda), b, static_cast<int>(ldb), beta, c,
              static_cast<int>(ldc));
        return;
    }
#endif
    multiplyMatricesBlocked(transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, pool);
}

const char* matrixMultiplyBackend()
{
    return system_blas::sgemm() ? "blas" : "blocked";
}

} // namespace tagscope
