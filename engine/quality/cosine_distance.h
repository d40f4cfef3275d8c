#pragma once
// The cosine distance 1 - a.b / (|a| |b|) of two embedding rows, in double precision. The rows are L2-normalised
// in float, so their norms are off by up to ~1e-7: dividing by the norms puts an exact copy at distance 0 (not
// +-1e-7), which the threshold of near duplicates and the diversity of `next` rely on.
#include <algorithm>
#include <cmath>
#include <cstddef>

namespace tagscope {

inline double cosineDistance(const float* a, const float* b, std::size_t dimensions)
{
    double dot = 0, aa = 0, bb = 0;
    for (std::size_t c = 0; c < dimensions; ++c) {
        dot += static_cast<double>(a[c]) * b[c];
        aa += static_cast<double>(a[c]) * a[c];
        bb += static_cast<double>(b[c]) * b[c];
    }
    if (aa == 0 || bb == 0)
        return 1.0;
    return std::max(0.0, 1.0 - dot / std::sqrt(aa * bb));
}

} // namespace tagscope
