#pragma once
// Photo-like pictures for benchmarks and scale tests: soft lighting, objects with blurred edges, texture at
// several scales and sensor grain. Encoded as JPEG they have a photo's entropy, and so its file size and its
// decoding cost (about 150 KB at 1024 x 768, quality 90, like an Open Images photo), which flat synthetic
// images do not have. Needs OpenCV; builds without it return an empty image.
#include "imaging/image_io.h"

#include <cstdint>

namespace tagscope {

// The same seed gives the same picture.
RgbImage syntheticPhoto(int width, int height, std::uint64_t seed);

} // namespace tagscope
