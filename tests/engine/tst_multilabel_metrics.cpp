// mAP as the ASL authors compute it, with partial labels, bands, best-threshold F1 and the prior baseline.
#include "training/multilabel_metrics.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace tagscope;

class TestMultilabelMetrics : public QObject {
    Q_OBJECT

private slots:
    void averagePrecisionByHand();
    void unannotatedEntriesAreSkipped();
    void tagsWithoutBothKindsAreLeftOut();
    void bandsF1AndBaseline();
    void perfectAndReversedRankings();
};

void TestMultilabelMetrics::averagePrecisionByHand()
{
    const float scores[] = {0.9f, 0.8f, 0.7f, 0.6f};
    const std::int8_t targets[] = {1, 0, 1, 0};
    // Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
    QVERIFY(std::abs(averagePrecision(scores, targets, 4) - (1.0 + 2.0 / 3.0) / 2.0) < 1e-7);
}

void TestMultilabelMetrics::unannotatedEntriesAreSkipped()
{
    const float scores[] = {0.9f, 0.8f, 0.7f};
    const std::int8_t targets[] = {-1, 1, 0};
    QVERIFY(std::abs(averagePrecision(scores, targets, 3) - 1.0) < 1e-7); // the unknown top entry does not count
}

void TestMultilabelMetrics::tagsWithoutBothKindsAreLeftOut()
{
    // 3 images x 2 tags; tag 1 has only positives among its annotated entries.
    const std::vector<float> scores = {0.9f, 0.1f, 0.2f, 0.8f, 0.5f, 0.3f};
    const std::vector<std::int8_t> targets = {1, 1, 0, -1, 0, 1};
    const MultilabelMetrics m = evaluateMultilabel(scores, targets, 2, {TagBand::Head, TagBand::Tail});
    QCOMPARE(m.tagsEvaluated, std::size_t(1));
    QCOMPARE(m.tagsLeftOut, std::size_t(1));
    QVERIFY(std::isnan(m.tagAp[1]));
    QVERIFY(std::abs(m.map - 100.0) < 1e-5);
    QVERIFY(std::isnan(m.bandMap[2])); // the tail band has no evaluated tag
}

void TestMultilabelMetrics::bandsF1AndBaseline()
{
    // Two tags with the same column of scores, one head and one medium.
    const std::vector<float> scores = {0.9f, 0.9f, 0.8f, 0.8f, 0.7f, 0.7f, 0.6f, 0.6f};
    const std::vector<std::int8_t> targets = {1, 0, 0, 1, 1, 1, 0, 0};
    const MultilabelMetrics m = evaluateMultilabel(scores, targets, 2, {TagBand::Head, TagBand::Medium});
    QVERIFY(std::abs(m.tagAp[0] - (1.0 + 2.0 / 3.0) / 2.0) < 1e-7);
    QVERIFY(std::abs(m.tagAp[1] - (1.0 / 2.0 + 2.0 / 3.0) / 2.0) < 1e-7);
    QVERIFY(std::abs(m.bandMap[0] - 100 * m.tagAp[0]) < 1e-5);
    QVERIFY(std::abs(m.bandMap[1] - 100 * m.tagAp[1]) < 1e-5);
    // Tag 0: predicting the top 3 gives 2 TP, 1 FP, 0 FN: F1 = 4 / 5 at threshold 0.7.
    QVERIFY(std::abs(m.bestF1[0] - 0.8) < 1e-9);
    QCOMPARE(m.bestThreshold[0], double(0.7f));
    QVERIFY(std::abs(m.priorBaselineMap - 50.0) < 1e-9); // both tags have half positives
}

void TestMultilabelMetrics::perfectAndReversedRankings()
{
    QRandomGenerator rng(11);
    const std::size_t images = 500, tags = 7;
    std::vector<float> perfect(images * tags), reversed(images * tags);
    std::vector<std::int8_t> targets(images * tags);
    for (std::size_t i = 0; i < images * tags; ++i) {
        const std::uint32_t draw = rng.bounded(10u);
        targets[i] = draw < 2 ? 1 : draw < 4 ? -1 : 0;
        const float noise = float(rng.generateDouble());
        perfect[i] = (targets[i] == 1 ? 2.0f : 0.0f) + noise;
        reversed[i] = (targets[i] == 1 ? 0.0f : 2.0f) + noise;
    }
    const std::vector<TagBand> bands(tags, TagBand::Head);
    const MultilabelMetrics best = evaluateMultilabel(perfect, targets, tags, bands);
    const MultilabelMetrics worst = evaluateMultilabel(reversed, targets, tags, bands);
    QVERIFY(std::abs(best.map - 100.0) < 1e-4);
    QVERIFY(worst.map < best.priorBaselineMap); // worse than chance
    QVERIFY(best.priorBaselineMap > 20 && best.priorBaselineMap < 40); // about 2 / 6 of annotated entries are positive
    for (std::size_t t = 0; t < tags; ++t)
        QVERIFY(std::abs(best.bestF1[t] - 1.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestMultilabelMetrics)
#include "tst_multilabel_metrics.moc"
