#pragma once
// The embedding map: a 2-D layout of images drawn by PointCloudLayer inside a QCustomPlot (zoom with the wheel,
// pan by dragging), coloured per point, with the points outside the browser's filter dimmed. Hovering shows the
// image's thumbnail and tags; a click makes a point current; the rectangle and lasso tools select points;
// double-click or the context menu asks for similar images. Points are indices into the layout; the view maps
// them to dataset images only for the hover card and the similar-images request.
#include "point_raster.h"
#include "point_selection.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QPolygonF>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCustomPlot;
class QMouseEvent;

namespace tagscope::ui {

class MapHoverCard;
class MapLegend;
class MapOverlay;
class PointCloudLayer;
class ThumbnailLoader;

class EmbeddingMapView : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Pan, Rectangle, Lasso };

    explicit EmbeddingMapView(QWidget* parent = nullptr);
    ~EmbeddingMapView() override;

    // A new frame of the layout (count x 2 floats). The view keeps following the layout (fitting it) until the
    // user zooms or pans; a new `generation` (new data, a restart) follows it again.
    void setLayout(std::shared_ptr<const std::vector<float>> xy, std::uint64_t generation = 0);
    std::shared_ptr<const std::vector<float>> layoutPoints() const;
    std::size_t pointCount() const;
    void setPointImages(QVector<int> images); // the dataset image of each point
    int imageOfPoint(int point) const;        // -1 when unknown

    // Colour class per point (index into the palette); density: colour by how many points share a pixel.
    void setColours(std::shared_ptr<const std::vector<std::uint8_t>> classes, const QVector<QRgb>& palette, bool density = false);
    void setEmphasis(std::shared_ptr<const std::vector<std::uint8_t>> emphasis); // null: none dimmed
    void setThumbnailLoader(ThumbnailLoader* loader);
    MapLegend* legend() const { return legend_; }
    QCustomPlot* plot() const { return plot_; }
    PointCloudLayer* pointLayer() const { return layer_; }

    void setTool(Tool tool);
    Tool tool() const { return tool_; }
    void fitToPoints();              // shows every point and follows the layout again
    bool isFollowingLayout() const { return follow_; }

    int currentPoint() const { return current_; }
    void setCurrentPoint(int point); // -1: none
    const QVector<int>& selection() const { return selection_; }
    void selectInRect(const QRectF& dataRect);
    void selectInPolygon(const QPolygonF& dataPolygon);
    void setSelection(QVector<int> points);
    void clearSelection();

    int pointAt(const QPoint& plotPosition, int radiusPixels = 8) const; // nearest point under a plot pixel, -1
    QPointF dataAt(const QPointF& plotPosition) const;
    QPointF pixelOf(int point) const; // the point's plot pixel position

Q_SIGNALS:
    void currentPointChanged(int point);
    void selectionChanged(const QVector<int>& points);
    void similarImagesRequested(std::uint32_t imageId);
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void mousePressed(QMouseEvent* event);
    void mouseMoved(QMouseEvent* event);
    void mouseReleased(QMouseEvent* event);
    void mouseDoubleClicked(QMouseEvent* event);
    void showContextMenu(const QPoint& position);
    void hover(const QPoint& position);
    void setFollow(bool follow);
    void applyAutoStyle();
    void keepAspect();
    const PointLocator& locator() const;
    void updateMarks();
    void replot();

    QCustomPlot* plot_;
    PointCloudLayer* layer_;
    MapOverlay* overlay_;
    MapLegend* legend_;
    MapHoverCard* card_;
    std::shared_ptr<const std::vector<float>> xy_;
    QVector<int> images_;
    QVector<QRgb> palette_;
    bool density_ = false;
    std::uint64_t generation_ = 0;
    bool follow_ = true;
    Tool tool_ = Tool::Pan;
    int current_ = -1;
    int hovered_ = -1;
    QVector<int> selection_;
    bool dragging_ = false;
    QPoint pressPosition_;
    QPolygonF dragShape_; // data coordinates
    mutable PointLocator locator_;
    mutable std::shared_ptr<const std::vector<float>> locatorFor_;
    mutable QElapsedTimer locatorAge_;
};

} // namespace tagscope::ui
