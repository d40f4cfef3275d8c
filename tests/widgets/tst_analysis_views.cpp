// The plots that explain the imbalance, with known numbers: the tag frequency histogram (order, band regions,
// stacked negatives, split lines, zoom, tooltip), the summary view, the co-occurrence heatmap, the tag table's
// sorting per column and per split, its context menu, and the CSV export.
#include "common/english_plurals.h"
#include "plots/cooccurrence_heatmap.h"
#include "plots/imbalance_summary_view.h"
#include "plots/plot_export.h"
#include "plots/tag_histogram.h"
#include "tags/label_state_bar.h"
#include "tags/tag_filter_proxy_model.h"
#include "tags/tag_panel.h"
#include "tags/tag_table_model.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope::ui;

namespace {

// Five tags; the train split's positives decide order and band (head > 100, tail < 20).
HistogramBar bar(int tag, const QString& name, quint64 train, quint64 trainNegative, TagBand band, quint64 validation, quint64 test)
{
    HistogramBar b;
    b.tag = tag;
    b.name = name;
    b.count = train;
    b.negative = trainNegative;
    b.band = band;
    b.perSplit[0] = {train, trainNegative, 1000 - train - trainNegative};
    b.perSplit[1] = {validation, 1, 200 - validation - 1};
    b.perSplit[2] = {test, 2, 100 - test - 2};
    return b;
}

QVector<HistogramBar> knownBars()
{
    return {bar(0, "Tail one", 5, 40, TagBand::Tail, 1, 0), bar(1, "Head big", 800, 10, TagBand::Head, 90, 40),
            bar(2, "Medium", 60, 100, TagBand::Medium, 12, 5), bar(3, "Head small", 150, 0, TagBand::Head, 20, 10),
            bar(4, "Tail two", 19, 3, TagBand::Tail, 4, 2)};
}

TagInfo tagRow(int tag, const QString& name, LabelCounts all, LabelCounts train, LabelCounts validation, LabelCounts test, TagBand band)
{
    TagInfo info;
    info.tag = tag;
    info.name = name;
    info.labelName = QStringLiteral("/m/%1").arg(tag);
    info.positive = all.positive;
    info.negative = all.negative;
    info.unknown = all.unknown;
    info.perSplit[0] = train;
    info.perSplit[1] = validation;
    info.perSplit[2] = test;
    info.band = band;
    return info;
}

// 100 images: 70 train, 20 validation, 10 test.
QVector<TagInfo> splitTags()
{
    return {tagRow(0, "Cat", {30, 10, 60}, {25, 5, 40}, {3, 4, 13}, {2, 1, 7}, TagBand::Medium),
            tagRow(1, "dog", {40, 30, 30}, {20, 30, 20}, {15, 0, 5}, {5, 0, 5}, TagBand::Medium),
            tagRow(2, "Bird", {12, 50, 38}, {2, 40, 28}, {2, 6, 12}, {8, 4, 8}, TagBand::Tail)};
}
const QVector<quint64> kSplitImages = {100, 70, 20, 10};

QStringList columnTexts(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

CooccurrenceMatrix knownMatrix()
{
    // Person 100 images, Shirt 40, Dog 10; Person & Shirt 30, Person & Dog 5, Shirt & Dog 0.
    CooccurrenceMatrix m;
    m.tags = {7, 3, 9};
    m.names = {"Person", "Shirt", "Dog"};
    m.counts = {100, 30, 5, //
                30, 40, 0,  //
                5, 0, 10};
    return m;
}

} // namespace

class TestAnalysisViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installEnglishPlurals(*QCoreApplication::instance())); // "1 tag", "3 tags"
    }

    void histogramOrdersBarsAndShadesBands();
    void histogramStacksVerifiedNegatives();
    void histogramDrawsTheOtherSplitsAsLines();
    void histogramZoomKeepsOrderAndResets();
    void histogramTooltipNamesTheCountsPerSplit();
    void histogramExportsCsv();

    void summaryViewShowsTheGivenNumbers();
    void summaryNumbersKeepTheirFullHeight_data();
    void summaryNumbersKeepTheirFullHeight();

    void heatmapNormalisesRows();
    void heatmapClickEmitsTheTagPair();
    void heatmapExportsCsv();

    void tagTableSortsByEveryColumn_data();
    void tagTableSortsByEveryColumn();
    void tagTableSwitchesSplits();
    void tagPanelContextActionsNameTheTag();
    void tagTableGivesTheRoomToNames();
    void tagTableKeepsTheWidthsTheUserSet();

    void csvQuotesFields();
    void plotImagesAreWritten_data();
    void plotImagesAreWritten();
};

void TestAnalysisViews::histogramOrdersBarsAndShadesBands()
{
    TagHistogram histogram;
    histogram.setBars(knownBars(), BandLimits{}, "Positive images (train split)", "train positives", 160.0, SplitView::Train);
    QStringList order;
    for (const HistogramBar& b : histogram.bars())
        order << b.name;
    QCOMPARE(order, QStringList({"Head big", "Head small", "Medium", "Tail two", "Tail one"}));
    QCOMPARE(histogram.bandRegion(TagBand::Head), qMakePair(1, 2));
    QCOMPARE(histogram.bandRegion(TagBand::Medium), qMakePair(3, 3));
    QCOMPARE(histogram.bandRegion(TagBand::Tail), qMakePair(4, 5));

    // The legend names each band with its threshold and its number of tags.
    QCustomPlot* plot = histogram.plot();
    QStringList legend;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            legend << item->plottable()->name();
    QCOMPARE(legend, QStringList({"Head (> 100): 2 tags", "Medium (20–100): 1 tag", "Tail (< 20): 2 tags"}));

    // The shaded regions span the band's ranks, half a bar either side.
    int regions = 0;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* rect = qobject_cast<QCPItemRect*>(plot->item(i)); rect && rect->visible()) {
            ++regions;
            const double left = rect->topLeft->coords().x(), right = rect->bottomRight->coords().x();
            QVERIFY((left == 0.5 && right == 2.5) || (left == 2.5 && right == 3.5) || (left == 3.5 && right == 5.5));
        }
    QCOMPARE(regions, 3);
}

void TestAnalysisViews::histogramStacksVerifiedNegatives()
{
    TagHistogram histogram;
    histogram.setBars(knownBars(), BandLimits{}, "Positive images", "positives", 160.0, SplitView::Train);
    QCOMPARE(histogram.plot()->plottableCount(), 3);
    histogram.setStackNegatives(true);
    QVERIFY(histogram.stackNegativesAction()->isChecked());
    QCustomPlot* plot = histogram.plot();
    QCOMPARE(plot->plottableCount(), 4);
    auto* stacked = qobject_cast<QCPBars*>(plot->plottable(0)); // behind the positives
    QVERIFY(stacked);
    // Rank order: Head big 800+10, Head small 150+0, Medium 60+100, Tail two 19+3, Tail one 5+40.
    const double expected[] = {810, 150, 160, 22, 45};
    QCOMPARE(stacked->dataCount(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(stacked->data()->at(i)->key, double(i + 1));
        QCOMPARE(stacked->data()->at(i)->value, expected[i]);
    }
    QVERIFY(plot->yAxis->range().upper >= 810);
    histogram.setStackNegatives(false);
    QCOMPARE(plot->plottableCount(), 3);
}

void TestAnalysisViews::histogramDrawsTheOtherSplitsAsLines()
{
    TagHistogram histogram;
    histogram.setBars(knownBars(), BandLimits{}, "Positive images", "positives", 160.0, SplitView::Train);
    QCOMPARE(histogram.overlaySplits(), QVector<SplitView>({SplitView::Validation, SplitView::Test}));
    histogram.setShowSplits(true);
    QCustomPlot* plot = histogram.plot();
    QCOMPARE(plot->plottableCount(), 5);
    auto* validation = qobject_cast<QCPGraph*>(plot->plottable(3));
    auto* test = qobject_cast<QCPGraph*>(plot->plottable(4));
    QVERIFY(validation && test);
    QCOMPARE(validation->name(), QStringLiteral("Validation positives"));
    // In the bars' order: 90, 20, 12, 4, 1 validation positives; test has a zero (Tail one), a gap on a log axis.
    const double expected[] = {90, 20, 12, 4, 1};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(validation->data()->at(i)->value, expected[i]);
    QVERIFY(qIsNaN(test->data()->at(4)->value));
}

void TestAnalysisViews::histogramZoomKeepsOrderAndResets()
{
    // 60 tags, tag i with 6000 / (i + 1) positives: rank i + 1.
    QVector<HistogramBar> bars;
    for (int i = 59; i >= 0; --i)
        bars.push_back(bar(i, QStringLiteral("tag %1").arg(i), 6000 / (i + 1), 0, i < 50 ? TagBand::Head : TagBand::Medium, 0, 0));
    TagHistogram histogram;
    histogram.resize(800, 300);
    histogram.setBars(bars, BandLimits{}, "Positive images", "positives", 60.0, SplitView::Train);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    QCustomPlot* plot = histogram.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QVector<HistogramBar> before = histogram.bars();
    QCOMPARE(before[9].tag, 9);

    // Three wheel steps over rank 10 narrow the x range around it; the bars keep their ranks.
    const QPoint at(int(plot->xAxis->coordToPixel(10)), plot->axisRect()->center().y());
    QWheelEvent wheel(at, plot->mapToGlobal(at), {}, QPoint(0, 360), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = plot->xAxis->range();
    QVERIFY2(zoomed.size() < 45.0, qPrintable(QString::number(zoomed.size())));
    QVERIFY(zoomed.contains(10));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(histogram.bars()[i].tag, before[i].tag);
    QCOMPARE(histogram.tagAtPixel(QPoint(int(plot->xAxis->coordToPixel(10)), at.y())), 9);
    QCOMPARE(histogram.tagAtPixel(QPoint(int(plot->xAxis->coordToPixel(11)), at.y())), 10);

    // Dragging pans without leaving the bars.
    plot->xAxis->moveRange(-100);
    QCOMPARE(plot->xAxis->range().lower, 0.5);
    QCOMPARE(plot->xAxis->range().size(), zoomed.size());

    histogram.resetViewAction()->trigger();
    QCOMPARE(plot->xAxis->range().lower, 0.5);
    QCOMPARE(plot->xAxis->range().upper, 60.5);
}

void TestAnalysisViews::histogramTooltipNamesTheCountsPerSplit()
{
    TagHistogram histogram;
    histogram.setBars(knownBars(), BandLimits{}, "Positive images", "train positives", 160.0, SplitView::Train);
    const QString text = histogram.tooltipText(2); // Medium: train 60 / 100 / 840, validation 12 / 1 / 187, test 5 / 2 / 93
    QVERIFY2(text.contains("<b>Medium</b>"), qPrintable(text));
    QVERIFY(text.contains("60 train positives"));
    QVERIFY(text.contains("rank 3"));
    for (const char* number : {"840", "187", "93", ">12<", ">100<", ">5<"})
        QVERIFY2(text.contains(QLatin1String(number)), number);
    for (const char* split : {"Train", "Validation", "Test"})
        QVERIFY(text.contains(QLatin1String(split)));
    QVERIFY(histogram.tooltipText(99).isEmpty());
}

void TestAnalysisViews::histogramExportsCsv()
{
    TagHistogram histogram;
    histogram.setBars(knownBars(), BandLimits{}, "Positive images", "positives", 160.0, SplitView::Train);
    const CsvRows rows = histogram.csvRows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0].mid(0, 5), QStringList({"rank", "tag", "band", "positive", "negative"}));
    QCOMPARE(rows[1], QStringList({"1", "Head big", "head", "800", "10", "800", "10", "190", "90", "1", "109", "40", "2", "58"}));
    QCOMPARE(rows[5].mid(0, 5), QStringList({"5", "Tail one", "tail", "5", "40"}));

    QTemporaryDir dir;
    const QString path = dir.filePath("frequency.csv");
    QVERIFY(writeCsv(path, rows));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // six rows and the empty string after the last newline
    QCOMPARE(lines[2], QByteArray("2,Head small,head,150,0,150,0,850,20,1,179,10,2,88"));
}

void TestAnalysisViews::summaryViewShowsTheGivenNumbers()
{
    ImbalanceFigures all;
    all.images = 12345;
    all.tags = 250;
    all.imbalanceRatio = 523.0;
    all.gini = 0.8766;
    all.effectiveTags = 42.25;
    all.topOnePercentShare = 0.482;
    all.positiveShare = 0.01;
    all.negativeShare = 0.02;
    all.unknownShare = 0.97;
    all.positivesPerImage = {100, 5000, 7000, 245};
    ImbalanceFigures train = all;
    train.images = 10000;
    train.gini = 0.5;
    QVector<ImbalanceFigures> figures(kSplitViewCount);
    figures[0] = all;
    figures[1] = train; // no validation or test images

    ImbalanceSummaryView view;
    view.setFigures(figures);
    QCOMPARE(view.valueText("ratio"), QStringLiteral("523 : 1"));
    QCOMPARE(view.valueText("gini"), QStringLiteral("0.877"));
    QCOMPARE(view.valueText("effective"), QStringLiteral("42.3 of 250"));
    QCOMPARE(view.valueText("top1"), QStringLiteral("48.2% (3 tags)"));
    QCOMPARE(view.valueText("images"), QStringLiteral("12,345"));
    QCOMPARE(view.valueText("mean"), QString::number((5000 + 14000 + 735) / 12345.0, 'f', 2));
    QVERIFY(view.labelStateText().contains("positive 1.0%"));
    QVERIFY(view.labelStateText().contains("verified negative 2.0%"));
    QVERIFY(view.labelStateText().contains("unknown 97.0%"));
    QCOMPARE(view.labelStateBar()->share(2), 0.97);

    auto* bars = qobject_cast<QCPBars*>(view.plot()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->dataCount(), 4);
    QCOMPARE(bars->data()->at(2)->value, 7000.0);

    // Per split: train has its own numbers; splits without images cannot be chosen.
    auto* items = qobject_cast<QStandardItemModel*>(view.splitCombo()->model());
    QVERIFY(items->item(1)->isEnabled());
    QVERIFY(!items->item(2)->isEnabled());
    view.splitCombo()->setCurrentIndex(1);
    QCOMPARE(view.splitView(), SplitView::Train);
    QCOMPARE(view.valueText("gini"), QStringLiteral("0.500"));
    QCOMPARE(view.valueText("images"), QStringLiteral("10,000"));
    QCOMPARE(view.csvRows().size(), 5);
    QCOMPARE(view.csvRows()[3], QStringList({"2", "7000"}));
}

void TestAnalysisViews::summaryNumbersKeepTheirFullHeight_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

// The big numbers are never squeezed below their font's height (a clipped "20,000" reads "20.000"), however
// short the analysis pane: at the view's minimum size, and at the heights the window's pane takes.
void TestAnalysisViews::summaryNumbersKeepTheirFullHeight()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    ImbalanceFigures figures;
    figures.images = 20000;
    figures.tags = 19;
    figures.imbalanceRatio = 275;
    figures.gini = 0.45;
    figures.effectiveTags = 13;
    figures.topOnePercentShare = 0.157;
    figures.positiveShare = 0.259;
    figures.negativeShare = 0.197;
    figures.unknownShare = 0.544;
    figures.positivesPerImage = {10, 300, 1600, 3200, 3500, 3500, 3400, 2400, 1300, 500, 150, 40};
    ImbalanceSummaryView view;
    view.setFigures({figures});
    QCOMPARE(view.valueText("top1"), locale.language() == QLocale::German ? QStringLiteral("15,7% (1 tag)") : QStringLiteral("15.7% (1 tag)"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSize minimum = view.minimumSizeHint();
    for (const QSize& size : {QSize(620, minimum.height()), QSize(900, minimum.height()), QSize(620, 260), QSize(900, 300)}) {
        view.resize(size.expandedTo(view.minimumSize()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (const char* name : {"ratio", "gini", "effective", "top1", "images", "mean"}) {
            const auto* label = view.findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Value"));
            QVERIFY(label);
            const int fontHeight = QFontMetrics(label->font()).height();
            QVERIFY2(label->sizeHint().height() >= fontHeight, name);
            QVERIFY2(label->height() >= fontHeight,
                     qPrintable(QStringLiteral("%1 at %2x%3: %4 px of %5").arg(name).arg(size.width()).arg(size.height()).arg(label->height()).arg(fontHeight)));
        }
    }
}

void TestAnalysisViews::heatmapNormalisesRows()
{
    CooccurrenceHeatmap heatmap;
    QCOMPARE(heatmap.topCount(), 30);
    heatmap.setMatrix(knownMatrix());
    QCOMPARE(heatmap.cellValue(0, 1), 0.3);  // P(Shirt | Person) = 30 / 100
    QCOMPARE(heatmap.cellValue(1, 0), 0.75); // P(Person | Shirt) = 30 / 40
    QCOMPARE(heatmap.cellValue(2, 0), 0.5);  // P(Person | Dog) = 5 / 10
    QCOMPARE(heatmap.cellValue(1, 2), 0.0);
    QVERIFY(qIsNaN(heatmap.cellValue(1, 1))); // the diagonal is always 1 and left out of the colours
    QCPColorMap* map = nullptr;
    for (int i = 0; i < heatmap.plot()->plottableCount() && !map; ++i)
        map = qobject_cast<QCPColorMap*>(heatmap.plot()->plottable(i));
    QVERIFY(map);
    QCOMPARE(map->data()->cell(0, 1), 0.75); // key = column B, value = row A
    QCOMPARE(map->data()->cell(1, 0), 0.3);
    // Tag names on both axes.
    auto ticker = heatmap.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().value(2), QStringLiteral("Dog"));
    const QString tip = heatmap.tooltipText(1, 0);
    QVERIFY2(tip.contains("P(Person | Shirt) = 75.0%"), qPrintable(tip));
    QVERIFY(tip.contains("with both: 30"));
}

void TestAnalysisViews::heatmapClickEmitsTheTagPair()
{
    CooccurrenceHeatmap heatmap;
    heatmap.resize(700, 600);
    heatmap.setMatrix(knownMatrix());
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    heatmap.plot()->replot(QCustomPlot::rpImmediateRefresh);
    QSignalSpy clicked(&heatmap, &CooccurrenceHeatmap::cellClicked);
    const QPoint cell = heatmap.cellCenter(2, 1); // row Dog, column Shirt
    QCOMPARE(heatmap.cellAt(cell), qMakePair(2, 1));
    QTest::mouseClick(heatmap.plot(), Qt::LeftButton, {}, cell);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 9); // dataset tag of Dog
    QCOMPARE(clicked.first().at(1).toInt(), 3); // of Shirt

    QSignalSpy topCount(&heatmap, &CooccurrenceHeatmap::topCountChanged);
    heatmap.topCountBox()->setValue(12);
    heatmap.topCountBox()->setValue(15);
    QVERIFY(topCount.wait(2000));
    QCOMPARE(topCount.count(), 1); // the steps settle into one request
    QCOMPARE(topCount.first().first().toInt(), 15);
}

void TestAnalysisViews::heatmapExportsCsv()
{
    CooccurrenceHeatmap heatmap;
    heatmap.setMatrix(knownMatrix());
    const CsvRows rows = heatmap.csvRows();
    QCOMPARE(rows.size(), 10);
    QCOMPARE(rows[0], QStringList({"tag_a", "tag_b", "images_a", "images_both", "p_b_given_a"}));
    QCOMPARE(rows[4], QStringList({"Shirt", "Person", "40", "30", "0.75"}));
}

void TestAnalysisViews::tagTableSortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << int(TagTableModel::NameColumn) << int(Qt::AscendingOrder) << QStringList{"Bird", "Cat", "dog"};
    QTest::newRow("positive") << int(TagTableModel::PositiveColumn) << int(Qt::DescendingOrder) << QStringList{"dog", "Cat", "Bird"};
    QTest::newRow("negative") << int(TagTableModel::NegativeColumn) << int(Qt::DescendingOrder) << QStringList{"Bird", "dog", "Cat"};
    QTest::newRow("unknown") << int(TagTableModel::UnknownColumn) << int(Qt::AscendingOrder) << QStringList{"dog", "Bird", "Cat"};
    QTest::newRow("share") << int(TagTableModel::ShareColumn) << int(Qt::AscendingOrder) << QStringList{"Bird", "Cat", "dog"};
    QTest::newRow("band") << int(TagTableModel::BandColumn) << int(Qt::AscendingOrder) << QStringList{"dog", "Cat", "Bird"};
}

void TestAnalysisViews::tagTableSortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, names);
    TagPanel panel;
    panel.setTags(splitTags(), kSplitImages);
    panel.table()->sortByColumn(column, Qt::SortOrder(order));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::NameColumn), names);
}

void TestAnalysisViews::tagTableSwitchesSplits()
{
    TagPanel panel;
    panel.setTags(splitTags(), kSplitImages);
    panel.table()->sortByColumn(TagTableModel::PositiveColumn, Qt::DescendingOrder);
    panel.selectTag(2);
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::PositiveColumn), QStringList({"40", "30", "12"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::ShareColumn), QStringList({"40.0%", "30.0%", "12.0%"}));

    // Train: Cat 25, dog 20, Bird 2 of 70 images; the table re-sorts and keeps the selection.
    panel.splitCombo()->setCurrentIndex(int(SplitView::Train));
    QCOMPARE(panel.splitView(), SplitView::Train);
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::NameColumn), QStringList({"Cat", "dog", "Bird"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::PositiveColumn), QStringList({"25", "20", "2"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::NegativeColumn), QStringList({"5", "30", "40"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::UnknownColumn), QStringList({"40", "20", "28"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::ShareColumn), QStringList({"35.7%", "28.6%", "2.9%"}));
    QCOMPARE(panel.currentTag(), 2);

    // Test: Bird leads with 8 of 10.
    panel.setSplitView(SplitView::Test);
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::NameColumn), QStringList({"Bird", "dog", "Cat"}));
    QCOMPARE(columnTexts(*panel.proxy(), TagTableModel::ShareColumn), QStringList({"80.0%", "50.0%", "20.0%"}));
}

void TestAnalysisViews::tagPanelContextActionsNameTheTag()
{
    TagPanel panel;
    panel.setTags(splitTags(), kSplitImages);
    QSignalSpy with(&panel, &TagPanel::imagesWithTagRequested);
    QSignalSpy without(&panel, &TagPanel::imagesWithoutTagRequested);
    panel.showWithoutAction()->trigger(); // nothing selected: nothing to ask for
    QCOMPARE(without.count(), 0);
    panel.selectTag(1);
    panel.showWithoutAction()->trigger();
    panel.showWithAction()->trigger();
    QCOMPARE(without.count(), 1);
    QCOMPARE(without.first().first().toInt(), 1);
    QCOMPARE(with.count(), 1);
    QCOMPARE(with.first().first().toInt(), 1);
}

// The names take the width the numbers leave: each number column is as wide as its widest text (never cut) and no
// wider than that or its title needs; the name column stretches over the rest and shows the full name on hover.
void TestAnalysisViews::tagTableGivesTheRoomToNames()
{
    QVector<TagInfo> tags = splitTags();
    tags.push_back(tagRow(3, "Sandal \"flip-flop\"", {1234567, 20, 3}, {1000000, 20, 3}, {234567, 0, 0}, {0, 0, 0}, TagBand::Head));
    TagPanel panel;
    panel.setTags(tags, {2000000, 1500000, 400000, 100000});
    panel.resize(430, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QHeaderView* header = panel.table()->horizontalHeader();
    const QFontMetrics metrics(panel.table()->font());
    int others = 0;
    for (int column = TagTableModel::PositiveColumn; column < TagTableModel::ColumnCount; ++column) {
        int widest = 0;
        for (const QString& text : columnTexts(*panel.proxy(), column))
            widest = std::max(widest, metrics.horizontalAdvance(text));
        if (column == TagTableModel::BandColumn) // a coloured dot, the band's name in the tooltip
            widest += panel.table()->iconSize().isValid() ? panel.table()->iconSize().width() : 16;
        const int width = header->sectionSize(column);
        QVERIFY2(width >= widest + 4, qPrintable(QStringLiteral("column %1: %2 px for %3 px of text").arg(column).arg(width).arg(widest)));
        QVERIFY2(width <= std::max(widest + 30, header->sectionSizeHint(column)),
                 qPrintable(QStringLiteral("column %1: %2 px for %3 px of text").arg(column).arg(width).arg(widest)));
        others += width;
    }
    const int name = header->sectionSize(TagTableModel::NameColumn);
    QCOMPARE(name + others, header->viewport()->width()); // the name column stretches over what is left
    QVERIFY2(name >= metrics.horizontalAdvance("Sandal \"flip"), qPrintable(QString::number(name)));
    // The panel asks for the room of every column and some of the names, which the window's splitter keeps.
    QVERIFY(panel.minimumSizeHint().width() >= others + 10 * metrics.averageCharWidth());
    QCOMPARE(panel.proxy()->index(0, TagTableModel::BandColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Head"));

    // Another split's numbers: the columns follow their new contents.
    panel.setSplitView(SplitView::Test);
    QVERIFY(header->sectionSize(TagTableModel::PositiveColumn) < metrics.horizontalAdvance("1,234,567"));
    QVERIFY(header->sectionSize(TagTableModel::NameColumn) > name);

    // The full name (and LabelName) on hover.
    const QModelIndexList rows = panel.proxy()->match(panel.proxy()->index(0, 0), TagTableModel::TagIndexRole, 3);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(Qt::ToolTipRole).toString(), QStringLiteral("Sandal \"flip-flop\"\n/m/3"));
    QVERIFY(!panel.proxy()->headerData(TagTableModel::UnknownColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

// A column the user resized keeps its width through a saved state (the window keeps it across restarts); the
// others still fit their contents. A state saved as a plain header state (before the list) still restores.
void TestAnalysisViews::tagTableKeepsTheWidthsTheUserSet()
{
    QByteArray saved;
    int positiveWidth = 0;
    int bandWidth = 0;
    {
        TagPanel panel;
        panel.setTags(splitTags(), kSplitImages);
        panel.resize(430, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QHeaderView* header = panel.table()->horizontalHeader();
        positiveWidth = header->sectionSize(TagTableModel::PositiveColumn);
        // The user drags the Band column's right edge 60 px to the right.
        const int edge = header->sectionViewportPosition(TagTableModel::BandColumn) + header->sectionSize(TagTableModel::BandColumn) - 1;
        const int bandBefore = header->sectionSize(TagTableModel::BandColumn);
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 30, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
        QCOMPARE(header->sectionSize(TagTableModel::BandColumn), bandBefore + 60);
        bandWidth = bandBefore + 60;
        QCOMPARE(panel.userSizedColumns(), QSet<int>{TagTableModel::BandColumn});
        saved = panel.saveHeaderState();
        QCOMPARE(header->sectionSize(TagTableModel::PositiveColumn), positiveWidth);
    }
    TagPanel panel;
    panel.restoreHeaderState(saved);
    QVector<TagInfo> bigger = splitTags();
    bigger[0].positive = 7654321; // another dataset: wider numbers
    panel.setTags(bigger, kSplitImages);
    const QHeaderView* header = panel.table()->horizontalHeader();
    QCOMPARE(panel.userSizedColumns(), QSet<int>{TagTableModel::BandColumn});
    QCOMPARE(header->sectionSize(TagTableModel::BandColumn), bandWidth);
    QVERIFY(header->sectionSize(TagTableModel::PositiveColumn) > positiveWidth); // fits "7,654,321"

    TagPanel plain;
    QHeaderView* plainHeader = plain.table()->horizontalHeader();
    plainHeader->resizeSection(TagTableModel::ShareColumn, 123);
    const QByteArray plainState = plainHeader->saveState();
    TagPanel restored;
    restored.restoreHeaderState(plainState);
    QCOMPARE(restored.table()->horizontalHeader()->count(), int(TagTableModel::ColumnCount));
    QVERIFY(restored.userSizedColumns().isEmpty());
}

void TestAnalysisViews::csvQuotesFields()
{
    const CsvRows rows{{"name", "count"}, {"Shirt, button-down", "5"}, {"Sandal \"flip-flop\"", "7"}, {"two\nlines", "1"}};
    QCOMPARE(csvText(rows), QStringLiteral("name,count\n\"Shirt, button-down\",5\n\"Sandal \"\"flip-flop\"\"\",7\n\"two\nlines\",1\n"));
}

void TestAnalysisViews::plotImagesAreWritten_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "pdf" << QByteArray("%PDF");
}

void TestAnalysisViews::plotImagesAreWritten()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    TagHistogram histogram;
    histogram.resize(600, 300);
    histogram.setBars(knownBars(), BandLimits{}, "Positive images", "positives", 160.0, SplitView::Train);
    QTemporaryDir dir;
    const QString path = dir.filePath("plot." + suffix);
    QVERIFY(savePlotImage(histogram.plot(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
    QVERIFY(bytes.size() > 500);
    if (suffix == "svg")
        QVERIFY(bytes.contains("Head big") || bytes.contains("<path") || bytes.contains("<rect"));
}

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysis_views.moc"
