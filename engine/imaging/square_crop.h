#pragma once
// The packed training cache's view of an image: its shorter side resized to `size` (area averaging when shrinking
// by 2 or more, bilinear below that), then the centre `size` x `size` square, RGB uint8. Needs OpenCV; builds
// without it report an error instead.
#include "imaging/image_io.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// size x size x 3 bytes, rows packed; empty when `image` is empty or size < 1.
std::vector<std::uint8_t> squareCrop(const RgbImage& image, int size);

// Decodes the centre square of `path` (loadCentreSquare: at reduced size when a JPEG allows it) and resizes it
// to size x size, which crops as above but resizes only the square. On failure returns an empty buffer and sets
// `error` naming the file.
std::vector<std::uint8_t> loadSquareCrop(const std::string& path, int size, std::string* error = nullptr);

} // namespace tagscope
