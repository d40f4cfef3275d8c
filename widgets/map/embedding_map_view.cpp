#include "embedding_map_view.h"

#include "map_hover_card.h"
#include "map_legend.h"
#include "map_overlay.h"
#include "point_cloud_layer.h"

#include <qcustomplot.h>

#include <QContextMenuEvent>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

namespace {
constexpr int kClickSlop = 4;          // pixels a press may move and still be a click
constexpr double kFitMargin = 1.06;    // room around the points when fitting
const char* const kMarksLayer = "marks";
constexpr std::size_t kLargeLayout = 200000;
constexpr qint64 kLocatorRefreshMs = 300;

// Bigger, more opaque points for small layouts; one-pixel, translucent ones for a million.
void autoStyle(RasterStyle& style, std::size_t count, double ratio)
{
    const double size = count <= 2000 ? 6 : count <= 10000 ? 5 : count <= 60000 ? 3 : count <= 400000 ? 2 : 1;
    style.pointSize = std::clamp(static_cast<int>(std::lround(size * ratio)), 1, 9);
    style.alpha = count <= 10000 ? 0.8 : count <= 100000 ? 0.55 : 0.35;
    style.dimmedAlpha = count <= 10000 ? 0.35 : count <= 100000 ? 0.18 : 0.08;
}
} // namespace

EmbeddingMapView::EmbeddingMapView(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot), legend_(new MapLegend), card_(new MapHoverCard(this))
{
    setObjectName(QStringLiteral("embeddingMapView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(legend_);
    layout->addWidget(plot_, 1);

    plot_->setObjectName(QStringLiteral("embeddingMapPlot"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->axisRect()->setRangeZoomFactor(0.85);
    plot_->axisRect()->setAutoMargins(QCP::msNone);
    plot_->axisRect()->setMargins(QMargins(1, 1, 1, 1));
    // t-SNE axes have no unit: no ticks, no labels, just a light frame.
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->xAxis2, plot_->yAxis2}) {
        axis->setVisible(true);
        axis->setTicks(false);
        axis->setTickLabels(false);
        axis->grid()->setVisible(false);
        axis->setBasePen(QPen(QColor(200, 200, 200)));
    }
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot_->xAxis2, qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot_->yAxis2, qOverload<const QCPRange&>(&QCPAxis::setRange));
    plot_->xAxis->setRange(-1, 1);
    plot_->yAxis->setRange(-1, 1);

    layer_ = new PointCloudLayer(plot_->axisRect());
    plot_->addLayer(QString::fromLatin1(kMarksLayer), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    plot_->layer(QString::fromLatin1(kMarksLayer))->setMode(QCPLayer::lmBuffered);
    overlay_ = new MapOverlay(plot_->axisRect());
    overlay_->setLayer(QString::fromLatin1(kMarksLayer));

    connect(plot_, &QCustomPlot::mousePress, this, &EmbeddingMapView::mousePressed);
    connect(plot_, &QCustomPlot::mouseMove, this, &EmbeddingMapView::mouseMoved);
    connect(plot_, &QCustomPlot::mouseRelease, this, &EmbeddingMapView::mouseReleased);
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, &EmbeddingMapView::mouseDoubleClicked);
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { setFollow(false); });
    connect(plot_, &QCustomPlot::afterLayout, this, &EmbeddingMapView::keepAspect);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &EmbeddingMapView::showContextMenu);
    plot_->installEventFilter(this);
    plot_->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

EmbeddingMapView::~EmbeddingMapView() = default;

void EmbeddingMapView::setLayout(std::shared_ptr<const std::vector<float>> xy, std::uint64_t generation)
{
    const std::size_t before = pointCount();
    xy_ = std::move(xy);
    layer_->setPoints(xy_);
    if (pointCount() != before)
        applyAutoStyle();
    if (generation != generation_) {
        generation_ = generation;
        setFollow(true);
    }
    if (follow_)
        fitToPoints();
    updateMarks();
    if (hovered_ >= static_cast<int>(pointCount()))
        hovered_ = -1;
    replot();
}

std::shared_ptr<const std::vector<float>> EmbeddingMapView::layoutPoints() const
{
    return xy_;
}

std::size_t EmbeddingMapView::pointCount() const
{
    return xy_ ? xy_->size() / 2 : 0;
}

void EmbeddingMapView::setPointImages(QVector<int> images)
{
    images_ = std::move(images);
}

int EmbeddingMapView::imageOfPoint(int point) const
{
    return point >= 0 && point < images_.size() ? images_[point] : -1;
}

void EmbeddingMapView::setColours(std::shared_ptr<const std::vector<std::uint8_t>> classes, const QVector<QRgb>& palette, bool density)
{
    palette_ = palette;
    density_ = density;
    layer_->setClasses(std::move(classes));
    RasterStyle style = layer_->style();
    style.palette = palette.isEmpty() ? QVector<QRgb>{qRgb(31, 119, 180)} : palette;
    style.density = density;
    layer_->setStyle(style);
    replot();
}

void EmbeddingMapView::setEmphasis(std::shared_ptr<const std::vector<std::uint8_t>> emphasis)
{
    layer_->setEmphasis(std::move(emphasis));
    replot();
}

void EmbeddingMapView::setThumbnailLoader(ThumbnailLoader* loader)
{
    card_->setLoader(loader);
}

void EmbeddingMapView::applyAutoStyle()
{
    RasterStyle style = layer_->style();
    autoStyle(style, pointCount(), devicePixelRatioF());
    layer_->setStyle(style);
}

void EmbeddingMapView::setTool(Tool tool)
{
    tool_ = tool;
    dragging_ = false;
    plot_->setInteraction(QCP::iRangeDrag, tool == Tool::Pan);
    plot_->setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
}

void EmbeddingMapView::setFollow(bool follow)
{
    if (follow_ == follow)
        return;
    follow_ = follow;
    Q_EMIT followingChanged(follow);
}

void EmbeddingMapView::fitToPoints()
{
    setFollow(true);
    const QRectF bounds = layer_->dataBounds();
    const QRect rect = plot_->axisRect()->rect();
    if (bounds.isNull() || rect.width() < 2 || rect.height() < 2) {
        if (!bounds.isNull()) {
            plot_->xAxis->setRange(bounds.left(), bounds.right());
            plot_->yAxis->setRange(bounds.top(), bounds.bottom());
        }
        return;
    }
    // Equal units per pixel on both axes: a t-SNE layout's distances mean the same in every direction.
    const double width = std::max(bounds.width(), 1e-9), height = std::max(bounds.height(), 1e-9);
    const double perPixel = std::max(width / rect.width(), height / rect.height()) * kFitMargin;
    const QPointF centre = bounds.center();
    plot_->xAxis->setRange(centre.x() - perPixel * rect.width() / 2, centre.x() + perPixel * rect.width() / 2);
    plot_->yAxis->setRange(centre.y() - perPixel * rect.height() / 2, centre.y() + perPixel * rect.height() / 2);
}

void EmbeddingMapView::keepAspect()
{
    if (follow_)
        fitToPoints();
    else
        plot_->yAxis->setScaleRatio(plot_->xAxis, 1.0);
}

void EmbeddingMapView::replot()
{
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// ---- Points and selection ----

QPointF EmbeddingMapView::dataAt(const QPointF& p) const
{
    return {plot_->xAxis->pixelToCoord(p.x()), plot_->yAxis->pixelToCoord(p.y())};
}

QPointF EmbeddingMapView::pixelOf(int point) const
{
    if (point < 0 || static_cast<std::size_t>(point) >= pointCount())
        return {};
    return {plot_->xAxis->coordToPixel((*xy_)[2 * static_cast<std::size_t>(point)]),
            plot_->yAxis->coordToPixel((*xy_)[2 * static_cast<std::size_t>(point) + 1])};
}

const PointLocator& EmbeddingMapView::locator() const
{
    // A live layout brings a new frame every 40 ms; for large ones the lookup grid (tens of ms at a million
    // points) is rebuilt at most every kLocatorRefreshMs while hovering, positions that old are close enough.
    const bool stale = locatorFor_ != xy_;
    const bool large = pointCount() >= kLargeLayout && locator_.count() == pointCount();
    if (stale && (!large || !locatorAge_.isValid() || locatorAge_.elapsed() >= kLocatorRefreshMs)) {
        locator_ = xy_ ? PointLocator(*xy_) : PointLocator();
        locatorFor_ = xy_;
        locatorAge_.start();
    }
    return locator_;
}

int EmbeddingMapView::pointAt(const QPoint& position, int radiusPixels) const
{
    if (!xy_ || pointCount() == 0)
        return -1;
    const double rx = std::abs(plot_->xAxis->pixelToCoord(position.x() + radiusPixels) - plot_->xAxis->pixelToCoord(position.x()));
    const double ry = std::abs(plot_->yAxis->pixelToCoord(position.y() + radiusPixels) - plot_->yAxis->pixelToCoord(position.y()));
    return locator().nearest(dataAt(position), rx, ry);
}

void EmbeddingMapView::setCurrentPoint(int point)
{
    if (point >= static_cast<int>(pointCount()))
        point = -1;
    if (point == current_)
        return;
    current_ = point;
    updateMarks();
    plot_->layer(QString::fromLatin1(kMarksLayer))->replot();
    Q_EMIT currentPointChanged(point);
}

void EmbeddingMapView::selectInRect(const QRectF& dataRect)
{
    overlay_->setShape(QPolygonF(dataRect.normalized()), true);
    setSelection(xy_ ? pointsInRect(*xy_, dataRect) : QVector<int>{});
}

void EmbeddingMapView::selectInPolygon(const QPolygonF& dataPolygon)
{
    overlay_->setShape(dataPolygon, true);
    setSelection(xy_ ? pointsInPolygon(*xy_, dataPolygon) : QVector<int>{});
}

void EmbeddingMapView::setSelection(QVector<int> points)
{
    selection_ = std::move(points);
    updateMarks();
    plot_->layer(QString::fromLatin1(kMarksLayer))->replot();
    Q_EMIT selectionChanged(selection_);
}

void EmbeddingMapView::clearSelection()
{
    overlay_->setShape({}, false);
    setSelection({});
}

void EmbeddingMapView::updateMarks()
{
    overlay_->setMarked(xy_, selection_);
    if (current_ >= 0 && static_cast<std::size_t>(current_) < pointCount()) {
        const QPointF p((*xy_)[2 * static_cast<std::size_t>(current_)], (*xy_)[2 * static_cast<std::size_t>(current_) + 1]);
        overlay_->setCurrent(&p);
    } else {
        overlay_->setCurrent(nullptr);
    }
    if (hovered_ >= 0 && static_cast<std::size_t>(hovered_) < pointCount()) {
        const QPointF p((*xy_)[2 * static_cast<std::size_t>(hovered_)], (*xy_)[2 * static_cast<std::size_t>(hovered_) + 1]);
        overlay_->setHovered(&p);
    } else {
        overlay_->setHovered(nullptr);
    }
}

// ---- Mouse ----

void EmbeddingMapView::mousePressed(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    pressPosition_ = event->pos();
    card_->dismiss();
    if (tool_ == Tool::Pan)
        return;
    dragging_ = true;
    dragShape_ = QPolygonF{dataAt(event->pos())};
}

void EmbeddingMapView::mouseMoved(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        hover(event->pos());
        return;
    }
    if ((event->pos() - pressPosition_).manhattanLength() <= kClickSlop)
        return;
    if (tool_ == Tool::Pan) {
        setFollow(false);
        return;
    }
    if (!dragging_)
        return;
    const QPointF here = dataAt(event->pos());
    if (tool_ == Tool::Rectangle) {
        overlay_->setShape(QPolygonF(QRectF(dragShape_.first(), here).normalized()), true);
    } else {
        dragShape_ << here;
        overlay_->setShape(dragShape_, false);
    }
    plot_->layer(QString::fromLatin1(kMarksLayer))->replot();
}

void EmbeddingMapView::mouseReleased(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool click = (event->pos() - pressPosition_).manhattanLength() <= kClickSlop;
    const bool wasDragging = dragging_;
    dragging_ = false;
    if (click) {
        if (wasDragging)
            overlay_->setShape({}, false);
        setCurrentPoint(pointAt(event->pos()));
        return;
    }
    if (!wasDragging)
        return;
    if (tool_ == Tool::Rectangle)
        selectInRect(QRectF(dragShape_.first(), dataAt(event->pos())));
    else
        selectInPolygon(dragShape_ << dataAt(event->pos()));
}

void EmbeddingMapView::mouseDoubleClicked(QMouseEvent* event)
{
    const int point = pointAt(event->pos());
    if (point < 0)
        return;
    setCurrentPoint(point);
    if (imageOfPoint(point) >= 0)
        Q_EMIT similarImagesRequested(static_cast<std::uint32_t>(imageOfPoint(point)));
}

void EmbeddingMapView::hover(const QPoint& position)
{
    const int point = pointAt(position);
    if (point != hovered_) {
        hovered_ = point;
        updateMarks();
        plot_->layer(QString::fromLatin1(kMarksLayer))->replot();
    }
    if (point >= 0 && imageOfPoint(point) >= 0)
        card_->showImage(imageOfPoint(point), plot_->mapToGlobal(position));
    else
        card_->dismiss();
}

void EmbeddingMapView::showContextMenu(const QPoint& position)
{
    card_->dismiss();
    const int point = pointAt(position);
    QMenu menu(this);
    QAction* similar = menu.addAction(tr("Find Similar Images"));
    similar->setEnabled(point >= 0 && imageOfPoint(point) >= 0);
    menu.addSeparator();
    QAction* fit = menu.addAction(tr("Fit All Points"));
    QAction* clear = menu.addAction(tr("Clear Selection"));
    clear->setEnabled(!selection_.isEmpty());
    QAction* chosen = menu.exec(plot_->mapToGlobal(position));
    if (chosen == similar) {
        setCurrentPoint(point);
        Q_EMIT similarImagesRequested(static_cast<std::uint32_t>(imageOfPoint(point)));
    } else if (chosen == fit) {
        fitToPoints();
        replot();
    } else if (chosen == clear) {
        clearSelection();
    }
}

bool EmbeddingMapView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_) {
        if (event->type() == QEvent::Leave) {
            card_->dismiss();
            if (hovered_ >= 0) {
                hovered_ = -1;
                updateMarks();
                plot_->layer(QString::fromLatin1(kMarksLayer))->replot();
            }
        } else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !selection_.isEmpty()) {
            clearSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tagscope::ui
