#include "imaging/jpeg_centre_square.h"

#ifdef TAGSCOPE_HAVE_LIBJPEG
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <jpeglib.h>
#endif

#include <algorithm>
#include <cstring>
#include <utility>

namespace tagscope {
namespace {

std::uint32_t read16(const std::uint8_t* p, bool bigEndian) { return bigEndian ? (p[0] << 8 | p[1]) : (p[1] << 8 | p[0]); }
std::uint32_t read32(const std::uint8_t* p, bool bigEndian)
{
    return bigEndian ? read16(p, true) << 16 | read16(p + 2, true) : read16(p + 2, false) << 16 | read16(p, false);
}

// Turns a side x side RGB square as EXIF orientation `o` says: output (x, y) is input (sx, sy).
RgbImage oriented(RgbImage square, int o)
{
    if (o <= 1 || o > 8)
        return square; // moved, not copied
    const int n = square.width;
    RgbImage out = square;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            int sx = x, sy = y;
            switch (o) {
            case 2: sx = n - 1 - x; break;                    // mirrored
            case 3: sx = n - 1 - x; sy = n - 1 - y; break;    // upside down
            case 4: sy = n - 1 - y; break;                    // mirrored upside down
            case 5: sx = y; sy = x; break;                    // transposed
            case 6: sx = y; sy = n - 1 - x; break;            // turned a quarter clockwise
            case 7: sx = n - 1 - y; sy = n - 1 - x; break;    // transversed
            case 8: sx = n - 1 - y; sy = x; break;            // turned a quarter anticlockwise
            }
            std::memcpy(&out.pixels[(std::size_t(y) * n + x) * 3], &square.pixels[(std::size_t(sy) * n + sx) * 3], 3);
        }
    return out;
}

#ifdef TAGSCOPE_HAVE_LIBJPEG
struct ErrorManager {
    jpeg_error_mgr base;
    std::jmp_buf jump;
};

void onError(j_common_ptr info) { std::longjmp(reinterpret_cast<ErrorManager*>(info->err)->jump, 1); }
void onMessage(j_common_ptr, int) {} // warnings about damaged data: OpenCV's decoder ignores them too

// Only plain data lives in this function: longjmp must not skip a destructor.
bool decodeSquare(const std::vector<std::uint8_t>& bytes, int minSide, RgbImage& out)
{
    jpeg_decompress_struct info;
    ErrorManager errors;
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onError;
    errors.base.emit_message = onMessage;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    info.scale_num = 1;
    info.scale_denom = static_cast<unsigned>(jpegReductionForCrop(int(info.image_width), int(info.image_height), minSide));
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    const int width = int(info.output_width), height = int(info.output_height);
    const int side = std::min(width, height);
    JDIMENSION left = JDIMENSION((width - side) / 2), columns = JDIMENSION(side);
    if (width > height)
        jpeg_crop_scanline(&info, &left, &columns); // widens the range to whole blocks
    const int skipLeft = (width - side) / 2 - int(left);
    const int top = (height - side) / 2;
    if (top > 0)
        jpeg_skip_scanlines(&info, JDIMENSION(top));
    out.width = out.height = side;
    out.pixels.resize(std::size_t(side) * side * 3);
    const std::size_t rowBytes = std::size_t(side) * 3;
    if (skipLeft == 0 && int(columns) == side) {
        // The square's left edge is on a block boundary (a 4:3 photo's usually is): rows go straight into the
        // square, which saves a copy of each row (about a tenth of the decode).
        for (int y = 0; y < side;) {
            JSAMPROW row = &out.pixels[std::size_t(y) * rowBytes];
            const JDIMENSION got = jpeg_read_scanlines(&info, &row, 1);
            if (got == 0)
                break;
            y += int(got);
        }
    } else {
        // The row buffer belongs to libjpeg's pool (freed by jpeg_destroy_decompress, also after an error).
        JSAMPARRAY line = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE, columns * 3, 1);
        for (int y = 0; y < side; ++y) {
            if (jpeg_read_scanlines(&info, line, 1) != 1)
                break;
            std::memcpy(&out.pixels[std::size_t(y) * rowBytes], line[0] + std::size_t(skipLeft) * 3, rowBytes);
        }
    }
    jpeg_abort_decompress(&info); // the rows below the square are not needed
    jpeg_destroy_decompress(&info);
    return true;
}
#endif

} // namespace

#ifdef TAGSCOPE_HAVE_LIBJPEG
bool jpegCentreSquareAvailable() { return true; }

RgbImage decodeJpegCentreSquare(const std::vector<std::uint8_t>& bytes, int minSide)
{
    RgbImage square;
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8 || !decodeSquare(bytes, minSide, square))
        return {};
    return oriented(std::move(square), jpegExifOrientation(bytes));
}
#else
bool jpegCentreSquareAvailable() { return false; }
RgbImage decodeJpegCentreSquare(const std::vector<std::uint8_t>&, int) { return {}; }
#endif

int jpegExifOrientation(const std::vector<std::uint8_t>& b)
{
    // The APP1 "Exif" segment before the first scan: a TIFF header, then IFD0, whose tag 0x0112 is the orientation.
    std::size_t i = 2;
    while (i + 4 <= b.size() && b[i] == 0xFF) {
        const std::uint8_t marker = b[i + 1];
        if (marker == 0xDA || marker == 0xD9)
            break;
        const std::size_t length = std::size_t(b[i + 2]) << 8 | b[i + 3];
        const std::size_t start = i + 4, end = i + 2 + length;
        if (length < 2 || end > b.size())
            break;
        if (marker == 0xE1 && length >= 16 && std::memcmp(&b[start], "Exif\0\0", 6) == 0) {
            const std::uint8_t* tiff = &b[start + 6];
            const std::size_t size = end - (start + 6);
            const bool bigEndian = tiff[0] == 'M';
            if ((tiff[0] != 'M' && tiff[0] != 'I') || read16(tiff + 2, bigEndian) != 42)
                return 1;
            const std::size_t ifd = read32(tiff + 4, bigEndian);
            if (ifd + 2 > size)
                return 1;
            const std::size_t entries = read16(tiff + ifd, bigEndian);
            for (std::size_t e = 0; e < entries && ifd + 2 + (e + 1) * 12 <= size; ++e) {
                const std::uint8_t* entry = tiff + ifd + 2 + e * 12;
                if (read16(entry, bigEndian) == 0x0112) {
                    const int value = int(read16(entry + 8, bigEndian));
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }
        i = end;
    }
    return 1;
}

} // namespace tagscope
