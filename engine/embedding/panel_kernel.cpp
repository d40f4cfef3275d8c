#include "embedding/panel_kernel.h"
#include "embedding/cpu_clones.h"

#include <cstring>

namespace tagscope {
namespace {

typedef float Lanes16 __attribute__((vector_size(64)));
typedef int Mask16 __attribute__((vector_size(64)));

} // namespace

// Six accumulators of sixteen lanes: one zmm register each with AVX-512, two ymm with AVX2.
TAGSCOPE_CPU_CLONES
void multiplyPanels(std::size_t depth, const float* aPanel, const float* bPanel, float* out)
{
    Lanes16 c0 = {}, c1 = {}, c2 = {}, c3 = {}, c4 = {}, c5 = {};
    for (std::size_t p = 0; p < depth; ++p) {
        Lanes16 b;
        std::memcpy(&b, bPanel + p * kPanelCols, sizeof b);
        const float* a = aPanel + p * kPanelRows;
        c0 += a[0] * b;
        c1 += a[1] * b;
        c2 += a[2] * b;
        c3 += a[3] * b;
        c4 += a[4] * b;
        c5 += a[5] * b;
    }
    std::memcpy(out + 0 * kPanelCols, &c0, sizeof c0);
    std::memcpy(out + 1 * kPanelCols, &c1, sizeof c1);
    std::memcpy(out + 2 * kPanelCols, &c2, sizeof c2);
    std::memcpy(out + 3 * kPanelCols, &c3, sizeof c3);
    std::memcpy(out + 4 * kPanelCols, &c4, sizeof c4);
    std::memcpy(out + 5 * kPanelCols, &c5, sizeof c5);
}

TAGSCOPE_CPU_CLONES
bool scorePanels(std::size_t depth, const float* aPanel, const float* bPanel, const float* offsets, float alpha, const float* limits,
                 float* scores)
{
    Lanes16 c[kPanelRows] = {};
    for (std::size_t p = 0; p < depth; ++p) {
        Lanes16 b;
        std::memcpy(&b, bPanel + p * kPanelCols, sizeof b);
        const float* a = aPanel + p * kPanelRows;
        c[0] += a[0] * b;
        c[1] += a[1] * b;
        c[2] += a[2] * b;
        c[3] += a[3] * b;
        c[4] += a[4] * b;
        c[5] += a[5] * b;
    }
    Lanes16 offset;
    std::memcpy(&offset, offsets, sizeof offset);
    Mask16 below = {};
    for (std::size_t i = 0; i < kPanelRows; ++i) {
        const Lanes16 score = offset + alpha * c[i];
        std::memcpy(scores + i * kPanelCols, &score, sizeof score);
        Lanes16 limit = {};
        limit += limits[i];
        below |= score < limit;
    }
    // Any lane set: fold the halves onto each other (__builtin_shufflevector: GCC 12 and clang both have it).
    below |= __builtin_shufflevector(below, below, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);
    below |= __builtin_shufflevector(below, below, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3);
    below |= __builtin_shufflevector(below, below, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1);
    below |= __builtin_shufflevector(below, below, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0);
    return below[0] != 0;
}

void packPanel(const float* source, std::size_t rows, std::size_t depth, std::size_t stride, std::size_t width, float* panel)
{
    for (std::size_t p = 0; p < depth; ++p)
        for (std::size_t i = 0; i < width; ++i)
            panel[p * width + i] = i < rows ? source[i * stride + p] : 0.0f;
}

} // namespace tagscope
