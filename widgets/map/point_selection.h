#pragma once
// Which points of a 2-D layout (count x 2 floats, interleaved, data coordinates) a rectangle or a lasso
// encloses, and the point nearest a position. Indices come back ascending.
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <cstddef>
#include <vector>

namespace tagscope::ui {

// Points inside the rectangle, edges included (a normalised copy of `rect` is used).
QVector<int> pointsInRect(const std::vector<float>& xy, const QRectF& rect);
// Points inside the closed polygon (even-odd rule); fewer than three vertices enclose nothing.
QVector<int> pointsInPolygon(const std::vector<float>& xy, const QPolygonF& polygon);

// Nearest-point lookups on one layout: a uniform grid of buckets, built once per layout.
class PointLocator {
public:
    PointLocator() = default;
    explicit PointLocator(std::vector<float> xy);
    std::size_t count() const { return xy_.size() / 2; }
    // The point nearest `position` within `radiusX` / `radiusY` (an ellipse: the axes may scale differently);
    // -1 when none is that close.
    int nearest(QPointF position, double radiusX, double radiusY) const;

private:
    std::vector<float> xy_;
    std::vector<int> order_;        // point indices grouped by bucket
    std::vector<int> bucketStart_;  // cells + 1 offsets into order_
    double minX_ = 0, minY_ = 0, cellW_ = 1, cellH_ = 1;
    int columns_ = 0, rows_ = 0;
};

} // namespace tagscope::ui
