#include "imaging/image_io.h"

#include "imaging/jpeg_centre_square.h"

#ifdef TAGSCOPE_HAVE_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <tuple>

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
    // One allocation for the size a regular file has now (a file that grows meanwhile is read to its end all the
    // same; a directory's size means nothing).
    struct stat info {};
    if (::fstat(::fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        bytes.reserve(static_cast<std::size_t>(info.st_size));
    std::uint8_t chunk[1 << 16];
    for (std::size_t got; (got = std::fread(chunk, 1, sizeof chunk, file)) > 0;)
        bytes.insert(bytes.end(), chunk, chunk + got);
    const bool failed = std::ferror(file);
    const int readErrno = errno;
    std::fclose(file);
    if (failed)
        setError(error, path + ": read error (" + std::strerror(readErrno) + ")");
    return !failed;
}

// What a JPEG's marker segments say, read without decoding: the frame size (0 x 0 without a frame header)
// and where the first scan starts (0 when the file ends, or the image ends, before one).
struct JpegLayout {
    int width = 0;
    int height = 0;
    std::size_t scan = 0;
    bool endsWithoutScan = false; // an end-of-image marker before any scan
};

JpegLayout jpegLayout(const std::vector<std::uint8_t>& b)
{
    JpegLayout layout;
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return layout;
    std::size_t i = 2;
    while (i + 3 < b.size()) {
        if (b[i] != 0xFF) {
            ++i;
            continue;
        }
        const std::uint8_t marker = b[i + 1];
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            ++i;
            continue;
        }
        if (marker == 0xD9) {
            layout.endsWithoutScan = true;
            return layout;
        }
        if (marker == 0xDA) {
            layout.scan = i;
            return layout;
        }
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame && i + 8 < b.size()) {
            layout.width = (b[i + 7] << 8) | b[i + 8];
            layout.height = (b[i + 5] << 8) | b[i + 6];
        }
        i += 2 + ((std::size_t(b[i + 2]) << 8) | b[i + 3]);
    }
    return layout;
}

// Images larger than this are refused before decoding: a damaged or hostile header can claim 60000 x 60000
// pixels, and decoding that (10 GB) would take the program down instead of skipping one file.
constexpr std::uint64_t kMaxDecodedPixels = std::uint64_t(1) << 27; // 134 megapixels, 400 MB of RGB

std::uint32_t bigEndian32(const std::uint8_t* p) { return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3]; }
std::uint32_t littleEndian32(const std::uint8_t* p) { return std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]; }

// Width and height a PNG, BMP or WebP header claims, without decoding; {0, 0} for other files.
std::pair<std::uint64_t, std::uint64_t> headerSize(const std::vector<std::uint8_t>& b)
{
    static const std::uint8_t png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (b.size() >= 24 && std::memcmp(b.data(), png, 8) == 0 && std::memcmp(b.data() + 12, "IHDR", 4) == 0)
        return {bigEndian32(&b[16]), bigEndian32(&b[20])};
    if (b.size() >= 26 && b[0] == 'B' && b[1] == 'M') { // BITMAPINFOHEADER and later: signed 32-bit sizes
        const auto width = static_cast<std::int32_t>(littleEndian32(&b[18]));
        const auto height = static_cast<std::int32_t>(littleEndian32(&b[22]));
        return {static_cast<std::uint64_t>(std::abs(static_cast<std::int64_t>(width))),
                static_cast<std::uint64_t>(std::abs(static_cast<std::int64_t>(height)))};
    }
    if (b.size() >= 30 && std::memcmp(b.data(), "RIFF", 4) == 0 && std::memcmp(b.data() + 8, "WEBPVP8X", 8) == 0)
        return {1 + (b[24] | b[25] << 8 | std::uint64_t(b[26]) << 16), 1 + (b[27] | b[28] << 8 | std::uint64_t(b[29]) << 16)};
    return {0, 0};
}

// A JPEG cut short (an interrupted download) still decodes, into an image whose bottom is grey, with a
// warning on stderr only: refuse it instead. Complete files have an end-of-image marker after the first scan
// (inside entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, never by 0xD9).
bool jpegIsTruncated(const std::vector<std::uint8_t>& b, const JpegLayout& layout)
{
    if (layout.endsWithoutScan)
        return false; // an image without a scan: the decoder says what is wrong
    if (layout.scan == 0)
        return true; // the file ends inside its headers
    if (b.size() >= layout.scan + 4 && b[b.size() - 2] == 0xFF && b[b.size() - 1] == 0xD9)
        return false; // the usual ending, found without reading the whole scan
    for (std::size_t j = layout.scan + 2; j + 1 < b.size(); ++j)
        if (b[j] == 0xFF && b[j + 1] == 0xD9)
            return false;
    return true;
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

// How far a JPEG may be reduced while decoding: its longer side must keep `side` pixels (thumbnails), or its
// shorter side (crops).
struct Reduction {
    int side = 0; // 0: full size
    bool shorterSide = false;
};

// What every decode checks first (an empty file, a header claiming too many pixels, a JPEG cut short), and the
// OpenCV flags for the reduction wanted; false with `error` set.
bool prepareDecode(const std::string& path, const std::vector<std::uint8_t>& bytes, Reduction wanted, int& flags, std::string* error)
{
    if (bytes.empty()) {
        setError(error, path + ": empty file");
        return false;
    }
    // Largest JPEG reduction (1/8, 1/4, 1/2) whose long side still covers maxSide: decoding does less work.
    flags = cv::IMREAD_COLOR;
    const JpegLayout layout = jpegLayout(bytes);
    const bool jpeg = bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8;
    std::uint64_t width = static_cast<std::uint64_t>(layout.width), height = static_cast<std::uint64_t>(layout.height);
    if (!jpeg)
        std::tie(width, height) = headerSize(bytes);
    int reduction = 1;
    if (wanted.side > 0 && jpeg) {
        reduction = wanted.shorterSide ? jpegReductionForCrop(layout.width, layout.height, wanted.side) : 1;
        const int longSide = std::max(layout.width, layout.height);
        if (!wanted.shorterSide)
            for (int factor : {8, 4, 2})
                if (longSide > 0 && longSide / factor >= wanted.side) {
                    reduction = factor;
                    break;
                }
        flags = reduction == 8 ? cv::IMREAD_REDUCED_COLOR_8
            : reduction == 4   ? cv::IMREAD_REDUCED_COLOR_4
            : reduction == 2   ? cv::IMREAD_REDUCED_COLOR_2
                               : cv::IMREAD_COLOR;
    }
    const std::uint64_t pixels = ((width + reduction - 1) / reduction) * ((height + reduction - 1) / reduction);
    if (pixels > kMaxDecodedPixels) {
        setError(error, path + ": " + std::to_string(width) + " x " + std::to_string(height) + " pixels is more than Tagscope decodes (" +
                            std::to_string(kMaxDecodedPixels / 1000000) + " megapixels); is the header damaged?");
        return false;
    }
    if (jpeg && jpegIsTruncated(bytes, layout)) {
        setError(error, path + ": truncated JPEG (the data ends before the end-of-image marker: an interrupted copy or download?)");
        return false;
    }
    return true;
}

cv::Mat decodeFile(const std::string& path, Reduction wanted, std::string* error)
{
    std::vector<std::uint8_t> bytes;
    int flags = cv::IMREAD_COLOR;
    if (!readFile(path, bytes, error) || !prepareDecode(path, bytes, wanted, flags, error))
        return {};
    return decode(path, bytes, flags, error);
}
#endif

} // namespace

int jpegReductionForCrop(int width, int height, int minShorterSide)
{
    const int shorter = std::min(width, height);
    if (shorter <= 0 || minShorterSide <= 0)
        return 1;
    for (int factor : {8, 4, 2})
        if ((shorter + factor - 1) / factor >= minShorterSide)
            return factor;
    return 1;
}

#ifdef TAGSCOPE_HAVE_OPENCV
bool imagingAvailable() { return true; }

RgbImage loadImage(const std::string& path, std::string* error)
{
    cv::Mat bgr = decodeFile(path, {}, error);
    return bgr.empty() ? RgbImage{} : fromBgr(bgr);
}

RgbImage loadCentreSquare(const std::string& path, int minSide, std::string* error)
{
    std::vector<std::uint8_t> bytes;
    int flags = cv::IMREAD_COLOR;
    if (!readFile(path, bytes, error) || !prepareDecode(path, bytes, {minSide, true}, flags, error))
        return {};
    if (jpegCentreSquareAvailable() && bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8) {
        RgbImage square = decodeJpegCentreSquare(bytes, minSide);
        if (!square.empty())
            return square;
    }
    // Other formats, and JPEGs libjpeg refuses (CMYK, damaged): OpenCV decodes them, or says what is wrong.
    cv::Mat bgr = decode(path, bytes, flags, error);
    if (bgr.empty())
        return {};
    const int side = std::min(bgr.cols, bgr.rows);
    return fromBgr(bgr(cv::Rect((bgr.cols - side) / 2, (bgr.rows - side) / 2, side, side)));
}

RgbImage loadThumbnail(const std::string& path, int maxSide, std::string* error)
{
    cv::Mat bgr = decodeFile(path, {maxSide, false}, error);
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
RgbImage loadCentreSquare(const std::string& path, int, std::string* error) { return loadImage(path, error); }

bool writeJpeg(const std::string& path, const RgbImage&, int, std::string* error)
{
    setError(error, path + ": this build has no image encoder (built without OpenCV)");
    return false;
}
#endif

} // namespace tagscope
