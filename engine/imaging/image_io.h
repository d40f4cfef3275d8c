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

// Writes a JPEG (quality 1..100); false with `error` set on failure.
bool writeJpeg(const std::string& path, const RgbImage& image, int quality, std::string* error = nullptr);

} // namespace tagscope
