#include "losses/metric/metric_loss.h"

#include <torch/torch.h>

#include <stdexcept>

namespace tagscope {

std::vector<LossParameterGroup> MetricLoss::parameterGroups()
{
    const std::shared_ptr<torch::nn::Module> state = module();
    std::vector<torch::Tensor> trainable;
    if (state)
        for (const torch::Tensor& p : state->parameters())
            if (p.requires_grad())
                trainable.push_back(p);
    if (trainable.empty())
        return {};
    return {{"loss", std::move(trainable), 0, 0}};
}

void MetricLoss::setClassWeights(const torch::Tensor& weights)
{
    torch::Tensor target = classWeights();
    if (!target.defined())
        throw std::invalid_argument("this loss has no class weights or proxies");
    if (weights.sizes() != target.sizes())
        throw std::invalid_argument("class weights: expected " + std::to_string(target.size(0)) + " x " +
                                    std::to_string(target.size(1)) + " (classes x embedding size), got " +
                                    std::to_string(weights.dim() == 2 ? weights.size(0) : weights.numel()) +
                                    (weights.dim() == 2 ? " x " + std::to_string(weights.size(1)) : std::string(" values")));
    torch::NoGradGuard noGrad;
    target.copy_(weights);
}

torch::Tensor classIdsOf(const torch::Tensor& targets, const std::string& loss, std::int64_t classes)
{
    torch::Tensor ids = targets;
    if (ids.dim() == 2 && ids.size(1) == 1)
        ids = ids.squeeze(1);
    if (ids.dim() != 1)
        throw std::invalid_argument(loss + ": needs one class id per embedding (targets of shape B), not a multilabel matrix");
    ids = ids.is_floating_point() ? ids.round().to(torch::kLong) : ids.to(torch::kLong);
    if (ids.numel() > 0) {
        const std::int64_t low = ids.min().item<std::int64_t>(), high = ids.max().item<std::int64_t>();
        if (low < 0 || (classes > 0 && high >= classes))
            throw std::invalid_argument(loss + ": class ids must lie in [0, " + std::to_string(classes > 0 ? classes - 1 : high) +
                                        "], got " + std::to_string(low < 0 ? low : high));
    }
    return ids;
}

torch::Tensor sameLabelMatrix(const torch::Tensor& targets)
{
    if (targets.dim() == 2 && targets.size(1) > 1) {
        const torch::Tensor positive = targets.ge(0.5).to(torch::kFloat);
        torch::Tensor shared = torch::mm(positive, positive.t()).gt(0);
        return shared.logical_or(torch::eye(targets.size(0), torch::TensorOptions().dtype(torch::kBool).device(targets.device())));
    }
    const torch::Tensor ids = classIdsOf(targets, "pair loss");
    return ids.unsqueeze(1).eq(ids.unsqueeze(0));
}

torch::Tensor squaredDistances(const torch::Tensor& x, const torch::Tensor& y)
{
    const torch::Tensor xx = (x * x).sum(1, true);
    const torch::Tensor yy = (y * y).sum(1, true);
    return torch::clamp_min(xx + yy.t() - 2 * torch::mm(x, y.t()), 0);
}

torch::Tensor unitRows(const torch::Tensor& x)
{
    return x / torch::clamp_min(x.norm(2, 1, true), 1e-12);
}

void requireClassShape(const LossContext& context, const std::string& loss)
{
    if (context.classes <= 0 || context.embeddingDim <= 0)
        throw std::invalid_argument(loss + ": needs the number of classes and the embedding size (it owns a weight per class)");
    if (context.classes < 2)
        throw std::invalid_argument(loss + ": needs at least two classes, got " + std::to_string(context.classes));
}

} // namespace tagscope
