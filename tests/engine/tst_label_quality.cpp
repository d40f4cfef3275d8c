// The label-quality engine against hand-worked cases: per-tag thresholds and their band fallback, each kind of
// candidate, the hidden-positive estimate, the order across tags, the image score; unknown labels never taken
// for negatives (and absent labels taken for negatives on an exhaustive dataset); the streamed top-K lists equal
// to a full sort; near duplicates against a brute force; the selection's order and ties; bad score files refused
// with messages that name the file and the problem.
#include "quality/hashed_duplicates.h"
#include "quality/label_review.h"
#include "quality/label_selection.h"
#include "quality/near_duplicates.h"
#include "quality/outliers.h"
#include "quality_data.h"
#include "random_dataset.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>
#include <set>

using namespace tagscope;

namespace {

constexpr auto P = LabelState::Positive;
constexpr auto N = LabelState::Negative;
constexpr auto U = LabelState::Unknown;

TagLabelSums sumsOf(const std::vector<std::pair<LabelState, float>>& labels)
{
    TagLabelSums sums;
    for (const auto& [state, p] : labels)
        sums.add(state, p);
    return sums;
}

std::vector<std::pair<LabelState, float>> labelsOf(LabelState state, const std::vector<float>& ps)
{
    std::vector<std::pair<LabelState, float>> out;
    for (float p : ps)
        out.push_back({state, p});
    return out;
}

template <typename T> std::vector<T> join(std::vector<T> a, const std::vector<T>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

QString errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestLabelQuality : public QObject {
    Q_OBJECT

private slots:
    void thresholdsAreMeansOverGivenLabels();
    void fewLabelsFallBackToTheBand();
    void eachCandidateKind();
    void hiddenPositivesEstimate();
    void orderAcrossTagsBreaksTiesByRarerTag();
    void imageLabelQualityIsLowestSelfConfidence();
    void reviewOfAScoreFile();
    void unknownIsNeverNegative();
    void labelStatesAreTheDatasets();
    void streamedTopKEqualsFullSort();
    void badScoreFilesAreRefused_data();
    void badScoreFilesAreRefused();
    void nearDuplicatesMatchBruteForce();
    void hashedSearchFindsTheSamePairs();
    void groupsAreConnectedComponents();
    void outliersAreTheTopPercent();
    void selectionDefinitions();
    void diverseSelectionOrderAndTies();
    void tinyProbabilitiesKeepTheirOrder();
    void aCopyIsNeverChosenTwice();
};

void TestLabelQuality::thresholdsAreMeansOverGivenLabels()
{
    // Unknown labels at p = 0 and 0.99 would move both means if they counted.
    const TagLabelSums sums = sumsOf(join(join(labelsOf(P, {0.9f, 0.8f, 0.7f, 0.6f, 0.5f}), labelsOf(N, {0.1f, 0.2f, 0.1f, 0.0f, 0.1f})),
                                          labelsOf(U, {0.0f, 0.0f, 0.99f})));
    QCOMPARE(sums.positives, 5u);
    QCOMPARE(sums.negatives, 5u);
    QCOMPARE(sums.unknowns, 3u);
    const std::vector<TagThreshold> t = tagThresholds({sums}, {TagBand::Medium});
    QVERIFY(std::abs(t[0].positive - 0.7) < 1e-6);
    QVERIFY(std::abs(t[0].negative - 0.9) < 1e-6);
    QVERIFY(!t[0].fewLabels());
}

void TestLabelQuality::fewLabelsFallBackToTheBand()
{
    const std::vector<TagLabelSums> sums = {
        sumsOf(join(labelsOf(P, {0.9f, 0.8f, 0.7f, 0.6f, 0.5f}), labelsOf(N, {0.1f, 0.2f, 0.1f, 0.0f, 0.1f}))), // t+ 0.7, t- 0.9
        sumsOf(join(labelsOf(P, {0.5f, 0.5f, 0.5f, 0.5f, 0.5f}), labelsOf(N, {0.3f, 0.3f, 0.3f, 0.3f, 0.3f}))), // t+ 0.5, t- 0.7
        sumsOf(join(labelsOf(P, {0.9f, 0.9f}), labelsOf(N, std::vector<float>(7, 0.0f)))), // 2 positives: t+ of the band; t- 1
        sumsOf(labelsOf(U, {0.4f, 0.9f})),                                                  // nothing given, alone in its band
        sumsOf(join(labelsOf(P, {0.2f, 0.2f, 0.2f, 0.2f}), labelsOf(N, {0.5f, 0.5f, 0.5f, 0.5f, 0.5f}))), // 4 positives, head
    };
    const std::vector<TagBand> bands = {TagBand::Medium, TagBand::Medium, TagBand::Medium, TagBand::Tail, TagBand::Head};
    const std::vector<TagThreshold> t = tagThresholds(sums, bands);
    QVERIFY(!t[0].fewLabels() && !t[1].fewLabels());
    // Tag 2: the mean of the medium tags with enough positives (0.7 and 0.5); its own t- from 7 negatives.
    QVERIFY(t[2].fewPositives && !t[2].fewNegatives && t[2].fewLabels());
    QVERIFY(std::abs(t[2].positive - 0.6) < 1e-6);
    QVERIFY(std::abs(t[2].negative - 1.0) < 1e-6);
    // Tag 3: no tail tag has enough labels: the mean over every tag that has (t+ of tags 0, 1; t- of 0, 1, 2, 4).
    QVERIFY(t[3].fewPositives && t[3].fewNegatives);
    QVERIFY(std::abs(t[3].positive - 0.6) < 1e-6);
    QVERIFY(std::abs(t[3].negative - (0.9 + 0.7 + 1.0 + 0.5) / 4) < 1e-6);
    // Tag 4: 4 positives is one too few; no other head tag has enough, so again the mean over all.
    QVERIFY(t[4].fewPositives && !t[4].fewNegatives);
    QVERIFY(std::abs(t[4].positive - 0.6) < 1e-6);
    QVERIFY(std::abs(t[4].negative - 0.5) < 1e-6);
}

void TestLabelQuality::eachCandidateKind()
{
    TagThreshold t;
    t.positive = 0.6;
    t.negative = 0.8;
    const auto flag = [&](LabelState state, float p) { return flagLabel(state, p, t); };
    // Missing positive: unknown with p >= t+, score p.
    QVERIFY(flag(U, 0.61f) && flag(U, 0.61f)->kind == CandidateKind::MissingPositive && flag(U, 0.61f)->score == 0.61f);
    QVERIFY(!flag(U, 0.59f));
    // Wrong positive: positive with 1 - p >= t-, score 1 - p.
    QVERIFY(flag(P, 0.15f) && flag(P, 0.15f)->kind == CandidateKind::WrongPositive);
    QVERIFY(std::abs(flag(P, 0.15f)->score - 0.85f) < 1e-6f);
    QVERIFY(!flag(P, 0.25f));
    QVERIFY(!flag(P, 0.99f));
    // Wrong negative: verified negative with p >= t+, score p.
    QVERIFY(flag(N, 0.7f) && flag(N, 0.7f)->kind == CandidateKind::WrongNegative && flag(N, 0.7f)->score == 0.7f);
    QVERIFY(!flag(N, 0.5f));
    QCOMPARE(QString(candidateKindName(CandidateKind::WrongNegative)), QString("wrong-negative"));
    QCOMPARE(*candidateKindFromName("wrong-positive"), CandidateKind::WrongPositive);
    QVERIFY(!candidateKindFromName("tags"));
}

void TestLabelQuality::hiddenPositivesEstimate()
{
    // E = sum over unknown labels of min(1, p / t+), t+ = 0.5: 0.2 + 0.5 + 1 + 1; the positive and the negative add nothing.
    TagThreshold t;
    t.positive = 0.5;
    t.negative = 0.9;
    CandidateCollector collector({t}, 10);
    const float ps[] = {0.1f, 0.25f, 0.5f, 0.9f, 0.95f, 0.95f};
    const LabelState states[] = {U, U, U, U, P, N};
    for (std::uint32_t row = 0; row < 6; ++row)
        collector.addRow(row, &ps[row], &states[row]);
    QVERIFY(std::abs(collector.tag(0).hiddenPositives.value() - 2.7) < 1e-6);
    QCOMPARE(collector.tag(0).counts[0], 2u); // 0.5 and 0.9
    QCOMPARE(collector.tag(0).counts[1], 0u);
    QCOMPARE(collector.tag(0).counts[2], 1u); // the negative at 0.95
    const std::vector<LabelCandidate> missing = collector.tag(0).top[0].sorted();
    QCOMPARE(missing.size(), std::size_t(2));
    QCOMPARE(missing[0].row, 3u);
    QCOMPARE(missing[1].row, 2u);
}

void TestLabelQuality::orderAcrossTagsBreaksTiesByRarerTag()
{
    // Tag 0 has 50 positives, tag 1 has 3: at equal scores tag 1 comes first; within a tag, equal scores by row.
    const std::vector<LabelCandidate> candidates = {{4, 0, 0.9f, 0.9f}, {2, 1, 0.8f, 0.8f}, {1, 0, 0.8f, 0.8f},
                                                    {7, 1, 0.95f, 0.95f}, {0, 1, 0.8f, 0.8f}};
    const std::vector<LabelCandidate> ranked = rankAcrossTags(candidates, {50, 3}, 0);
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> expected = {{7, 1}, {4, 0}, {0, 1}, {2, 1}, {1, 0}};
    QCOMPARE(ranked.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(ranked[i].row, expected[i].first);
        QCOMPARE(ranked[i].column, expected[i].second);
    }
    QCOMPARE(rankAcrossTags(candidates, {50, 3}, 2).size(), std::size_t(2));
}

void TestLabelQuality::imageLabelQualityIsLowestSelfConfidence()
{
    const float p[] = {0.9f, 0.3f, 0.01f};
    const LabelState states[] = {P, N, U};
    QVERIFY(std::abs(imageLabelQuality(p, states, 3) - 0.7) < 1e-6); // min(0.9, 1 - 0.3); the unknown is not a label
    const LabelState none[] = {U, U, U};
    QVERIFY(std::isnan(imageLabelQuality(p, none, 3)));
    // The weakest label is the negative (column 1), scored 1 - 0.7.
    const std::optional<LabelCandidate> weakest = weakestLabel(9, p, states, 3);
    QVERIFY(weakest && weakest->row == 9 && weakest->column == 1);
    QVERIFY(std::abs(weakest->score - 0.3f) < 1e-6f);
    QVERIFY(!weakestLabel(9, p, none, 3));
}

void TestLabelQuality::reviewOfAScoreFile()
{
    // Tag 0: positives 0-5, negatives 6-10, unknown 11. Tag 1: positives 0 and 1 only (few labels), the rest unknown.
    std::vector<ImageLabels> images(12);
    for (std::uint32_t i = 0; i < 12; ++i) {
        if (i <= 5)
            images[i].push_back({0, P});
        else if (i <= 10)
            images[i].push_back({0, N});
        if (i <= 1)
            images[i].push_back({1, P});
    }
    const Dataset dataset = labelledDataset(2, images);
    const std::vector<float> tag0 = {0.9f, 0.9f, 0.8f, 0.8f, 0.7f, 0.1f, 0.1f, 0.1f, 0.2f, 0.0f, 0.75f, 0.95f};
    const std::vector<float> tag1 = {0.6f, 0.8f, 0.2f, 0.75f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f, 0.2f};
    std::vector<float> values;
    for (std::size_t i = 0; i < 12; ++i)
        values.insert(values.end(), {tag0[i], tag1[i]});
    QTemporaryDir dir;
    const QString path = writeScores(dir.filePath("scores"), values, 2, identityRows(12), R"({"tags": ["/m/t0", "/m/t1"]})");
    ScoreFile scores(path.toStdString(), dataset);
    scores.setBlockRows(5);
    QVERIFY(!scores.inSample());
    const std::optional<LabelReview> review = reviewLabels(scores, dataset, BandRule{}, 10);
    QVERIFY(review);
    const TagReview& t0 = review->tags[0];
    const TagReview& t1 = review->tags[1];
    // t+ = (0.9 + 0.9 + 0.8 + 0.8 + 0.7 + 0.1) / 6 = 0.7; t- = (0.9 + 0.9 + 0.8 + 1 + 0.25) / 5 = 0.77.
    QVERIFY(std::abs(t0.threshold.positive - 0.7) < 1e-6);
    QVERIFY(std::abs(t0.threshold.negative - 0.77) < 1e-6);
    QVERIFY(!t0.threshold.fewLabels());
    // Both tags are tail (< 20 positives): tag 1 takes tag 0's thresholds, the only tail tag with enough labels.
    QVERIFY(t1.threshold.fewPositives && t1.threshold.fewNegatives);
    QVERIFY(std::abs(t1.threshold.positive - t0.threshold.positive) < 1e-12);
    QVERIFY(std::abs(t1.threshold.negative - t0.threshold.negative) < 1e-12);
    // Tag 0: image 11 is a missing positive (0.95), image 5 a wrong positive (1 - 0.1 = 0.9 >= 0.77), image 10 a
    // wrong negative (0.75 >= 0.7).
    QCOMPARE(t0.counts, (std::array<std::uint64_t, 3>{1, 1, 1}));
    QCOMPARE(t0.top[0].front().row, 11u);
    QCOMPARE(t0.top[1].front().row, 5u);
    QVERIFY(std::abs(t0.top[1].front().score - 0.9f) < 1e-6f);
    QCOMPARE(t0.top[2].front().row, 10u);
    QVERIFY(std::abs(t0.hiddenPositives - 1.0) < 1e-9); // min(1, 0.95 / 0.7)
    // Images by label-quality score, lowest first (the 10 best of the 11 with labels): image 5 (tag 0 positive at
    // 0.1), image 10 (tag 0 negative at 0.75: 0.25), image 0 (tag 1 positive at 0.6), image 4 (tag 0 at 0.7).
    QCOMPARE(review->weakestImages.size(), std::size_t(10));
    QCOMPARE(review->weakestImages[0].row, 5u);
    QVERIFY(std::abs(review->weakestImages[0].score - 0.9f) < 1e-6f);
    QCOMPARE(review->weakestImages[1].row, 10u);
    QCOMPARE(review->weakestImages[1].column, 0u);
    QCOMPARE(review->weakestImages[2].row, 0u);
    QCOMPARE(review->weakestImages[2].column, 1u);
    QCOMPARE(review->weakestImages[3].row, 4u);
    // Tag 1: image 3 (0.75) is missing; its hidden positives 1 + 9 x 0.2 / 0.7.
    QCOMPARE(t1.counts, (std::array<std::uint64_t, 3>{1, 0, 0}));
    QCOMPARE(t1.top[0].front().row, 3u);
    QVERIFY(std::abs(t1.hiddenPositives - (1.0 + 9 * 0.2 / t0.threshold.positive)) < 1e-5);
}

void TestLabelQuality::unknownIsNeverNegative()
{
    // Ten images with tag 0 positive (p 0.8), ten with nothing annotated: five the model finds tag 0 on (0.9),
    // five not (0.1).
    std::vector<ImageLabels> images(20);
    for (std::uint32_t i = 0; i < 10; ++i)
        images[i].push_back({0, P});
    std::vector<float> values(20, 0.8f);
    for (std::size_t i = 10; i < 20; ++i)
        values[i] = i % 2 ? 0.9f : 0.1f;
    QTemporaryDir dir;
    const QString path = writeScores(dir.filePath("scores"), values, 1, identityRows(20));
    for (const bool exhaustive : {false, true}) {
        const Dataset dataset = labelledDataset(1, images, exhaustive);
        const ScoreFile scores(path.toStdString(), dataset);
        const std::optional<LabelReview> review = reviewLabels(scores, dataset, BandRule{}, 100);
        const TagReview& tag = review->tags[0];
        if (!exhaustive) {
            // Partial labels: the ten are unknown, so the five at 0.9 are missing positives, never wrong negatives,
            // and no negative entered t- (it is the fallback, marked few labels). E = 5 + 5 x 0.1 / 0.8.
            QCOMPARE(tag.sums.negatives, 0u);
            QCOMPARE(tag.sums.unknowns, 10u);
            QCOMPARE(tag.counts, (std::array<std::uint64_t, 3>{5, 0, 0}));
            QVERIFY(tag.threshold.fewNegatives);
            QVERIFY(std::abs(tag.hiddenPositives - 5.625) < 1e-6);
        } else {
            // Exhaustive labels (COCO, class folders): absent means negative (t- = 0.5), so the same five are
            // wrong negatives.
            QCOMPARE(tag.sums.negatives, 10u);
            QCOMPARE(tag.sums.unknowns, 0u);
            QVERIFY(std::abs(tag.threshold.negative - 0.5) < 1e-6);
            QCOMPARE(tag.counts, (std::array<std::uint64_t, 3>{0, 0, 5}));
            QCOMPARE(tag.hiddenPositives, 0.0);
        }
    }
}

void TestLabelQuality::labelStatesAreTheDatasets()
{
    RandomDatasetShape shape;
    shape.images = 300;
    shape.tags = 9;
    const Dataset partial = randomDataset(11, shape);
    DatasetContents contents = partial.contents();
    contents.exhaustiveLabels = true;
    const Dataset exhaustive(std::move(contents));
    // Columns in another order than the dataset's tags, one tag left out.
    QTemporaryDir dir;
    const std::vector<std::uint32_t> columnTags = {4, 0, 8, 2, 1, 7, 3, 5};
    QByteArray json = R"({"tags": [)";
    for (std::size_t c = 0; c < columnTags.size(); ++c)
        json += (c ? ", \"" : "\"") + QByteArray::fromStdString(partial.tag(columnTags[c]).labelName) + '"';
    json += "]}";
    const QString path = writeScores(dir.filePath("s"), std::vector<float>(300 * columnTags.size(), 0.5f), columnTags.size(), identityRows(300), json);
    for (const Dataset* dataset : {&partial, &exhaustive}) {
        const ScoreFile scores(path.toStdString(), *dataset);
        std::vector<LabelState> states;
        std::size_t unknown = 0;
        for (std::size_t row = 0; row < 300; ++row) {
            scores.labelStates(row, states);
            for (std::size_t c = 0; c < columnTags.size(); ++c) {
                QCOMPARE(states[c], dataset->labelState(row, columnTags[c]));
                unknown += states[c] == U;
            }
        }
        QCOMPARE(unknown > 0, dataset == &partial);
    }
}

void TestLabelQuality::streamedTopKEqualsFullSort()
{
    RandomDatasetShape shape;
    shape.images = 3000;
    shape.tags = 7;
    shape.labelsPerImage = 4;
    shape.machineLabels = false;
    const Dataset dataset = randomDataset(5, shape);
    std::mt19937_64 random(9);
    // Rows in a shuffled image order, probabilities on a grid of 1/64 so that equal scores are common.
    std::vector<std::int64_t> rowImages = identityRows(3000);
    std::shuffle(rowImages.begin(), rowImages.end(), random);
    std::vector<float> values(3000 * 7);
    for (float& v : values)
        v = static_cast<float>(random() % 65) / 64.0f;
    QTemporaryDir dir;
    const QString path = writeScores(dir.filePath("s"), values, 7, rowImages);
    ScoreFile scores(path.toStdString(), dataset);
    scores.setBlockRows(97);
    const std::size_t k = 25;
    const std::optional<LabelReview> review = reviewLabels(scores, dataset, BandRule::quantile(0.3, 0.3), k);
    QVERIFY(review);
    // The whole matrix in memory: the thresholds from full sums, then every candidate, sorted.
    std::vector<TagLabelSums> sums(7);
    for (std::size_t r = 0; r < 3000; ++r)
        for (std::uint32_t t = 0; t < 7; ++t)
            sums[t].add(dataset.labelState(static_cast<std::size_t>(rowImages[r]), t), values[r * 7 + t]);
    std::vector<TagBand> bands;
    for (const TagReview& tag : review->tags)
        bands.push_back(tag.band);
    const std::vector<TagThreshold> thresholds = tagThresholds(sums, bands);
    std::size_t compared = 0;
    for (std::uint32_t t = 0; t < 7; ++t) {
        QCOMPARE(review->tags[t].threshold.positive, thresholds[t].positive);
        QCOMPARE(review->tags[t].threshold.negative, thresholds[t].negative);
        std::array<std::vector<LabelCandidate>, 3> all;
        for (std::size_t r = 0; r < 3000; ++r) {
            const float p = values[r * 7 + t];
            if (const auto flag = flagLabel(dataset.labelState(static_cast<std::size_t>(rowImages[r]), t), p, thresholds[t]))
                all[static_cast<std::size_t>(flag->kind)].push_back({static_cast<std::uint32_t>(r), t, p, flag->score});
        }
        for (std::size_t kind = 0; kind < 3; ++kind) {
            QCOMPARE(review->tags[t].counts[kind], all[kind].size());
            std::sort(all[kind].begin(), all[kind].end(), rankedBefore);
            all[kind].resize(std::min(k, all[kind].size()));
            const std::vector<LabelCandidate>& streamed = review->tags[t].top[kind];
            QCOMPARE(streamed.size(), all[kind].size());
            for (std::size_t i = 0; i < streamed.size(); ++i) {
                QCOMPARE(streamed[i].row, all[kind][i].row);
                QCOMPARE(streamed[i].score, all[kind][i].score);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 200);
}

void TestLabelQuality::badScoreFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");     // the file the message must name
    QTest::addColumn<QString>("problem");  // and words of the problem
    QTest::newRow("rows do not match their names") << "s.images.npy" << "names 3 rows, but";
    QTest::newRow("rows not named") << "s.npy" << "its rows name no images";
    QTest::newRow("columns do not match the dataset") << "s.npy" << "5 columns, but the dataset";
    QTest::newRow("columns do not match their names") << "s.json" << "names 2 tags, but";
    QTest::newRow("unknown tag") << "s.json" << "\"/m/nope\" is not a tag of the dataset";
    QTest::newRow("unknown image") << "s.json" << "\"00000000000000ff\" is not an image of the dataset";
    QTest::newRow("image index out of range") << "s.images.npy" << "names image index 99";
    QTest::newRow("image twice") << "s.npy" << "are the same image";
    QTest::newRow("NaN") << "s.npy" << "row 2 (image 0000000000000003), tag /m/t1: NaN";
    QTest::newRow("logits") << "s.npy" << "3.500000 is not a probability";
    QTest::newRow("float64") << "s.npy" << "expected float32";
}

void TestLabelQuality::badScoreFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const Dataset dataset = labelledDataset(3, std::vector<ImageLabels>(4, ImageLabels{{0, P}}));
    QTemporaryDir dir;
    const QString stem = dir.filePath("s");
    std::vector<float> values(4 * 3, 0.5f);
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "rows do not match their names")
        writeScores(stem, values, 3, {0, 1, 2});
    else if (tag == "rows not named")
        writeScores(stem, values, 3, {});
    else if (tag == "columns do not match the dataset")
        writeScores(stem, std::vector<float>(4 * 5, 0.5f), 5, identityRows(4));
    else if (tag == "columns do not match their names")
        writeScores(stem, values, 3, identityRows(4), R"({"tags": ["/m/t0", "/m/t1"]})");
    else if (tag == "unknown tag")
        writeScores(stem, values, 3, identityRows(4), R"({"tags": ["/m/t0", "/m/nope", "/m/t2"]})");
    else if (tag == "unknown image")
        writeScores(stem, values, 3, {}, R"({"images": ["0000000000000001", "0000000000000002", "00000000000000ff", "0000000000000004"]})");
    else if (tag == "image index out of range")
        writeScores(stem, values, 3, {0, 1, 99, 3});
    else if (tag == "image twice")
        writeScores(stem, values, 3, {0, 1, 1, 3});
    else if (tag == "NaN" || tag == "logits") {
        values[2 * 3 + 1] = tag == "NaN" ? std::nanf("") : 3.5f;
        writeScores(stem, values, 3, identityRows(4));
    } else if (tag == "float64") {
        writeScores(stem, values, 3, identityRows(4));
        QFile npy(stem + ".npy");
        QVERIFY(npy.open(QIODevice::ReadWrite));
        QByteArray bytes = npy.readAll();
        bytes.replace("<f4", "<f8");
        bytes.append(QByteArray(4 * 3 * 4, '\0'));
        npy.seek(0);
        npy.write(bytes);
    }
    const QString message = errorOf([&] {
        const ScoreFile scores((stem + ".npy").toStdString(), dataset);
        reviewLabels(scores, dataset, BandRule{}, 5);
    });
    QVERIFY2(message.contains(dir.filePath(file)) && message.contains(problem), qPrintable(message));
}

void TestLabelQuality::nearDuplicatesMatchBruteForce()
{
    std::mt19937_64 random(3);
    std::normal_distribution<float> normal;
    const std::size_t base = 700, copies = 60, d = 24;
    FloatMatrix unit(base + copies, d);
    for (std::size_t r = 0; r < base + copies; ++r) {
        const std::size_t source = r < base ? r : random() % base;
        const float noise = r < base ? 1.0f : 0.03f + 0.1f * static_cast<float>(r % 5); // copies at several distances
        double squares = 0;
        for (std::size_t c = 0; c < d; ++c) {
            unit.at(r, c) = (r < base ? 0.0f : unit.at(source, c)) + noise * normal(random);
            squares += static_cast<double>(unit.at(r, c)) * unit.at(r, c);
        }
        for (std::size_t c = 0; c < d; ++c)
            unit.at(r, c) = static_cast<float>(unit.at(r, c) / std::sqrt(squares));
    }
    for (const double tau : {0.02, 0.1, 0.25}) {
        const std::optional<std::vector<RowPair>> pairs = nearDuplicatePairs(unit, tau, 2);
        QVERIFY(pairs);
        std::set<std::pair<std::uint32_t, std::uint32_t>> expected, found;
        for (std::uint32_t a = 0; a < unit.rows; ++a)
            for (std::uint32_t b = a + 1; b < unit.rows; ++b) {
                double dot = 0;
                for (std::size_t c = 0; c < d; ++c)
                    dot += static_cast<double>(unit.at(a, c)) * unit.at(b, c);
                if (1.0 - dot <= tau)
                    expected.insert({a, b});
            }
        for (const RowPair& pair : *pairs) {
            QVERIFY(pair.a < pair.b && pair.distance <= tau);
            found.insert({pair.a, pair.b});
        }
        QCOMPARE(found, expected);
        QVERIFY(!expected.empty());
        QVERIFY(std::is_sorted(pairs->begin(), pairs->end(), [](const RowPair& x, const RowPair& y) { return x.distance < y.distance; }));
    }
}

namespace {

// `base` random directions in `d` dimensions (all coordinates positive when `cone`: like pooled ReLU features,
// every image within 90 degrees of every other), copies of random rows at cosine distances spread over 0 to
// about 0.12, and a group of 60 copies of row 0 (one bucket too large to compare pair by pair). Unit rows.
FloatMatrix rowsWithCopies(std::size_t base, std::size_t copies, std::size_t d, bool cone, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal;
    const std::size_t group = 60;
    FloatMatrix unit(base + copies + group, d);
    for (std::size_t r = 0; r < unit.rows; ++r) {
        const std::size_t source = r < base ? r : r < base + copies ? random() % base : 0;
        const float noise = r < base ? 1.0f : r < base + copies ? 0.09f * static_cast<float>(r % 7) / 6 : 0.01f;
        double squares = 0;
        for (std::size_t c = 0; c < d; ++c) {
            const float value = r < base ? normal(random) : unit.at(source, c) + noise * normal(random);
            unit.at(r, c) = cone ? std::abs(value) : value;
            squares += static_cast<double>(unit.at(r, c)) * unit.at(r, c);
        }
        for (std::size_t c = 0; c < d; ++c)
            unit.at(r, c) = static_cast<float>(unit.at(r, c) / std::sqrt(squares));
    }
    return unit;
}

std::set<std::pair<std::uint32_t, std::uint32_t>> rowPairSet(const std::vector<RowPair>& pairs)
{
    std::set<std::pair<std::uint32_t, std::uint32_t>> set;
    for (const RowPair& pair : pairs)
        set.insert({pair.a, pair.b});
    return set;
}

} // namespace

void TestLabelQuality::hashedSearchFindsTheSamePairs()
{
    // Random directions: the plan hashes (20,000 rows cost more to compare all at once), and every pair the exact
    // search finds, the 1,770 of the group of 60 included, is found once with the same distance.
    const FloatMatrix unit = rowsWithCopies(20000, 600, 32, false, 8);
    const std::vector<RowPair> exact = *nearDuplicatePairs(unit, 0.1, 2);
    DuplicateHashing plan;
    const std::vector<RowPair> hashed = *hashedDuplicatePairs(unit, 0.1, 2, {}, nullptr, &plan);
    QVERIFY(!plan.exactIsCheaper);
    QVERIFY2(plan.recallAtTau >= kHashedDuplicateRecall && plan.tables >= 2 && plan.bits >= 8,
             qPrintable(QString("%1 tables of %2 bits, %3").arg(plan.tables).arg(plan.bits).arg(plan.recallAtTau)));
    QVERIFY(plan.comparedPairs < 0.01 * 20660.0 * 20659.0 / 2); // far fewer comparisons than all pairs
    QVERIFY(exact.size() > 1770 + 400);
    QCOMPARE(rowPairSet(hashed).size(), hashed.size()); // each pair once
    QCOMPARE(rowPairSet(hashed), rowPairSet(exact));
    for (std::size_t i = 0; i < exact.size(); ++i)
        QCOMPARE(hashed[i].distance, exact[i].distance); // the same order, the same distances
    QVERIFY(findDuplicatePairs(unit, 0.1, DuplicateSearch::Approximate, 2)->size() == exact.size());

    // A cone of directions (every coordinate positive): random hyperplanes cut it unevenly and the buckets fill up;
    // the trial table sees it and the plan compares more pairs for the same recall; every pair found is real.
    const FloatMatrix cone = rowsWithCopies(20000, 600, 32, true, 9);
    const std::vector<RowPair> exactCone = *nearDuplicatePairs(cone, 0.1, 2);
    DuplicateHashing conePlan;
    const std::vector<RowPair> hashedCone = *hashedDuplicatePairs(cone, 0.1, 2, {}, nullptr, &conePlan);
    QVERIFY(conePlan.exactIsCheaper || conePlan.comparedPairs > plan.comparedPairs);
    const auto exactConeSet = rowPairSet(exactCone), hashedConeSet = rowPairSet(hashedCone);
    QVERIFY(std::includes(exactConeSet.begin(), exactConeSet.end(), hashedConeSet.begin(), hashedConeSet.end()));
    QVERIFY2(hashedConeSet.size() >= 0.99 * static_cast<double>(exactConeSet.size()),
             qPrintable(QString("%1 of %2 pairs").arg(hashedConeSet.size()).arg(exactConeSet.size())));

    // A few rows: comparing every pair is cheaper, and that is what runs.
    const FloatMatrix few = rowsWithCopies(300, 30, 16, false, 10);
    DuplicateHashing fewPlan;
    QCOMPARE(rowPairSet(*hashedDuplicatePairs(few, 0.1, 1, {}, nullptr, &fewPlan)), rowPairSet(*nearDuplicatePairs(few, 0.1, 1)));
    QVERIFY(fewPlan.exactIsCheaper);
}

void TestLabelQuality::groupsAreConnectedComponents()
{
    const std::vector<RowPair> pairs = {{5, 9, 0.01f}, {2, 5, 0.05f}, {3, 7, 0.02f}, {0, 1, 0.0f}};
    const auto groups = connectedGroups(10, pairs);
    const std::vector<std::vector<std::uint32_t>> expected = {{0, 1}, {2, 5, 9}, {3, 7}};
    QCOMPARE(groups, expected);
}

void TestLabelQuality::outliersAreTheTopPercent()
{
    const std::vector<RowScore> half = topPercent({0.1, 0.5, 0.5, 0.2}, 50);
    QCOMPARE(half.size(), std::size_t(2));
    QCOMPARE(half[0].row, 1u); // equal scores: the lower row first
    QCOMPARE(half[1].row, 2u);
    QCOMPARE(topPercent({0.1, 0.5, 0.5, 0.2}, 1).size(), std::size_t(1)); // 1% of 4 rounds up to one image
    // Mean distance to the 10 nearest: a far point scores highest.
    FloatMatrix unit(30, 2);
    for (std::size_t r = 0; r < 29; ++r) {
        unit.at(r, 0) = static_cast<float>(std::cos(0.01 * r));
        unit.at(r, 1) = static_cast<float>(std::sin(0.01 * r));
    }
    unit.at(29, 0) = -1;
    const std::optional<NeighbourLists> neighbours = cosineNeighbours(unit, kQualityNeighbours);
    QCOMPARE(neighbours->k, std::size_t(10));
    const std::vector<RowScore> top = topPercent(meanNeighbourDistances(*neighbours), 1);
    QCOMPARE(top.front().row, 29u);
    QVERIFY(top.front().score > 1.9);
}

void TestLabelQuality::selectionDefinitions()
{
    // u = 1 - |2q - 1|, q = min(1, p / (2 t+)), t+ = 0.4.
    QVERIFY(std::abs(labelUncertainty(0.4f, 0.4) - 1.0) < 1e-6);
    QVERIFY(std::abs(labelUncertainty(0.2f, 0.4) - 0.5) < 1e-6);
    QVERIFY(std::abs(labelUncertainty(0.6f, 0.4) - 0.5) < 1e-6);
    QCOMPARE(labelUncertainty(0.8f, 0.4), 0.0);
    QCOMPARE(labelUncertainty(0.95f, 0.4), 0.0);
    QCOMPARE(labelUncertainty(0.0f, 0.4), 0.0);
    // w = 1 / sqrt(P + 1), normalised: P = 0 and 3 give 1 and 1/2, so 2/3 and 1/3.
    const std::vector<double> w = tagWeights({0, 3});
    QVERIFY(std::abs(w[0] - 2.0 / 3) < 1e-12 && std::abs(w[1] - 1.0 / 3) < 1e-12);
    // delta: the median of the last neighbour distances.
    NeighbourLists lists;
    lists.queries = 4;
    lists.k = 2;
    lists.distances = {0.1f, 0.4f, 0.0f, 0.2f, 0.3f, 0.9f, 0.1f, 0.5f};
    QVERIFY(std::abs(medianLastNeighbourDistance(lists) - 0.45) < 1e-6); // last: 0.4, 0.2, 0.9, 0.5
}

void TestLabelQuality::diverseSelectionOrderAndTies()
{
    // A and B the same point, C at a right angle, D 10 degrees from A; delta 0.5.
    const double ten = 10 * M_PI / 180;
    FloatMatrix unit(5, 2);
    const float points[5][2] = {{1, 0}, {1, 0}, {0, 1}, {static_cast<float>(std::cos(ten)), static_cast<float>(std::sin(ten))}, {0, -1}};
    for (std::size_t r = 0; r < 5; ++r)
        for (std::size_t c = 0; c < 2; ++c)
            unit.at(r, c) = points[r][c];
    const std::vector<double> utility = {1.0, 1.0, 0.5, 1.0, 0.0};
    const std::vector<std::uint32_t> key = {5, 1, 2, 7, 0}; // the dataset image of each row
    // First: A, B and D tie at 1 (nothing chosen, D = 1): B has the lowest image. Then C (0.5 x min(1, 1 / 0.5))
    // beats D (1 x 0.015 / 0.5) and A (a copy of B: 0). Then D; A is worth nothing, and E has no utility.
    const std::optional<std::vector<std::uint32_t>> chosen = diverseSelection(utility, key, unit, 0.5, 10);
    QCOMPARE(*chosen, (std::vector<std::uint32_t>{1, 2, 3}));
    QCOMPARE(*diverseSelection(utility, key, unit, 0.5, 2), (std::vector<std::uint32_t>{1, 2}));
}

// Probabilities far below float's resolution near 1: thresholds keep their value and wrong-positive scores
// (1 - p) keep the order of p.
void TestLabelQuality::tinyProbabilitiesKeepTheirOrder()
{
    const TagLabelSums sums = sumsOf(join(labelsOf(P, {1e-10f, 1e-10f, 1e-10f, 1e-10f, 1e-10f}), labelsOf(N, {0.1f, 0.2f, 0.1f, 0.0f, 0.1f})));
    const std::vector<TagThreshold> t = tagThresholds({sums}, {TagBand::Medium});
    QVERIFY2(std::abs(t[0].positive - 1e-10) < 1e-16, qPrintable(QString::number(t[0].positive, 'g', 10)));
    // A verified negative at p = 0 is not at or above t+ = 1e-10.
    QVERIFY(!flagLabel(N, 0.0f, t[0]));
    TagThreshold loose;
    loose.positive = 0.5;
    loose.negative = 0.5;
    QVERIFY(flagLabel(P, 1e-9f, loose)->score > flagLabel(P, 1e-8f, loose)->score);
    QVERIFY(flagLabel(P, 1e-12f, loose)->score > flagLabel(P, 1e-9f, loose)->score);
}

// Two rows holding the same float-normalised vector (whose squared norm in double is just under 1, so that
// 1 - a.a is a small positive number): the copy is at distance 0 and never chosen after the original.
void TestLabelQuality::aCopyIsNeverChosenTwice()
{
    FloatMatrix unit(3, 3);
    bool found = false;
    for (int i = 1; i < 1000 && !found; ++i) {
        const double x = std::sin(i), y = std::cos(3.0 * i), z = std::sin(7.0 * i) + 0.5;
        const double norm = std::sqrt(x * x + y * y + z * z);
        const float v[3] = {static_cast<float>(x / norm), static_cast<float>(y / norm), static_cast<float>(z / norm)};
        double squared = 0;
        for (float c : v)
            squared += static_cast<double>(c) * c;
        if (squared < 1.0) {
            for (std::size_t c = 0; c < 3; ++c)
                unit.at(0, c) = unit.at(1, c) = v[c];
            found = true;
        }
    }
    QVERIFY(found);
    for (std::size_t c = 0; c < 3; ++c)
        unit.at(2, c) = -unit.at(0, c); // the opposite direction: distance 2
    QCOMPARE(*diverseSelection({1.0, 1.0, 0.25}, {0, 1, 2}, unit, 0.5, 3), (std::vector<std::uint32_t>{0, 2}));
}

QTEST_GUILESS_MAIN(TestLabelQuality)
#include "tst_label_quality.moc"
