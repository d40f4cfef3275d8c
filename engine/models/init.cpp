#include "models/init.h"

#include <cmath>

namespace tagscope {

void truncatedNormal_(torch::Tensor tensor, double std)
{
    torch::NoGradGuard noGrad;
    // Standard normal CDF at -2 and 2 maps to erf(-2/sqrt 2) and erf(2/sqrt 2) in [-1, 1].
    const double bound = std::erf(2.0 / std::sqrt(2.0));
    tensor.uniform_(-bound, bound).erfinv_().mul_(std * std::sqrt(2.0)).clamp_(-2 * std, 2 * std);
}

} // namespace tagscope
