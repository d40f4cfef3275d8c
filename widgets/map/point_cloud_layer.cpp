#include "point_cloud_layer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope::ui {

PointCloudLayer::PointCloudLayer(QCPAxisRect* axisRect) : QCPLayerable(axisRect->parentPlot(), QString(), axisRect), axisRect_(axisRect)
{
    setAntialiased(false);
}

void PointCloudLayer::setPoints(std::shared_ptr<const std::vector<float>> xy)
{
    xy_ = std::move(xy);
    invalidate();
}

void PointCloudLayer::setClasses(std::shared_ptr<const std::vector<std::uint8_t>> classes)
{
    classes_ = std::move(classes);
    invalidate();
}

void PointCloudLayer::setEmphasis(std::shared_ptr<const std::vector<std::uint8_t>> emphasis)
{
    emphasis_ = std::move(emphasis);
    invalidate();
}

void PointCloudLayer::setStyle(const RasterStyle& style)
{
    style_ = style;
    invalidate();
}

QRectF PointCloudLayer::dataBounds() const
{
    if (!xy_ || xy_->size() < 2)
        return {};
    float minX = std::numeric_limits<float>::max(), minY = minX, maxX = std::numeric_limits<float>::lowest(), maxY = maxX;
    const std::vector<float>& xy = *xy_;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1]))
            continue;
        minX = std::min(minX, xy[i]);
        maxX = std::max(maxX, xy[i]);
        minY = std::min(minY, xy[i + 1]);
        maxY = std::max(maxY, xy[i + 1]);
    }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

RasterTransform PointCloudLayer::transformFor(const QRect& rect, double ratio) const
{
    const QCPRange keys = axisRect_->axis(QCPAxis::atBottom)->range();
    const QCPRange values = axisRect_->axis(QCPAxis::atLeft)->range();
    RasterTransform t;
    t.xOrigin = keys.lower;
    t.xScale = keys.size() > 0 ? rect.width() * ratio / keys.size() : 1.0;
    t.yOrigin = values.upper; // the image's top row is the range's upper end
    t.yScale = values.size() > 0 ? -rect.height() * ratio / values.size() : -1.0;
    return t;
}

void PointCloudLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    applyAntialiasingHint(painter, false, QCP::aeOther);
}

QRect PointCloudLayer::clipRect() const
{
    return axisRect_->rect();
}

void PointCloudLayer::draw(QCPPainter* painter)
{
    const QRect rect = axisRect_->rect();
    if (rect.isEmpty() || !xy_)
        return;
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize size(static_cast<int>(std::lround(rect.width() * ratio)), static_cast<int>(std::lround(rect.height() * ratio)));
    const QCPRange keys = axisRect_->axis(QCPAxis::atBottom)->range();
    const QCPRange values = axisRect_->axis(QCPAxis::atLeft)->range();
    if (dirty_ || size != imageSize_ || keys != keyRange_ || values != valueRange_) {
        const std::size_t count = pointCount();
        RasterPoints points;
        points.xy = xy_->data();
        points.count = count;
        if (classes_) {
            if (classes_->size() >= count) {
                points.classes = classes_->data();
            } else {
                paddedClasses_.assign(count, 0);
                std::copy(classes_->begin(), classes_->end(), paddedClasses_.begin());
                points.classes = paddedClasses_.data();
            }
        }
        if (emphasis_) {
            if (emphasis_->size() >= count) {
                points.emphasis = emphasis_->data();
            } else {
                paddedEmphasis_.assign(count, 1);
                std::copy(emphasis_->begin(), emphasis_->end(), paddedEmphasis_.begin());
                points.emphasis = paddedEmphasis_.data();
            }
        }
        image_ = rasteriser_.render(points, style_, transformFor(rect, ratio), size, &stats_);
        image_.setDevicePixelRatio(ratio);
        imageSize_ = size;
        keyRange_ = keys;
        valueRange_ = values;
        dirty_ = false;
    }
    painter->drawImage(rect.topLeft(), image_);
}

} // namespace tagscope::ui
