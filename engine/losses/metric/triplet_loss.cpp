// Triplet loss (engine/losses/README.md) on L2-normalised embeddings, d Euclidean: relu(d_ap - d_an + margin),
// or softplus(d_ap - d_an) in the soft-margin variant (Hermans et al. 2017). Miners:
//   all        every (anchor, positive, negative) of the batch;
//   batch_hard per anchor its farthest positive and closest negative (Hermans et al. 2017);
//   semi_hard  triplets whose negative is farther than the positive but within the margin, 0 < d_an - d_ap <= m
//              (Schroff et al. 2015).
// Reduction: mean over the non-zero terms (all terms for the soft margin); 0 when there is none.
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

#include <limits>

namespace tagscope {
namespace {

class TripletLoss : public MetricLoss {
public:
    explicit TripletLoss(const LossParameters& p) : margin_(p.number("margin")), miner_(p.choice("miner")), soft_(p.flag("soft")) {}

    bool classBased() const override { return false; }

    torch::Tensor compute(const torch::Tensor& embeddings, const torch::Tensor& targets) override
    {
        const torch::Tensor f = unitRows(embeddings);
        const torch::Tensor d = torch::sqrt(torch::clamp_min(squaredDistances(f, f), 1e-12));
        const torch::Tensor same = sameLabelMatrix(targets);
        const torch::Tensor self = torch::eye(same.size(0), same.options());
        const torch::Tensor positive = same.logical_and(self.logical_not()), negative = same.logical_not();
        if (miner_ == "batch_hard")
            return batchHard(f, d, positive, negative);
        // gap[a, p, n] = d_ap - d_an over every valid triplet.
        const torch::Tensor gap = d.unsqueeze(2) - d.unsqueeze(1);
        torch::Tensor valid = positive.unsqueeze(2).logical_and(negative.unsqueeze(1));
        if (miner_ == "semi_hard")
            valid = valid.logical_and(gap.lt(0)).logical_and(gap.ge(-margin_));
        return reduce(f, gap.masked_select(valid));
    }

private:
    torch::Tensor batchHard(const torch::Tensor& f, const torch::Tensor& d, const torch::Tensor& positive, const torch::Tensor& negative)
    {
        const torch::Tensor anchors = positive.any(1).logical_and(negative.any(1));
        const double infinity = std::numeric_limits<double>::infinity();
        const torch::Tensor hardestPositive = std::get<0>(d.masked_fill(positive.logical_not(), -infinity).max(1));
        const torch::Tensor hardestNegative = std::get<0>(d.masked_fill(negative.logical_not(), infinity).min(1));
        return reduce(f, (hardestPositive - hardestNegative).masked_select(anchors));
    }

    torch::Tensor reduce(const torch::Tensor& f, const torch::Tensor& gaps) const
    {
        if (gaps.numel() == 0)
            return (f * 0).sum();
        if (soft_)
            return torch::nn::functional::softplus(gaps).mean();
        const torch::Tensor terms = torch::relu(gaps + margin_);
        return terms.sum() / torch::clamp_min(terms.gt(0).sum(), 1).to(terms.dtype());
    }

    double margin_;
    std::string miner_;
    bool soft_;
};

} // namespace

RegisteredLoss tripletLossEntry()
{
    LossDescription d;
    d.name = "triplet";
    d.title = "Triplet loss";
    d.family = "metric";
    d.summary = "An anchor must be closer to a positive than to a negative by a margin. Batch-hard mining on P x K "
                "batches is the strong default for retrieval.";
    d.parameters = {
        {"margin", LossParameter::Type::Number, 0.05, 0.0, 2.0, {}, "Margin on normalised embeddings (0.2 is also common)"},
        {"miner", LossParameter::Type::Choice, 0, 0, 0, {"all", "batch_hard", "semi_hard"}, "Which triplets of the batch count"},
        {"soft", LossParameter::Type::Flag, 0, 0, 1, {}, "Soft margin: softplus(d_ap - d_an) instead of the hinge"},
    };
    return {d, [](const LossParameters& p, const LossContext&) { return std::make_unique<TripletLoss>(p); }};
}

} // namespace tagscope
