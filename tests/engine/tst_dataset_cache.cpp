// The binary dataset cache: exact round trip, invalidation when a source changes, corrupt files rejected.
#include "dataset/dataset_cache.h"
#include "dataset/dataset_opener.h"
#include "test_files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace tagscope;

namespace {

void writeDataset(const QDir& dir, const QByteArray& extraRow = {})
{
    writeTestFile(dir, "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,\"A, quoted \"\"name\"\"\"\n/m/b,B\n");
    writeTestFile(dir, "oidv6-train-annotations-human-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n0000000000000001,verification,/m/a,1\n"
                  "0000000000000001,verification,/m/b,0\nbad,verification,/m/a,1\n"
                      + extraRow);
    writeTestFile(dir, "validation-annotations-human-imagelabels.csv", "0000000000000009,verification,/m/b,1\n");
    writeTestFile(dir, "oidv6-train-annotations-machine-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n0000000000000001,machine,/m/b,0.25\n");
}

void compareDatasets(const Dataset& a, const Dataset& b)
{
    const DatasetContents& x = a.contents();
    const DatasetContents& y = b.contents();
    QCOMPARE(y.format, x.format);
    QCOMPARE(y.root, x.root);
    QCOMPARE(y.tags.size(), x.tags.size());
    for (std::size_t t = 0; t < x.tags.size(); ++t) {
        QCOMPARE(y.tags[t].labelName, x.tags[t].labelName);
        QCOMPARE(y.tags[t].displayName, x.tags[t].displayName);
        QCOMPARE(y.tags[t].trainable, x.tags[t].trainable);
    }
    QCOMPARE(y.imageIds, x.imageIds);
    QCOMPARE(y.imageSplits, x.imageSplits);
    QCOMPARE(y.splitImageFolders, x.splitImageFolders);
    QCOMPARE(y.labelOffsets, x.labelOffsets);
    QCOMPARE(y.labelTags, x.labelTags);
    QCOMPARE(y.labelFlags, x.labelFlags);
    QCOMPARE(y.labelConfidence, x.labelConfidence);
}

} // namespace

class TestDatasetCache : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsExact();
    void pathDatasetsRoundTrip();
    void reopeningUsesTheCacheUntilASourceChanges();
    void optionsGetTheirOwnCache();
    void corruptOrTruncatedCacheIsIgnored();
    void unwritableCacheLeavesTheDatasetUsable();
    void cancelledImportIsNotCached();
};

void TestDatasetCache::roundTripIsExact()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    const ImportResult original = loadDataset(data.path().toStdString());
    const std::string path = (cache.path() + "/x.tsds").toStdString();
    std::string error;
    QVERIFY2(writeDatasetCache(path, original, {}, &error), error.c_str());
    const auto cached = readDatasetCache(path);
    QVERIFY(cached.has_value());
    compareDatasets(original.dataset, cached->dataset);
    QCOMPARE(cached->report.issueCount, original.report.issueCount);
    QCOMPARE(cached->report.issues.size(), original.report.issues.size());
    QCOMPARE(cached->report.issues[0].line, original.report.issues[0].line);
    QCOMPARE(cached->report.issues[0].message, original.report.issues[0].message);
    QCOMPARE(cached->report.filesRead, original.report.filesRead);
    QCOMPARE(cached->dataset.machineConfidence(0, 1).value_or(-1), 0.25f);
}

void TestDatasetCache::pathDatasetsRoundTrip()
{
    DatasetContents c;
    c.format = "list";
    c.root = "/data";
    c.exhaustiveLabels = true;
    c.tags = {{"cat", "cat"}};
    c.imagePaths.add("a/1.jpg");
    c.imagePaths.add("b/2.png");
    c.imageSplits = {0, 2};
    c.labelOffsets = {0, 1, 1};
    c.labelTags = {0};
    c.labelFlags = {1};
    ImportResult result;
    result.dataset = Dataset(std::move(c));
    QTemporaryDir cache;
    const std::string path = (cache.path() + "/p.tsds").toStdString();
    QVERIFY(writeDatasetCache(path, result, {}));
    const auto cached = readDatasetCache(path);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->dataset.imageName(1), std::string("b/2.png"));
    QCOMPARE(cached->dataset.imagePath(0), std::string("/data/a/1.jpg"));
    QVERIFY(cached->dataset.exhaustiveLabels());
}

void TestDatasetCache::reopeningUsesTheCacheUntilASourceChanges()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    const OpenResult first = openDataset(data.path().toStdString(), options);
    QVERIFY(!first.fromCache);
    QVERIFY(first.cacheWarning.empty());
    QVERIFY(QFile::exists(QString::fromStdString(first.cachePath)));
    QVERIFY(!QDir(data.path()).entryList().join(' ').contains("tsds")); // never written into the dataset

    const OpenResult second = openDataset(data.path().toStdString(), options);
    QVERIFY(second.fromCache);
    compareDatasets(first.import.dataset, second.import.dataset);

    // A changed label file (new size and time) invalidates the cache; the new row must show up.
    QThread::msleep(20);
    writeDataset(QDir(data.path()), "0000000000000002,verification,/m/a,1\n");
    const OpenResult third = openDataset(data.path().toStdString(), options);
    QVERIFY(!third.fromCache);
    QCOMPARE(third.import.dataset.imageCount(), first.import.dataset.imageCount() + 1);

    // A new file in the folder (machine labels downloaded later) invalidates it too.
    QThread::msleep(20);
    writeTestFile(QDir(data.path()), "validation-annotations-machine-imagelabels.csv", "0000000000000009,machine,/m/a,0.9\n");
    const OpenResult fourth = openDataset(data.path().toStdString(), options);
    QVERIFY(!fourth.fromCache);
    QVERIFY(fourth.import.dataset.hasMachineConfidence());
}

void TestDatasetCache::optionsGetTheirOwnCache()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    OpenOptions a, b;
    a.cacheFolder = b.cacheFolder = cache.path().toStdString();
    b.load.openImages.machineConfidenceThreshold = 0.2f;
    const OpenResult first = openDataset(data.path().toStdString(), a);
    const OpenResult other = openDataset(data.path().toStdString(), b);
    QVERIFY(!other.fromCache);
    QVERIFY(first.cachePath != other.cachePath);
    QCOMPARE(other.import.dataset.labelState(0, 1), LabelState::Negative); // human label still wins
}

void TestDatasetCache::corruptOrTruncatedCacheIsIgnored()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    const OpenResult first = openDataset(data.path().toStdString(), options);
    const QString cachePath = QString::fromStdString(first.cachePath);
    QFile file(cachePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    for (int cut : {0, 7, 12, int(bytes.size() / 2), int(bytes.size() - 1)}) {
        QFile truncated(cachePath);
        QVERIFY(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncated.write(bytes.left(cut));
        truncated.close();
        QVERIFY2(!readDatasetCache(first.cachePath).has_value(), qPrintable(QString("cut at %1").arg(cut)));
    }
    QByteArray flipped = bytes;
    flipped[flipped.size() - 3] = char(0x7F); // a label flag or confidence byte: still parses or is rejected, never crashes
    QByteArray huge = bytes;
    for (int i = 16; i < 24; ++i)
        huge[i] = char(0xFF); // an absurd count
    for (const QByteArray& variant : {flipped, huge}) {
        QFile f(cachePath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(variant);
        f.close();
        readDatasetCache(first.cachePath);
    }
    QVERIFY(!readDatasetCache(first.cachePath).has_value());
    // openDataset falls back to importing and rewrites a good cache.
    const OpenResult again = openDataset(data.path().toStdString(), options);
    QVERIFY(!again.fromCache);
    QVERIFY(readDatasetCache(first.cachePath).has_value());
}

void TestDatasetCache::unwritableCacheLeavesTheDatasetUsable()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    writeTestFile(QDir(cache.path()), "blocker", "a file where the cache folder should be");
    OpenOptions options;
    options.cacheFolder = (cache.path() + "/blocker/sub").toStdString();
    const OpenResult result = openDataset(data.path().toStdString(), options);
    QVERIFY(!result.cacheWarning.empty());
    QVERIFY(result.cacheWarning.find("blocker") != std::string::npos);
    QCOMPARE(result.import.dataset.imageCount(), std::size_t(2));
}

void TestDatasetCache::cancelledImportIsNotCached()
{
    QTemporaryDir data, cache;
    writeDataset(QDir(data.path()));
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    CancelToken cancel;
    cancel.cancel();
    const OpenResult cancelled = openDataset(data.path().toStdString(), options, {}, &cancel);
    QVERIFY(!QFile::exists(QString::fromStdString(cancelled.cachePath)));
    const OpenResult full = openDataset(data.path().toStdString(), options);
    QVERIFY(!full.fromCache);
    QCOMPARE(full.import.dataset.imageCount(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestDatasetCache)
#include "tst_dataset_cache.moc"
