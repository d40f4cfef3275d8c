// Cross-validation folds (quality/folds.h) on random datasets: every image in one fold, fold sizes and each rarest-tag
// stratum split evenly, the same folds for the same seed; and image lists (training/image_list.h) read back, with
// unknown images and images outside the split named by file and line.
#include "quality/folds.h"
#include "random_dataset.h"
#include "test_files.h"
#include "training/image_list.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

using namespace tagscope;

class TestFolds : public QObject {
    Q_OBJECT

private slots:
    void foldsAreStratifiedByTheRarestPositiveTag_data();
    void foldsAreStratifiedByTheRarestPositiveTag();
    void tooFewImagesOrFoldsAreRefused();
    void imageListsRoundTrip();
    void imageListErrorsNameTheLine();
};

void TestFolds::foldsAreStratifiedByTheRarestPositiveTag_data()
{
    QTest::addColumn<int>("folds");
    QTest::newRow("2 folds") << 2;
    QTest::newRow("5 folds") << 5;
}

void TestFolds::foldsAreStratifiedByTheRarestPositiveTag()
{
    QFETCH(int, folds);
    RandomDatasetShape shape;
    shape.images = 700;
    shape.tags = 15;
    const Dataset dataset = randomDataset(3, shape);
    std::vector<std::uint32_t> images;
    for (std::uint32_t i = 0; i < dataset.imageCount(); i += 1 + i % 2) // a subset, as a split is
        images.push_back(i);
    const std::vector<int> fold = assignFolds(dataset, images, folds, 7);
    QCOMPARE(fold.size(), images.size());
    std::vector<int> sizes(folds, 0);
    for (int f : fold) {
        QVERIFY(f >= 0 && f < folds);
        ++sizes[f];
    }
    QVERIFY(*std::max_element(sizes.begin(), sizes.end()) - *std::min_element(sizes.begin(), sizes.end()) <= 1);

    // The strata, computed here by brute force: per rarest positive tag, the folds differ by one image at most.
    std::vector<int> positives(dataset.tagCount(), 0);
    for (std::uint32_t image : images)
        for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
            positives[t] += dataset.labelState(image, t) == LabelState::Positive;
    std::map<int, std::vector<int>> perStratum; // rarest tag (-1: none) -> images per fold
    for (std::size_t i = 0; i < images.size(); ++i) {
        int rarest = -1;
        for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
            if (dataset.labelState(images[i], t) == LabelState::Positive && (rarest < 0 || positives[t] < positives[std::size_t(rarest)]))
                rarest = int(t);
        auto& counts = perStratum[rarest];
        counts.resize(std::size_t(folds), 0);
        ++counts[std::size_t(fold[i])];
    }
    QVERIFY(perStratum.size() > 5);
    for (const auto& [tag, counts] : perStratum)
        QVERIFY2(*std::max_element(counts.begin(), counts.end()) - *std::min_element(counts.begin(), counts.end()) <= 1, qPrintable(QString::number(tag)));

    QCOMPARE(assignFolds(dataset, images, folds, 7), fold); // seeded
    QVERIFY(assignFolds(dataset, images, folds, 8) != fold);
}

void TestFolds::tooFewImagesOrFoldsAreRefused()
{
    const Dataset dataset = randomDataset(1, {});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, assignFolds(dataset, {0, 1, 2}, 1, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, assignFolds(dataset, {0, 1, 2}, 4, 1));
}

void TestFolds::imageListsRoundTrip()
{
    for (const bool paths : {false, true}) {
        RandomDatasetShape shape;
        shape.imagePaths = paths;
        const Dataset dataset = randomDataset(5, shape);
        std::vector<std::uint32_t> all(dataset.imageCount()), some;
        std::map<std::string, int> named; // the random paths repeat now and then: a name lists its first image only
        for (std::uint32_t i = 0; i < all.size(); ++i)
            ++named[dataset.imageName(i)];
        for (std::uint32_t i = 0; i < all.size(); ++i) {
            all[i] = i;
            if (i % 3 == 0 && named[dataset.imageName(i)] == 1)
                some.push_back(i);
        }
        QVERIFY(some.size() > 100);
        QTemporaryDir dir;
        const std::string path = dir.filePath("list.csv").toStdString();
        writeImageList(path, dataset, some);
        QCOMPARE(listedImages(dataset, all, path), some);
        QCOMPARE(imageSubsetKey(some).size(), std::size_t(16));
        QVERIFY(imageSubsetKey(some) != imageSubsetKey(all));
    }
}

void TestFolds::imageListErrorsNameTheLine()
{
    const Dataset dataset = randomDataset(5, {});
    QTemporaryDir dir;
    const QString unknown = writeTestFile(QDir(dir.path()), "unknown.csv",
                                          "ImageID\n" + QByteArray::fromStdString(dataset.imageName(0)) + "\nffffffffffffffff\n");
    std::vector<std::uint32_t> all(dataset.imageCount());
    for (std::uint32_t i = 0; i < all.size(); ++i)
        all[i] = i;
    try {
        listedImages(dataset, all, unknown.toStdString());
        QFAIL("an unknown image was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString(error.what()).startsWith(unknown + ":3: no image \"ffffffffffffffff\""), error.what());
    }
    try {
        listedImages(dataset, {1, 2}, unknown.toStdString()); // image 0 is not among the candidates
        QFAIL("an image outside the candidates was accepted");
    } catch (const std::runtime_error& error) {
        QVERIFY2(QString(error.what()).startsWith(unknown + ":2: image"), error.what());
    }
}

QTEST_GUILESS_MAIN(TestFolds)
#include "tst_folds.moc"
