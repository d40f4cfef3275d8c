// The virtual thumbnail grid: arithmetic layout at 10M rows, hit testing, keyboard and mouse selection,
// the order thumbnails are requested in, and stale requests dropped while scrolling.
#include "thumbnails/grid_geometry.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"
#include "thumbnails/thumbnail_request_order.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QtTest>

#include <numeric>

using namespace tagscope::ui;

namespace {

constexpr int kTenMillion = 10'000'000;

// Solid grey thumbnails; a gate lets a test hold the single worker while it rearranges the queue.
class GreySource : public ImageSource {
public:
    QSemaphore* gate = nullptr;
    QSemaphore* entered = nullptr;
    QString imageName(int image) const override { return QStringLiteral("img-%1").arg(image); }
    QString imageToolTip(int image) const override { return QStringLiteral("tip-%1").arg(image); }
    QImage loadThumbnail(int image, int maxSide, QString*) const override
    {
        if (entered)
            entered->release();
        if (gate)
            gate->acquire();
        {
            QMutexLocker lock(&mutex_);
            order_.push_back(image);
        }
        QImage thumbnail(std::min(8, maxSide), std::min(8, maxSide), QImage::Format_RGB888);
        thumbnail.fill(Qt::gray);
        return thumbnail;
    }
    QVector<int> order() const
    {
        QMutexLocker lock(&mutex_);
        return order_;
    }

private:
    mutable QMutex mutex_;
    mutable QVector<int> order_;
};

QVector<int> range(int first, int last)
{
    QVector<int> rows(last - first + 1);
    std::iota(rows.begin(), rows.end(), first);
    return rows;
}

GridGeometry geometry(int count, QSize tile, int width, int height)
{
    GridGeometry g;
    g.count = count;
    g.tile = tile;
    g.viewportWidth = width;
    g.viewportHeight = height;
    return g;
}

} // namespace

class TestVirtualGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void visibleRangeFollowsTheScrollOffset_data();
    void visibleRangeFollowsTheScrollOffset();
    void hitTestingFindsTheCellUnderThePoint_data();
    void hitTestingFindsTheCellUnderThePoint();
    void requestOrderPutsVisibleCellsFirst_data();
    void requestOrderPutsVisibleCellsFirst();
    void loaderDecodesWantedImagesInOrderAndDropsStaleOnes();
    void gridWidgetScrollsTenMillionRows();
    void keyboardMovesTheCurrentRow();
    void mouseSelectsAndActivates();
    void scrollingRequestsOnlyNearbyRows();
    void resizingTilesKeepsTheSelection();
    void emptyTextKeepsAllItsLines();
};

void TestVirtualGrid::visibleRangeFollowsTheScrollOffset_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("scrollY");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    // Tiles 100x150 in an 820x400 viewport: 8 columns of 102 px, lines of 150 px, 3 lines (partly) visible.
    QTest::newRow("top") << kTenMillion << qint64(0) << 0 << 23;
    QTest::newRow("half a line down") << kTenMillion << qint64(75) << 0 << 31;
    QTest::newRow("line 1000") << kTenMillion << qint64(150'000) << 8000 << 8023;
    QTest::newRow("far down") << kTenMillion << qint64(150) * 1'000'000 << 8'000'000 << 8'000'023;
    // 10M / 8 = 1.25M lines; the last line starts at 1,249,999 * 150.
    QTest::newRow("bottom") << kTenMillion << qint64(1'250'000) * 150 - 400 << 9'999'976 << 9'999'999;
    QTest::newRow("past the end clamps") << kTenMillion << qint64(1) << 0 << 23;
    QTest::newRow("short last line") << 20 << qint64(0) << 0 << 19;
    QTest::newRow("empty") << 0 << qint64(0) << -1 << -1;
}

void TestVirtualGrid::visibleRangeFollowsTheScrollOffset()
{
    QFETCH(int, count);
    QFETCH(qint64, scrollY);
    QFETCH(int, first);
    QFETCH(int, last);
    const GridGeometry g = geometry(count, QSize(100, 150), 820, 400);
    QCOMPARE(g.columns(), 8);
    QCOMPARE(g.cellWidth(), 102);
    const GridGeometry::Range r = g.visibleRange(scrollY);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    if (count == kTenMillion) {
        QCOMPARE(g.contentHeight(), qint64(1'250'000) * 150);
        QCOMPARE(g.maxScroll(), qint64(1'250'000) * 150 - 400);
    }
}

void TestVirtualGrid::hitTestingFindsTheCellUnderThePoint_data()
{
    QTest::addColumn<QPoint>("point");
    QTest::addColumn<qint64>("scrollY");
    QTest::addColumn<int>("row");
    QTest::newRow("first cell") << QPoint(5, 5) << qint64(0) << 0;
    QTest::newRow("second column") << QPoint(102, 149) << qint64(0) << 1;
    QTest::newRow("second line") << QPoint(0, 150) << qint64(0) << 8;
    QTest::newRow("scrolled") << QPoint(310, 10) << qint64(150) * 1'000'000 << 8'000'003;
    QTest::newRow("right of the last column") << QPoint(817, 10) << qint64(0) << -1;
    QTest::newRow("negative") << QPoint(-1, 10) << qint64(0) << -1;
    QTest::newRow("below the last cell") << QPoint(5, 399) << qint64(1'250'000) * 150 - 100 << -1;
}

void TestVirtualGrid::hitTestingFindsTheCellUnderThePoint()
{
    QFETCH(QPoint, point);
    QFETCH(qint64, scrollY);
    QFETCH(int, row);
    const GridGeometry g = geometry(kTenMillion, QSize(100, 150), 820, 400);
    QCOMPARE(g.indexAt(point, scrollY), row);
    if (row >= 0)
        QVERIFY(g.cellRect(row, scrollY).contains(point));
}

void TestVirtualGrid::requestOrderPutsVisibleCellsFirst_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QVector<int>>("expected");
    // 4 columns, 100 cells, 2 lines ahead, one line behind.
    QTest::newRow("down") << 20 << 27 << 1 << (range(20, 27) + range(28, 35) + QVector<int>{19, 18, 17, 16});
    QTest::newRow("up") << 20 << 27 << -1 << (range(20, 27) + QVector<int>{19, 18, 17, 16, 15, 14, 13, 12} + range(28, 31));
    QTest::newRow("at the top, going up") << 0 << 7 << -1 << (range(0, 7) + range(8, 11));
    QTest::newRow("at the end") << 92 << 99 << 1 << (range(92, 99) + QVector<int>{91, 90, 89, 88});
}

void TestVirtualGrid::requestOrderPutsVisibleCellsFirst()
{
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, direction);
    QFETCH(QVector<int>, expected);
    ThumbnailRequestWindow window;
    window.firstVisible = first;
    window.lastVisible = last;
    window.columns = 4;
    window.count = 100;
    window.linesAhead = 2;
    window.direction = direction;
    QCOMPARE(thumbnailRequestOrder(window), expected);
}

void TestVirtualGrid::loaderDecodesWantedImagesInOrderAndDropsStaleOnes()
{
    auto source = std::make_shared<GreySource>();
    QSemaphore gate, entered;
    source->gate = &gate;
    source->entered = &entered;
    ThumbnailLoader loader;
    loader.setThreadCount(1);
    loader.setSource(source);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.setWanted({100});
    QVERIFY(entered.tryAcquire(1, 5000)); // the worker holds 100
    loader.setWanted({1, 2, 3, 4, 5});
    QCOMPARE(loader.state(3), ThumbnailLoader::State::Pending);
    // Scrolled on: 1..3 are off screen now and never decoded; 100 is in flight and simply finishes.
    loader.setWanted({7, 4, 6, 100, 5});
    QCOMPARE(loader.state(1), ThumbnailLoader::State::Missing);
    QCOMPARE(loader.state(100), ThumbnailLoader::State::Pending);
    gate.release(100);
    QTRY_COMPARE(ready.count(), 5);
    QTest::qWait(50);
    QCOMPARE(source->order(), (QVector<int>{100, 7, 4, 6, 5}));
    // Already cached images are not queued again.
    loader.setWanted({7, 4});
    QCOMPARE(loader.pendingCount(), 0);
}

void TestVirtualGrid::gridWidgetScrollsTenMillionRows()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<GreySource>());
    QVector<int> images(kTenMillion);
    std::iota(images.begin(), images.end(), 0);
    model.setImages(std::move(images));
    VirtualThumbnailGrid grid;
    grid.setGridModel(&model);
    grid.resize(900, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));

    const GridGeometry g = grid.gridGeometry();
    QVERIFY(g.columns() >= 2);
    QVERIFY(grid.verticalScrollBar()->maximum() > 0);
    QCOMPARE(grid.visibleRows().first, 0);
    // Jumping to the end and painting: the ceiling catches only a pathology (work per row over the ten million
    // rows takes seconds); the paint time itself is not a unit test's business.
    QElapsedTimer timer;
    timer.start();
    grid.verticalScrollBar()->setValue(grid.verticalScrollBar()->maximum());
    grid.repaint();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(grid.scrollOffset(), g.maxScroll());
    QCOMPARE(grid.visibleRows().second, kTenMillion - 1);
    // The middle, and back.
    grid.scrollToRow(5'000'000, VirtualThumbnailGrid::ScrollHint::PositionAtCenter);
    const auto [first, last] = grid.visibleRows();
    QVERIFY(first <= 5'000'000 && 5'000'000 <= last);
    QVERIFY(grid.visualRect(5'000'000).intersects(grid.viewport()->rect()));
    QCOMPARE(grid.rowAt(grid.visualRect(5'000'000).center()), 5'000'000);
    grid.scrollToTop();
    QCOMPARE(grid.visibleRows().first, 0);
}

void TestVirtualGrid::keyboardMovesTheCurrentRow()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<GreySource>());
    QVector<int> images(1000);
    std::iota(images.begin(), images.end(), 0);
    model.setImages(images);
    VirtualThumbnailGrid grid;
    grid.setGridModel(&model);
    grid.resize(700, 500);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const int columns = grid.gridGeometry().columns();
    const int page = grid.gridGeometry().visibleLines() * columns;
    QSignalSpy current(&grid, &VirtualThumbnailGrid::currentRowChanged);

    QTest::keyClick(&grid, Qt::Key_Right); // the first key lands on the first image
    QCOMPARE(grid.currentRow(), 0);
    QTest::keyClick(&grid, Qt::Key_Right);
    QCOMPARE(grid.currentRow(), 1);
    QTest::keyClick(&grid, Qt::Key_Down);
    QCOMPARE(grid.currentRow(), 1 + columns);
    QTest::keyClick(&grid, Qt::Key_Left);
    QCOMPARE(grid.currentRow(), columns);
    QTest::keyClick(&grid, Qt::Key_PageDown);
    QCOMPARE(grid.currentRow(), columns + page);
    QTest::keyClick(&grid, Qt::Key_End);
    QCOMPARE(grid.currentRow(), 999);
    QCOMPARE(grid.visibleRows().second, 999); // scrolled into view
    QTest::keyClick(&grid, Qt::Key_Right); // nothing after the last
    QCOMPARE(grid.currentRow(), 999);
    QTest::keyClick(&grid, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(grid.selectedCount(), columns + 1);
    QTest::keyClick(&grid, Qt::Key_Home);
    QCOMPARE(grid.currentRow(), 0);
    QCOMPARE(grid.visibleRows().first, 0);
    QCOMPARE(grid.selectedRows(), QVector<int>{0});
    QCOMPARE(current.last().first().toInt(), 0);
    QSignalSpy activated(&grid, &VirtualThumbnailGrid::activated);
    QTest::keyClick(&grid, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(grid.selectedCount(), 1000);
}

void TestVirtualGrid::mouseSelectsAndActivates()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<GreySource>());
    model.setImages(range(0, 99));
    VirtualThumbnailGrid grid;
    grid.setGridModel(&model);
    grid.resize(700, 500);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QWidget* viewport = grid.viewport();
    QSignalSpy activated(&grid, &VirtualThumbnailGrid::activated);

    QTest::mouseClick(viewport, Qt::LeftButton, {}, grid.visualRect(3).center());
    QCOMPARE(grid.currentRow(), 3);
    QCOMPARE(grid.selectedRows(), QVector<int>{3});
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, grid.visualRect(6).center());
    QCOMPARE(grid.selectedRows(), (QVector<int>{3, 4, 5, 6}));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, grid.visualRect(4).center());
    QCOMPARE(grid.selectedRows(), (QVector<int>{3, 5, 6}));
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, grid.visualRect(5).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 5);
    // A click on empty space (right of a lone image) clears the selection.
    model.setImages(range(0, 0));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, grid.visualRect(0).center());
    QCOMPARE(grid.selectedCount(), 1);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(viewport->width() - 3, 3));
    QCOMPARE(grid.selectedCount(), 0);
}

void TestVirtualGrid::scrollingRequestsOnlyNearbyRows()
{
    auto source = std::make_shared<GreySource>();
    ThumbnailGridModel model;
    model.setSource(source);
    QVector<int> images(1'000'000);
    std::iota(images.begin(), images.end(), 0);
    model.setImages(images);
    VirtualThumbnailGrid grid;
    grid.setLinesAhead(2);
    grid.setGridModel(&model);
    grid.resize(700, 500);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QTRY_VERIFY(model.loader()->cachedCount() > 0);
    QTRY_COMPARE(model.loader()->pendingCount(), 0);
    QTest::qWait(20);
    const int decodedAtStart = source->order().size();
    // Many scroll steps in a burst: only rows near the final position get decoded.
    for (int step = 1; step <= 50; ++step)
        grid.scrollToRow(step * 10'000, VirtualThumbnailGrid::ScrollHint::PositionAtTop);
    QTRY_COMPARE(model.loader()->pendingCount(), 0);
    const auto [first, last] = grid.visibleRows();
    const int columns = grid.gridGeometry().columns();
    for (int row = first; row <= last; ++row)
        QTRY_COMPARE(model.loader()->state(row), ThumbnailLoader::State::Loaded);
    const QVector<int> decoded = source->order().mid(decodedAtStart);
    QVERIFY(decoded.size() >= last - first + 1);
    for (int image : decoded)
        QVERIFY2(image >= first - columns && image <= last + 2 * columns, qPrintable(QString::number(image)));
}

// Larger or smaller thumbnails (Ctrl+Plus, Ctrl+Minus) keep the current row and the selection, with the current
// row in view, and tell no one that the current row changed.
void TestVirtualGrid::resizingTilesKeepsTheSelection()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<GreySource>());
    model.setImages(range(0, 999));
    VirtualThumbnailGrid grid;
    grid.setGridModel(&model);
    grid.resize(700, 500);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setCurrentRow(500);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&grid, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(grid.currentRow(), 503);
    QCOMPARE(grid.selectedRows(), (QVector<int>{500, 501, 502, 503}));
    QSignalSpy current(&grid, &VirtualThumbnailGrid::currentRowChanged);
    QSignalSpy selection(&grid, &VirtualThumbnailGrid::selectionChanged);
    for (int side : {208, 64, 128}) {
        grid.setThumbnailSide(side);
        QCOMPARE(grid.thumbnailSide(), side);
        QCOMPARE(grid.currentRow(), 503);
        QCOMPARE(grid.selectedRows(), (QVector<int>{500, 501, 502, 503}));
        QVERIFY2(grid.viewport()->rect().contains(grid.visualRect(503)), qPrintable(QString::number(side)));
    }
    QCOMPARE(current.count(), 0);
    QCOMPARE(selection.count(), 0);
    // Shift+arrow still extends from the same anchor.
    QTest::keyClick(&grid, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(grid.selectedRows(), (QVector<int>{500, 501, 502, 503, 504}));
}

// A hint on an empty grid (the map's "Drag a rectangle or a lasso…", longer in German) wraps within the grid and
// keeps its first and last lines however short the grid, which asks for the height the text needs.
void TestVirtualGrid::emptyTextKeepsAllItsLines()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<GreySource>());
    VirtualThumbnailGrid grid;
    grid.setGridModel(&model);
    grid.setEmptyText("Ziehen Sie auf der Karte ein Rechteck oder ein Lasso, um Bilder auszuwählen.");
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    for (const QSize& size : {QSize(300, 200), QSize(300, 64), QSize(220, 80), QSize(600, 40)}) {
        grid.resize(size);
        const QRect area = grid.emptyTextRect();
        const QRect needed = grid.viewport()->fontMetrics().boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, grid.emptyText());
        const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QVERIFY2(area.height() >= std::min(needed.height(), grid.viewport()->height()), qPrintable(where));
        QVERIFY2(grid.viewport()->rect().contains(area), qPrintable(where));
    }
    grid.resize(300, 200);
    const QRect lines = grid.viewport()->fontMetrics().boundingRect(QRect(0, 0, grid.viewport()->width() - 48, 1000),
                                                                  Qt::AlignCenter | Qt::TextWordWrap, grid.emptyText());
    QVERIFY2(grid.minimumSizeHint().height() >= lines.height(), qPrintable(QString::number(grid.minimumSizeHint().height())));
}

QTEST_MAIN(TestVirtualGrid)
#include "tst_virtual_grid.moc"
