// The reusable widgets on their own: histogram, thumbnail loader and grid model, tag table, number formats.
#include "common/english_plurals.h"
#include "common/number_format.h"
#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_filter_proxy_model.h"
#include "tags/tag_panel.h"
#include "tags/tag_table_model.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"
#include "thumbnails/thumbnail_tiles.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <numeric>

using namespace tagscope::ui;

namespace {

constexpr int kFakeSide = 16;

QColor colorOf(int image)
{
    return QColor::fromHsv((image * 37) % 360, 200, 100 + (image * 13) % 150);
}

// Solid-colour thumbnails; images in `broken` fail. With a gate, each decode first waits for a permit,
// so a test can hold the (single) worker while it queues more requests.
class FakeSource : public ImageSource {
public:
    QSet<int> broken;
    QSemaphore* gate = nullptr;    // each decode waits for a permit
    QSemaphore* entered = nullptr; // released when a decode starts

    QString imageName(int image) const override { return QStringLiteral("image-%1").arg(image); }
    QString imageToolTip(int image) const override { return QStringLiteral("<b>image-%1</b>").arg(image); }
    QImage loadThumbnail(int image, int maxSide, QString* error) const override
    {
        if (entered)
            entered->release();
        if (gate)
            gate->acquire();
        {
            QMutexLocker lock(&mutex_);
            order_.push_back(image);
        }
        if (broken.contains(image)) {
            *error = QStringLiteral("/data/%1.jpg: cannot decode").arg(image);
            return {};
        }
        QImage thumbnail(std::min(kFakeSide, maxSide), std::min(kFakeSide, maxSide), QImage::Format_RGB888);
        thumbnail.fill(colorOf(image));
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

qint64 fakeThumbnailBytes()
{
    return QImage(kFakeSide, kFakeSide, QImage::Format_RGB888).sizeInBytes();
}

TagBand bandOf(quint64 count, const BandLimits& limits)
{
    return count > limits.headAbove ? TagBand::Head : count < limits.tailBelow ? TagBand::Tail : TagBand::Medium;
}

QVector<HistogramBar> barsFor(const QVector<quint64>& counts, const BandLimits& limits)
{
    QVector<HistogramBar> bars;
    for (int i = 0; i < counts.size(); ++i)
        bars.push_back({i, QStringLiteral("tag %1").arg(i), counts[i], bandOf(counts[i], limits)});
    return bars;
}

TagInfo tagInfo(int tag, const QString& name, const QString& labelName, quint64 positive, quint64 negative, TagBand band)
{
    TagInfo info;
    info.tag = tag;
    info.name = name;
    info.labelName = labelName;
    info.positive = positive;
    info.negative = negative;
    info.unknown = 1000 - positive - negative;
    info.band = band;
    return info;
}

QVector<TagInfo> fruitTags()
{
    return {tagInfo(0, "Apple", "/m/apple", 5, 10, TagBand::Tail), tagInfo(1, "banana", "/m/banana", 50, 3, TagBand::Medium),
            tagInfo(2, "Cherry", "/m/cherry", 500, 0, TagBand::Head), tagInfo(3, "Bow and arrow", "/m/bow", 0, 7, TagBand::Tail)};
}

QStringList namesInViewOrder(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, TagTableModel::NameColumn).data().toString();
    return names;
}

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installEnglishPlurals(*QCoreApplication::instance())); // "1 tag", "3 tags"
    }

    void numberFormats_data();
    void numberFormats();

    void histogramSortsBarsOnALogAxis_data();
    void histogramSortsBarsOnALogAxis();
    void histogramCopesWithTwentyThousandTags();
    void histogramClickPicksTheBarUnderTheMouse();
    void histogramMarksTheSelectedTag();
    void histogramNamesCloseCutOffsInOneLabel();

    void gridModelRowCountFollowsTheFilter();
    void gridModelShowsPlaceholderThenThumbnail();
    void gridModelShowsMissingTileForBrokenImages();
    void gridViewReportsVisibleRows();
    void loaderRespectsCacheBound();
    void loaderDecodesNewestRequestFirst();
    void loaderDropsStaleAndExcessRequests();
    void loaderIgnoresResultsOfAnOldSource();

    void tagTableSorts_data();
    void tagTableSorts();
    void tagTableSearchesNamesAndLabelNames_data();
    void tagTableSearchesNamesAndLabelNames();
    void tagPanelReportsSelection();
    void filterBarShowsCounts();
    void filterBarKeepsItsHeightAndNamesImageSets();
    void filterBarShowsErrorsWithSuggestions();
};

void TestWidgets::numberFormats_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grouped") << groupedNumber(1234567) << "1,234,567";
    QTest::newRow("compact small") << compactNumber(9999) << "9,999";
    QTest::newRow("compact thousands") << compactNumber(12345) << "12.3K";
    QTest::newRow("compact millions") << compactNumber(1234567) << "1.2M";
    QTest::newRow("compact round") << compactNumber(10000) << "10K";
    QTest::newRow("compact from 1000") << compactNumber(1000, 1000) << "1K";
    QTest::newRow("compact billions") << compactNumber(180'000'000'000ull) << "180G";
    QTest::newRow("ratio") << ratioText(523.4) << "523 : 1";
    QTest::newRow("small ratio") << ratioText(2.25) << "2.3 : 1";
    QTest::newRow("no ratio") << ratioText(0) << "–";
}

void TestWidgets::numberFormats()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestWidgets::histogramSortsBarsOnALogAxis_data()
{
    QTest::addColumn<QVector<quint64>>("counts");
    QTest::addColumn<int>("head");
    QTest::addColumn<int>("medium");
    QTest::addColumn<int>("tail");
    QTest::addColumn<QString>("ratio");
    QTest::newRow("mixed") << QVector<quint64>{5, 500, 50, 0, 12, 150} << 2 << 1 << 3 << "100 : 1";
    QTest::newRow("all head") << QVector<quint64>{1000, 101, 4000} << 3 << 0 << 0 << "40 : 1";
    QTest::newRow("band edges") << QVector<quint64>{100, 20, 19, 101} << 1 << 2 << 1 << "5.3 : 1";
}

void TestWidgets::histogramSortsBarsOnALogAxis()
{
    QFETCH(QVector<quint64>, counts);
    QFETCH(int, head);
    QFETCH(int, medium);
    QFETCH(int, tail);
    QFETCH(QString, ratio);
    const BandLimits limits;
    quint64 most = 0, least = 0;
    for (quint64 c : counts)
        if (c > 0) {
            most = std::max(most, c);
            least = least == 0 ? c : std::min(least, c);
        }

    TagHistogram histogram;
    histogram.setBars(barsFor(counts, limits), limits, "Positive images", "positives", double(most) / double(least));

    const QVector<HistogramBar>& bars = histogram.bars();
    QCOMPARE(bars.size(), counts.size());
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY2(bars[i - 1].count >= bars[i].count, "bars must be sorted by count, descending");
    for (const HistogramBar& bar : bars)
        QCOMPARE(bar.count, counts[bar.tag]);
    QCOMPARE(histogram.rankOfTag(bars.first().tag), 1);
    QCOMPARE(histogram.bandTagCount(TagBand::Head), head);
    QCOMPARE(histogram.bandTagCount(TagBand::Medium), medium);
    QCOMPARE(histogram.bandTagCount(TagBand::Tail), tail);
    QVERIFY(histogram.title().contains(ratio));

    QCustomPlot* plot = histogram.plot();
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(plot->yAxis->ticker().dynamicCast<QCPAxisTickerLog>());
    QVERIFY(plot->yAxis->range().lower < 1.0);
    QVERIFY(plot->yAxis->range().upper >= double(most));
    QVERIFY(!plot->yAxis->label().isEmpty());
    QVERIFY(!plot->xAxis->label().isEmpty());
    QVERIFY(histogram.drawsDiscreteBars());
    QCOMPARE(plot->plottableCount(), 3); // one series per band, for the legend
    int drawn = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* series = qobject_cast<QCPBars*>(plot->plottable(i));
        QVERIFY(series);
        drawn += series->dataCount();
        // Every bar of a series has its band's colour.
        QCOMPARE(series->brush().color(), bandColor(static_cast<TagBand>(i)));
        for (auto it = series->data()->constBegin(); it != series->data()->constEnd(); ++it)
            QCOMPARE(bars[int(it->key) - 1].band, static_cast<TagBand>(i));
    }
    QCOMPARE(drawn, int(std::count_if(counts.begin(), counts.end(), [](quint64 c) { return c > 0; })));
    QCOMPARE(plot->legend->itemCount(), 3);
}

void TestWidgets::histogramCopesWithTwentyThousandTags()
{
    const int tags = 20000;
    QVector<quint64> counts(tags);
    for (int i = 0; i < tags; ++i)
        counts[(i * 7919) % tags] = static_cast<quint64>(300000.0 / std::pow(i + 1, 1.1)); // Zipf, shuffled
    const BandLimits limits;
    TagHistogram histogram;
    histogram.resize(1200, 320);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));

    QElapsedTimer timer;
    timer.start();
    histogram.setBars(barsFor(counts, limits), limits, "Positive images", "positives", 300000.0);
    histogram.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const qint64 firstMs = timer.elapsed();
    timer.restart();
    histogram.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const qint64 replotMs = timer.elapsed();
    qInfo("20k tags: setBars + first replot %lld ms, replot %lld ms", firstMs, replotMs);

    QVERIFY(!histogram.drawsDiscreteBars());
    QVERIFY(qobject_cast<QCPGraph*>(histogram.plot()->plottable(0)));
    QCOMPARE(histogram.bars().size(), tags);
    QVERIFY(std::is_sorted(histogram.bars().begin(), histogram.bars().end(),
                           [](const HistogramBar& a, const HistogramBar& b) { return a.count > b.count; }));
    // Ceilings for pathologies only (20k discrete bars took seconds); timing is not a unit test's business.
    QVERIFY2(firstMs < 10000, qPrintable(QString("setBars + replot took %1 ms").arg(firstMs)));
    QVERIFY2(replotMs < 10000, qPrintable(QString("replot took %1 ms").arg(replotMs)));
}

void TestWidgets::histogramClickPicksTheBarUnderTheMouse()
{
    const BandLimits limits;
    TagHistogram histogram;
    histogram.resize(800, 300);
    histogram.setBars(barsFor({5, 500, 50, 0, 12, 150}, limits), limits, "Positive images", "positives", 100.0);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    QCustomPlot* plot = histogram.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);

    // Rank 3 is the third most frequent tag: 50 positives, tag 2.
    const int x = int(plot->xAxis->coordToPixel(3));
    const int y = plot->axisRect()->rect().center().y();
    QCOMPARE(histogram.tagAtPixel(QPoint(x, y)), 2);
    QCOMPARE(histogram.tagAtPixel(QPoint(plot->axisRect()->left() - 10, y)), -1);

    QSignalSpy clicked(&histogram, &TagHistogram::tagClicked);
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 2);
}

void TestWidgets::histogramMarksTheSelectedTag()
{
    const BandLimits limits;
    TagHistogram histogram;
    histogram.setBars(barsFor({5, 500, 50}, limits), limits, "Positive images", "positives", 100.0);
    const int itemsBefore = histogram.plot()->itemCount();
    histogram.setSelectedTag(2);
    QCOMPARE(histogram.selectedTag(), 2);
    histogram.setSelectedTag(42); // not a tag of this histogram
    QCOMPARE(histogram.selectedTag(), -1);
    QCOMPARE(histogram.plot()->itemCount(), itemsBefore); // markers are reused, not piled up
}

// Quantile bands among tags of similar counts put the head and tail lines a few pixels apart: their labels would
// overprint, so one label names both; apart, each line has its own.
void TestWidgets::histogramNamesCloseCutOffsInOneLabel()
{
    TagHistogram histogram;
    histogram.resize(700, 400);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    const QVector<quint64> counts = {15000, 12000, 9000, 5800, 5700, 5000, 4000, 2000, 400, 50};
    const BandLimits apart{100, 20};
    histogram.setBars(barsFor(counts, apart), apart, "Positive images", "positives", 300.0);
    histogram.plot()->replot();
    histogram.plot()->replot(); // the second with the first's layout, as on screen
    QCOMPARE(histogram.thresholdLabels(), QStringList({"tail < 20", "head > 100"}));
    const BandLimits close{5700, 5000};
    histogram.setBars(barsFor(counts, close), close, "Positive images", "positives", 300.0);
    histogram.plot()->replot();
    histogram.plot()->replot();
    QCOMPARE(histogram.thresholdLabels(), QStringList({"head > 5,700\ntail < 5,000"}));
}

void TestWidgets::gridModelRowCountFollowsTheFilter()
{
    ThumbnailGridModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setSource(std::make_shared<FakeSource>());
    model.setImages({3, 1, 4, 1, 5});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(2).data(ThumbnailGridModel::ImageIndexRole).toInt(), 4);
    QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QString("image-3"));
    QVERIFY(model.index(4).data(Qt::ToolTipRole).toString().contains("image-5"));
    model.setImages({9});
    QCOMPARE(model.rowCount(), 1);
    model.setImages({});
    QCOMPARE(model.rowCount(), 0);
    model.setImages({1, 2});
    model.setSource(std::make_shared<FakeSource>()); // a new dataset starts empty
    QCOMPARE(model.rowCount(), 0);
}

void TestWidgets::gridModelShowsPlaceholderThenThumbnail()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<FakeSource>());
    model.setImages({7, 8, 9});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex index = model.index(1);
    QCOMPARE(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Missing));
    model.requestRows({1}); // what the grid does for the rows it shows
    const QImage first = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(first, placeholderImage(model.thumbnailSide()));
    QCOMPARE(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Pending));

    QTRY_COMPARE(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Loaded));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumbnail.size(), QSize(kFakeSide, kFakeSide));
    QCOMPARE(thumbnail.pixelColor(3, 3).rgb(), colorOf(8).rgb());
    // Rows never requested are never decoded.
    QCOMPARE(model.index(0).data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Missing));
}

void TestWidgets::gridModelShowsMissingTileForBrokenImages()
{
    auto source = std::make_shared<FakeSource>();
    source->broken = {4};
    ThumbnailGridModel model;
    model.setSource(source);
    model.setImages({4});
    model.requestRows({0});
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(Qt::DecorationRole).value<QImage>(), placeholderImage(model.thumbnailSide()));
    QTRY_COMPARE(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Failed));
    const QImage tile = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(tile, missingImage(model.thumbnailSide()));
    QVERIFY(tile != placeholderImage(model.thumbnailSide()));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains("cannot decode"));
}

void TestWidgets::gridViewReportsVisibleRows()
{
    ThumbnailGridModel model;
    model.setSource(std::make_shared<FakeSource>());
    QVector<int> images(500);
    std::iota(images.begin(), images.end(), 0);
    model.setImages(images);
    VirtualThumbnailGrid view;
    view.setGridModel(&model);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto [first, last] = view.visibleRows();
    QCOMPARE(first, 0);
    QVERIFY(last > 0 && last < 100);
    // The grid asked for the rows on screen and a few lines ahead; they arrive and nothing far away was decoded.
    const int columns = view.gridGeometry().columns();
    QTRY_COMPARE(model.loader()->pendingCount(), 0);
    QTRY_VERIFY(model.loader()->cachedCount() > last);
    QVERIFY(model.loader()->cachedCount() <= last + 1 + 3 * columns);
    QCOMPARE(model.loader()->state(499), ThumbnailLoader::State::Missing);
}

void TestWidgets::loaderRespectsCacheBound()
{
    ThumbnailLoader loader;
    loader.setSource(std::make_shared<FakeSource>());
    loader.setCacheLimit(4 * fakeThumbnailBytes());
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    for (int image = 0; image < 10; ++image)
        loader.request(image);
    QTRY_COMPARE(ready.count(), 10);
    QCOMPARE(loader.cachedCount(), 4);
    QVERIFY(loader.cacheBytes() <= loader.cacheLimit());
    int loaded = 0;
    for (int image = 0; image < 10; ++image)
        loaded += loader.state(image) == ThumbnailLoader::State::Loaded;
    QCOMPARE(loaded, 4);
    // An evicted thumbnail is simply decoded again when asked for.
    int evicted = 0;
    while (loader.state(evicted) == ThumbnailLoader::State::Loaded)
        ++evicted;
    loader.request(evicted);
    QTRY_COMPARE(loader.state(evicted), ThumbnailLoader::State::Loaded);
    QVERIFY(loader.cachedCount() <= 4);
}

void TestWidgets::loaderDecodesNewestRequestFirst()
{
    auto source = std::make_shared<FakeSource>();
    QSemaphore gate, entered;
    source->gate = &gate;
    source->entered = &entered;
    ThumbnailLoader loader;
    loader.setThreadCount(1);
    loader.setSource(source);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.request(0);
    QVERIFY(entered.tryAcquire(1, 5000)); // the only worker now holds image 0 and waits at the gate
    for (int image = 1; image <= 5; ++image)
        loader.request(image);
    loader.request(2); // asked again: newest now
    gate.release(100);
    QTRY_COMPARE(ready.count(), 6);
    QCOMPARE(source->order(), (QVector<int>{0, 2, 5, 4, 3, 1}));
}

void TestWidgets::loaderDropsStaleAndExcessRequests()
{
    auto source = std::make_shared<FakeSource>();
    QSemaphore gate, entered;
    source->gate = &gate;
    source->entered = &entered;
    ThumbnailLoader loader;
    loader.setThreadCount(1);
    loader.setMaxPending(4);
    loader.setSource(source);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.request(0);
    QVERIFY(entered.tryAcquire(1, 5000));
    for (int image = 1; image <= 6; ++image)
        loader.request(image); // 1 and 2 fall off the bottom of the stack
    QCOMPARE(loader.state(1), ThumbnailLoader::State::Missing);
    QCOMPARE(loader.state(3), ThumbnailLoader::State::Pending);
    loader.retainPending([](int image) { return image % 2 == 0; }); // scrolled away from 3 and 5
    gate.release(100);
    QTRY_COMPARE(ready.count(), 3);
    QTest::qWait(50);
    QCOMPARE(source->order(), (QVector<int>{0, 6, 4}));
    QCOMPARE(loader.pendingCount(), 0);
}

void TestWidgets::loaderIgnoresResultsOfAnOldSource()
{
    auto old = std::make_shared<FakeSource>();
    QSemaphore gate, entered;
    old->gate = &gate;
    old->entered = &entered;
    ThumbnailLoader loader;
    loader.setThreadCount(1);
    loader.setSource(old);
    loader.request(1);
    QVERIFY(entered.tryAcquire(1, 5000));
    loader.setSource(std::make_shared<FakeSource>()); // image 1 of the old dataset is still being decoded
    gate.release(10);
    QVERIFY(loader.waitForIdle(5000));
    QCoreApplication::processEvents();
    QCOMPARE(loader.state(1), ThumbnailLoader::State::Missing);
    QCOMPARE(loader.cachedCount(), 0);
}

void TestWidgets::tagTableSorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("positives descending") << int(TagTableModel::PositiveColumn) << int(Qt::DescendingOrder)
                                          << QStringList{"Cherry", "banana", "Apple", "Bow and arrow"};
    QTest::newRow("positives ascending") << int(TagTableModel::PositiveColumn) << int(Qt::AscendingOrder)
                                         << QStringList{"Bow and arrow", "Apple", "banana", "Cherry"};
    QTest::newRow("names, case-insensitive") << int(TagTableModel::NameColumn) << int(Qt::AscendingOrder)
                                             << QStringList{"Apple", "banana", "Bow and arrow", "Cherry"};
    QTest::newRow("negatives numerically") << int(TagTableModel::NegativeColumn) << int(Qt::DescendingOrder)
                                           << QStringList{"Apple", "Bow and arrow", "banana", "Cherry"};
    QTest::newRow("band, head first") << int(TagTableModel::BandColumn) << int(Qt::AscendingOrder)
                                      << QStringList{"Cherry", "banana", "Apple", "Bow and arrow"};
}

void TestWidgets::tagTableSorts()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    TagTableModel model;
    model.setTags(fruitTags());
    TagFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(namesInViewOrder(proxy), expected);
    QCOMPARE(model.rowForTag(2), 2);
    QCOMPARE(model.index(2, TagTableModel::PositiveColumn).data().toString(), QString("500"));
    QCOMPARE(model.index(2, TagTableModel::BandColumn).data(Qt::ToolTipRole).toString(), QString("Head")); // a dot, named on hover
}

void TestWidgets::tagTableSearchesNamesAndLabelNames_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << "" << QStringList{"Cherry", "banana", "Apple", "Bow and arrow"};
    QTest::newRow("substring, any case") << "AN" << QStringList{"banana", "Bow and arrow"};
    QTest::newRow("label name") << "/m/ch" << QStringList{"Cherry"};
    QTest::newRow("spaces trimmed") << "  apple " << QStringList{"Apple"};
    QTest::newRow("nothing") << "zebra" << QStringList{};
}

void TestWidgets::tagTableSearchesNamesAndLabelNames()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TagPanel panel;
    panel.setTags(fruitTags());
    panel.searchField()->setText(search);
    QCOMPARE(namesInViewOrder(*panel.table()->model()), expected);
}

void TestWidgets::tagPanelReportsSelection()
{
    TagPanel panel;
    panel.setTags(fruitTags());
    QSignalSpy changed(&panel, &TagPanel::currentTagChanged);
    panel.selectTag(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toInt(), 1);
    QCOMPARE(panel.currentTag(), 1);
    panel.selectTag(1); // unchanged: no signal
    QCOMPARE(changed.count(), 1);

    // Selecting a tag hidden by the search clears the search so the selection can be seen.
    panel.searchField()->setText("cherry");
    panel.selectTag(0);
    QCOMPARE(panel.searchField()->text(), QString());
    QCOMPARE(panel.currentTag(), 0);
    QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 1);

    panel.selectTag(-1);
    QCOMPARE(panel.currentTag(), -1);
    QCOMPARE(changed.last().first().toInt(), -1);
}

void TestWidgets::filterBarShowsCounts()
{
    ImageFilterBar bar;
    bar.setCounts(12, 3456);
    QCOMPARE(bar.countText(), QString("12 of 3,456 images"));
    bar.setBusy(true);
    QVERIFY(bar.countText() != QString("12 of 3,456 images"));
    bar.setBusy(false);
    QSignalSpy changed(&bar, &ImageFilterBar::labelFilterChanged);
    bar.setTag("Cat");
    QVERIFY(bar.stateCombo()->isEnabled());
    bar.stateCombo()->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.labelFilter(), ImageFilterBar::LabelFilter::Negative);
    bar.setTag(QString());
    QVERIFY(!bar.stateCombo()->isEnabled());
}

// The Show All button coming and going does not move the grid (the row keeps its height); a set of images from
// elsewhere is named once in the title and can be cleared like a tag.
void TestWidgets::filterBarKeepsItsHeightAndNamesImageSets()
{
    QAction showAll(QIcon(), "Show All Images");
    ImageFilterBar bar;
    bar.setShowAllAction(&showAll);
    bar.resize(700, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto* button = bar.findChild<QToolButton*>();
    QVERIFY(button && button->isHidden());
    const int height = bar.sizeHint().height();
    bar.setTag("Sneaker");
    QVERIFY(button->isVisible());
    QCOMPARE(bar.sizeHint().height(), height);
    QCOMPARE(bar.title(), QStringLiteral("Images with tag Sneaker"));
    bar.setTag(QString());
    QVERIFY(button->isHidden());
    QCOMPARE(bar.sizeHint().height(), height);

    bar.setImageSet("119 images from the embedding map");
    QCOMPARE(bar.title(), QStringLiteral("119 images from the embedding map"));
    QVERIFY(button->isVisible());
    bar.setImageSet(QString());
    QCOMPARE(bar.title(), QStringLiteral("All images"));
    QVERIFY(button->isHidden());
}

// An expression that does not compile: the reason in a label under the box (not only in a tooltip), the title
// and count untouched, and each suggested tag name a link that submits the corrected expression.
void TestWidgets::filterBarShowsErrorsWithSuggestions()
{
    ImageFilterBar bar;
    bar.resize(700, 100);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.setCounts(20000, 20000);
    QLabel* error = bar.errorLabel();
    QVERIFY(error->isHidden());
    QTest::keyClicks(bar.expressionEdit(), "Snaker");
    bar.setExpressionError("column 1: no tag named 'Snaker'\n  Snaker\n  ^",
                           {{"Sneaker", "Sneaker"}, {"Snake", "Snake"}});
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("column 1: no tag named &#x27;Snaker&#x27;") || error->text().contains("column 1: no tag named 'Snaker'"),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(". Did you mean <a href=\"0\">Sneaker</a> or <a href=\"1\">Snake</a>?"), qPrintable(error->text()));
    QVERIFY(!error->text().contains("^")); // the caret line is for the tooltip
    QVERIFY(bar.expressionEdit()->toolTip().contains("^"));
    QCOMPARE(bar.title(), QStringLiteral("All images"));
    QCOMPARE(bar.countText(), QStringLiteral("20,000 of 20,000 images"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(error->height() >= error->heightForWidth(error->width())); // not clipped

    QSignalSpy submitted(&bar, &ImageFilterBar::expressionSubmitted);
    Q_EMIT error->linkActivated("0");
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().toString(), QStringLiteral("Sneaker"));
    QCOMPARE(bar.expressionEdit()->text(), QStringLiteral("Sneaker"));
    QVERIFY(error->isHidden()); // a changed text clears the mark

    bar.setExpressionError("column 20: expected a tag, split:, name: or corrected term after OR, found the end\n  x\n  ^");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().contains("Did you mean"));
    bar.setExpressionError(QString());
    QVERIFY(error->isHidden());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
