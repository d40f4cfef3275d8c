#include "imaging/image_io.h"

#ifdef TAGSCOPE_HAVE_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tagscope {
namespace {

void setError(std::string* error, std::string message)
{
    if (error)
        *error = std::move(message);
}

#ifdef TAGSCOPE_HAVE_OPENCV
RgbImage fromBgr(const cv::Mat& bgr)
{
    RgbImage image;
    image.width = bgr.cols;
    image.height = bgr.rows;
    image.pixels.resize(static_cast<std::size_t>(bgr.cols) * bgr.rows * 3);
    cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, image.pixels.data());
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return image;
}

bool readFile(const std::string& path, std::vector<std::uint8_t>& bytes, std::string* error)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        setError(error, path + ": cannot open (" + std::strerror(errno) + ")");
        return false;
    }
    bytes.clear();
    std::uint8_t chunk[1 << 16];
    for (std::size_t got; (got = std::fread(chunk, 1, sizeof chunk, file)) > 0;)
        bytes.insert(bytes.end(), chunk, chunk + got);
    const bool failed = std::ferror(file);
    std::fclose(file);
    if (failed)
        setError(error, path + ": read error");
    return !failed;
}

// Width and height from a JPEG's start-of-frame marker, without decoding; {0, 0} when not a JPEG.
std::pair<int, int> jpegSize(const std::vector<std::uint8_t>& b)
{
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return {0, 0};
    std::size_t i = 2;
    while (i + 9 < b.size()) {
        if (b[i] != 0xFF) {
            ++i;
            continue;
        }
        const std::uint8_t marker = b[i + 1];
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            ++i;
            continue;
        }
        const std::size_t length = (std::size_t(b[i + 2]) << 8) | b[i + 3];
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
            return {(b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]};
        i += 2 + length;
    }
    return {0, 0};
}

cv::Mat decode(const std::string& path, const std::vector<std::uint8_t>& bytes, int flags, std::string* error)
{
    cv::Mat mat;
    try {
        mat = cv::imdecode(cv::_InputArray(bytes), flags);
    } catch (const cv::Exception& e) {
        setError(error, path + ": cannot decode (" + e.what() + ")");
        return {};
    }
    if (mat.empty())
        setError(error, path + ": not a readable image (corrupt, truncated or unsupported format)");
    return mat;
}

cv::Mat decodeFile(const std::string& path, int maxSide, std::string* error)
{
    std::vector<std::uint8_t> bytes;
    if (!readFile(path, bytes, error))
        return {};
    if (bytes.empty()) {
        setError(error, path + ": empty file");
        return {};
    }
    // Largest JPEG reduction (1/8, 1/4, 1/2) whose long side still covers maxSide: decoding does less work.
    int flags = cv::IMREAD_COLOR;
    if (maxSide > 0) {
        const auto [width, height] = jpegSize(bytes);
        const int longSide = std::max(width, height);
        static const std::pair<int, int> reductions[] = {
            {8, cv::IMREAD_REDUCED_COLOR_8}, {4, cv::IMREAD_REDUCED_COLOR_4}, {2, cv::IMREAD_REDUCED_COLOR_2}};
        for (const auto& [factor, flag] : reductions)
            if (longSide > 0 && longSide / factor >= maxSide) {
                flags = flag;
                break;
            }
    }
    return decode(path, bytes, flags, error);
}
#endif

} // namespace

#ifdef TAGSCOPE_HAVE_OPENCV
bool imagingAvailable() { return true; }

RgbImage loadImage(const std::string& path, std::string* error)
{
    cv::Mat bgr = decodeFile(path, 0, error);
    return bgr.empty() ? RgbImage{} : fromBgr(bgr);
}

RgbImage loadThumbnail(const std::string& path, int maxSide, std::string* error)
{
    cv::Mat bgr = decodeFile(path, maxSide, error);
    if (bgr.empty())
        return {};
    const int longSide = std::max(bgr.cols, bgr.rows);
    if (longSide > maxSide) {
        const double scale = static_cast<double>(maxSide) / longSide;
        cv::Mat small;
        cv::resize(bgr, small, cv::Size(std::max(1, int(bgr.cols * scale + 0.5)), std::max(1, int(bgr.rows * scale + 0.5))), 0, 0, cv::INTER_AREA);
        bgr = small;
    }
    return fromBgr(bgr);
}
bool writeJpeg(const std::string& path, const RgbImage& image, int quality, std::string* error)
{
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    try {
        if (cv::imwrite(path, bgr, {cv::IMWRITE_JPEG_QUALITY, quality}))
            return true;
    } catch (const cv::Exception& e) {
        setError(error, path + ": cannot write (" + e.what() + ")");
        return false;
    }
    setError(error, path + ": cannot write the JPEG file");
    return false;
}
#else
bool imagingAvailable() { return false; }

RgbImage loadImage(const std::string& path, std::string* error)
{
    setError(error, path + ": this build has no image decoder (built without OpenCV)");
    return {};
}

RgbImage loadThumbnail(const std::string& path, int, std::string* error) { return loadImage(path, error); }

bool writeJpeg(const std::string& path, const RgbImage&, int, std::string* error)
{
    setError(error, path + ": this build has no image encoder (built without OpenCV)");
    return false;
}
#endif

} // namespace tagscope
