#pragma once
// What the embedding map draws over its points: the lasso or rectangle being dragged (or the last one used), and
// a ring around the hovered and the current point. Shapes are kept in data coordinates, so they follow zoom and pan.
#include <qcustomplot.h>

#include <QPointF>
#include <QPolygonF>
#include <QVector>

#include <memory>
#include <vector>

namespace tagscope::ui {

class MapOverlay : public QCPLayerable {
    Q_OBJECT
public:
    explicit MapOverlay(QCPAxisRect* axisRect);

    void setShape(const QPolygonF& dataPolygon, bool closed); // empty: none
    QPolygonF shape() const { return shape_; }
    void setHovered(const QPointF* dataPosition);              // null: none
    void setCurrent(const QPointF* dataPosition);              // null: none
    // Selected points, drawn as small rings at their current place (the first kMaxMarked of them).
    void setMarked(std::shared_ptr<const std::vector<float>> xy, QVector<int> points);
    static constexpr int kMaxMarked = 3000;

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

private:
    QPointF toPixels(const QPointF& data) const;

    QCPAxisRect* axisRect_;
    QPolygonF shape_;
    bool closed_ = false;
    bool hasHovered_ = false, hasCurrent_ = false;
    QPointF hovered_, current_;
    std::shared_ptr<const std::vector<float>> xy_;
    QVector<int> marked_;
};

} // namespace tagscope::ui
