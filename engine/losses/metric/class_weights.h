#pragma once
// One trainable vector per class: the classifier weights of SphereFace, CosFace and ArcFace, and the proxies of
// ProxyNCA and ProxyNCA++.
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

namespace tagscope {

class ClassWeightsImpl : public torch::nn::Module {
public:
    enum class Init { XavierUniform, ScaledNormal };
    // ScaledNormal: randn / 8, the ProxyNCA++ proxy initialisation.
    ClassWeightsImpl(std::int64_t classes, std::int64_t dim, Init init);
    torch::Tensor weight; // classes x dim
};
TORCH_MODULE(ClassWeights);

} // namespace tagscope
