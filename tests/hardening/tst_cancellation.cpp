// Cancelling long work at each stage (importing every format, checking image files, decoding thumbnails):
// it stops promptly, releases its threads and files, never caches a partial import, and the next run of the
// same work is complete. Training is cancelled at each of its stages in tst_training_faults.
#include "dataset/dataset_opener.h"
#include "dataset/image_files.h"
#include "fault_helpers.h"
#include "test_files.h"
#include "thumbnails/thumbnail_loader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tagscope;

namespace {

QByteArray openImagesRows(int first, int count)
{
    QByteArray rows = "ImageID,Source,LabelName,Confidence\n";
    for (int i = first; i < first + count; ++i)
        rows += QByteArray::number(i, 16).rightJustified(16, '0') + ",verification,/m/a,1\n";
    return rows;
}

// One dataset of each format, each large enough to report progress more than once.
void writeDataset(const QString& format, const QDir& root)
{
    if (format == "openimages") {
        writeTestFile(root, "oidv6-class-descriptions.csv", "/m/a,Apple\n");
        writeTestFile(root, "oidv6-train-annotations-human-imagelabels.csv", openImagesRows(0, 2000));
        writeTestFile(root, "validation-annotations-human-imagelabels.csv", openImagesRows(100000, 2000));
        writeTestFile(root, "test-annotations-human-imagelabels.csv", openImagesRows(200000, 2000));
    } else if (format == "coco") {
        QByteArray images, annotations;
        for (int i = 1; i <= 10000; ++i) {
            images += (i > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + ",\"file_name\":\"" + QByteArray::number(i) + ".jpg\"}";
            annotations += (i > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + ",\"image_id\":" + QByteArray::number(i)
                + ",\"category_id\":1}";
        }
        writeTestFile(root, "annotations/instances_train2017.json",
                      "{\"images\":[" + images + "],\"annotations\":[" + annotations + "],\"categories\":[{\"id\":1,\"name\":\"a\"}]}");
    } else if (format == "list") {
        QByteArray rows = "path,tags\n"; // 9 MB: the list is read in blocks of 4 MB, and cancelled after the first
        for (int i = 0; i < 160000; ++i)
            rows += "images/some/deeper/folder/image-" + QByteArray::number(i) + ".jpg,cat|dog|bird\n";
        writeTestFile(root, "list.csv", rows);
    } else {
        for (const char* label : {"cat", "dog", "bird"}) {
            QDir(root.filePath(label)).mkpath(".");
            for (int i = 0; i < 1000; ++i)
                QFile(root.filePath(QString("%1/%2.jpg").arg(label).arg(i))).open(QIODevice::WriteOnly);
        }
    }
}

// An image source whose decoding takes a while, counting the decodes that ran.
class SlowSource : public ui::ImageSource {
public:
    mutable QAtomicInt decodes;
    QString imageName(int image) const override { return QString::number(image); }
    QString imageToolTip(int) const override { return {}; }
    QImage loadThumbnail(int, int maxSide, QString*) const override
    {
        decodes.fetchAndAddRelaxed(1);
        QThread::msleep(20);
        QImage image(maxSide, maxSide, QImage::Format_RGB888);
        image.fill(Qt::gray);
        return image;
    }
};

} // namespace

class TestCancellation : public QObject {
    Q_OBJECT

private slots:
    void cancelledImportsReleaseEverythingAndAreNotCached_data();
    void cancelledImportsReleaseEverythingAndAreNotCached();
    void cancelledImageChecksStopEarly();
    void cancelledThumbnailsReleaseTheWorkers();
};

void TestCancellation::cancelledImportsReleaseEverythingAndAreNotCached_data()
{
    QTest::addColumn<QString>("format");
    for (const char* format : {"openimages", "coco", "list", "folders"})
        QTest::newRow(format) << format;
}

void TestCancellation::cancelledImportsReleaseEverythingAndAreNotCached()
{
    QFETCH(QString, format);
    QTemporaryDir dir, cache;
    writeDataset(format, QDir(dir.path()));
    OpenOptions options;
    options.cacheFolder = cache.path().toStdString();
    const int threads = runningThreads();

    CancelToken cancel;
    int reports = 0;
    auto progress = [&](std::uint64_t, std::uint64_t, const std::string&) {
        if (++reports == 2)
            cancel.cancel(); // once the import is under way
    };
    const OpenResult cancelled = openDataset(dir.path().toStdString(), options, progress, &cancel);
    QVERIFY(cancel.cancelled());
    QVERIFY(!cancelled.fromCache);
    QVERIFY2(!QFile::exists(QString::fromStdString(cancelled.cachePath)), "a cancelled import was cached");
    QVERIFY2(openFilesUnder(dir.path()).isEmpty() && openFilesUnder(cache.path()).isEmpty(),
             qPrintable((openFilesUnder(dir.path()) + openFilesUnder(cache.path())).join(", ")));
    QVERIFY2(runningThreads() <= threads, qPrintable(QString("%1 threads, %2 before").arg(runningThreads()).arg(threads)));

    const OpenResult complete = openDataset(dir.path().toStdString(), options);
    QVERIFY(!complete.fromCache);
    QVERIFY(complete.import.dataset.imageCount() >= 3000);
    QVERIFY(cancelled.import.dataset.imageCount() < complete.import.dataset.imageCount());
    QVERIFY(openDataset(dir.path().toStdString(), options).fromCache);
}

void TestCancellation::cancelledImageChecksStopEarly()
{
    QTemporaryDir dir;
    StringPool paths;
    for (int i = 0; i < 200000; ++i)
        paths.add(QString("folder-%1/image-%2.jpg").arg(i % 97).arg(i).toStdString());
    CancelToken cancel;
    ImportReport report;
    const int threads = runningThreads();
    checkImageFiles(dir.path().toStdString(), paths, report, [&](std::uint64_t, std::uint64_t, const std::string&) { cancel.cancel(); },
                    &cancel);
    QVERIFY(report.missingImages > 0);
    QVERIFY2(report.missingImages < paths.size(), "checking went on after the cancel");
    QVERIFY2(runningThreads() <= threads, qPrintable(QString("%1 threads, %2 before").arg(runningThreads()).arg(threads)));
}

void TestCancellation::cancelledThumbnailsReleaseTheWorkers()
{
    const int threads = runningThreads();
    auto source = std::make_shared<SlowSource>();
    {
        ui::ThumbnailLoader loader;
        loader.setThreadCount(2);
        loader.setSource(source);
        QSignalSpy ready(&loader, &ui::ThumbnailLoader::thumbnailReady);
        for (int i = 0; i < 400; ++i)
            loader.request(i);
        QTRY_VERIFY(ready.count() >= 4);
        loader.clearPending(); // the user scrolled away: what is queued is dropped
        QVERIFY(loader.waitForIdle(5000));
        QTRY_COMPARE(loader.pendingCount(), 0); // once the decodes in flight are delivered
        QVERIFY2(source->decodes.loadRelaxed() < 40, qPrintable(QString("%1 decodes after the cancel").arg(source->decodes.loadRelaxed())));

        // Closing the dataset with decodes in flight waits only for those.
        for (int i = 1000; i < 1400; ++i)
            loader.request(i);
        QTRY_VERIFY(source->decodes.loadRelaxed() > ready.count());
    }
    const int decodesAtClose = source->decodes.loadRelaxed();
    QThread::msleep(100);
    QCOMPARE(source->decodes.loadRelaxed(), decodesAtClose);
    QTRY_VERIFY2_WITH_TIMEOUT(runningThreads() <= threads, qPrintable(QString("%1 threads, %2 before").arg(runningThreads()).arg(threads)),
                              5000);
}

QTEST_MAIN(TestCancellation)
#include "tst_cancellation.moc"
