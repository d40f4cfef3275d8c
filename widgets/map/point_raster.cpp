#include "point_raster.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tagscope::ui {

namespace {

constexpr std::uint32_t kSaturated = 16'000'000; // colour sums stop growing beyond this many points on a pixel

// Opacity of `count` stacked points of opacity `alpha`, in 1/255 steps; counts beyond 255 read as the last entry.
std::array<std::uint8_t, 256> coverageTable(double alpha)
{
    std::array<std::uint8_t, 256> table{};
    alpha = std::clamp(alpha, 0.0, 1.0);
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(std::lround(255.0 * (1.0 - std::pow(1.0 - alpha, c))));
    return table;
}

// Light yellow through orange and red to a dark purple (a sequential ramp in the spirit of matplotlib's
// "inferno" read backwards, so sparse areas stay light on a white plot).
QVector<QRgb> makeDensityRamp()
{
    const std::array<std::array<int, 3>, 6> stops = {{{252, 236, 164}, {252, 186, 92}, {240, 112, 64}, {200, 52, 78}, {128, 22, 104}, {46, 10, 78}}};
    QVector<QRgb> ramp(256);
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * (stops.size() - 1);
        const std::size_t s = std::min<std::size_t>(static_cast<std::size_t>(t), stops.size() - 2);
        const double f = t - static_cast<double>(s);
        int rgb[3];
        for (int k = 0; k < 3; ++k)
            rgb[k] = static_cast<int>(std::lround(stops[s][static_cast<std::size_t>(k)] * (1 - f) + stops[s + 1][static_cast<std::size_t>(k)] * f));
        ramp[i] = qRgb(rgb[0], rgb[1], rgb[2]);
    }
    return ramp;
}

} // namespace

const QVector<QRgb>& PointRasteriser::densityRamp()
{
    static const QVector<QRgb> ramp = makeDensityRamp();
    return ramp;
}

std::vector<std::pair<int, int>> PointRasteriser::footprint(int diameter)
{
    diameter = std::clamp(diameter, 1, 9);
    std::vector<std::pair<int, int>> offsets;
    // Centred on the pixel holding the point: odd diameters are symmetric, even ones extend right and down.
    const int low = -(diameter - 1) / 2, high = diameter / 2;
    const double radius = diameter / 2.0, centre = (low + high) / 2.0;
    for (int dy = low; dy <= high; ++dy)
        for (int dx = low; dx <= high; ++dx) {
            const double ex = dx - centre, ey = dy - centre;
            if (diameter <= 2 || ex * ex + ey * ey <= radius * radius + 0.25)
                offsets.emplace_back(dx, dy);
        }
    return offsets;
}

std::vector<std::pair<int, int>> PointRasteriser::ring(int pointSize)
{
    const int outer = std::clamp(pointSize + 2, 3, 11);
    const std::vector<std::pair<int, int>> inner = footprint(outer - 2);
    std::vector<std::pair<int, int>> rim;
    const int low = -(outer - 1) / 2, high = outer / 2;
    const double radius = outer / 2.0, centre = (low + high) / 2.0;
    for (int dy = low; dy <= high; ++dy)
        for (int dx = low; dx <= high; ++dx) {
            const double ex = dx - centre, ey = dy - centre;
            if (ex * ex + ey * ey <= radius * radius + 0.25 && std::find(inner.begin(), inner.end(), std::make_pair(dx, dy)) == inner.end())
                rim.emplace_back(dx, dy);
        }
    return rim;
}

QImage PointRasteriser::render(const RasterPoints& points, const RasterStyle& style, const RasterTransform& t, QSize size, RasterStats* stats)
{
    RasterStats local;
    const int width = std::max(0, size.width()), height = std::max(0, size.height());
    QImage image(std::max(1, width), std::max(1, height), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (width == 0 || height == 0 || !points.xy || points.count == 0) {
        if (stats)
            *stats = local;
        return image;
    }
    const std::size_t pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
    if (emphasised_.size() != pixels) {
        emphasised_.assign(pixels, Cell{0, 0, 0, 0});
        dimmed_.assign(pixels, 0);
    }
    touched_.clear();

    QVector<QRgb> palette = style.palette.isEmpty() ? QVector<QRgb>{qRgb(31, 119, 180)} : style.palette;
    std::array<QRgb, 256> colours{};
    for (std::size_t c = 0; c < colours.size(); ++c)
        colours[c] = palette[std::min<qsizetype>(static_cast<qsizetype>(c), palette.size() - 1)];

    const std::vector<std::pair<int, int>> offsets = footprint(style.pointSize);
    const std::vector<std::pair<int, int>> rim = ring(style.pointSize);
    const bool single = offsets.size() == 1;
    const float x0 = static_cast<float>(t.xOrigin), sx = static_cast<float>(t.xScale);
    const float y0 = static_cast<float>(t.yOrigin), sy = static_cast<float>(t.yScale);
    const float fw = static_cast<float>(width), fh = static_cast<float>(height);
    std::uint64_t hits = 0;
    std::size_t inView = 0;
    for (std::size_t i = 0; i < points.count; ++i) {
        const float fx = (points.xy[2 * i] - x0) * sx;
        const float fy = (points.xy[2 * i + 1] - y0) * sy;
        if (!(fx >= 0.0f && fx < fw && fy >= 0.0f && fy < fh)) // also rejects NaN
            continue;
        ++inView;
        const int cx = static_cast<int>(fx), cy = static_cast<int>(fy);
        const bool emphasise = !points.emphasis || points.emphasis[i];
        const QRgb colour = colours[points.classes ? points.classes[i] : 0];
        const std::uint32_t r = static_cast<std::uint32_t>(qRed(colour)), g = static_cast<std::uint32_t>(qGreen(colour)),
                            b = static_cast<std::uint32_t>(qBlue(colour));
        auto add = [&](std::size_t p) {
            if (emphasised_[p].count == 0 && dimmed_[p] == 0)
                touched_.push_back(static_cast<std::uint32_t>(p));
            if (emphasise) {
                Cell& cell = emphasised_[p];
                if (cell.count < kSaturated) {
                    ++cell.count;
                    cell.red += r;
                    cell.green += g;
                    cell.blue += b;
                }
            } else if (dimmed_[p] < kSaturated) {
                ++dimmed_[p];
            }
        };
        if (single && emphasise) {
            add(static_cast<std::size_t>(cy) * static_cast<std::size_t>(width) + static_cast<std::size_t>(cx));
            ++hits;
            continue;
        }
        for (const auto& [dx, dy] : emphasise ? offsets : rim) {
            const int px = cx + dx, py = cy + dy;
            if (px < 0 || py < 0 || px >= width || py >= height)
                continue;
            add(static_cast<std::size_t>(py) * static_cast<std::size_t>(width) + static_cast<std::size_t>(px));
            ++hits;
        }
    }

    std::uint32_t densest = 0;
    for (std::uint32_t p : touched_)
        densest = std::max(densest, emphasised_[p].count);
    const auto emphasisCoverage = coverageTable(style.alpha);
    const auto dimmedCoverage = coverageTable(style.dimmedAlpha);
    const QVector<QRgb>& ramp = densityRamp();
    const double densityScale = densest > 1 ? 255.0 / std::log(static_cast<double>(densest)) : 0.0;
    std::array<std::uint8_t, 256> densityIndex{}; // log ramp position of small counts, computed once
    for (std::uint32_t c = 1; c < 256; ++c)
        densityIndex[c] = static_cast<std::uint8_t>(std::min(255.0, std::log(static_cast<double>(c)) * densityScale));
    const std::uint32_t dr = static_cast<std::uint32_t>(qRed(style.dimmedColour)), dg = static_cast<std::uint32_t>(qGreen(style.dimmedColour)),
                        db = static_cast<std::uint32_t>(qBlue(style.dimmedColour));

    auto* bits = reinterpret_cast<QRgb*>(image.bits());
    const std::size_t stride = static_cast<std::size_t>(image.bytesPerLine()) / sizeof(QRgb);
    for (std::uint32_t p : touched_) {
        Cell& e = emphasised_[p];
        std::uint32_t& d = dimmed_[p];
        std::uint32_t ea = 0, er = 0, eg = 0, eb = 0;
        if (e.count > 0) {
            ea = emphasisCoverage[std::min<std::uint32_t>(e.count, 255)];
            if (style.density) {
                const std::size_t index = e.count < 256 ? densityIndex[e.count]
                                                        : static_cast<std::size_t>(std::min(255.0, std::log(static_cast<double>(e.count)) * densityScale));
                const QRgb c = ramp[static_cast<qsizetype>(index)];
                er = static_cast<std::uint32_t>(qRed(c));
                eg = static_cast<std::uint32_t>(qGreen(c));
                eb = static_cast<std::uint32_t>(qBlue(c));
            } else {
                er = e.red / e.count;
                eg = e.green / e.count;
                eb = e.blue / e.count;
            }
        }
        const std::uint32_t da = d > 0 ? dimmedCoverage[std::min<std::uint32_t>(d, 255)] : 0;
        // Emphasised over dimmed, premultiplied: c = ea * ec + (255 - ea) * da * dc / 255.
        const std::uint32_t under = (255 - ea) * da / 255;
        const std::uint32_t alpha = ea + under;
        const std::uint32_t red = (ea * er + under * dr) / 255, green = (ea * eg + under * dg) / 255, blue = (ea * eb + under * db) / 255;
        const std::size_t x = p % static_cast<std::size_t>(width), y = p / static_cast<std::size_t>(width);
        bits[y * stride + x] = qRgba(static_cast<int>(red), static_cast<int>(green), static_cast<int>(blue), static_cast<int>(alpha));
        e = Cell{0, 0, 0, 0};
        d = 0;
    }
    local.pointsInView = inView;
    local.footprintHits = hits;
    local.densest = densest;
    if (stats)
        *stats = local;
    return image;
}

} // namespace tagscope::ui
