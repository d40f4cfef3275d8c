#include "point_selection.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope::ui {

QVector<int> pointsInRect(const std::vector<float>& xy, const QRectF& r)
{
    const QRectF rect = r.normalized();
    QVector<int> inside;
    const double left = rect.left(), right = rect.right(), top = rect.top(), bottom = rect.bottom();
    const std::size_t count = xy.size() / 2;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (x >= left && x <= right && y >= top && y <= bottom)
            inside.push_back(static_cast<int>(i));
    }
    return inside;
}

QVector<int> pointsInPolygon(const std::vector<float>& xy, const QPolygonF& polygon)
{
    QVector<int> inside;
    if (polygon.size() < 3)
        return inside;
    const QRectF bounds = polygon.boundingRect();
    const int n = static_cast<int>(polygon.size());
    const std::size_t count = xy.size() / 2;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        if (x < bounds.left() || x > bounds.right() || y < bounds.top() || y > bounds.bottom())
            continue;
        bool in = false; // crossings of a ray to the right (even-odd)
        for (int a = 0, b = n - 1; a < n; b = a++) {
            const QPointF& p = polygon[a];
            const QPointF& q = polygon[b];
            if ((p.y() > y) != (q.y() > y) && x < (q.x() - p.x()) * (y - p.y()) / (q.y() - p.y()) + p.x())
                in = !in;
        }
        if (in)
            inside.push_back(static_cast<int>(i));
    }
    return inside;
}

PointLocator::PointLocator(std::vector<float> xy) : xy_(std::move(xy))
{
    const std::size_t count = xy_.size() / 2;
    if (count == 0)
        return;
    double minX = std::numeric_limits<double>::max(), minY = minX, maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (std::size_t i = 0; i < count; ++i) {
        minX = std::min<double>(minX, xy_[2 * i]);
        maxX = std::max<double>(maxX, xy_[2 * i]);
        minY = std::min<double>(minY, xy_[2 * i + 1]);
        maxY = std::max<double>(maxY, xy_[2 * i + 1]);
    }
    // About four points per bucket on average.
    const int side = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(count) / 4.0)), 1, 2048);
    columns_ = rows_ = side;
    minX_ = minX;
    minY_ = minY;
    cellW_ = std::max((maxX - minX) / side, 1e-12);
    cellH_ = std::max((maxY - minY) / side, 1e-12);
    std::vector<int> cellOf(count);
    bucketStart_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_) + 1, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const int cx = std::clamp(static_cast<int>((xy_[2 * i] - minX_) / cellW_), 0, columns_ - 1);
        const int cy = std::clamp(static_cast<int>((xy_[2 * i + 1] - minY_) / cellH_), 0, rows_ - 1);
        cellOf[i] = cy * columns_ + cx;
        ++bucketStart_[static_cast<std::size_t>(cellOf[i]) + 1];
    }
    for (std::size_t c = 1; c < bucketStart_.size(); ++c)
        bucketStart_[c] += bucketStart_[c - 1];
    order_.resize(count);
    std::vector<int> fill(bucketStart_.begin(), bucketStart_.end() - 1);
    for (std::size_t i = 0; i < count; ++i)
        order_[static_cast<std::size_t>(fill[static_cast<std::size_t>(cellOf[i])]++)] = static_cast<int>(i);
}

int PointLocator::nearest(QPointF position, double radiusX, double radiusY) const
{
    if (order_.empty() || radiusX <= 0 || radiusY <= 0)
        return -1;
    const int x0 = std::max(0, static_cast<int>(std::floor((position.x() - radiusX - minX_) / cellW_)));
    const int x1 = std::min(columns_ - 1, static_cast<int>(std::floor((position.x() + radiusX - minX_) / cellW_)));
    const int y0 = std::max(0, static_cast<int>(std::floor((position.y() - radiusY - minY_) / cellH_)));
    const int y1 = std::min(rows_ - 1, static_cast<int>(std::floor((position.y() + radiusY - minY_) / cellH_)));
    int best = -1;
    double bestDistance = 1.0; // in units of the radius: inside the ellipse only
    for (int cy = y0; cy <= y1; ++cy)
        for (int cx = x0; cx <= x1; ++cx) {
            const std::size_t cell = static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(cx);
            for (int k = bucketStart_[cell]; k < bucketStart_[cell + 1]; ++k) {
                const int i = order_[static_cast<std::size_t>(k)];
                const double dx = (xy_[2 * static_cast<std::size_t>(i)] - position.x()) / radiusX;
                const double dy = (xy_[2 * static_cast<std::size_t>(i) + 1] - position.y()) / radiusY;
                const double d = dx * dx + dy * dy;
                if (d <= bestDistance && (best < 0 || d < bestDistance || i < best)) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
    return best;
}

} // namespace tagscope::ui
