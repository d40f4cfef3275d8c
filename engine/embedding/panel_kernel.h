#pragma once
// The register-tiled heart of our matrix products: a 6 x 16 block of A x B from packed panels, written with
// GCC vector extensions and cloned for AVX-512, AVX2 and the x86-64 baseline, picked when the program loads.
#include <cstddef>

namespace tagscope {

constexpr std::size_t kPanelRows = 6;  // rows of A per panel
constexpr std::size_t kPanelCols = 16; // columns of B per panel

// out (6 x 16, row-major) = sum over p < depth of aPanel[p * 6 + i] * bPanel[p * 16 + j].
void multiplyPanels(std::size_t depth, const float* aPanel, const float* bPanel, float* out);

// Nearest-neighbour scores of 6 queries against 16 base rows: scores (6 x 16, row-major) = offsets[j] + alpha *
// (query i . base j). Returns whether any score of row i is below limits[i] (most calls return false, and the
// caller moves on without reading the scores).
bool scorePanels(std::size_t depth, const float* aPanel, const float* bPanel, const float* offsets, float alpha, const float* limits,
                 float* scores);

// Packs `rows` rows (each `depth` long, `stride` apart) into a panel of `width` rows: value (p, i) at
// panel[p * width + i]; missing rows (rows < width) are zero.
void packPanel(const float* source, std::size_t rows, std::size_t depth, std::size_t stride, std::size_t width, float* panel);

} // namespace tagscope
