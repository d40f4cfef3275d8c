#pragma once
// Weight initialisers LibTorch's C++ API lacks.
#include <torch/types.h>

namespace tagscope {

// Normal(0, std) truncated to [-2 std, 2 std] (the transformer convention), drawn by inverting the CDF so that
// no mass piles up at the bounds as clamping would.
void truncatedNormal_(torch::Tensor tensor, double std);

} // namespace tagscope
