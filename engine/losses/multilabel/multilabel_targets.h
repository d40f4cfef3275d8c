#pragma once
// Multilabel targets hold 1 (positive), 0 (verified negative) and -1 (unknown). The plain losses either
// treat unknown entries as negatives or ignore them; these helpers give the masks and the shared parameter.
#include "losses/loss_registry.h"

#include <torch/types.h>

namespace tagscope {

struct MultilabelMasks {
    torch::Tensor positive; // same dtype as the logits, 1 where the target is 1
    torch::Tensor negative; // 1 where the target is 0 (and, in "negative" mode, where it is -1)
    torch::Tensor weight;   // 1 where the entry takes part in the loss, 0 where it is ignored
};

MultilabelMasks multilabelMasks(const torch::Tensor& targets, const torch::Tensor& logits, bool ignoreUnknown);

// The "unknown" parameter shared by BCE, Focal, ASL and Distribution-Balanced loss.
LossParameter unknownTargetsParameter();

// Mean over the entries that take part (all B x C when nothing is ignored).
torch::Tensor maskedMean(const torch::Tensor& values, const torch::Tensor& weight);

} // namespace tagscope
