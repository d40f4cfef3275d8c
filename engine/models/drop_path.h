#pragma once
// Stochastic depth: in training, drops a residual branch for whole samples and rescales the survivors.
#include <torch/types.h>

namespace tagscope {

torch::Tensor dropPath(const torch::Tensor& branch, double rate, bool training);

// Rate of block `index` of `count`, rising linearly from 0 to `maxRate` (the usual schedule: early blocks
// carry low-level features every later block needs).
double dropPathRate(double maxRate, int64_t index, int64_t count);

} // namespace tagscope
