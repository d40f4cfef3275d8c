#pragma once
// Leaks: a near-duplicate pair whose two images lie in different splits (quality/README.md), so that an image
// the model trained on is also scored as validation or test.
#include "dataset/dataset.h"

#include <cstdint>

namespace tagscope {

// Train against validation or test, or validation against test; images of no split leak nowhere.
bool isSplitLeak(const Dataset& dataset, std::uint32_t imageA, std::uint32_t imageB);

} // namespace tagscope
