#include "training/mixed_precision.h"

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

#include <stdexcept>

namespace tagscope {

LossScaler::LossScaler(double initialScale, int growthInterval) : scale_(initialScale), growthInterval_(growthInterval) {}

bool LossScaler::unscale(const std::vector<torch::Tensor>& parameters)
{
    torch::NoGradGuard noGrad;
    bool finite = true;
    for (const torch::Tensor& p : parameters) {
        torch::Tensor grad = p.grad();
        if (!grad.defined())
            continue;
        grad.div_(scale_);
        finite = finite && grad.isfinite().all().item<bool>();
    }
    if (!finite) {
        scale_ /= 2;
        goodSteps_ = 0;
        return false;
    }
    if (++goodSteps_ >= growthInterval_) {
        scale_ *= 2;
        goodSteps_ = 0;
    }
    return true;
}

MixedPrecision::MixedPrecision(const std::string& amp, const torch::Device& device, std::string* notice)
{
    if (amp == "off")
        return;
    if (amp != "bf16" && amp != "fp16")
        throw std::invalid_argument("amp: '" + amp + "' is not off, bf16 or fp16");
    if (!device.is_cuda()) {
        if (notice)
            *notice = "amp " + amp + ": mixed precision is for CUDA devices; AMP is off on " + device.str() + ", training in float32";
        return;
    }
    enabled_ = true;
    dtype_ = amp == "bf16" ? at::kBFloat16 : at::kHalf;
}

MixedPrecision::Scope::Scope(bool on, at::ScalarType dtype) : on_(on)
{
    if (!on_)
        return;
    wasEnabled_ = at::autocast::is_enabled();
    previousType_ = at::autocast::get_autocast_gpu_dtype();
    at::autocast::set_enabled(true);
    at::autocast::set_autocast_gpu_dtype(dtype);
    at::autocast::increment_nesting();
}

MixedPrecision::Scope::~Scope()
{
    if (!on_)
        return;
    if (at::autocast::decrement_nesting() == 0)
        at::autocast::clear_cache(); // the casts of the weights made for this forward pass
    at::autocast::set_enabled(wasEnabled_);
    at::autocast::set_autocast_gpu_dtype(previousType_);
}

torch::Tensor MixedPrecision::lossForBackward(const torch::Tensor& loss) const
{
    return scalesLoss() ? scaler_.scaled(loss) : loss;
}

bool MixedPrecision::gradientsUsable(const std::vector<torch::Tensor>& parameters)
{
    return !scalesLoss() || scaler_.unscale(parameters);
}

} // namespace tagscope
