#pragma once
// A QCustomPlot layerable that draws a 2-D point cloud through PointRasteriser: one image per frame, placed in
// its axis rect, so zooming and panning go through the plot's axes as for any plottable. The image is rendered
// again only when the points, their colours, the style, the axis ranges or the rect's size change.
#include "point_raster.h"

#include <qcustomplot.h>

#include <QImage>
#include <QRectF>

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope::ui {

class PointCloudLayer : public QCPLayerable {
    Q_OBJECT
public:
    explicit PointCloudLayer(QCPAxisRect* axisRect);

    // count x 2 floats, interleaved. The colour classes and the emphasis keep their meaning per index: set them
    // again when the count changes (a shorter vector reads as class 0 / emphasised for the rest).
    void setPoints(std::shared_ptr<const std::vector<float>> xy);
    void setClasses(std::shared_ptr<const std::vector<std::uint8_t>> classes);
    void setEmphasis(std::shared_ptr<const std::vector<std::uint8_t>> emphasis); // null: every point emphasised
    void setStyle(const RasterStyle& style);

    std::shared_ptr<const std::vector<float>> points() const { return xy_; }
    std::size_t pointCount() const { return xy_ ? xy_->size() / 2 : 0; }
    const RasterStyle& style() const { return style_; }
    QRectF dataBounds() const; // the points' bounding box in data coordinates; empty when there are none
    RasterStats lastStats() const { return stats_; }
    QCPAxisRect* axisRect() const { return axisRect_; }

    // Pixel <-> data mapping of the last drawn frame's axes (valid at any time: read from the axes).
    RasterTransform transformFor(const QRect& rect, double devicePixelRatio) const;

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

private:
    void invalidate() { dirty_ = true; }

    QCPAxisRect* axisRect_;
    std::shared_ptr<const std::vector<float>> xy_;
    std::shared_ptr<const std::vector<std::uint8_t>> classes_, emphasis_;
    std::vector<std::uint8_t> paddedClasses_, paddedEmphasis_;
    RasterStyle style_;
    PointRasteriser rasteriser_;
    QImage image_;
    QCPRange keyRange_, valueRange_;
    QSize imageSize_;
    bool dirty_ = true;
    RasterStats stats_;
};

} // namespace tagscope::ui
