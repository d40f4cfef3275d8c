#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

namespace tagscope {

MultilabelMasks multilabelMasks(const torch::Tensor& targets, const torch::Tensor& logits, bool ignoreUnknown)
{
    // Soft targets in [0, 1] (Mixup, label smoothing) weigh the positive and negative terms; -1 is unknown.
    const auto options = logits.options();
    const torch::Tensor known = targets.ge(0).to(options);
    MultilabelMasks masks;
    masks.positive = targets.to(options).clamp(0, 1) * known;
    if (ignoreUnknown) {
        masks.negative = (1 - masks.positive) * known;
        masks.weight = known;
    } else {
        masks.negative = 1 - masks.positive;
        masks.weight = torch::ones_like(logits);
    }
    return masks;
}

LossParameter unknownTargetsParameter()
{
    return {"unknown", LossParameter::Type::Choice, 0, 0, 0, {"ignore", "negative"},
            "Targets of -1 (not annotated): 'ignore' leaves them out of the loss, 'negative' treats them as absent"};
}

torch::Tensor maskedMean(const torch::Tensor& values, const torch::Tensor& weight)
{
    return (values * weight).sum() / weight.sum().clamp_min(1);
}

} // namespace tagscope
