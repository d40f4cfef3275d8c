#pragma once
// Per-image geometric augmentation of packed cache rows with LibTorch ops (no OpenCV at training time).
// Images are float 3 x H x W tensors holding 0..255.
#include "training/random_stream.h"

#include <torch/types.h>

#include <cstdint>

namespace tagscope {

// A width x height region at (x, y) of a cached size x size x 3 uint8 row, as a float 3 x height x width tensor
// (a copy: the cache is read-only). Only the region is converted.
torch::Tensor cachedRegion(const std::uint8_t* pixels, int size, int x, int y, int width, int height);
torch::Tensor cachedImage(const std::uint8_t* pixels, int size);

// Bilinear resize to out x out; antialiased when shrinking by more than 1.5 (below that, bilinear taps already
// reach every source pixel, and the antialiased kernel costs 2-3 times as much).
torch::Tensor resizeSquare(const torch::Tensor& image, int out);

// Writes a 3 x H x W float image holding 0..255 into `out` (3 x H x W floats, a batch's slot) as the model takes
// it, (value / 255 - mean[c]) / std[c], mirrored left to right when `mirror`: one pass where a flip, a copy into
// the batch and three passes over the batch took five.
void writeNormalised(const torch::Tensor& image, bool mirror, const float mean[3], const float std[3], float* out);

// Inception-style random-resized-crop (torchvision's RandomResizedCrop) of a cached row: a region of 35-100% of
// the area with aspect ratio 3/4..4/3, resized to out x out; the whole image when ten draws do not fit.
torch::Tensor randomResizedCrop(const std::uint8_t* pixels, int size, int out, RandomStream& random);

} // namespace tagscope
