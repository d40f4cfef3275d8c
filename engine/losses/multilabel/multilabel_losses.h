#pragma once
#include "losses/loss_registry.h"

namespace tagscope {
RegisteredLoss bceLossEntry();
RegisteredLoss focalLossEntry();
RegisteredLoss asymmetricLossEntry();
RegisteredLoss distributionBalancedLossEntry();
RegisteredLoss partialLabelLossEntry();
} // namespace tagscope
