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
// Decodes `path` for a square crop of side `minShorterSide`: a JPEG at the largest reduction (1/2, 1/4, 1/8)
// whose shorter side still has that many pixels, other formats at full size. An Open Images photo of
// 1024 x 768 decodes at 512 x 384 for a 256-pixel crop, in about a third of the time.
RgbImage loadImageForCrop(const std::string& path, int minShorterSide, std::string* error = nullptr);
// The reduction loadImageForCrop uses for a JPEG of width x height: 1, 2, 4 or 8.
int jpegReductionForCrop(int width, int height, int minShorterSide);

// Writes a JPEG (quality 1..100); false with `error` set on failure.
bool writeJpeg(const std::string& path, const RgbImage& image, int quality, std::string* error = nullptr);

} // namespace tagscope
