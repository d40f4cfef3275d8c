// Distribution-Balanced loss (Wu et al. 2020; engine/losses/README.md), in this order:
//   r = (1/n_c) / sum_k(y_k / n_k) per instance and tag, rhat = sigmoid(beta * (r - mu)) + alpha;
//   logits z = x - log(N / n_c - 1) * init_bias; negatives' logits scaled by lambda (neg_scale) and their
//   weight divided by lambda (negative-tolerant regularisation);
//   loss = balance_param * mean( (1 - p_t)^gamma * BCE_rhat(z) ), p_t = exp(-BCE(z)) unweighted.
// An image without positives has sum_k(y_k / n_k) = 0, so r is infinite and rhat = 1 + alpha, as in the original.
#include "losses/multilabel/multilabel_losses.h"
#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

#include <stdexcept>

namespace tagscope {
namespace {

class DistributionBalancedLoss : public Loss {
public:
    DistributionBalancedLoss(const LossParameters& p, const LossContext& context)
        : alpha_(p.number("alpha")), beta_(p.number("beta")), mu_(p.number("mu")), negScale_(p.number("neg_scale")),
          gamma_(p.number("gamma")), balance_(p.number("balance_param")), ignoreUnknown_(p.choice("unknown") == "ignore")
    {
        // class_counts / num_samples in the parameters win over the dataset's (for `tagscope-cli loss`).
        std::vector<double> positives = p.numbers("class_counts");
        double images = p.number("num_samples");
        if (positives.empty())
            positives = context.classPositives;
        if (images <= 0)
            images = context.trainImages;
        if (positives.empty() || images <= 0)
            throw std::invalid_argument("db: needs the per-tag positive counts and the number of training images");
        const torch::Tensor counts = torch::tensor(positives, torch::kDouble).clamp_min(1);
        frequencyInverse_ = 1.0 / counts;
        // A tag on every image would make log(N / n_c - 1) infinite: its bias is left at 0.
        initBias_ = -torch::log(images / counts - 1).nan_to_num(0.0, 0.0, 0.0) * p.number("init_bias");
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const MultilabelMasks m = multilabelMasks(targets, x, ignoreUnknown_);
        const torch::Tensor y = m.positive;
        if (x.size(1) != frequencyInverse_.size(0))
            throw std::invalid_argument("db: the logits have " + std::to_string(x.size(1)) + " tags, the class counts " +
                                        std::to_string(frequencyInverse_.size(0)));
        const torch::Tensor inverse = frequencyInverse_.to(x.options()).unsqueeze(0);
        torch::Tensor weight;
        {
            torch::NoGradGuard noGrad; // weights depend on labels and counts only
            const torch::Tensor repeatRate = (y * inverse).sum(1, true);
            weight = torch::sigmoid(beta_ * (inverse / repeatRate - mu_)) + alpha_;
            weight = weight / negScale_ * (1 - y) + weight * y;
        }
        torch::Tensor z = x + initBias_.to(x.options()).unsqueeze(0);
        z = z * (1 - y) * negScale_ + z * y;
        const torch::Tensor bce = torch::clamp_min(z, 0) - z * y + torch::log1p(torch::exp(-z.abs()));
        const torch::Tensor pt = torch::exp(-bce);
        const torch::Tensor loss = torch::pow(1 - pt, gamma_) * (bce * weight);
        return balance_ * maskedMean(loss, m.weight);
    }

private:
    double alpha_, beta_, mu_, negScale_, gamma_, balance_;
    bool ignoreUnknown_;
    torch::Tensor frequencyInverse_;
    torch::Tensor initBias_;
};

} // namespace

RegisteredLoss distributionBalancedLossEntry()
{
    LossDescription d;
    d.name = "db";
    d.title = "Distribution-Balanced loss";
    d.family = "multilabel";
    d.summary = "Re-balances by how often each tag is sampled and tolerates the flood of negatives: made for long "
                "tails. Pair it with the class-aware sampler.";
    d.needsClassCounts = true;
    d.parameters = {
        {"alpha", LossParameter::Type::Number, 0.1, 0.0, 10.0, {}, "Smoothing: added to the re-balancing weight"},
        {"beta", LossParameter::Type::Number, 10.0, 0.0, 100.0, {}, "Smoothing: slope of the sigmoid mapping"},
        {"mu", LossParameter::Type::Number, 0.2, 0.0, 10.0, {}, "Smoothing: centre of the sigmoid mapping"},
        {"neg_scale", LossParameter::Type::Number, 2.0, 0.01, 100.0, {}, "Negative-tolerant regularisation: scale of negative logits (lambda)"},
        {"init_bias", LossParameter::Type::Number, 0.05, 0.0, 10.0, {}, "Scale of the class-prior logit bias -log(N / n_c - 1)"},
        {"gamma", LossParameter::Type::Number, 2.0, 0.0, 10.0, {}, "Focusing exponent"},
        {"balance_param", LossParameter::Type::Number, 2.0, 0.0, 100.0, {}, "Overall scale of the loss"},
        {"class_counts", LossParameter::Type::NumberList, 0, 0.0, 1e12, {}, "Positives per tag (taken from the training split when empty)"},
        {"num_samples", LossParameter::Type::Number, 0.0, 0.0, 1e12, {}, "Training images N (taken from the training split when 0)"},
        unknownTargetsParameter(),
    };
    return {d, [](const LossParameters& p, const LossContext& c) { return std::make_unique<DistributionBalancedLoss>(p, c); }};
}

} // namespace tagscope
