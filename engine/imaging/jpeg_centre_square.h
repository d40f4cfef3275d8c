#pragma once
// The centre square of a JPEG, decoded straight through libjpeg(-turbo) for the training pipeline: at the
// largest DCT scaling (1/2, 1/4, 1/8) that keeps the square's side at least `minSide`, straight to RGB, only the
// rows and columns of the square, then turned as its EXIF orientation says (as OpenCV's decoder does). It
// skips what a decode through OpenCV pays for (the whole frame, BGR then RGB) and takes about half its time.
#include "imaging/image_io.h"

#include <cstdint>
#include <vector>

namespace tagscope {

bool jpegCentreSquareAvailable(); // false in builds without libjpeg's headers

// Empty when libjpeg cannot decode it (corrupt data, CMYK): the caller then falls back to OpenCV's decoder,
// which says what is wrong. The caller has checked the header (size limits, truncation).
RgbImage decodeJpegCentreSquare(const std::vector<std::uint8_t>& bytes, int minSide);

// The EXIF orientation of a JPEG (1 to 8, 1 when it has none): how the stored pixels must be turned for display.
int jpegExifOrientation(const std::vector<std::uint8_t>& bytes);

} // namespace tagscope
