// Sigmoid focal loss (Lin et al. 2017; engine/losses/README.md): BCE * (1 - p_t)^gamma * alpha_t, with
// p_t = p*y + (1-p)*(1-y) and alpha_t = alpha*y + (1-alpha)*(1-y); the weight keeps its gradient; mean over B*C.
// alpha -1 leaves out alpha_t (no class weighting), as torchvision's and detectron2's sigmoid_focal_loss read it.
#include "losses/multilabel/multilabel_losses.h"
#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class FocalLoss : public Loss {
public:
    explicit FocalLoss(const LossParameters& p)
        : alpha_(p.number("alpha")), gamma_(p.number("gamma")), ignoreUnknown_(p.choice("unknown") == "ignore")
    {
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const MultilabelMasks m = multilabelMasks(targets, x, ignoreUnknown_);
        const torch::Tensor y = m.positive;
        const torch::Tensor bce = torch::clamp_min(x, 0) - x * y + torch::log1p(torch::exp(-x.abs()));
        const torch::Tensor p = torch::sigmoid(x);
        const torch::Tensor pt = p * y + (1 - p) * (1 - y);
        const torch::Tensor focal = bce * torch::pow(1 - pt, gamma_);
        if (alpha_ < 0)
            return maskedMean(focal, m.weight);
        const torch::Tensor alphaT = alpha_ * y + (1 - alpha_) * (1 - y);
        return maskedMean(focal * alphaT, m.weight);
    }

private:
    double alpha_;
    double gamma_;
    bool ignoreUnknown_;
};

} // namespace

RegisteredLoss focalLossEntry()
{
    LossDescription d;
    d.name = "focal";
    d.title = "Focal loss";
    d.family = "multilabel";
    d.summary = "Down-weights easy examples so training focuses on the hard ones; a first step against imbalance.";
    d.parameters = {
        {"alpha", LossParameter::Type::Number, 0.25, 0.0, 1.0, {}, "Weight of positives (1 - alpha for negatives); -1: no class weighting", -1.0},
        {"gamma", LossParameter::Type::Number, 2.0, 0.0, 10.0, {}, "Focusing exponent: 0 gives alpha-weighted BCE"},
        unknownTargetsParameter(),
    };
    return {d, [](const LossParameters& p, const LossContext&) { return std::make_unique<FocalLoss>(p); }};
}

} // namespace tagscope
