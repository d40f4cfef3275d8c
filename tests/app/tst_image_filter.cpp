// The grid's filters beyond one tag in one state: "without this tag" (verified negative or unknown), the two-tag
// conjunction behind a co-occurrence cell and typed expressions, checked against the statistics' counts and
// hand-worked answers on a small hand-made dataset; and the runner delivering them from its worker thread.
#include "browse/image_filter.h"
#include "browse/image_filter_runner.h"

#include "dataset/imbalance_summary.h"
#include "dataset/statistics.h"

#include <QtTest>

using namespace tagscope;
using tagscope::gui::ImageFilter;

namespace {

// 60 images, 4 tags. Image i: tag 0 positive when i % 2 == 0, negative when i % 6 == 1; tag 1 positive when
// i % 3 == 0, negative when i % 3 == 1; tag 2 positive when i % 5 == 0; tag 3 never labelled.
// Train 0..39, validation 40..49, test 50..59.
std::shared_ptr<gui::LoadedDataset> makeDataset()
{
    DatasetContents c;
    c.format = "test";
    for (const char* name : {"Zero", "One", "Two", "Three"})
        c.tags.push_back({name, name, true});
    c.labelOffsets.push_back(0);
    for (int i = 0; i < 60; ++i) {
        c.imagePaths.add("image" + std::to_string(i) + ".jpg");
        c.imageSplits.push_back(static_cast<std::uint8_t>(i < 40 ? Split::Train : i < 50 ? Split::Validation : Split::Test));
        auto add = [&](std::uint32_t tag, LabelState state) {
            c.labelTags.push_back(tag);
            c.labelFlags.push_back(static_cast<std::uint8_t>(state));
        };
        if (i % 2 == 0)
            add(0, LabelState::Positive);
        else if (i % 6 == 1)
            add(0, LabelState::Negative);
        if (i % 3 == 0)
            add(1, LabelState::Positive);
        else if (i % 3 == 1)
            add(1, LabelState::Negative);
        if (i % 5 == 0)
            add(2, LabelState::Positive);
        c.labelOffsets.push_back(c.labelTags.size());
    }
    auto data = std::make_shared<gui::LoadedDataset>();
    data->dataset = Dataset(std::move(c));
    data->statistics = computeStatistics(data->dataset);
    data->index = TagIndex(data->dataset);
    return data;
}

} // namespace

class TestImageFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void withoutTagCountsNegativeAndUnknown_data();
    void withoutTagCountsNegativeAndUnknown();
    void bothTagsMatchesTheCooccurrence();
    void singleTagFiltersStillWork();
    void expressionsMatchHandWorkedAnswers_data();
    void expressionsMatchHandWorkedAnswers();
    void badExpressionsReportTheColumn();
    void runnerDeliversTheLatestFilter();
    void runnerReportsExpressionErrors();
};

void TestImageFilter::withoutTagCountsNegativeAndUnknown_data()
{
    QTest::addColumn<int>("tag");
    for (int tag = 0; tag < 4; ++tag)
        QTest::newRow(qPrintable(QString("tag %1").arg(tag))) << tag;
}

void TestImageFilter::withoutTagCountsNegativeAndUnknown()
{
    QFETCH(int, tag);
    const auto data = makeDataset();
    const TagCounts& counts = data->statistics.all.tags[static_cast<std::size_t>(tag)];
    const QVector<int> images = gui::filterImages(*data, ImageFilter::without(tag)).images;
    QCOMPARE(quint64(images.size()), counts.negative + counts.unknown);
    QCOMPARE(quint64(images.size()), 60 - counts.positive);
    for (int image : images)
        QVERIFY(data->dataset.labelState(std::size_t(image), std::uint32_t(tag)) != LabelState::Positive);
    QVERIFY(std::is_sorted(images.begin(), images.end()));
}

void TestImageFilter::bothTagsMatchesTheCooccurrence()
{
    const auto data = makeDataset();
    const Cooccurrence cooccurrence = computeCooccurrence(data->dataset, {0, 1, 2});
    for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) {
            if (a == b)
                continue;
            const QVector<int> images = gui::filterImages(*data, ImageFilter::both(a, b)).images;
            QCOMPARE(quint64(images.size()), cooccurrence.counts[a][b]);
        }
    // Positive for 0 and 1: multiples of 6.
    const QVector<int> sixes = gui::filterImages(*data, ImageFilter::both(0, 1)).images;
    QCOMPARE(sixes, QVector<int>({0, 6, 12, 18, 24, 30, 36, 42, 48, 54}));
}

void TestImageFilter::singleTagFiltersStillWork()
{
    const auto data = makeDataset();
    QCOMPARE(gui::filterImages(*data, ImageFilter::all()).images.size(), 60);
    QCOMPARE(gui::filterImages(*data, ImageFilter::label(2, LabelState::Positive)).images.size(), 12);
    QCOMPARE(gui::filterImages(*data, ImageFilter::label(0, LabelState::Negative)).images.size(), 10);
    QCOMPARE(gui::filterImages(*data, ImageFilter::label(3, LabelState::Unknown)).images.size(), 60);
}

void TestImageFilter::expressionsMatchHandWorkedAnswers_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("count");
    QTest::newRow("one tag") << "Two" << 12;                                    // i % 5 == 0
    QTest::newRow("and") << "Zero AND One" << 10;                               // i % 6 == 0
    QTest::newRow("or") << "Zero | Two" << 36;                                  // 30 even + 6 odd multiples of 5
    QTest::newRow("not negative") << "NOT Zero:negative" << 50;                 // 60 - 10
    QTest::newRow("unknown") << "One:unknown" << 20;                            // i % 3 == 2
    QTest::newRow("split") << "Two AND split:test" << 2;                        // 50, 55
    QTest::newRow("name") << "name:~image5" << 11;                              // image5, image50..59
    QTest::newRow("parentheses") << "(Zero OR One) AND NOT Two" << 32;          // 40 even or multiples of 3, 8 of them multiples of 5
}

void TestImageFilter::expressionsMatchHandWorkedAnswers()
{
    QFETCH(QString, expression);
    QFETCH(int, count);
    const auto data = makeDataset();
    const gui::ImageFilterResult result = gui::filterImages(*data, ImageFilter::matching(expression));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.images.size(), count);
    QVERIFY(std::is_sorted(result.images.begin(), result.images.end()));
}

void TestImageFilter::badExpressionsReportTheColumn()
{
    const auto data = makeDataset();
    const gui::ImageFilterResult unknownTag = gui::filterImages(*data, ImageFilter::matching("Zero AND Seven"));
    QVERIFY(unknownTag.images.isEmpty());
    QVERIFY2(unknownTag.error.contains("column 10"), qPrintable(unknownTag.error));
    QVERIFY2(unknownTag.error.contains("Seven"), qPrintable(unknownTag.error));
    const gui::ImageFilterResult unbalanced = gui::filterImages(*data, ImageFilter::matching("(Zero OR One"));
    QVERIFY2(unbalanced.error.contains(")"), qPrintable(unbalanced.error));
}

void TestImageFilter::runnerReportsExpressionErrors()
{
    const auto data = makeDataset();
    gui::ImageFilterRunner runner;
    QSignalSpy finished(&runner, &gui::ImageFilterRunner::finished);
    QSignalSpy failed(&runner, &gui::ImageFilterRunner::failed);
    runner.run(data, ImageFilter::matching("Zero AND ("));
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
}

void TestImageFilter::runnerDeliversTheLatestFilter()
{
    const auto data = makeDataset();
    gui::ImageFilterRunner runner;
    QSignalSpy finished(&runner, &gui::ImageFilterRunner::finished);
    runner.run(data, ImageFilter::label(0, LabelState::Positive));
    runner.run(data, ImageFilter::without(2)); // supersedes the first
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<ImageFilter>(), ImageFilter::without(2));
    QCOMPARE(finished.first().at(0).value<QVector<int>>().size(), 48);
}

QTEST_MAIN(TestImageFilter)
#include "tst_image_filter.moc"
