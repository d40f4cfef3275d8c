// Contrastive loss (Hadsell et al. 2006; engine/losses/README.md) on L2-normalised embeddings, d Euclidean:
// a positive pair costs relu(d - pos_margin)^2 (d^2 with the default margin 0), a negative pair
// relu(neg_margin - d)^2. The paper leaves the reduction open; here the positive and the negative terms are each
// averaged over their pairs (i < j) and then added, so that the many negative pairs of a P x K batch do not
// drown the few positive ones.
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class ContrastiveLoss : public MetricLoss {
public:
    explicit ContrastiveLoss(const LossParameters& p) : posMargin_(p.number("pos_margin")), negMargin_(p.number("neg_margin")) {}

    bool classBased() const override { return false; }

    torch::Tensor compute(const torch::Tensor& embeddings, const torch::Tensor& targets) override
    {
        const torch::Tensor f = unitRows(embeddings);
        const torch::Tensor d = torch::sqrt(torch::clamp_min(squaredDistances(f, f), 1e-12));
        const torch::Tensor same = sameLabelMatrix(targets);
        const torch::Tensor upper = torch::ones_like(same).triu(1);
        const torch::Tensor positive = same.logical_and(upper), negative = same.logical_not().logical_and(upper);
        torch::Tensor loss = (f * 0).sum(); // keeps the graph when a kind of pair is absent
        if (positive.any().item<bool>())
            loss = loss + torch::relu(d - posMargin_).pow(2).masked_select(positive).mean();
        if (negative.any().item<bool>())
            loss = loss + torch::relu(negMargin_ - d).pow(2).masked_select(negative).mean();
        return loss;
    }

private:
    double posMargin_, negMargin_;
};

} // namespace

RegisteredLoss contrastiveLossEntry()
{
    LossDescription d;
    d.name = "contrastive";
    d.title = "Contrastive loss";
    d.family = "metric";
    d.summary = "Pulls images of a class together and pushes other classes beyond a margin, pair by pair: the simplest "
                "embedding loss and a baseline for the others.";
    d.parameters = {
        {"pos_margin", LossParameter::Type::Number, 0.0, 0.0, 2.0, {}, "Positive pairs closer than this cost nothing (0: d^2)"},
        {"neg_margin", LossParameter::Type::Number, 0.5, 0.0, 2.0, {}, "Negative pairs farther than this cost nothing"},
    };
    return {d, [](const LossParameters& p, const LossContext&) { return std::make_unique<ContrastiveLoss>(p); }};
}

} // namespace tagscope
