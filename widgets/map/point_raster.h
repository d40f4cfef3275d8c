#pragma once
// Rasterises a 2-D point cloud into a QImage itself, pixel by pixel: every point in view lands in the pixels of its
// footprint, so nothing is dropped however many there are (QCustomPlot's scatter either samples points away or
// takes ~100 ms for 70k). Points accumulate per pixel (count and colour sums) and are resolved once per pixel, so
// the cost is one add per footprint pixel per point plus one pass over the image: a million points in a few
// tens of milliseconds. The result does not depend on the order of the points.
//
// Each pixel's colour is the mean colour of the points on it; its opacity grows with their number
// (1 - (1 - alpha)^count), so dense clusters read as solid and lone points stay visible. Points can be dimmed:
// drawn beneath the emphasised ones as faint hollow rings in a colour of their own (a violet that none of the tag, split or verdict colours use), so
// that "outside the filter" never reads as the grey of "unknown". The whole cloud can be coloured by density instead
// (a perceptual ramp of log(count)).
#include <QImage>
#include <QRgb>
#include <QSize>
#include <QVector>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tagscope::ui {

struct RasterPoints {
    const float* xy = nullptr;            // count x 2, interleaved, in data coordinates
    std::size_t count = 0;
    const std::uint8_t* classes = nullptr;  // colour class per point (index into the palette); null: class 0
    const std::uint8_t* emphasis = nullptr; // 1 emphasised, 0 dimmed; null: all emphasised
};

struct RasterStyle {
    QVector<QRgb> palette{qRgb(31, 119, 180)}; // class colours; classes beyond the palette use its last entry
    QRgb dimmedColour = qRgb(128, 80, 200);
    double alpha = 0.55;        // opacity of one emphasised point
    double dimmedAlpha = 0.18;  // opacity of one dimmed point's ring
    int pointSize = 2;          // footprint diameter in device pixels, 1 to 9
    bool density = false;       // colour emphasised points by how many share a pixel instead of by class
};

// pixel = ((x - xOrigin) * xScale, (y - yOrigin) * yScale); yScale is negative for a y axis pointing up.
struct RasterTransform {
    double xOrigin = 0, xScale = 1, yOrigin = 0, yScale = 1;
};

struct RasterStats {
    std::size_t pointsInView = 0;     // points whose centre lies inside the image
    std::uint64_t footprintHits = 0;  // pixel contributions accumulated
    std::uint32_t densest = 0;        // the largest number of emphasised points on one pixel
};

class PointRasteriser {
public:
    // Returns a premultiplied ARGB image of `size` (transparent where there are no points).
    QImage render(const RasterPoints& points, const RasterStyle& style, const RasterTransform& transform, QSize size,
                  RasterStats* stats = nullptr);

    // The density ramp (256 colours, light to dark) shown by the legend.
    static const QVector<QRgb>& densityRamp();
    // Pixel offsets of a footprint of this diameter (a disc).
    static std::vector<std::pair<int, int>> footprint(int diameter);
    // The pixel offsets of a dimmed point of this size: the rim of a disc two pixels wider, with the same centre.
    static std::vector<std::pair<int, int>> ring(int pointSize);

private:
    struct Cell {
        std::uint32_t count, red, green, blue;
    };
    // One cell per pixel, all zero between renders: a render touches (and afterwards clears) only the pixels
    // its points cover, so its cost follows the number of points rather than the image's area.
    std::vector<Cell> emphasised_;
    std::vector<std::uint32_t> dimmed_;  // count per pixel
    std::vector<std::uint32_t> touched_; // pixels with at least one point in this render
};

} // namespace tagscope::ui
