#pragma once
// Automatic mixed precision for the config's "amp" ("off", "bf16", "fp16"), on CUDA only: the forward pass and
// the loss run under autocast in the lower precision. fp16 also scales the loss so that small gradients do not
// flush to zero, and skips a step whose gradients overflowed (dynamic loss scaling, Micikevicius et al. 2018,
// "Mixed Precision Training"); bf16 has float32's range and needs no scaling. On a CPU AMP stays off, and the
// trainer says so.
#include <torch/types.h>

#include <string>
#include <vector>

namespace tagscope {

// The loss scale of fp16 training. Starts at 2^16, halves when a step's gradients overflow (that step is
// skipped), doubles after `growthInterval` steps in a row without overflow.
class LossScaler {
public:
    explicit LossScaler(double initialScale = 65536.0, int growthInterval = 2000);
    double scale() const { return scale_; }
    torch::Tensor scaled(const torch::Tensor& loss) const { return loss * scale_; }
    // Divides the gradients by the scale. False when one is infinite or NaN: skip the optimizer step.
    bool unscale(const std::vector<torch::Tensor>& parameters);

private:
    double scale_;
    int growthInterval_;
    int goodSteps_ = 0;
};

class MixedPrecision {
public:
    // *notice: a sentence for the log when AMP was asked for but stays off (on a CPU); empty otherwise.
    MixedPrecision(const std::string& amp, const torch::Device& device, std::string* notice);
    bool enabled() const { return enabled_; }
    bool scalesLoss() const { return enabled_ && dtype_ == torch::kHalf; }

    // Autocast on the calling thread while it lives (autocast state is per thread); nothing when AMP is off.
    class Scope {
    public:
        Scope(bool on, at::ScalarType dtype);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        bool on_;
        bool wasEnabled_ = false;
        at::ScalarType previousType_ = at::kHalf;
    };
    Scope autocast() const { return Scope(enabled_, dtype_); }

    // The loss to call backward() on, and the gradients back at their true size; false: skip this step.
    torch::Tensor lossForBackward(const torch::Tensor& loss) const;
    bool gradientsUsable(const std::vector<torch::Tensor>& parameters);

private:
    bool enabled_ = false;
    at::ScalarType dtype_ = at::kFloat;
    LossScaler scaler_;
};

} // namespace tagscope
