#include "imaging/square_crop.h"

#ifdef TAGSCOPE_HAVE_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tagscope {

#ifdef TAGSCOPE_HAVE_OPENCV
std::vector<std::uint8_t> squareCrop(const RgbImage& image, int size)
{
    if (image.empty() || size < 1)
        return {};
    cv::Mat source(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
    // A strip of 1 x 60000 pixels would first be enlarged to size x 60000 * size: cut such extreme shapes to
    // their centre square before resizing, so that time and memory stay those of a square image.
    const int shorter = std::min(image.width, image.height);
    if (std::max(image.width, image.height) > 8 * shorter)
        source = source(cv::Rect((image.width - shorter) / 2, (image.height - shorter) / 2, shorter, shorter));
    // The shorter side becomes `size`; the longer one is rounded so that the crop below stays centred.
    const double scale = static_cast<double>(size) / shorter;
    const int width = std::max(size, static_cast<int>(std::lround(source.cols * scale)));
    const int height = std::max(size, static_cast<int>(std::lround(source.rows * scale)));
    cv::Mat resized;
    if (width == source.cols && height == source.rows)
        resized = source;
    else // Shrinking by 2 or more, INTER_AREA averages every source pixel (no aliasing). Below 2, as after a
        // reduced-size JPEG decode (384 -> 256), bilinear taps already reach every source pixel, and OpenCV's
        // area resize at such fractional ratios costs about six times as much for an image as sharp.
        cv::resize(source, resized, cv::Size(width, height), 0, 0, shorter < 2 * size ? cv::INTER_LINEAR : cv::INTER_AREA);
    const cv::Rect centre((width - size) / 2, (height - size) / 2, size, size);
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(size) * size * 3);
    cv::Mat out(size, size, CV_8UC3, pixels.data());
    resized(centre).copyTo(out);
    return pixels;
}
#else
std::vector<std::uint8_t> squareCrop(const RgbImage&, int) { return {}; }
#endif

std::vector<std::uint8_t> loadSquareCrop(const std::string& path, int size, std::string* error)
{
    const RgbImage image = loadCentreSquare(path, size, error);
    if (image.empty())
        return {};
    std::vector<std::uint8_t> pixels = squareCrop(image, size);
    if (pixels.empty() && error)
        *error = path + ": cannot crop to " + std::to_string(size) + " pixels";
    return pixels;
}

} // namespace tagscope
