// The on-disk thumbnail cache: written and read back, missed when the image changes, a damaged file
// ignored and replaced, and the loader reading from it before decoding.
#include "thumbnails/thumbnail_disk_cache.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope::ui;

namespace {

QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixelColor(x, y, QColor(x * 255 / width, y * 255 / height, 90));
    return image;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool similar(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); y += 7)
        for (int x = 0; x < a.width(); x += 7) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) > 12 || std::abs(p.green() - q.green()) > 12 || std::abs(p.blue() - q.blue()) > 12)
                return false;
        }
    return true;
}

// Images are files in a folder; decoding counts calls and paints a gradient.
class FileSource : public ImageSource {
public:
    explicit FileSource(QString folder) : folder_(std::move(folder)) {}
    mutable QAtomicInt decodes;
    QString imageName(int image) const override { return QString::number(image); }
    QString imageToolTip(int) const override { return {}; }
    QString imagePath(int image) const override { return folder_ + QStringLiteral("/%1.raw").arg(image); }
    QImage loadThumbnail(int, int maxSide, QString*) const override
    {
        decodes.fetchAndAddRelaxed(1);
        return gradient(maxSide, maxSide * 3 / 4);
    }

private:
    QString folder_;
};

} // namespace

class TestThumbnailDiskCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAndReadsBack();
    void keyChangesWithSizeMtimeAndSide();
    void damagedFilesAreIgnored_data();
    void damagedFilesAreIgnored();
    void defaultDirectoryIsInTheUserCache();
    void smallFilesAreNotWorthCaching();
    void loaderUsesTheDiskCacheAndReplacesDamagedFiles();
};

void TestThumbnailDiskCache::writesAndReadsBack()
{
    QTemporaryDir images, cacheDir;
    const QString path = images.filePath("a.jpg");
    writeFile(path, "pretend this is a JPEG");
    ThumbnailDiskCache cache(cacheDir.path());
    const QString key = ThumbnailDiskCache::keyFor(path, 128);
    QCOMPARE(key.size(), 40); // SHA-1 in hex
    QVERIFY(cache.read(key).isNull());
    const QImage thumbnail = gradient(128, 96);
    QVERIFY(cache.write(key, thumbnail));
    // Two-level fan-out: <dir>/ab/cd/abcd....jpg
    const QString file = cache.filePath(key);
    QCOMPARE(file, cacheDir.path() + "/" + key.left(2) + "/" + key.mid(2, 2) + "/" + key + ".jpg");
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo(file).size() < 16 * 1024);
    const QImage back = cache.read(key);
    QVERIFY(similar(back, thumbnail));
    QVERIFY(ThumbnailDiskCache::keyFor(images.filePath("missing.jpg"), 128).isEmpty());
    QVERIFY(cache.read(QString()).isNull());
}

void TestThumbnailDiskCache::keyChangesWithSizeMtimeAndSide()
{
    QTemporaryDir images, cacheDir;
    const QString path = images.filePath("a.jpg");
    writeFile(path, "version one");
    ThumbnailDiskCache cache(cacheDir.path());
    const QString original = ThumbnailDiskCache::keyFor(path, 128);
    QVERIFY(cache.write(original, gradient(64, 64)));
    QCOMPARE(ThumbnailDiskCache::keyFor(path, 128), original); // stable
    QVERIFY(ThumbnailDiskCache::keyFor(path, 96) != original);

    // Same size, new modification time: the stored thumbnail no longer applies.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    const QString touched = ThumbnailDiskCache::keyFor(path, 128);
    QVERIFY(touched != original);
    QVERIFY(cache.read(touched).isNull());

    // Same modification time, new size.
    const QDateTime mtime = QFileInfo(path).lastModified();
    writeFile(path, "version two, longer");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
    const QString resized = ThumbnailDiskCache::keyFor(path, 128);
    QVERIFY(resized != touched && resized != original);
    QVERIFY(cache.read(resized).isNull());
}

void TestThumbnailDiskCache::damagedFilesAreIgnored_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("empty") << 0;
    QTest::newRow("truncated") << 1;
    QTest::newRow("garbage") << 2;
}

void TestThumbnailDiskCache::damagedFilesAreIgnored()
{
    QFETCH(int, damage);
    QTemporaryDir images, cacheDir;
    const QString path = images.filePath("a.jpg");
    writeFile(path, "x");
    ThumbnailDiskCache cache(cacheDir.path());
    const QString key = ThumbnailDiskCache::keyFor(path, 128);
    QVERIFY(cache.write(key, gradient(128, 96)));
    QFile file(cache.filePath(key));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (damage == 0)
        bytes.clear();
    else if (damage == 1)
        bytes.truncate(bytes.size() / 2);
    else
        bytes.fill('z');
    writeFile(cache.filePath(key), bytes);
    QVERIFY(cache.read(key).isNull());
    QVERIFY(cache.write(key, gradient(128, 96))); // rewriting repairs it
    QVERIFY(!cache.read(key).isNull());
}

void TestThumbnailDiskCache::defaultDirectoryIsInTheUserCache()
{
    const QString dir = ThumbnailDiskCache::defaultDirectory();
    QCOMPARE(dir, QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + "/tagscope/thumbnails");
}

void TestThumbnailDiskCache::smallFilesAreNotWorthCaching()
{
    QTemporaryDir images, cacheDir;
    writeFile(images.filePath("0.raw"), QByteArray(1000, 'p'));
    auto source = std::make_shared<FileSource>(images.path());
    auto cache = std::make_shared<ThumbnailDiskCache>(cacheDir.path());
    cache->setMinimumFileSize(4096);
    qint64 size = 0;
    QVERIFY(!ThumbnailDiskCache::keyFor(source->imagePath(0), 128, &size).isEmpty());
    QCOMPARE(size, qint64(1000));
    QVERIFY(!cache->isWorthCaching(size));
    ThumbnailLoader loader;
    loader.setSource(source);
    loader.setDiskCache(cache);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.setWanted({0});
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(loader.waitForIdle(5000));
    QVERIFY(QDir(cacheDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestThumbnailDiskCache::loaderUsesTheDiskCacheAndReplacesDamagedFiles()
{
    QTemporaryDir images, cacheDir;
    for (int image = 0; image < 3; ++image)
        writeFile(images.filePath(QStringLiteral("%1.raw").arg(image)), QByteArray(100 + image, 'p'));
    auto source = std::make_shared<FileSource>(images.path());
    auto cache = std::make_shared<ThumbnailDiskCache>(cacheDir.path());
    cache->setMinimumFileSize(0); // these stand-in files are tiny
    {
        ThumbnailLoader loader;
        loader.setSource(source);
        loader.setDiskCache(cache);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        loader.setWanted({0, 1, 2});
        QTRY_COMPARE(ready.count(), 3);
        QVERIFY(loader.waitForIdle(5000));
    }
    QCOMPARE(source->decodes.loadAcquire(), 3);
    for (int image = 0; image < 3; ++image)
        QVERIFY(QFileInfo::exists(cache->filePath(ThumbnailDiskCache::keyFor(source->imagePath(image), 128))));

    // A new session (empty memory cache) reads from disk; image 1's file is damaged and gets decoded again.
    const QString damaged = cache->filePath(ThumbnailDiskCache::keyFor(source->imagePath(1), 128));
    writeFile(damaged, "not a jpeg");
    ThumbnailLoader loader;
    loader.setSource(source);
    loader.setDiskCache(cache);
    QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
    loader.setWanted({0, 1, 2});
    QTRY_COMPARE(ready.count(), 3);
    QCOMPARE(source->decodes.loadAcquire(), 4);
    QVERIFY(similar(loader.thumbnail(0), gradient(128, 96)));
    QVERIFY(similar(loader.thumbnail(1), gradient(128, 96)));
    QVERIFY(QFileInfo(damaged).size() > 100); // replaced by a real thumbnail
    QVERIFY(!cache->read(ThumbnailDiskCache::keyFor(source->imagePath(1), 128)).isNull());
}

QTEST_MAIN(TestThumbnailDiskCache)
#include "tst_thumbnail_disk_cache.moc"
