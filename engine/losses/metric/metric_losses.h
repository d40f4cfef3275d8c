#pragma once
// Registry entries of the metric-learning losses (engine/losses/README.md, "Metric-learning losses").
#include "losses/loss_registry.h"

namespace tagscope {
RegisteredLoss contrastiveLossEntry();
RegisteredLoss tripletLossEntry();
RegisteredLoss quadrupletLossEntry();
RegisteredLoss sphereFaceLossEntry();
RegisteredLoss cosFaceLossEntry();
RegisteredLoss arcFaceLossEntry();
RegisteredLoss proxyNcaLossEntry();
RegisteredLoss proxyNcaPlusPlusLossEntry();
RegisteredLoss intraBatchLossEntry();
} // namespace tagscope
