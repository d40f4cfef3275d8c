#include "losses/metric/class_weights.h"

#include <torch/nn/init.h>
#include <torch/torch.h>

namespace tagscope {

ClassWeightsImpl::ClassWeightsImpl(std::int64_t classes, std::int64_t dim, Init init)
{
    weight = register_parameter("weight", torch::empty({classes, dim}));
    torch::NoGradGuard noGrad;
    if (init == Init::ScaledNormal)
        weight.normal_(0, 1.0 / 8.0);
    else
        torch::nn::init::xavier_uniform_(weight);
}

} // namespace tagscope
