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
    void quantileBands();
    void quantileTiesStayInMedium();
    void bandRuleText_data();
    void bandRuleText();
    void badBandRulesAreRefused_data();
    void badBandRulesAreRefused();
    void histogramOrder();
    void imbalanceSummary();
    void positivesPerImageOverManyImages();
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
    const DatasetStatistics s = computeStatistics(handMadeDataset(), BandRule::fixed(2, 1));
    QCOMPARE(s.bands[0], TagBand::Head);
    QCOMPARE(s.bands[1], TagBand::Tail);
    QCOMPARE(s.bands[2], TagBand::Medium);
    QCOMPARE(s.bandTagCounts[0] + s.bandTagCounts[1] + s.bandTagCounts[2], std::uint64_t(3));
}

void TestStatistics::quantileBands()
{
    // Nine tags: the rarest three are tail, the most frequent three head, whatever their order.
    const std::vector<std::uint64_t> positives{500, 3, 40, 9000, 0, 60, 7, 1200, 45};
    const ResolvedBands thirds = resolveBands(positives, BandRule::quantile(1.0 / 3, 1.0 / 3));
    const std::vector<TagBand> expected{TagBand::Head,   TagBand::Tail, TagBand::Medium, TagBand::Head, TagBand::Tail,
                                        TagBand::Medium, TagBand::Tail, TagBand::Head,   TagBand::Medium};
    QCOMPARE(thirds.bands, expected);
    QCOMPARE(thirds.counts, (std::array<std::uint64_t, 3>{3, 3, 3}));
    // The cut-offs are positive counts, as for absolute rules: tail below the 4th rarest, head above the 4th largest.
    QCOMPARE(thirds.thresholds.tailBelow, std::uint64_t(40));
    QCOMPARE(thirds.thresholds.headAbove, std::uint64_t(60));
    for (std::size_t t = 0; t < positives.size(); ++t)
        QCOMPARE(bandFor(positives[t], thirds.thresholds), expected[t]);
    // Everything in the tail, nothing in the head; and a dataset where absolute bands put every tag in the head.
    const ResolvedBands allTail = resolveBands(positives, BandRule::quantile(0, 1));
    QCOMPARE(allTail.counts, (std::array<std::uint64_t, 3>{0, 0, 9}));
    const std::vector<std::uint64_t> large{1000, 2000, 3000, 4000};
    QCOMPARE(resolveBands(large, BandRule{}).counts, (std::array<std::uint64_t, 3>{4, 0, 0}));
    QCOMPARE(resolveBands(large, BandRule::quantile(0.25, 0.25)).counts, (std::array<std::uint64_t, 3>{1, 2, 1}));
    // computeStatistics bands the train split with the rule and keeps it: Person 3, Lip 0, Cat 1 train positives.
    const DatasetStatistics s = computeStatistics(handMadeDataset(), BandRule::quantile(1.0 / 3, 1.0 / 3));
    QCOMPARE(s.bands, (std::vector<TagBand>{TagBand::Head, TagBand::Tail, TagBand::Medium}));
    QCOMPARE(s.bandRule, BandRule::quantile(1.0 / 3, 1.0 / 3));
    QCOMPARE(s.thresholds.tailBelow, std::uint64_t(1));
    QCOMPARE(s.thresholds.headAbove, std::uint64_t(1));
}

void TestStatistics::quantileTiesStayInMedium()
{
    // The third rarest ties with the fourth (both 5): neither is tail, so the tail holds two tags, not three.
    const std::vector<std::uint64_t> tied{1, 2, 5, 5, 8, 9, 10, 20, 30};
    const ResolvedBands r = resolveBands(tied, BandRule::quantile(1.0 / 3, 1.0 / 3));
    QCOMPARE(r.counts, (std::array<std::uint64_t, 3>{3, 4, 2}));
    QCOMPARE(r.thresholds.tailBelow, std::uint64_t(5));
    // The same counts in another order band the same way.
    std::vector<std::uint64_t> reversed(tied.rbegin(), tied.rend());
    QCOMPARE(resolveBands(reversed, BandRule::quantile(1.0 / 3, 1.0 / 3)).counts, r.counts);
    // All counts equal: no cut-off separates them, every tag is medium.
    const ResolvedBands equal = resolveBands(std::vector<std::uint64_t>(6, 7), BandRule::quantile(1.0 / 3, 1.0 / 3));
    QCOMPARE(equal.counts, (std::array<std::uint64_t, 3>{0, 6, 0}));
    QCOMPARE(resolveBands({}, BandRule::quantile(0.5, 0.5)).counts, (std::array<std::uint64_t, 3>{0, 0, 0}));
}

void TestStatistics::bandRuleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("absolute") << "absolute:100:20" << "absolute:100:20";
    QTest::newRow("absolute short") << "absolute" << "absolute:100:20";
    QTest::newRow("absolute custom") << "absolute:5000:300" << "absolute:5000:300";
    QTest::newRow("quantile") << "quantile:0.33:0.33" << "quantile:0.33:0.33";
    QTest::newRow("quantile uneven") << "quantile:0.1:0.5" << "quantile:0.1:0.5";
    QTest::newRow("thirds") << "thirds" << "thirds";
}

void TestStatistics::bandRuleText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    std::string error;
    const std::optional<BandRule> rule = parseBandRule(text.toStdString(), &error);
    QVERIFY2(rule, error.c_str());
    QCOMPARE(QString::fromStdString(formatBandRule(*rule)), canonical);
    QCOMPARE(parseBandRule(formatBandRule(*rule), nullptr), rule);
    QVERIFY(BandRule{} == *parseBandRule("absolute:100:20", nullptr));
    QVERIFY(*parseBandRule("thirds", nullptr) != *parseBandRule("quantile:0.33:0.33", nullptr));
}

void TestStatistics::badBandRulesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "unknown kind ''";
    QTest::newRow("kind") << "percentile:0.3:0.3" << "unknown kind 'percentile'";
    QTest::newRow("one number") << "quantile:0.3" << "needs two numbers";
    QTest::newRow("three numbers") << "absolute:1:2:3" << "needs two numbers";
    QTest::newRow("negative count") << "absolute:-1:20" << "whole numbers";
    QTest::newRow("fraction count") << "absolute:10.5:2" << "whole numbers";
    QTest::newRow("tail above head") << "absolute:10:50" << "tail threshold is above the head";
    QTest::newRow("share above 1") << "quantile:1.5:0" << "from 0 to 1";
    QTest::newRow("share text") << "quantile:third:0.3" << "from 0 to 1";
    QTest::newRow("shares over 1") << "quantile:0.6:0.5" << "add up to more than 1";
}

void TestStatistics::badBandRulesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    std::string error;
    QVERIFY(!parseBandRule(text.toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    QVERIFY2(QString::fromStdString(error).startsWith("bands '" + text + "'"), error.c_str()); // names the spec
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
    const ImbalanceSummary summary = summarizeImbalance(s.all);
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
    const ImbalanceSummary validation = summarizeImbalance(s.splits[int(Split::Validation)]);
    QCOMPARE(validation.positivesPerImage, (std::vector<std::uint64_t>{1, 0, 1}));
}

// Enough images for the statistics to be counted in parts on every core: the histograms of positives per
// image, added up over the parts, still match a direct count, for all images and for each split.
void TestStatistics::positivesPerImageOverManyImages()
{
    constexpr std::size_t kImages = 250000;
    DatasetContents c;
    c.format = "test";
    for (int t = 0; t < 6; ++t)
        c.tags.push_back({"/m/t" + std::to_string(t), "Tag " + std::to_string(t)});
    std::vector<std::uint64_t> expectedAll(6, 0), expectedTest(6, 0);
    c.labelOffsets.push_back(0);
    for (std::size_t image = 0; image < kImages; ++image) {
        c.imageIds.push_back(image + 1);
        const std::uint8_t split = image % 7 == 0 ? 2 : 0;
        c.imageSplits.push_back(split);
        // (image * 31) % 6 positives, then a negative on the next tag when there is one.
        const std::size_t positives = (image * 31) % 6;
        for (std::size_t t = 0; t < positives; ++t) {
            c.labelTags.push_back(static_cast<std::uint32_t>(t));
            c.labelFlags.push_back(static_cast<std::uint8_t>(LabelState::Positive));
        }
        if (positives < 5) {
            c.labelTags.push_back(static_cast<std::uint32_t>(positives));
            c.labelFlags.push_back(static_cast<std::uint8_t>(LabelState::Negative));
        }
        c.labelOffsets.push_back(c.labelTags.size());
        ++expectedAll[positives];
        if (split == 2)
            ++expectedTest[positives];
    }
    const Dataset d(std::move(c));
    const DatasetStatistics s = computeStatistics(d);
    QCOMPARE(summarizeImbalance(s.all).positivesPerImage, expectedAll);
    QCOMPARE(summarizeImbalance(s.splits[int(Split::Test)]).positivesPerImage, expectedTest);
    QCOMPARE(s.splits[int(Split::Validation)].positivesPerImage, std::vector<std::uint64_t>());
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
