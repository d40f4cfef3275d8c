// Binary cross-entropy on logits (engine/losses/README.md): max(x,0) - x*y + log(1+exp(-|x|)), mean over B*C,
// optional per-tag positive weight (PyTorch's pos_weight form: the positive term scaled by w).
#include "losses/multilabel/multilabel_losses.h"
#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class BceLoss : public Loss {
public:
    BceLoss(const LossParameters& p, const LossContext& context) : ignoreUnknown_(p.choice("unknown") == "ignore")
    {
        const std::vector<double> given = p.numbers("pos_weight"); // empty, one for all tags, or one per tag
        if (!given.empty())
            posWeight_ = torch::tensor(given, torch::kDouble);
        if (p.flag("balance_pos_weight")) {
            // (N - n_c) / n_c per tag: positives weigh as much as negatives in each tag's sum.
            std::vector<double> weights;
            for (double n : context.classPositives)
                weights.push_back((context.trainImages - n) / std::max(n, 1.0));
            const torch::Tensor balance = torch::tensor(weights, torch::kDouble);
            posWeight_ = posWeight_.defined() ? posWeight_ * balance : balance;
        }
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const MultilabelMasks m = multilabelMasks(targets, x, ignoreUnknown_);
        const torch::Tensor softplusNeg = torch::log1p(torch::exp(-x.abs())) + torch::clamp_min(-x, 0); // log(1+exp(-x))
        torch::Tensor loss;
        if (posWeight_.defined()) {
            const torch::Tensor w = posWeight_.to(x.options());
            loss = (1 - m.positive) * x + (1 + (w - 1) * m.positive) * softplusNeg;
        } else {
            loss = torch::clamp_min(x, 0) - x * m.positive + torch::log1p(torch::exp(-x.abs()));
        }
        return maskedMean(loss, m.weight);
    }

private:
    bool ignoreUnknown_;
    torch::Tensor posWeight_;
};

} // namespace

RegisteredLoss bceLossEntry()
{
    LossDescription d;
    d.name = "bce";
    d.title = "Binary cross-entropy";
    d.family = "multilabel";
    d.summary = "The baseline: one independent sigmoid per tag. Rare tags are swamped by negatives on a long tail.";
    d.parameters = {
        {"pos_weight", LossParameter::Type::NumberList, 0, 0.0, 1e6, {}, "Weight of the positive term: one number for all tags, or one per tag"},
        {"balance_pos_weight", LossParameter::Type::Flag, 0, 0, 1, {}, "Multiply the positive weight by (N - n_c) / n_c per tag"},
        unknownTargetsParameter(),
    };
    return {d, [](const LossParameters& p, const LossContext& c) { return std::make_unique<BceLoss>(p, c); }};
}

} // namespace tagscope
