#pragma once
// The folds of a cross-validation (out-of-fold scores, engine/quality/CROSS_VALIDATION.md), stratified by each
// image's rarest positive tag: every fold gets about 1/K of the images of each rare tag, not only of the whole.
#include "dataset/dataset.h"

#include <cstdint>
#include <vector>

namespace tagscope {

// The fold (0 .. folds-1) of each of `images`, in their order. An image's stratum is its positive tag with the
// fewest positives among `images` (images without a positive form one stratum of their own); strata are taken
// rarest first, each shuffled with the seed and dealt to the folds in turn, the turn carrying on from one stratum to
// the next, so fold sizes differ by one at most. The same images, folds and seed give the same folds everywhere.
std::vector<int> assignFolds(const Dataset& dataset, const std::vector<std::uint32_t>& images, int folds, std::uint64_t seed);

} // namespace tagscope
