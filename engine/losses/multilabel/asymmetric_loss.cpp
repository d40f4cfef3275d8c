// Asymmetric Loss (Ben-Baruch et al. 2021; engine/losses/README.md): separate focusing for positives and
// negatives, and probability shifting p_m = min(1 - p + clip, 1) that discards very easy negatives.
// Reduction is the sum over batch and tags, as in the original; the focusing weight has no gradient by default.
#include "losses/multilabel/multilabel_losses.h"
#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class AsymmetricLoss : public Loss {
public:
    explicit AsymmetricLoss(const LossParameters& p)
        : gammaNeg_(p.number("gamma_neg")), gammaPos_(p.number("gamma_pos")), clip_(p.number("clip")), eps_(p.number("eps")),
          focusingGradient_(!p.flag("detach_focusing")), ignoreUnknown_(p.choice("unknown") == "ignore")
    {
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const MultilabelMasks m = multilabelMasks(targets, x, ignoreUnknown_);
        const torch::Tensor y = m.positive;
        const torch::Tensor p = torch::sigmoid(x);
        torch::Tensor pNeg = 1 - p;
        if (clip_ > 0)
            pNeg = torch::clamp_max(pNeg + clip_, 1.0);
        torch::Tensor loss = y * torch::log(torch::clamp_min(p, eps_)) + m.negative * torch::log(torch::clamp_min(pNeg, eps_));
        if (gammaNeg_ > 0 || gammaPos_ > 0) {
            auto focusing = [&] {
                const torch::Tensor pt = p * y + pNeg * m.negative;
                const torch::Tensor gamma = gammaPos_ * y + gammaNeg_ * m.negative;
                return torch::pow(1 - pt, gamma);
            };
            torch::Tensor weight;
            if (focusingGradient_) {
                weight = focusing();
            } else {
                torch::NoGradGuard noGrad;
                weight = focusing();
            }
            loss = loss * weight;
        }
        return -(loss * m.weight).sum();
    }

private:
    double gammaNeg_, gammaPos_, clip_, eps_;
    bool focusingGradient_;
    bool ignoreUnknown_;
};

} // namespace

RegisteredLoss asymmetricLossEntry()
{
    LossDescription d;
    d.name = "asl";
    d.title = "Asymmetric Loss (ASL)";
    d.family = "multilabel";
    d.summary = "Strong focusing on negatives plus probability shifting: the standard for many-tag datasets such as "
                "Open Images, where each image has few positives and thousands of negatives.";
    d.parameters = {
        {"gamma_neg", LossParameter::Type::Number, 4.0, 0.0, 20.0, {}, "Focusing exponent for negatives"},
        {"gamma_pos", LossParameter::Type::Number, 1.0, 0.0, 20.0, {}, "Focusing exponent for positives (the authors trained with 0)"},
        {"clip", LossParameter::Type::Number, 0.05, 0.0, 1.0, {}, "Probability margin: negatives with p below it are ignored"},
        {"eps", LossParameter::Type::Number, 1e-8, 0.0, 1e-2, {}, "Floor of probabilities inside the logarithms"},
        {"detach_focusing", LossParameter::Type::Flag, 1, 0, 1, {}, "Compute the focusing weight without gradient (as the authors train)"},
        unknownTargetsParameter(),
    };
    return {d, [](const LossParameters& p, const LossContext&) { return std::make_unique<AsymmetricLoss>(p); }};
}

} // namespace tagscope
