#pragma once
// RandAugment (Cubuk et al. 2020) with LibTorch ops on a float 3 x H x W image holding 0..255: N operations drawn
// uniformly (with replacement) from the 14 of torchvision's RandAugment, each at magnitude M on the paper's 0..30
// scale, with a random sign for the signed ones. Geometric operations fill uncovered pixels with black.
#include "training/random_stream.h"

#include <torch/types.h>

namespace tagscope {

enum class AugmentOp {
    Identity, AutoContrast, Equalize, Rotate, Solarize, Color, Posterize, Contrast, Brightness, Sharpness,
    ShearX, ShearY, TranslateX, TranslateY
};
constexpr int kAugmentOpCount = 14;

// One operation at magnitude 0..30; `negative` flips the direction of signed operations.
torch::Tensor applyAugmentOp(const torch::Tensor& image, AugmentOp op, int magnitude, bool negative);

torch::Tensor randAugment(torch::Tensor image, int ops, int magnitude, RandomStream& random);

} // namespace tagscope
