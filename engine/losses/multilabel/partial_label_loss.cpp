// Partial-label modes (Ben-Baruch, Ridnik et al. 2022, class-aware selective loss; engine/losses/README.md).
// ASL-style terms for positives, negatives and unannotated entries, each with its own alpha and gamma:
//   negative:  unannotated entries count as negatives (with gamma_unann);
//   ignore:    unannotated entries get weight 0;
//   selective: unannotated entries of tags whose estimated prior exceeds prior_threshold get weight 0, and in
//              each batch so do the likelihood_topk * B unannotated entries with the highest p.
// Weights and focusing factors carry no gradient; reduction is the sum, as in the original.
#include "losses/multilabel/multilabel_losses.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class PartialLabelLoss : public Loss {
public:
    PartialLabelLoss(const LossParameters& p, const LossContext& context)
        : mode_(p.choice("mode")), clip_(p.number("clip")), gammaPos_(p.number("gamma_pos")), gammaNeg_(p.number("gamma_neg")),
          gammaUnann_(p.number("gamma_unann")), alphaPos_(p.number("alpha_pos")), alphaNeg_(p.number("alpha_neg")),
          alphaUnann_(p.number("alpha_unann")), topK_(p.number("likelihood_topk")), priorThreshold_(p.number("prior_threshold"))
    {
        const std::vector<double> given = p.numbers("priors"); // the parameters win over the estimated priors
        const std::vector<double>& priors = given.empty() ? context.classPriors : given;
        if (!priors.empty())
            priors_ = torch::tensor(priors, torch::kDouble);
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const auto options = x.options();
        // Soft targets (Mixup, label smoothing) split an entry between the positive and negative terms.
        const torch::Tensor unann = targets.lt(0).to(options);
        const torch::Tensor pos = targets.to(options).clamp(0, 1) * (1 - unann);
        const torch::Tensor neg = (1 - pos) * (1 - unann);
        const torch::Tensor pPos = torch::sigmoid(x);
        torch::Tensor pNeg = 1 - pPos;
        if (clip_ > 0)
            pNeg = torch::clamp_max(pNeg + clip_, 1.0);

        torch::Tensor weights, focusing;
        {
            torch::NoGradGuard noGrad;
            weights = entryWeights(targets, pNeg, options);
            focusing = torch::pow(1 - pPos * pos - pNeg * (neg + unann), gammaPos_ * pos + gammaNeg_ * neg + gammaUnann_ * unann);
        }
        const torch::Tensor logPos = torch::log(torch::clamp_min(pPos, 1e-8));
        const torch::Tensor logNeg = torch::log(torch::clamp_min(pNeg, 1e-8));
        const torch::Tensor loss = alphaPos_ * pos * logPos + alphaNeg_ * neg * logNeg + alphaUnann_ * unann * logNeg;
        return -(loss * focusing * weights).sum();
    }

private:
    torch::Tensor entryWeights(const torch::Tensor& targets, const torch::Tensor& pNeg, const torch::TensorOptions& options) const
    {
        if (mode_ == "negative")
            return torch::ones_like(pNeg);
        const torch::Tensor unknown = targets.lt(0);
        if (mode_ == "ignore")
            return (~unknown).to(options);
        torch::Tensor weights = torch::ones_like(pNeg);
        if (priors_.defined() && priors_.size(0) == targets.size(1)) {
            const torch::Tensor frequent = priors_.gt(priorThreshold_).to(targets.device()).unsqueeze(0).expand_as(unknown);
            weights.masked_fill_(unknown & frequent, 0);
        }
        // The unannotated entries most likely to be positive (lowest p_neg) are left out of the batch's loss.
        const auto k = static_cast<std::int64_t>(topK_ * static_cast<double>(targets.size(0)));
        const torch::Tensor candidates = unknown.flatten().nonzero().squeeze(1);
        if (k > 0 && candidates.numel() > 0) {
            const torch::Tensor order = pNeg.flatten().index_select(0, candidates).argsort();
            const torch::Tensor dropped = candidates.index_select(0, order.slice(0, 0, std::min<std::int64_t>(k, order.numel())));
            weights.view({-1}).index_fill_(0, dropped, 0);
        }
        return weights;
    }

    std::string mode_;
    double clip_, gammaPos_, gammaNeg_, gammaUnann_, alphaPos_, alphaNeg_, alphaUnann_, topK_, priorThreshold_;
    torch::Tensor priors_;
};

} // namespace

RegisteredLoss partialLabelLossEntry()
{
    LossDescription d;
    d.name = "partial";
    d.title = "Partial-label loss (negative / ignore / selective)";
    d.family = "multilabel";
    d.summary = "For partially annotated data such as Open Images, where most tags of an image are never checked: "
                "decides per entry whether an unannotated tag counts as a negative.";
    d.parameters = {
        {"mode", LossParameter::Type::Choice, 0, 0, 0, {"selective", "negative", "ignore"}, "How unannotated entries are treated"},
        {"clip", LossParameter::Type::Number, 0.0, 0.0, 1.0, {}, "Probability margin applied to negatives and unannotated entries"},
        {"gamma_pos", LossParameter::Type::Number, 0.0, 0.0, 20.0, {}, "Focusing exponent for positives"},
        {"gamma_neg", LossParameter::Type::Number, 1.0, 0.0, 20.0, {}, "Focusing exponent for verified negatives"},
        {"gamma_unann", LossParameter::Type::Number, 2.0, 0.0, 20.0, {}, "Focusing exponent for unannotated entries (recipe: 4)"},
        {"alpha_pos", LossParameter::Type::Number, 1.0, 0.0, 100.0, {}, "Weight of positives"},
        {"alpha_neg", LossParameter::Type::Number, 1.0, 0.0, 100.0, {}, "Weight of verified negatives"},
        {"alpha_unann", LossParameter::Type::Number, 1.0, 0.0, 100.0, {}, "Weight of unannotated entries"},
        {"likelihood_topk", LossParameter::Type::Number, 5.0, 0.0, 1000.0, {}, "Selective: per batch, k = likelihood_topk x B unannotated entries with the highest p are ignored"},
        {"prior_threshold", LossParameter::Type::Number, 0.05, 0.0, 1.0, {}, "Selective: tags with an estimated prior above it ignore their unannotated entries (recipe: 0.5)"},
        {"priors", LossParameter::Type::NumberList, 0, 0.0, 1.0, {}, "Selective: tag priors (taken from the class-prior estimate when empty)"},
    };
    return {d, [](const LossParameters& p, const LossContext& c) { return std::make_unique<PartialLabelLoss>(p, c); }};
}

} // namespace tagscope
