// Quadruplet loss (Chen et al. 2017, "Beyond triplet loss"; engine/losses/README.md) on squared Euclidean
// distances of L2-normalised embeddings:
//   sum [d_ij^2 - d_ik^2 + margin1]_+  +  sum [d_ij^2 - d_lk^2 + margin2]_+
// with i, j of one class, k and l of two different classes, both unlike i. There is no official code, so the
// choices are stated here: every valid combination of the batch takes part (unordered pairs {l, k}), and each
// of the two sums is averaged over its non-zero terms, as the triplet loss is.
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

namespace tagscope {
namespace {

class QuadrupletLoss : public MetricLoss {
public:
    explicit QuadrupletLoss(const LossParameters& p) : margin1_(p.number("margin1")), margin2_(p.number("margin2")) {}

    bool classBased() const override { return false; }

    torch::Tensor compute(const torch::Tensor& embeddings, const torch::Tensor& targets) override
    {
        const torch::Tensor f = unitRows(embeddings);
        const torch::Tensor d2 = squaredDistances(f, f);
        const torch::Tensor same = sameLabelMatrix(targets);
        const torch::Tensor different = same.logical_not();
        const torch::Tensor positive = same.logical_and(torch::eye(same.size(0), same.options()).logical_not());

        // First term: (i, j, k) as in the triplet loss, on squared distances.
        const torch::Tensor valid1 = positive.unsqueeze(2).logical_and(different.unsqueeze(1));
        const torch::Tensor terms1 = torch::relu(d2.unsqueeze(2) - d2.unsqueeze(1) + margin1_).masked_select(valid1);

        // Second term, one anchor at a time (a B^4 tensor would not fit for larger batches): the negative pair
        // {l, k} must be of two classes, both unlike the anchor's.
        const torch::Tensor upper = torch::ones_like(same).triu(1);
        std::vector<torch::Tensor> terms2;
        for (std::int64_t i = 0; i < f.size(0); ++i) {
            const torch::Tensor pairs = different[i].unsqueeze(1).logical_and(different[i].unsqueeze(0)).logical_and(different).logical_and(upper);
            const torch::Tensor positives = positive[i];
            if (!positives.any().item<bool>() || !pairs.any().item<bool>())
                continue;
            const torch::Tensor dij = d2[i].masked_select(positives);
            const torch::Tensor dlk = d2.masked_select(pairs);
            terms2.push_back(torch::relu(dij.unsqueeze(1) - dlk.unsqueeze(0) + margin2_).flatten());
        }
        torch::Tensor loss = nonZeroMean(terms1) + (f * 0).sum();
        if (!terms2.empty())
            loss = loss + nonZeroMean(torch::cat(terms2));
        return loss;
    }

private:
    static torch::Tensor nonZeroMean(const torch::Tensor& terms)
    {
        return terms.sum() / torch::clamp_min(terms.gt(0).sum(), 1).to(terms.dtype());
    }

    double margin1_, margin2_;
};

} // namespace

RegisteredLoss quadrupletLossEntry()
{
    LossDescription d;
    d.name = "quadruplet";
    d.title = "Quadruplet loss";
    d.family = "metric";
    d.summary = "The triplet loss plus a second term that pushes apart pairs of other classes too, for a larger "
                "gap between classes than within them.";
    d.parameters = {
        {"margin1", LossParameter::Type::Number, 0.2, 0.0, 4.0, {}, "Margin of the triplet term (on squared distances; 1 is also used)"},
        {"margin2", LossParameter::Type::Number, 0.1, 0.0, 4.0, {}, "Margin of the negative-pair term (usually margin1 / 2)"},
    };
    return {d, [](const LossParameters& p, const LossContext&) { return std::make_unique<QuadrupletLoss>(p); }};
}

} // namespace tagscope
