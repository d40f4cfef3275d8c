// The tag index against a brute-force scan of Dataset::labelState on random datasets, and the image-set
// algebra the filters run on against std::set_* on random sets in every representation.
#include "dataset/image_set.h"
#include "dataset/tag_index.h"
#include "random_dataset.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace tagscope;

namespace {

std::vector<std::uint32_t> toVector(ImageIdSpan span) { return {span.begin(), span.end()}; }

// Every list of the index, rebuilt by asking the dataset about each image and tag.
void compareWithBruteForce(const Dataset& dataset, const TagIndex& index)
{
    QCOMPARE(index.imageCount(), dataset.imageCount());
    QCOMPARE(index.tagCount(), dataset.tagCount());
    const float thresholds[] = {0.0f, 0.35f, 0.5f, 1.0f};
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t) {
        std::vector<std::uint32_t> positive, negative, unknown, machine;
        std::vector<float> confidences;
        for (std::uint32_t i = 0; i < dataset.imageCount(); ++i) {
            const LabelState state = dataset.labelState(i, t);
            (state == LabelState::Positive ? positive : state == LabelState::Negative ? negative : unknown).push_back(i);
            if (dataset.hasMachineConfidence())
                if (auto confidence = dataset.machineConfidence(i, t)) {
                    machine.push_back(i);
                    confidences.push_back(*confidence);
                }
        }
        QCOMPARE(toVector(index.positives(t)), positive);
        QCOMPARE(toVector(index.negatives(t)), negative);
        QCOMPARE(index.unknowns(t), unknown);
        QCOMPARE(toVector(index.machineLabelled(t)), machine);
        if (!machine.empty())
            QCOMPARE(std::vector<float>(index.machineConfidences(t), index.machineConfidences(t) + machine.size()), confidences);
        for (float threshold : thresholds) {
            std::vector<std::uint32_t> expected;
            for (std::size_t k = 0; k < machine.size(); ++k)
                if (confidences[k] >= threshold)
                    expected.push_back(machine[k]);
            QCOMPARE(index.machineAtLeast(t, threshold), expected);
        }
    }
    for (int s = 0; s < kSplitCount; ++s) {
        const auto split = static_cast<Split>(s);
        std::size_t count = 0;
        for (std::uint32_t i = 0; i < dataset.imageCount(); ++i) {
            const bool member = dataset.imageSplit(i) == split;
            count += member;
            QCOMPARE(bool((index.splitBits(split)[i / 64] >> (i % 64)) & 1), member);
        }
        QCOMPARE(index.splitImageCount(split), count);
    }
}

// A random sorted subset of [0, universe) with about `density` of the ids.
std::vector<std::uint32_t> randomIds(std::mt19937_64& random, std::size_t universe, double density)
{
    std::vector<std::uint32_t> ids;
    std::bernoulli_distribution keep(density);
    for (std::uint32_t i = 0; i < universe; ++i)
        if (keep(random))
            ids.push_back(i);
    return ids;
}

// The same set in one of four forms: borrowed list, owned list, owned bitset, or the complement of the
// other ids in either form. `storage` keeps borrowed lists alive.
ImageSet makeSet(const std::vector<std::uint32_t>& ids, std::size_t universe, int form, std::vector<std::vector<std::uint32_t>>& storage)
{
    std::vector<std::uint64_t> bits((universe + 63) / 64, 0);
    for (std::uint32_t id : ids)
        bits[id / 64] |= std::uint64_t{1} << (id % 64);
    switch (form) {
    case 0:
        storage.push_back(ids);
        return ImageSet::borrowIds({storage.back().data(), storage.back().size()}, universe);
    case 1: return ImageSet::ownIds(ids, universe);
    case 2: return ImageSet::ownBits(bits, universe);
    default: break;
    }
    std::vector<std::uint32_t> others;
    for (std::uint32_t i = 0; i < universe; ++i)
        if (!std::binary_search(ids.begin(), ids.end(), i))
            others.push_back(i);
    if (form == 3)
        return ImageSet::ownIds(others, universe).complemented();
    for (auto& word : bits)
        word = ~word;
    if (universe % 64 && !bits.empty())
        bits.back() &= (std::uint64_t{1} << (universe % 64)) - 1;
    return ImageSet::ownBits(bits, universe).complemented();
}

} // namespace

class TestTagIndex : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void threadCountsAgree();
    void emptyDatasets();
    void compactMemory();
    void sortedListPrimitives();
    void setAlgebra_data();
    void setAlgebra();
    void listingLargeSets();
};

void TestTagIndex::matchesBruteForce_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("tags");
    QTest::addColumn<bool>("machine");
    QTest::addColumn<bool>("paths");
    QTest::addColumn<int>("threads");
    for (quint64 seed = 1; seed <= 12; ++seed) {
        const int images = static_cast<int>(seed * 97 % 700);
        const int tags = static_cast<int>(1 + seed * 7 % 30);
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed))
            << seed << images << tags << (seed % 3 != 0) << (seed % 4 == 0) << static_cast<int>(seed % 5);
    }
}

void TestTagIndex::matchesBruteForce()
{
    QFETCH(quint64, seed);
    QFETCH(int, images);
    QFETCH(int, tags);
    QFETCH(bool, machine);
    QFETCH(bool, paths);
    QFETCH(int, threads);
    RandomDatasetShape shape;
    shape.images = static_cast<std::size_t>(images);
    shape.tags = static_cast<std::uint32_t>(tags);
    shape.machineLabels = machine;
    shape.imagePaths = paths;
    const Dataset dataset = randomDataset(seed, shape);
    TagIndexOptions options;
    options.threads = threads;
    compareWithBruteForce(dataset, TagIndex(dataset, options));
}

// Thread ranges are aligned to 64 images and balanced by labels: any count, even more threads than images,
// must give the same lists.
void TestTagIndex::threadCountsAgree()
{
    RandomDatasetShape shape;
    shape.images = 5000;
    shape.tags = 50;
    const Dataset dataset = randomDataset(99, shape);
    const TagIndex single(dataset, TagIndexOptions{1});
    compareWithBruteForce(dataset, single);
    for (int threads : {2, 3, 7, 64, 200}) {
        const TagIndex index(dataset, TagIndexOptions{threads});
        for (std::uint32_t t = 0; t < dataset.tagCount(); ++t) {
            QCOMPARE(toVector(index.positives(t)), toVector(single.positives(t)));
            QCOMPARE(toVector(index.negatives(t)), toVector(single.negatives(t)));
            QCOMPARE(toVector(index.machineLabelled(t)), toVector(single.machineLabelled(t)));
            QCOMPARE(index.machineAtLeast(t, 0.5f), single.machineAtLeast(t, 0.5f));
        }
        for (int s = 0; s < kSplitCount; ++s) {
            QCOMPARE(index.splitBits(static_cast<Split>(s)), single.splitBits(static_cast<Split>(s)));
            QCOMPARE(index.splitImageCount(static_cast<Split>(s)), single.splitImageCount(static_cast<Split>(s)));
        }
    }
}

void TestTagIndex::emptyDatasets()
{
    const TagIndex none{Dataset()};
    QCOMPARE(none.imageCount(), std::size_t(0));
    QCOMPARE(none.tagCount(), std::size_t(0));

    // Tags and images, but not one label.
    RandomDatasetShape shape;
    shape.images = 130;
    shape.tags = 5;
    shape.labelsPerImage = 0;
    const Dataset unlabelled = randomDataset(3, shape);
    QCOMPARE(unlabelled.labelCount(), std::uint64_t(0));
    const TagIndex index(unlabelled, TagIndexOptions{4});
    compareWithBruteForce(unlabelled, index);
    QCOMPARE(index.unknowns(2).size(), std::size_t(130));
}

// Four bytes a human label, eight a machine one, a bit per image and split: no per-tag vectors.
void TestTagIndex::compactMemory()
{
    RandomDatasetShape shape;
    shape.images = 20000;
    shape.tags = 100;
    const Dataset dataset = randomDataset(5, shape);
    const TagIndex index(dataset);
    std::size_t machine = 0;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        machine += index.machineLabelled(t).size;
    const std::size_t expected = 4 * dataset.labelCount() + 8 * machine + 3 * 8 * (dataset.tagCount() + 1)
        + kSplitCount * 8 * ((dataset.imageCount() + 63) / 64);
    QVERIFY2(index.memoryBytes() <= expected, qPrintable(QString::number(index.memoryBytes())));
}

void TestTagIndex::sortedListPrimitives()
{
    std::mt19937_64 random(7);
    for (int round = 0; round < 200; ++round) {
        // Sizes from equal to very different, so that both merging and galloping run.
        const std::size_t universe = 1 + random() % 5000;
        const std::vector<std::uint32_t> a = randomIds(random, universe, std::pow(0.5, random() % 10));
        const std::vector<std::uint32_t> b = randomIds(random, universe, std::pow(0.5, random() % 10));
        std::vector<std::uint32_t> expected;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(expected));
        QCOMPARE(intersectSorted({a.data(), a.size()}, {b.data(), b.size()}), expected);
        QCOMPARE(intersectSorted({b.data(), b.size()}, {a.data(), a.size()}), expected);
        expected.clear();
        std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(expected));
        QCOMPARE(subtractSorted({a.data(), a.size()}, {b.data(), b.size()}), expected);
        expected.clear();
        std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(expected));
        QCOMPARE(subtractSorted({b.data(), b.size()}, {a.data(), a.size()}), expected);
        expected.clear();
        std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(expected));
        QCOMPARE(uniteSorted({a.data(), a.size()}, {b.data(), b.size()}), expected);
    }
}

void TestTagIndex::setAlgebra_data()
{
    QTest::addColumn<int>("universe");
    for (int universe : {0, 1, 63, 64, 65, 200, 1000, 4099})
        QTest::addRow("%d images", universe) << universe;
}

// Every pair of forms (list borrowed/owned, bitset, complements) for AND and OR, against std::set_*.
void TestTagIndex::setAlgebra()
{
    QFETCH(int, universe);
    const auto n = static_cast<std::size_t>(universe);
    std::mt19937_64 random(static_cast<std::uint64_t>(universe) + 11);
    for (int round = 0; round < 40; ++round) {
        const std::vector<std::uint32_t> a = randomIds(random, n, std::pow(0.5, random() % 8));
        const std::vector<std::uint32_t> b = randomIds(random, n, std::pow(0.5, random() % 8));
        std::vector<std::uint32_t> both, either;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
        std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(either));
        std::vector<std::uint32_t> notA;
        for (std::uint32_t i = 0; i < n; ++i)
            if (!std::binary_search(a.begin(), a.end(), i))
                notA.push_back(i);
        for (int formA = 0; formA < 5; ++formA)
            for (int formB = 0; formB < 5; ++formB) {
                std::vector<std::vector<std::uint32_t>> storage;
                storage.reserve(4);
                const QByteArray where = QByteArray::number(formA) + "x" + QByteArray::number(formB);
                ImageSet setA = makeSet(a, n, formA, storage);
                QCOMPARE(setA.toIds(), a);
                QCOMPARE(setA.count(), a.size());
                for (std::uint32_t i = 0; i < n; i += 7)
                    QCOMPARE(setA.contains(i), std::binary_search(a.begin(), a.end(), i));
                const ImageSet intersection = intersectSets(std::move(setA), makeSet(b, n, formB, storage));
                QVERIFY2(intersection.toIds() == both, where.constData());
                QCOMPARE(intersection.count(), both.size());
                const ImageSet unionSet = uniteSets(makeSet(a, n, formA, storage), makeSet(b, n, formB, storage));
                QVERIFY2(unionSet.toIds() == either, where.constData());
                QCOMPARE(unionSet.count(), either.size());
                QCOMPARE(makeSet(a, n, formA, storage).complemented().toIds(), notA);
            }
    }
    QCOMPARE(ImageSet::everything(n).count(), n);
}

// Results of over a million ids are listed on several threads, in ranges of the id space.
void TestTagIndex::listingLargeSets()
{
    const std::size_t n = 3000037;
    std::mt19937_64 random(17);
    for (double density : {0.02, 0.5, 0.98}) {
        const std::vector<std::uint32_t> ids = randomIds(random, n, density);
        for (int form = 0; form < 5; ++form) {
            std::vector<std::vector<std::uint32_t>> storage;
            QCOMPARE(makeSet(ids, n, form, storage).toIds(), ids);
        }
    }
}

QTEST_GUILESS_MAIN(TestTagIndex)
#include "tst_tag_index.moc"
