// Image files that are not what they claim: zero-byte, text, truncated, absurd header dimensions, extreme
// shapes, folders and unreadable files. Decoding, thumbnailing and the training crop each fail with a message
// naming the file (and saying what is wrong) instead of crashing, hanging or exhausting memory, and the
// thumbnail pool goes on with the other images.
#include "fault_helpers.h"
#include "imaging/image_io.h"
#include "imaging/square_crop.h"
#include "test_files.h"
#include "thumbnails/thumbnail_loader.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

using namespace tagscope;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

QImage noise(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width * 3; ++x)
            image.scanLine(y)[x] = static_cast<uchar>(random.bounded(256));
    return image;
}

QByteArray bigEndian(quint32 value)
{
    return QByteArray(1, char(value >> 24)) + char(value >> 16) + char(value >> 8) + char(value);
}

// A PNG whose header claims width x height pixels, followed by no image data.
QByteArray pngHeader(quint32 width, quint32 height)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + bigEndian(13) + "IHDR" + bigEndian(width) + bigEndian(height)
        + QByteArray("\x08\x02\x00\x00\x00", 5) + bigEndian(0) + bigEndian(0) + "IEND" + bigEndian(0);
}

// A baseline JPEG frame header of width x height pixels, a scan header and the end marker: no pixel data.
QByteArray jpegHeader(quint16 width, quint16 height)
{
    QByteArray sof("\xFF\xC0\x00\x11\x08", 5);
    sof += char(height >> 8);
    sof += char(height);
    sof += char(width >> 8);
    sof += char(width);
    sof += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return QByteArray("\xFF\xD8", 2) + sof + QByteArray("\xFF\xDA\x00\x0C\x03\x01\x00\x02\x11\x03\x11\x00\x3F\x00", 14)
        + QByteArray("\x00\x00\xFF\xD9", 4);
}

// A Windows bitmap header claiming width x height pixels.
QByteArray bmpHeader(qint32 width, qint32 height)
{
    QByteArray header("BM", 2);
    header += QByteArray(12, '\0');
    auto little = [](qint32 value) {
        QByteArray bytes;
        for (int i = 0; i < 4; ++i)
            bytes += char((quint32(value) >> (8 * i)) & 0xFF);
        return bytes;
    };
    return header + little(40) + little(width) + little(height) + QByteArray(28, '\0');
}

long peakResidentKilobytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Thumbnails from files, through the engine's decoder, as the application's image source does.
class FileSource : public ui::ImageSource {
public:
    explicit FileSource(QStringList files) : files_(std::move(files)) {}
    QString imageName(int image) const override { return files_.at(image); }
    QString imageToolTip(int) const override { return {}; }
    QImage loadThumbnail(int image, int maxSide, QString* error) const override
    {
        std::string message;
        const RgbImage rgb = tagscope::loadThumbnail(files_.at(image).toStdString(), maxSide, &message);
        if (rgb.empty()) {
            *error = QString::fromStdString(message);
            return {};
        }
        return QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy();
    }

private:
    QStringList files_;
};

} // namespace

class TestImageFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenImagesAreNamed_data();
    void brokenImagesAreNamed();
    void unreadableImagesAreNamed();
    void extremeShapesCropInBoundedMemory();
    void thumbnailPoolSkipsBrokenImages();

private:
    QTemporaryDir dir_;
    QString good_;
};

void TestImageFaults::initTestCase()
{
    QVERIFY(imagingAvailable());
    good_ = writeTestFile(QDir(dir_.path()), "good.jpg", encoded(noise(96, 64), "JPEG"));
}

void TestImageFaults::brokenImagesAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fullDecodeMessage"); // what loadImage says
    QTest::addColumn<QString>("cropMessage");       // what the training crop says
    QTest::addColumn<QString>("thumbnailMessage");

    const QByteArray jpeg = encoded(noise(256, 256), "JPEG");
    const QByteArray png = encoded(noise(256, 256), "PNG");
    QTest::newRow("zero bytes") << QByteArray() << "empty.jpg" << "empty file" << "empty file" << "empty file";
    QTest::newRow("text") << QByteArray("this is not an image\n") << "notes.jpg" << "not a readable image" << "not a readable image"
                          << "not a readable image";
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << "cut.jpg" << "truncated JPEG" << "truncated JPEG" << "truncated JPEG";
    QTest::newRow("truncated png") << png.left(png.size() / 2) << "cut.png" << "not a readable image" << "not a readable image"
                                   << "not a readable image";
    QTest::newRow("huge png") << pngHeader(60000, 60000) << "huge.png" << "60000 x 60000 pixels is more than Tagscope decodes"
                              << "60000 x 60000 pixels is more than Tagscope decodes" << "more than Tagscope decodes";
    QTest::newRow("huge bmp") << bmpHeader(50000, -50000) << "huge.bmp" << "50000 x 50000 pixels is more than Tagscope decodes"
                              << "50000 x 50000 pixels is more than Tagscope decodes" << "more than Tagscope decodes";
    // A thumbnail and a training crop decode such a JPEG at 1/8 size, under the limit: the missing pixel data is
    // what fails there.
    QTest::newRow("huge jpeg") << jpegHeader(65000, 65000) << "huge.jpg" << "65000 x 65000 pixels is more than Tagscope decodes"
                               << "not a readable image" << "";
}

void TestImageFaults::brokenImagesAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, fullDecodeMessage);
    QFETCH(QString, cropMessage);
    QFETCH(QString, thumbnailMessage);
    const std::string path = writeTestFile(QDir(dir_.path()), name, bytes).toStdString();
    std::string error;
    QVERIFY(loadImage(path, &error).empty());
    QVERIFY2(QString::fromStdString(error).contains(QString::fromStdString(path)) && QString::fromStdString(error).contains(fullDecodeMessage),
             error.c_str());
    error.clear();
    QVERIFY(loadSquareCrop(path, 64, &error).empty());
    QVERIFY2(QString::fromStdString(error).contains(cropMessage), error.c_str());
    error.clear();
    QVERIFY(loadThumbnail(path, 128, &error).empty());
    QVERIFY2(QString::fromStdString(error).startsWith(QString::fromStdString(path)) && QString::fromStdString(error).contains(thumbnailMessage),
             error.c_str());
}

void TestImageFaults::unreadableImagesAreNamed()
{
    const QString folder = QDir(dir_.path()).filePath("folder.jpg");
    QVERIFY(QDir().mkpath(folder));
    std::string error;
    QVERIFY(loadThumbnail(folder.toStdString(), 128, &error).empty());
    QVERIFY2(QString::fromStdString(error).contains(folder) && QString::fromStdString(error).contains("Is a directory"), error.c_str());

    const QString locked = writeTestFile(QDir(dir_.path()), "locked.jpg", encoded(noise(32, 32), "JPEG"));
    const WithoutPermissionOverride asAnyUser; // CI runs as root
    QVERIFY2(makeUnreadable(locked), "chmod 000 does not stop reads on this file system");
    error.clear();
    QVERIFY(loadImage(locked.toStdString(), &error).empty());
    QVERIFY2(QString::fromStdString(error).contains(locked) && QString::fromStdString(error).contains("Permission denied"), error.c_str());
}

void TestImageFaults::extremeShapesCropInBoundedMemory()
{
    // 30000 x 2 pixels: the crop used to enlarge it to 64 x 960000 (180 MB) before cutting the centre.
    QImage strip(30000, 2, QImage::Format_RGB888);
    strip.fill(QColor(200, 40, 40));
    const std::string path = writeTestFile(QDir(dir_.path()), "strip.png", encoded(strip, "PNG")).toStdString();
    const long before = peakResidentKilobytes();
    std::string error;
    const std::vector<std::uint8_t> pixels = loadSquareCrop(path, 64, &error);
    QCOMPARE(pixels.size(), std::size_t(64 * 64 * 3));
    QVERIFY2(std::abs(int(pixels[0]) - 200) <= 2 && std::abs(int(pixels[1]) - 40) <= 2, "the crop lost the colour");
    const long grownMegabytes = (peakResidentKilobytes() - before) / 1024;
    QVERIFY2(grownMegabytes < 60, qPrintable(QString("peak memory grew by %1 MB").arg(grownMegabytes)));
}

void TestImageFaults::thumbnailPoolSkipsBrokenImages()
{
    const QDir dir(dir_.path());
    const QStringList files = {good_, writeTestFile(dir, "pool-empty.jpg", ""), writeTestFile(dir, "pool-text.png", "text"),
                               writeTestFile(dir, "pool-huge.png", pngHeader(100000, 100000)), dir.filePath("pool-missing.jpg"), good_};
    ui::ThumbnailLoader loader;
    loader.setThreadCount(2);
    loader.setSource(std::make_shared<FileSource>(files));
    QSignalSpy ready(&loader, &ui::ThumbnailLoader::thumbnailReady);
    QSignalSpy failed(&loader, &ui::ThumbnailLoader::thumbnailFailed);
    for (int i = 0; i < files.size(); ++i)
        loader.request(i);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), files.size(), 20000);
    for (int i : {0, 5}) {
        QCOMPARE(loader.state(i), ui::ThumbnailLoader::State::Loaded);
        QVERIFY(!loader.thumbnail(i).isNull());
    }
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(loader.state(i), ui::ThumbnailLoader::State::Failed);
        QVERIFY2(loader.error(i).contains(files.at(i)), qPrintable(loader.error(i)));
    }
    QVERIFY(loader.error(3).contains("more than Tagscope decodes"));
    QVERIFY(loader.error(4).contains("cannot open"));
}

QTEST_MAIN(TestImageFaults)
#include "tst_image_faults.moc"
