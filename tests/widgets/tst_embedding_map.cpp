// The embedding map's widgets: the point rasteriser (pixels, colours, dimming, density, nothing dropped at a
// million points), rectangle and lasso selection and nearest-point lookup on known layouts, the map view's
// mouse selection, and the selection gallery's model.
#include "map/embedding_map_view.h"
#include "map/map_hover_card.h"
#include "map/point_cloud_layer.h"
#include "map/point_raster.h"
#include "map/point_selection.h"
#include "map/tsne_controls.h"
#include "thumbnails/selection_gallery.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace tagscope::ui;

namespace {

// A layout of points on the integer grid 0..side-1 x 0..side-1, point index y * side + x.
std::vector<float> gridLayout(int side)
{
    std::vector<float> xy;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            xy.push_back(static_cast<float>(x));
            xy.push_back(static_cast<float>(y));
        }
    return xy;
}

// Plain coloured squares as thumbnails, a name and tags as the tooltip.
class SquareSource : public ImageSource {
public:
    QString imageName(int image) const override { return QStringLiteral("image-%1").arg(image); }
    QString imageToolTip(int image) const override { return QStringLiteral("<b>image-%1</b> tags: square").arg(image); }
    QImage loadThumbnail(int image, int maxSide, QString*) const override
    {
        QImage square(maxSide, maxSide, QImage::Format_RGB32);
        square.fill(QColor::fromHsv((image * 37) % 360, 200, 200));
        return square;
    }
};

void sendMouse(QWidget* widget, QEvent::Type type, QPoint position, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(position), QPointF(widget->mapToGlobal(position)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestEmbeddingMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pointsLandInTheirPixels();
    void coloursFollowClassesAndEmphasis();
    void opacityGrowsWithStackedPoints();
    void densityColoursByCount();
    void footprintsAreDiscs_data();
    void footprintsAreDiscs();
    void millionPointsNoneDropped();
    void rectangleSelection();
    void lassoSelection_data();
    void lassoSelection();
    void nearestPoint();
    void layerDrawsThroughThePlot();
    void viewSelectsWithMouse();
    void viewClickMakesPointCurrent();
    void hoverShowsThumbnailAndTags();
    void galleryModelShowsSelection();
    void tsneControlsSwitchRunAndPause();
};

void TestEmbeddingMap::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // expected texts use "2,000" and "1.235"
}

void TestEmbeddingMap::pointsLandInTheirPixels()
{
    // Identity mapping: data (x, y) -> pixel (x, y).
    const std::vector<float> xy = {2.5f, 3.5f, 0.0f, 0.0f, 9.99f, 9.99f, 10.0f, 5.0f, -0.1f, 4.0f};
    RasterPoints points{xy.data(), xy.size() / 2, nullptr, nullptr};
    RasterStyle style;
    style.palette = {qRgb(200, 0, 0)};
    style.alpha = 1.0;
    style.pointSize = 1;
    PointRasteriser rasteriser;
    RasterStats stats;
    const QImage image = rasteriser.render(points, style, {}, QSize(10, 10), &stats);
    QCOMPARE(stats.pointsInView, std::size_t(3)); // (10, 5) and (-0.1, 4) lie outside
    QCOMPARE(stats.footprintHits, std::uint64_t(3));
    int opaque = 0;
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 10; ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0;
    QCOMPARE(opaque, 3);
    QCOMPARE(image.pixel(2, 3), qRgba(200, 0, 0, 255));
    QCOMPARE(image.pixel(0, 0), qRgba(200, 0, 0, 255));
    QCOMPARE(image.pixel(9, 9), qRgba(200, 0, 0, 255));

    // A y axis pointing up: data y = 9.5 is the top row.
    RasterTransform up;
    up.yOrigin = 10;
    up.yScale = -1;
    const std::vector<float> one = {4.5f, 9.5f};
    const QImage flipped = rasteriser.render({one.data(), 1, nullptr, nullptr}, style, up, QSize(10, 10));
    QVERIFY(qAlpha(flipped.pixel(4, 0)) == 255);
}

void TestEmbeddingMap::coloursFollowClassesAndEmphasis()
{
    const std::vector<float> xy = {0.5f, 0.5f, 1.5f, 0.5f, 2.5f, 0.5f, 5.5f, 1.5f};
    const std::vector<std::uint8_t> classes = {0, 1, 2, 7}; // 7 is past the palette: its last colour
    const std::vector<std::uint8_t> emphasis = {1, 1, 1, 0};
    RasterStyle style;
    style.palette = {qRgb(222, 84, 44), qRgb(52, 116, 178), qRgb(176, 176, 176)};
    style.alpha = 1.0;
    style.dimmedAlpha = 1.0;
    style.dimmedColour = qRgb(10, 20, 30);
    style.pointSize = 1;
    PointRasteriser rasteriser;
    const QImage image = rasteriser.render({xy.data(), 4, classes.data(), emphasis.data()}, style, {}, QSize(8, 3));
    QCOMPARE(image.pixel(0, 0), qRgba(222, 84, 44, 255));  // positive
    QCOMPARE(image.pixel(1, 0), qRgba(52, 116, 178, 255)); // negative
    QCOMPARE(image.pixel(2, 0), qRgba(176, 176, 176, 255)); // unknown
    // Dimmed: a hollow ring in the dimmed colour whatever its class, its middle left empty.
    QCOMPARE(qAlpha(image.pixel(5, 1)), 0);
    for (const auto& [dx, dy] : PointRasteriser::ring(1))
        QCOMPARE(image.pixel(5 + dx, 1 + dy), qRgba(10, 20, 30, 255));
    QCOMPARE(PointRasteriser::ring(1).size(), std::size_t(8));

    // The map's own colours: outside the filter never reads as the grey of "unknown".
    const QColor outside(RasterStyle().dimmedColour), unknown(qRgb(176, 176, 176));
    QVERIFY(outside.hsvSaturation() > 80); // a colour, not a grey
    QVERIFY(std::abs(outside.hsvHue() - QColor(qRgb(222, 84, 44)).hsvHue()) > 60);  // nor the positive orange
    QVERIFY(std::abs(outside.hsvHue() - QColor(qRgb(52, 116, 178)).hsvHue()) > 40); // nor the negative blue
    QVERIFY(unknown.hsvSaturation() == 0);

    // An emphasised point over a dimmed one on the same pixel shows the emphasised colour.
    const std::vector<float> stacked = {0.5f, 0.5f, 0.5f, 0.5f};
    const std::vector<std::uint8_t> order = {0, 1};
    const QImage over = rasteriser.render({stacked.data(), 2, nullptr, order.data()}, style, {}, QSize(1, 1));
    QCOMPARE(over.pixel(0, 0), qRgba(222, 84, 44, 255));
}

void TestEmbeddingMap::opacityGrowsWithStackedPoints()
{
    RasterStyle style;
    style.palette = {qRgb(0, 0, 255)};
    style.alpha = 0.5;
    style.pointSize = 1;
    PointRasteriser rasteriser;
    int previous = 0;
    for (int count : {1, 2, 3, 8}) {
        const std::vector<float> xy(static_cast<std::size_t>(2 * count), 0.5f);
        const QImage image = rasteriser.render({xy.data(), static_cast<std::size_t>(count), nullptr, nullptr}, style, {}, QSize(1, 1));
        const int alpha = qAlpha(image.pixel(0, 0));
        QVERIFY2(alpha > previous, qPrintable(QStringLiteral("%1 points: alpha %2").arg(count).arg(alpha)));
        QCOMPARE(alpha, static_cast<int>(std::lround(255 * (1 - std::pow(0.5, count)))));
        previous = alpha;
    }
    // Mixed classes on one pixel: the mean colour.
    style.palette = {qRgb(200, 0, 0), qRgb(0, 0, 200)};
    style.alpha = 1.0;
    const std::vector<float> xy = {0.5f, 0.5f, 0.5f, 0.5f};
    const std::vector<std::uint8_t> classes = {0, 1};
    const QImage mixed = rasteriser.render({xy.data(), 2, classes.data(), nullptr}, style, {}, QSize(1, 1));
    QCOMPARE(mixed.pixel(0, 0), qRgba(100, 0, 100, 255));
}

void TestEmbeddingMap::densityColoursByCount()
{
    // One point on pixel 0, 100 on pixel 1: the sparse pixel gets the ramp's start, the dense one its end.
    std::vector<float> xy = {0.5f, 0.5f};
    for (int i = 0; i < 100; ++i) {
        xy.push_back(1.5f);
        xy.push_back(0.5f);
    }
    RasterStyle style;
    style.density = true;
    style.alpha = 1.0;
    style.pointSize = 1;
    PointRasteriser rasteriser;
    RasterStats stats;
    const QImage image = rasteriser.render({xy.data(), xy.size() / 2, nullptr, nullptr}, style, {}, QSize(2, 1), &stats);
    QCOMPARE(stats.densest, 100u);
    const QRgb sparse = PointRasteriser::densityRamp().first(), dense = PointRasteriser::densityRamp().last();
    QCOMPARE(image.pixel(0, 0), qRgba(qRed(sparse), qGreen(sparse), qBlue(sparse), 255));
    QCOMPARE(image.pixel(1, 0), qRgba(qRed(dense), qGreen(dense), qBlue(dense), 255));
}

void TestEmbeddingMap::footprintsAreDiscs_data()
{
    QTest::addColumn<int>("diameter");
    QTest::addColumn<int>("pixels");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 4;
    QTest::newRow("3") << 3 << 9;
    QTest::newRow("5") << 5 << 21; // a 5x5 square without its corners
}

void TestEmbeddingMap::footprintsAreDiscs()
{
    QFETCH(int, diameter);
    QFETCH(int, pixels);
    QCOMPARE(static_cast<int>(PointRasteriser::footprint(diameter).size()), pixels);
    // The rendered footprint covers exactly those pixels.
    const std::vector<float> xy = {10.5f, 10.5f};
    RasterStyle style;
    style.pointSize = diameter;
    style.alpha = 1.0;
    PointRasteriser rasteriser;
    const QImage image = rasteriser.render({xy.data(), 1, nullptr, nullptr}, style, {}, QSize(21, 21));
    int covered = 0;
    for (int y = 0; y < 21; ++y)
        for (int x = 0; x < 21; ++x)
            covered += qAlpha(image.pixel(x, y)) > 0;
    QCOMPARE(covered, pixels);
}

void TestEmbeddingMap::millionPointsNoneDropped()
{
    // 1,000,000 points, one on every pixel of a 1000 x 1000 image, in a shuffled order, with a transform that
    // maps the data square [-5, 5]^2 onto the image: every pixel must be painted.
    constexpr int side = 1000;
    std::vector<float> xy(2 * side * side);
    std::vector<int> order(side * side);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(7));
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int px = order[i] % side, py = order[i] / side;
        xy[2 * i] = -5.0f + (static_cast<float>(px) + 0.5f) * 10.0f / side;
        xy[2 * i + 1] = 5.0f - (static_cast<float>(py) + 0.5f) * 10.0f / side;
    }
    RasterTransform t;
    t.xOrigin = -5;
    t.xScale = side / 10.0;
    t.yOrigin = 5;
    t.yScale = -side / 10.0;
    RasterStyle style;
    style.pointSize = 1;
    style.alpha = 1.0;
    PointRasteriser rasteriser;
    RasterStats stats;
    const QImage image = rasteriser.render({xy.data(), xy.size() / 2, nullptr, nullptr}, style, t, QSize(side, side), &stats);
    QCOMPARE(stats.pointsInView, std::size_t(side) * side);
    QCOMPARE(stats.footprintHits, std::uint64_t(side) * side);
    QCOMPARE(stats.densest, 1u);
    for (int y = 0; y < side; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < side; ++x)
            if (qAlpha(line[x]) != 255)
                QFAIL(qPrintable(QStringLiteral("pixel (%1, %2) was not painted").arg(x).arg(y)));
    }
}

void TestEmbeddingMap::rectangleSelection()
{
    const std::vector<float> xy = gridLayout(10);
    // x in [2, 4], y in [1, 2]: 3 x 2 points, edges included, whichever corner the drag started from.
    const QVector<int> expected = {12, 13, 14, 22, 23, 24};
    QCOMPARE(pointsInRect(xy, QRectF(QPointF(2, 1), QPointF(4, 2))), expected);
    QCOMPARE(pointsInRect(xy, QRectF(QPointF(4, 2), QPointF(2, 1))), expected);
    QVERIFY(pointsInRect(xy, QRectF(QPointF(20, 20), QPointF(30, 30))).isEmpty());
}

void TestEmbeddingMap::lassoSelection_data()
{
    QTest::addColumn<QPolygonF>("polygon");
    QTest::addColumn<QVector<int>>("expected");
    // A triangle with corners just outside (0, 0), (4, 0) and (0, 4): the points with x + y <= 4.
    QVector<int> triangle;
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 10; ++x)
            if (x + y <= 4)
                triangle << y * 10 + x;
    QTest::newRow("triangle") << QPolygonF({QPointF(-0.5, -0.5), QPointF(4.9, -0.5), QPointF(-0.5, 4.9)}) << triangle;
    // A U shape around the grid's bottom rows leaves the notch out.
    QVector<int> u;
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 10; ++x)
            if (y <= 3 && x <= 6 && !(x >= 2 && x <= 4 && y >= 1))
                u << y * 10 + x;
    QTest::newRow("u-shape") << QPolygonF({QPointF(-0.5, -0.5), QPointF(6.5, -0.5), QPointF(6.5, 3.5), QPointF(4.5, 3.5), QPointF(4.5, 0.5),
                                           QPointF(1.5, 0.5), QPointF(1.5, 3.5), QPointF(-0.5, 3.5)})
                             << u;
    QTest::newRow("two vertices") << QPolygonF({QPointF(0, 0), QPointF(5, 5)}) << QVector<int>{};
}

void TestEmbeddingMap::lassoSelection()
{
    QFETCH(QPolygonF, polygon);
    QFETCH(QVector<int>, expected);
    QCOMPARE(pointsInPolygon(gridLayout(10), polygon), expected);
}

void TestEmbeddingMap::nearestPoint()
{
    const PointLocator locator(gridLayout(50));
    QCOMPARE(locator.nearest(QPointF(3.2, 7.1), 0.5, 0.5), 7 * 50 + 3);
    QCOMPARE(locator.nearest(QPointF(49.4, 0.3), 0.5, 0.5), 49);
    QCOMPARE(locator.nearest(QPointF(3.5, 7.5), 0.4, 0.4), -1);   // no point that close
    QCOMPARE(locator.nearest(QPointF(60, 60), 0.5, 0.5), -1);
    // Brute force agrees on random queries.
    std::mt19937 random(3);
    std::uniform_real_distribution<double> coordinate(-2, 52);
    const std::vector<float> xy = gridLayout(50);
    for (int q = 0; q < 200; ++q) {
        const QPointF p(coordinate(random), coordinate(random));
        int best = -1;
        double bestD = 1.0;
        for (int i = 0; i < 2500; ++i) {
            const double d = std::pow((xy[2 * i] - p.x()) / 0.8, 2) + std::pow((xy[2 * i + 1] - p.y()) / 0.6, 2);
            if (d < bestD || (d == bestD && best >= 0 && i < best)) {
                bestD = d;
                best = i;
            }
        }
        QCOMPARE(locator.nearest(p, 0.8, 0.6), best);
    }
}

void TestEmbeddingMap::layerDrawsThroughThePlot()
{
    QCustomPlot plot;
    plot.resize(220, 220);
    plot.axisRect()->setAutoMargins(QCP::msNone);
    plot.axisRect()->setMargins(QMargins(10, 10, 10, 10));
    plot.xAxis->setRange(0, 10);
    plot.yAxis->setRange(0, 10);
    auto* layer = new PointCloudLayer(plot.axisRect());
    RasterStyle style;
    style.palette = {qRgb(0, 150, 0)};
    style.alpha = 1.0;
    style.pointSize = 3;
    layer->setStyle(style);
    layer->setPoints(std::make_shared<std::vector<float>>(std::vector<float>{2.0f, 3.0f}));
    const QImage shot = plot.toPixmap(220, 220, 1.0).toImage();
    const int px = static_cast<int>(plot.xAxis->coordToPixel(2.0)), py = static_cast<int>(plot.yAxis->coordToPixel(3.0));
    QCOMPARE(QColor(shot.pixel(px, py)), QColor(0, 150, 0));
    QCOMPARE(layer->lastStats().pointsInView, std::size_t(1));
    // Zooming through the axes moves the point: at twice the zoom it lands elsewhere, still drawn.
    plot.xAxis->setRange(0, 5);
    plot.yAxis->setRange(0, 5);
    const QImage zoomed = plot.toPixmap(220, 220, 1.0).toImage();
    QCOMPARE(QColor(zoomed.pixel(static_cast<int>(plot.xAxis->coordToPixel(2.0)), static_cast<int>(plot.yAxis->coordToPixel(3.0)))),
             QColor(0, 150, 0));
    QVERIFY(QColor(zoomed.pixel(px, py)) != QColor(0, 150, 0));
}

void TestEmbeddingMap::viewSelectsWithMouse()
{
    EmbeddingMapView view;
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLayout(std::make_shared<std::vector<float>>(gridLayout(10)), 1);
    view.plot()->replot();
    QSignalSpy selected(&view, &EmbeddingMapView::selectionChanged);

    // Rectangle from between (1, 1) and (2, 2) to between (3, 4) and (4, 5): x 2..3, y 2..4.
    view.setTool(EmbeddingMapView::Tool::Rectangle);
    QWidget* plot = view.plot();
    const auto pixel = [&](double x, double y) {
        return QPoint(static_cast<int>(view.plot()->xAxis->coordToPixel(x)), static_cast<int>(view.plot()->yAxis->coordToPixel(y)));
    };
    sendMouse(plot, QEvent::MouseButtonPress, pixel(1.5, 1.5), Qt::LeftButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, pixel(2.5, 3.0), Qt::NoButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseMove, pixel(3.5, 4.5), Qt::NoButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, pixel(3.5, 4.5), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(view.selection(), (QVector<int>{22, 23, 32, 33, 42, 43}));

    // A lasso around the first column (x = 0, y 0..9).
    view.setTool(EmbeddingMapView::Tool::Lasso);
    const QPointF corners[] = {{-0.5, -0.5}, {0.5, -0.5}, {0.5, 9.5}, {-0.5, 9.5}};
    sendMouse(plot, QEvent::MouseButtonPress, pixel(corners[0].x(), corners[0].y()), Qt::LeftButton, Qt::LeftButton);
    for (const QPointF& c : corners)
        sendMouse(plot, QEvent::MouseMove, pixel(c.x(), c.y()), Qt::NoButton, Qt::LeftButton);
    sendMouse(plot, QEvent::MouseButtonRelease, pixel(corners[3].x(), corners[3].y()), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(selected.count(), 2);
    QCOMPARE(view.selection(), (QVector<int>{0, 10, 20, 30, 40, 50, 60, 70, 80, 90}));

    // Escape clears it.
    QTest::keyClick(plot, Qt::Key_Escape);
    QVERIFY(view.selection().isEmpty());
}

void TestEmbeddingMap::viewClickMakesPointCurrent()
{
    EmbeddingMapView view;
    view.resize(500, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLayout(std::make_shared<std::vector<float>>(gridLayout(8)), 1);
    view.setPointImages([] {
        QVector<int> images;
        for (int i = 0; i < 64; ++i)
            images << 1000 + i;
        return images;
    }());
    view.plot()->replot();
    QSignalSpy current(&view, &EmbeddingMapView::currentPointChanged);
    QSignalSpy similar(&view, &EmbeddingMapView::similarImagesRequested);
    const QPoint at = view.pixelOf(27).toPoint();
    QCOMPARE(view.pointAt(at), 27);
    sendMouse(view.plot(), QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view.plot(), QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(view.currentPoint(), 27);
    QCOMPARE(current.count(), 1);
    sendMouse(view.plot(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    QCOMPARE(similar.count(), 1);
    QCOMPARE(similar.first().first().value<std::uint32_t>(), 1027u);
    // A click on empty space clears the current point.
    const QPoint empty = QPoint(static_cast<int>(view.plot()->xAxis->coordToPixel(3.5)), static_cast<int>(view.plot()->yAxis->coordToPixel(3.5)));
    QCOMPARE(view.pointAt(empty, 4), -1);
}

void TestEmbeddingMap::hoverShowsThumbnailAndTags()
{
    ThumbnailLoader loader;
    loader.setSource(std::make_shared<SquareSource>());
    loader.setThumbnailSide(64);
    EmbeddingMapView view;
    view.resize(500, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setThumbnailLoader(&loader);
    view.setLayout(std::make_shared<std::vector<float>>(gridLayout(6)), 1);
    QVector<int> images;
    for (int i = 0; i < 36; ++i)
        images << 500 + i;
    view.setPointImages(images);
    view.plot()->replot();
    auto* card = view.findChild<MapHoverCard*>(QStringLiteral("mapHoverCard"));
    QVERIFY(card);
    sendMouse(view.plot(), QEvent::MouseMove, view.pixelOf(14).toPoint() + QPoint(2, 1), Qt::NoButton, Qt::NoButton);
    QVERIFY(card->isVisible());
    QCOMPARE(card->image(), 514);
    const auto labels = card->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* label) { return label->text().contains(QStringLiteral("image-514")); }));
    // The thumbnail arrives from the loader and replaces the placeholder.
    QTRY_VERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* label) { return !label->pixmap().isNull(); }));
    // Away from every point the card goes.
    const QPoint empty(static_cast<int>(view.plot()->xAxis->coordToPixel(2.5)), static_cast<int>(view.plot()->yAxis->coordToPixel(2.5)));
    sendMouse(view.plot(), QEvent::MouseMove, empty, Qt::NoButton, Qt::NoButton);
    QVERIFY(!card->isVisible());
}

void TestEmbeddingMap::galleryModelShowsSelection()
{
    SelectionGallery gallery;
    QCOMPARE(gallery.model()->rowCount(), 0);
    QVERIFY(!gallery.showInBrowserButton()->isEnabled());
    gallery.setImages({42, 7, 19, 7, 3});
    QCOMPARE(gallery.model()->rowCount(), 4);
    QCOMPARE(gallery.images(), (QVector<int>{3, 7, 19, 42}));
    QCOMPARE(gallery.model()->data(gallery.model()->index(2), ThumbnailGridModel::ImageIndexRole).toInt(), 19);
    QCOMPARE(gallery.summary(), QStringLiteral("4 images selected"));
    QVERIFY(gallery.showInBrowserButton()->isEnabled());
    QSignalSpy browser(&gallery, &SelectionGallery::showInBrowserRequested);
    QSignalSpy cleared(&gallery, &SelectionGallery::clearRequested);
    gallery.showInBrowserButton()->click();
    QCOMPARE(browser.count(), 1);
    QCOMPARE(browser.first().first().value<QVector<int>>(), (QVector<int>{3, 7, 19, 42}));
    gallery.clearButton()->click();
    QCOMPARE(cleared.count(), 1);
    gallery.setImages({});
    QCOMPARE(gallery.summary(), QStringLiteral("No images selected"));
    QVERIFY(!gallery.exportButton()->isEnabled());
}

void TestEmbeddingMap::tsneControlsSwitchRunAndPause()
{
    TsneControls controls;
    QSignalSpy run(&controls, &TsneControls::runRequested);
    QSignalSpy pause(&controls, &TsneControls::pauseRequested);
    QSignalSpy changed(&controls, &TsneControls::valuesChanged);
    controls.setState(true, false, QString());
    controls.runButton()->click();
    QCOMPARE(run.count(), 1);
    controls.setState(true, true, QString());
    QCOMPARE(controls.runButton()->text(), QStringLiteral("Pause"));
    controls.runButton()->click();
    QCOMPARE(pause.count(), 1);
    controls.perplexityBox()->setValue(12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<TsneControlValues>().perplexity, 12.0);
    controls.setValues({50, 400, 2, 2000});
    QCOMPARE(changed.count(), 1); // programmatic values emit nothing
    controls.setIteration(250, 2000);
    QCOMPARE(controls.iterationLabel()->text(), QStringLiteral("250 of 2,000"));
    controls.setQuality(true, 1.23456, 0.4321, 250, false);
    QVERIFY(controls.klLabel()->text().startsWith(QStringLiteral("1.235")));
    QVERIFY(controls.knnLabel()->text().startsWith(QStringLiteral("43.2%")));
}

QTEST_MAIN(TestEmbeddingMap)
#include "tst_embedding_map.moc"
