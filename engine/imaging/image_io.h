#pragma once
// Image decoding and encoding (OpenCV's codecs; the only place besides imaging/ that may not see OpenCV).
#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

// 8-bit RGB, rows packed (stride = 3 * width).
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
    bool empty() const { return width <= 0 || height <= 0; }
};

bool imagingAvailable(); // false in builds without OpenCV

// Decodes `path` so that its longer side is at most maxSide, using the JPEG decoder's reduced-size modes
// (1/2, 1/4, 1/8) when they still cover maxSide. On failure returns an empty image and sets `error`
// to a message naming the file.
RgbImage loadThumbnail(const std::string& path, int maxSide, std::string* error = nullptr);
RgbImage loadImage(const std::string& path, std::string* error = nullptr);
// The centre square of `path` (its shorter side's centre, as a square crop takes it) with at least `minSide`
// pixels a side: a JPEG decoded at the largest reduction (1/2, 1/4, 1/8) that keeps them, straight through
// libjpeg where it can (jpeg_centre_square.h); anything else through OpenCV. An Open Images photo of 1024 x 768
// gives a 384-pixel square for a 256-pixel crop. On failure an empty image, with `error` naming the file.
RgbImage loadCentreSquare(const std::string& path, int minSide, std::string* error = nullptr);
// The JPEG reduction loadCentreSquare uses for an image of width x height: 1, 2, 4 or 8 (libjpeg's scaled
// output is ceil(side / factor) pixels).
int jpegReductionForCrop(int width, int height, int minShorterSide);

// Writes a JPEG (quality 1..100); false with `error` set on failure.
bool writeJpeg(const std::string& path, const RgbImage& image, int quality, std::string* error = nullptr);

} // namespace tagscope
