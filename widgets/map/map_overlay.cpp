#include "map_overlay.h"

#include <algorithm>

namespace tagscope::ui {

MapOverlay::MapOverlay(QCPAxisRect* axisRect) : QCPLayerable(axisRect->parentPlot(), QString(), axisRect), axisRect_(axisRect)
{
    setAntialiased(true);
}

void MapOverlay::setShape(const QPolygonF& dataPolygon, bool closed)
{
    shape_ = dataPolygon;
    closed_ = closed;
}

void MapOverlay::setHovered(const QPointF* dataPosition)
{
    hasHovered_ = dataPosition != nullptr;
    if (dataPosition)
        hovered_ = *dataPosition;
}

void MapOverlay::setCurrent(const QPointF* dataPosition)
{
    hasCurrent_ = dataPosition != nullptr;
    if (dataPosition)
        current_ = *dataPosition;
}

void MapOverlay::setMarked(std::shared_ptr<const std::vector<float>> xy, QVector<int> points)
{
    xy_ = std::move(xy);
    marked_ = std::move(points);
}

QPointF MapOverlay::toPixels(const QPointF& data) const
{
    return {axisRect_->axis(QCPAxis::atBottom)->coordToPixel(data.x()), axisRect_->axis(QCPAxis::atLeft)->coordToPixel(data.y())};
}

void MapOverlay::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, true, QCP::aeOther);
}

QRect MapOverlay::clipRect() const
{
    return axisRect_->rect();
}

void MapOverlay::draw(QCPPainter* painter)
{
    const QColor accent(0, 90, 181);
    if (shape_.size() >= 2) {
        QPolygonF pixels;
        pixels.reserve(shape_.size());
        for (const QPointF& p : shape_)
            pixels << toPixels(p);
        QPen pen(accent, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        if (closed_ || shape_.size() > 2) {
            painter->setBrush(QColor(0, 90, 181, 28));
            painter->drawPolygon(pixels);
        } else {
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(pixels);
        }
    }
    if (xy_ && !marked_.isEmpty()) {
        painter->setBrush(Qt::NoBrush);
        QPen pen(QColor(25, 25, 25, 150), 1.0);
        painter->setPen(pen);
        const int count = std::min<int>(static_cast<int>(marked_.size()), kMaxMarked);
        for (int k = 0; k < count; ++k) {
            const std::size_t i = static_cast<std::size_t>(marked_[k]);
            if (2 * i + 1 >= xy_->size())
                continue;
            painter->drawEllipse(toPixels(QPointF((*xy_)[2 * i], (*xy_)[2 * i + 1])), 4.0, 4.0);
        }
    }
    const auto ring = [&](const QPointF& data, const QColor& colour, double radius) {
        const QPointF centre = toPixels(data);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(Qt::white, 4));
        painter->drawEllipse(centre, radius, radius);
        painter->setPen(QPen(colour, 2));
        painter->drawEllipse(centre, radius, radius);
    };
    if (hasCurrent_)
        ring(current_, QColor(214, 39, 40), 7);
    if (hasHovered_)
        ring(hovered_, QColor(40, 40, 40), 6);
}

} // namespace tagscope::ui
