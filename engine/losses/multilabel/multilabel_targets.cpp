#include "losses/multilabel/multilabel_targets.h"

#include <torch/torch.h>

namespace tagscope {

MultilabelMasks multilabelMasks(const torch::Tensor& targets, const torch::Tensor& logits, bool ignoreUnknown)
{
    const auto options = logits.options();
    MultilabelMasks masks;
    masks.positive = targets.eq(1).to(options);
    const torch::Tensor unknown = targets.eq(-1).to(options);
    if (ignoreUnknown) {
        masks.negative = targets.eq(0).to(options);
        masks.weight = 1 - unknown;
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
