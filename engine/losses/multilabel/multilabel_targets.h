#pragma once
// Multilabel targets hold 1 (positive), 0 (verified negative) and -1 (unknown). The plain losses either
// treat unknown entries as negatives or ignore them; these helpers give the masks and the shared parameter.
#include "losses/loss_registry.h"

#include <torch/types.h>

namespace tagscope {

struct MultilabelMasks {
    torch::Tensor positive; // same dtype as the logits: the target where it is in [0, 1] (1 for a positive)
    torch::Tensor negative; // 1 - positive where annotated (and, in "negative" mode, 1 where unknown)
    torch::Tensor weight;   // 1 where the entry takes part in the loss, 0 where it is ignored
};

MultilabelMasks multilabelMasks(const torch::Tensor& targets, const torch::Tensor& logits, bool ignoreUnknown);

// The "unknown" parameter shared by BCE, Focal, ASL and Distribution-Balanced loss.
LossParameter unknownTargetsParameter();

// Mean over the entries that take part (all B x C when nothing is ignored).
torch::Tensor maskedMean(const torch::Tensor& values, const torch::Tensor& weight);

} // namespace tagscope
