// Per-split tag statistics against counts worked out by hand, and the dataset's compact label storage.
#include "dataset/dataset.h"
#include "dataset/imbalance_summary.h"
#include "dataset/statistics.h"

#include <QtTest>

#include <cmath>

using namespace tagscope;

namespace {

// 6 images x 3 tags. Train: images 0-3, validation: 4-5.
//            tag0 (Person)  tag1 (Lip)  tag2 (Cat)
// image 0    +              -
// image 1    +                          +
// image 2    +              machine 0.3 (unknown)
// image 3    -
// image 4    +              +
// image 5                               -
Dataset handMadeDataset()
{
    DatasetContents c;
    c.format = "test";
    c.tags = {{"/m/person", "Person"}, {"/m/lip", "Lip"}, {"/m/cat", "Cat"}};
    c.imageIds = {1, 2, 3, 4, 5, 6};
    c.imageSplits = {0, 0, 0, 0, 1, 1};
    const auto P = static_cast<std::uint8_t>(LabelState::Positive);
    const auto N = static_cast<std::uint8_t>(LabelState::Negative);
    const auto M = static_cast<std::uint8_t>(label_flags::kHasMachineConfidence);
    c.labelOffsets = {0, 2, 4, 6, 7, 9, 10};
    c.labelTags = {0, 1, 0, 2, 0, 1, 0, 0, 1, 2};
    c.labelFlags = {P, N, P, P, P, M, N, P, P, N};
    c.labelConfidence = {1, 0, 1, 1, 1, 0.3f, 0, 1, 1, 0};
    return Dataset(std::move(c));
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void countsPerSplit();
    void exhaustiveLabelsHaveNoUnknowns();
    void imbalanceAndExtremes();
    void bands_data();
    void bands();
    void histogramOrder();
    void imbalanceSummary();
    void cooccurrence();
    void datasetLookups();
    void inconsistentContentsAreRejected();
};

void TestStatistics::countsPerSplit()
{
    const Dataset d = handMadeDataset();
    const DatasetStatistics s = computeStatistics(d);
    const SplitStatistics& train = s.splits[int(Split::Train)];
    const SplitStatistics& val = s.splits[int(Split::Validation)];
    QCOMPARE(train.images, std::uint64_t(4));
    QCOMPARE(val.images, std::uint64_t(2));
    QCOMPARE(s.splits[int(Split::Test)].images, std::uint64_t(0));
    QCOMPARE(train.tags[0].positive, std::uint64_t(3));
    QCOMPARE(train.tags[0].negative, std::uint64_t(1));
    QCOMPARE(train.tags[0].unknown, std::uint64_t(0));
    QCOMPARE(train.tags[1].positive, std::uint64_t(0));
    QCOMPARE(train.tags[1].negative, std::uint64_t(1));
    QCOMPARE(train.tags[1].unknown, std::uint64_t(3)); // the machine label below threshold stays unknown
    QCOMPARE(train.tags[1].machine, std::uint64_t(1));
    QCOMPARE(train.tags[2].positive, std::uint64_t(1));
    QCOMPARE(val.tags[2].negative, std::uint64_t(1));
    QCOMPARE(s.all.positive, std::uint64_t(6));
    QCOMPARE(s.all.negative, std::uint64_t(3));
    QCOMPARE(s.all.unknown, std::uint64_t(6 * 3 - 6 - 3));
    QCOMPARE(train.positive + val.positive, s.all.positive);
}

void TestStatistics::exhaustiveLabelsHaveNoUnknowns()
{
    // Same labels, but from a source that marks every tag on every image (COCO, class folders): what is not
    // positive is negative.
    DatasetContents c = handMadeDataset().contents();
    c.exhaustiveLabels = true;
    const DatasetStatistics s = computeStatistics(Dataset(std::move(c)));
    const SplitStatistics& train = s.splits[int(Split::Train)];
    QCOMPARE(train.tags[0].negative, std::uint64_t(1));
    QCOMPARE(train.tags[1].negative, std::uint64_t(4));
    QCOMPARE(train.tags[2].negative, std::uint64_t(3));
    QCOMPARE(train.unknown, std::uint64_t(0));
    QCOMPARE(s.all.unknown, std::uint64_t(0));
    QCOMPARE(s.all.negative, std::uint64_t(6 * 3 - 6));
}

void TestStatistics::imbalanceAndExtremes()
{
    const Dataset d = handMadeDataset();
    const DatasetStatistics s = computeStatistics(d);
    QCOMPARE(s.all.imbalanceRatio, 4.0); // Person 4 positives / Lip 1 (Cat 1)
    QCOMPARE(s.all.mostFrequentTag, std::int64_t(0));
    QCOMPARE(s.all.tagsWithPositives, std::uint64_t(3));
    const SplitStatistics& train = s.splits[int(Split::Train)];
    QCOMPARE(train.imbalanceRatio, 3.0); // Lip has no train positive: not part of the ratio
    QCOMPARE(train.leastFrequentTag, std::int64_t(2));
    QCOMPARE(train.tagsWithPositives, std::uint64_t(2));
    QCOMPARE(s.splits[int(Split::Test)].imbalanceRatio, 0.0);
}

void TestStatistics::bands_data()
{
    QTest::addColumn<quint64>("positives");
    QTest::addColumn<int>("band");
    QTest::newRow("0") << quint64(0) << int(TagBand::Tail);
    QTest::newRow("19") << quint64(19) << int(TagBand::Tail);
    QTest::newRow("20") << quint64(20) << int(TagBand::Medium);
    QTest::newRow("100") << quint64(100) << int(TagBand::Medium);
    QTest::newRow("101") << quint64(101) << int(TagBand::Head);
}

void TestStatistics::bands()
{
    QFETCH(quint64, positives);
    QFETCH(int, band);
    QCOMPARE(int(bandFor(positives, {})), band);
    // Bands come from the train split: custom thresholds put Person (3 train positives) in the head.
    const DatasetStatistics s = computeStatistics(handMadeDataset(), {2, 1});
    QCOMPARE(s.bands[0], TagBand::Head);
    QCOMPARE(s.bands[1], TagBand::Tail);
    QCOMPARE(s.bands[2], TagBand::Medium);
    QCOMPARE(s.bandTagCounts[0] + s.bandTagCounts[1] + s.bandTagCounts[2], std::uint64_t(3));
}

void TestStatistics::histogramOrder()
{
    const Dataset d = handMadeDataset();
    const DatasetStatistics s = computeStatistics(d);
    // Person 4, then the ties Cat 1 and Lip 1 by name.
    QCOMPARE(tagsByFrequency(s.all, d), (std::vector<std::uint32_t>{0, 2, 1}));
}

void TestStatistics::imbalanceSummary()
{
    const Dataset d = handMadeDataset();
    const DatasetStatistics s = computeStatistics(d);
    const ImbalanceSummary summary = summarizeImbalance(d, s.all);
    // Positives per tag 1, 1, 4 (total 6): Gini = 2 (1 + 2 + 12) / (3 * 6) - 4 / 3 = 1 / 3.
    QVERIFY(qAbs(summary.gini - 1.0 / 3.0) < 1e-12);
    // exp(entropy of 4/6, 1/6, 1/6)
    const double entropy = -(4.0 / 6 * std::log(4.0 / 6) + 2 * (1.0 / 6 * std::log(1.0 / 6)));
    QVERIFY(qAbs(summary.effectiveTags - std::exp(entropy)) < 1e-12);
    QVERIFY(qAbs(summary.topOnePercentShare - 4.0 / 6) < 1e-12); // the top 1% of 3 tags is one tag
    QVERIFY(qAbs(summary.positiveShare - 6.0 / 18) < 1e-12);
    QVERIFY(qAbs(summary.negativeShare - 3.0 / 18) < 1e-12);
    QVERIFY(qAbs(summary.unknownShare - 9.0 / 18) < 1e-12);
    QCOMPARE(summary.positivesPerImage, (std::vector<std::uint64_t>{2, 2, 2}));
    const ImbalanceSummary validation = summarizeImbalance(d, s.splits[int(Split::Validation)], int(Split::Validation));
    QCOMPARE(validation.positivesPerImage, (std::vector<std::uint64_t>{1, 0, 1}));
}

void TestStatistics::cooccurrence()
{
    const Dataset d = handMadeDataset();
    const Cooccurrence c = computeCooccurrence(d, {0, 1, 2});
    QCOMPARE(c.counts[0][0], std::uint64_t(4));
    QCOMPARE(c.counts[0][1], std::uint64_t(1)); // image 4
    QCOMPARE(c.counts[0][2], std::uint64_t(1)); // image 1
    QCOMPARE(c.counts[1][2], std::uint64_t(0));
    QCOMPARE(c.counts[2][0], c.counts[0][2]);
    QCOMPARE(c.conditional(1, 0), 1.0);  // every Lip is on a Person
    QCOMPARE(c.conditional(0, 1), 0.25); // a quarter of Persons have Lips
}

void TestStatistics::datasetLookups()
{
    const Dataset d = handMadeDataset();
    QCOMPARE(d.labelCount(), std::uint64_t(10));
    QCOMPARE(d.labelState(2, 1), LabelState::Unknown);
    QCOMPARE(d.machineConfidence(2, 1).value_or(-1), 0.3f);
    QCOMPARE(d.labelState(5, 0), LabelState::Unknown);
    QCOMPARE(d.findTag("/m/cat").value_or(99), 2u);
    QVERIFY(!d.findTag("/m/dog"));
    QCOMPARE(d.imageName(0), std::string("0000000000000001"));
    QCOMPARE(d.findImage("0000000000000006").value_or(99), std::size_t(5));
    QCOMPARE(formatImageId(0x000002b66c9c498eull), std::string("000002b66c9c498e"));
    QCOMPARE(parseImageId("000002B66C9C498E").value_or(0), 0x000002b66c9c498eull);
    QVERIFY(!parseImageId("000002b66c9c498"));
    QVERIFY(!parseImageId("000002b66c9c498g"));
    QVERIFY(!parseImageId("000002b6:c9c498e"));
    QVERIFY(!parseImageId("000002b6@c9c498e"));
    // About 9 bytes a label and 17 an image, whatever the number of unknowns.
    QVERIFY(d.memoryBytes() < 10 * 9 + 6 * 17 + 3 * 200);
}

void TestStatistics::inconsistentContentsAreRejected()
{
    DatasetContents c;
    c.tags = {{"/m/a", "A"}};
    c.imageSplits = {0};
    c.labelOffsets = {0, 1};
    c.labelTags = {3}; // no such tag
    c.labelFlags = {1};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dataset(std::move(c)));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
