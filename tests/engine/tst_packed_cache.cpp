// The packed image cache: every training image decoded once to S x S x 3, memory-mapped, reused while it matches,
// filled row by row and kept as far as it got.
#include "ci_requirements.h"
#include "imaging/image_io.h"
#include "imaging/square_crop.h"
#include "training/packed_image_cache.h"
#include "training_data.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <thread>

using namespace tagscope;

namespace {

std::string errorOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return {};
}

bool isZero(const std::uint8_t* pixels, std::size_t bytes)
{
    return std::all_of(pixels, pixels + bytes, [](std::uint8_t v) { return v == 0; });
}

bool listed(const std::vector<std::string>& failures, const std::string& path)
{
    return std::any_of(failures.begin(), failures.end(), [&](const std::string& f) { return f.rfind(path + ": ", 0) == 0; });
}

} // namespace

class TestPackedCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cropsTheCentreOfTheShorterSide();
    void shrinksBelowTwoBilinearly();
    void packsEveryImage();
    void keepsFullSizeImagesExactly();
    void reusesAMatchingFile();
    void startsAfreshWhenTheImageListChanges();
    void rejectsATruncatedFile();
    void rebuildsACorruptFile();
    void rebuildsAFileOfAnotherVersion();
    void cancelKeepsTheRowsDone();
    void rowsStoredElsewhereAreSeen();
    void processesPreparingAtOnceShareOneFile();
    void defaultPathFollowsXdg();

private:
    std::string cachePath(const char* name) const { return temp_.filePath(name).toStdString(); }

    QTemporaryDir temp_;
    TrainingData data_;
};

void TestPackedCache::initTestCase()
{
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"),
                           "Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    if (!imagingAvailable())
        QSKIP("built without OpenCV: no JPEG codec");
    QVERIFY(temp_.isValid());
    data_ = makeTrainingData(temp_.filePath("demo"));
    QVERIFY(data_.train.size() > 150);
}

void TestPackedCache::cropsTheCentreOfTheShorterSide()
{
    // 8 x 4: halved by area averaging to 4 x 2 (each output pixel the mean of a 2 x 2 block), then the centre
    // 2 x 2. Pixel (x, y) holds 10 * x + 40 * y, so the block means are whole numbers.
    RgbImage image;
    image.width = 8;
    image.height = 4;
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 8; ++x)
            for (int c = 0; c < 3; ++c)
                image.pixels.push_back(static_cast<std::uint8_t>(10 * x + 40 * y + c));
    const std::vector<std::uint8_t> crop = squareCrop(image, 2);
    QCOMPARE(crop.size(), std::size_t(12));
    // Output (x, y) averages source columns 2x+2 .. 2x+3 and rows 2y .. 2y+1.
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 2; ++x)
            for (int c = 0; c < 3; ++c) {
                const int expected = 10 * (2 * (x + 1)) + 5 + 40 * (2 * y) + 20 + c;
                QCOMPARE(int(crop[(y * 2 + x) * 3 + c]), expected);
            }
    QVERIFY(squareCrop(RgbImage{}, 4).empty());
}

void TestPackedCache::shrinksBelowTwoBilinearly()
{
    // 3 x 3 to 2 x 2 (a ratio of 1.5, as a half-size JPEG decode of 384 pixels gives for a 256-pixel cache):
    // bilinear taps at source 0.25 and 1.75. Columns hold 0, 90, 180: bilinear gives 22.5 and 157.5 where
    // area averaging would give 30 and 150.
    RgbImage image;
    image.width = image.height = 3;
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x)
            for (int c = 0; c < 3; ++c)
                image.pixels.push_back(static_cast<std::uint8_t>(90 * x));
    const std::vector<std::uint8_t> crop = squareCrop(image, 2);
    QCOMPARE(crop.size(), std::size_t(12));
    for (int y = 0; y < 2; ++y)
        for (int c = 0; c < 3; ++c) {
            QVERIFY2(std::abs(int(crop[(y * 2) * 3 + c]) - 22) <= 1, qPrintable(QString::number(crop[(y * 2) * 3 + c])));
            QVERIFY2(std::abs(int(crop[(y * 2 + 1) * 3 + c]) - 158) <= 1, qPrintable(QString::number(crop[(y * 2 + 1) * 3 + c])));
        }
}

void TestPackedCache::packsEveryImage()
{
    PackedCacheReport report;
    std::uint64_t lastDone = 0, lastTotal = 0;
    const auto cache = PackedImageCache::build(data_.dataset, data_.train, 32, cachePath("train32.tspk"),
                                               [&](std::uint64_t done, std::uint64_t total, const std::string&) {
                                                   QVERIFY(done >= lastDone);
                                                   lastDone = done;
                                                   lastTotal = total;
                                               },
                                               nullptr, &report);
    QVERIFY(cache);
    QCOMPARE(lastDone, std::uint64_t(data_.train.size()));
    QCOMPARE(lastTotal, std::uint64_t(data_.train.size()));
    QCOMPARE(cache->rows(), data_.train.size());
    QCOMPARE(cache->size(), 32);
    QVERIFY(cache->images() == data_.train);
    QCOMPARE(report.decoded, std::uint64_t(data_.train.size() - 2));
    QCOMPARE(report.reused, std::uint64_t(0));
    QCOMPARE(report.failed, std::uint64_t(2));
    QCOMPARE(report.failures.size(), std::size_t(2));
    QVERIFY(listed(report.failures, data_.dataset.imagePath(data_.corrupt)));
    QVERIFY(listed(report.failures, data_.dataset.imagePath(data_.missing)));

    for (std::size_t row = 0; row < cache->rows(); ++row) {
        const std::uint32_t image = cache->images()[row];
        const bool broken = image == data_.corrupt || image == data_.missing;
        QCOMPARE(cache->valid(row), !broken);
        if (broken) {
            QVERIFY(isZero(cache->pixels(row), 32 * 32 * 3));
            continue;
        }
        std::string error;
        const std::vector<std::uint8_t> direct = loadSquareCrop(data_.dataset.imagePath(image), 32, &error);
        QVERIFY2(!direct.empty(), error.c_str());
        QVERIFY2(std::memcmp(direct.data(), cache->pixels(row), direct.size()) == 0, data_.dataset.imageName(image).c_str());
    }
}

void TestPackedCache::keepsFullSizeImagesExactly()
{
    // The demo's images are 64 x 64: at S = 64 the rows are the decoded images themselves.
    const auto cache = PackedImageCache::build(data_.dataset, data_.train, 64, cachePath("train64.tspk"));
    QVERIFY(cache);
    for (std::size_t row = 0; row < cache->rows(); row += 17) {
        if (!cache->valid(row))
            continue;
        const RgbImage image = loadImage(data_.dataset.imagePath(cache->images()[row]));
        QCOMPARE(image.width, 64);
        QVERIFY(std::memcmp(image.pixels.data(), cache->pixels(row), image.pixels.size()) == 0);
    }
}

void TestPackedCache::reusesAMatchingFile()
{
    const std::string path = cachePath("reuse.tspk");
    PackedImageCache::build(data_.dataset, data_.train, 24, path);
    const QDateTime written = QFileInfo(QString::fromStdString(path)).lastModified();
    PackedCacheReport report;
    const auto cache = PackedImageCache::build(data_.dataset, data_.train, 24, path, {}, nullptr, &report);
    QVERIFY(cache);
    QCOMPARE(report.reused, std::uint64_t(data_.train.size()));
    QCOMPARE(report.decoded, std::uint64_t(0));
    QCOMPARE(report.failed, std::uint64_t(2)); // still reported, from the validity bytes
    QVERIFY(listed(report.failures, data_.dataset.imagePath(data_.missing)));
    QCOMPARE(QFileInfo(QString::fromStdString(path)).lastModified(), written);

    // Another size is another cache: the file is rebuilt, not misread.
    const auto other = PackedImageCache::build(data_.dataset, data_.train, 16, path, {}, nullptr, &report);
    QCOMPARE(other->size(), 16);
    QCOMPARE(report.reused, std::uint64_t(0));
}

void TestPackedCache::startsAfreshWhenTheImageListChanges()
{
    const std::string path = cachePath("changes.tspk");
    PackedImageCache::build(data_.dataset, data_.train, 32, path);

    // Five images dropped, three validation images added: another list is another cache, filled from the files.
    std::vector<std::uint32_t> images(data_.train.begin(), data_.train.end() - 5);
    images.insert(images.end(), data_.validation.begin(), data_.validation.begin() + 3);
    QCOMPARE(PackedImageCache::prepare(data_.dataset, images, 32, path)->filledRows(), std::size_t(0));
    PackedCacheReport report;
    const auto cache = PackedImageCache::build(data_.dataset, images, 32, path, {}, nullptr, &report);
    QVERIFY(cache);
    QVERIFY(cache->images() == images);
    QCOMPARE(report.decoded, std::uint64_t(images.size() - 2));
    QCOMPARE(report.reused, std::uint64_t(0));
    QCOMPARE(report.failed, std::uint64_t(2));
    for (std::size_t row = 0; row < cache->rows(); row += 7) {
        if (!cache->valid(row))
            continue;
        const std::vector<std::uint8_t> direct = loadSquareCrop(data_.dataset.imagePath(images[row]), 32);
        QVERIFY(std::memcmp(direct.data(), cache->pixels(row), direct.size()) == 0);
    }
    const std::size_t last = cache->rows() - 1;
    const std::vector<std::uint8_t> added = loadSquareCrop(data_.dataset.imagePath(images[last]), 32);
    QVERIFY(std::memcmp(added.data(), cache->pixels(last), added.size()) == 0);
}

void TestPackedCache::rejectsATruncatedFile()
{
    const std::string path = cachePath("truncated.tspk");
    PackedImageCache::build(data_.dataset, data_.train, 16, path);
    QVERIFY(PackedImageCache::open(path));
    QVERIFY(QFile::resize(QString::fromStdString(path), QFileInfo(QString::fromStdString(path)).size() - 100));
    const std::string error = errorOf([&] { PackedImageCache::open(path); });
    QVERIFY2(error.find(path) != std::string::npos, error.c_str());
    QVERIFY2(error.find("truncated") != std::string::npos, error.c_str());

    const std::string text = cachePath("text.tspk");
    QFile file(QString::fromStdString(text));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    const std::string notCache = errorOf([&] { PackedImageCache::open(text); });
    QVERIFY2(notCache.find(text + ": not a Tagscope packed image cache") == 0, notCache.c_str());
    const std::string absent = errorOf([&] { PackedImageCache::open(cachePath("absent.tspk")); });
    QVERIFY2(absent.find("absent.tspk") != std::string::npos, absent.c_str());
}

void TestPackedCache::rebuildsACorruptFile()
{
    const std::string path = cachePath("corrupt.tspk");
    PackedImageCache::build(data_.dataset, data_.train, 16, path);
    {
        // One flipped byte in the row table.
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(64 + 3);
        char byte = 0;
        file.getChar(&byte);
        file.seek(64 + 3);
        file.putChar(char(byte ^ 0x5A));
    }
    const std::string error = errorOf([&] { PackedImageCache::open(path); });
    QVERIFY2(error.find("corrupt") != std::string::npos, error.c_str());
    PackedCacheReport report;
    const auto cache = PackedImageCache::build(data_.dataset, data_.train, 16, path, {}, nullptr, &report);
    QVERIFY(cache);
    QCOMPARE(report.reused, std::uint64_t(0));
    QCOMPARE(report.decoded, std::uint64_t(data_.train.size() - 2));
}

void TestPackedCache::rebuildsAFileOfAnotherVersion()
{
    // A file written by an earlier Tagscope (version 2: its rows resized otherwise) is not mixed with new rows.
    const std::string path = cachePath("version.tspk");
    PackedImageCache::build(data_.dataset, data_.train, 16, path);
    {
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(8); // after the magic: the version, 32-bit little-endian
        const char two[4] = {2, 0, 0, 0};
        QCOMPARE(file.write(two, 4), qint64(4));
    }
    const std::string error = errorOf([&] { PackedImageCache::open(path); });
    QVERIFY2(error.find("another version (2, expected 3)") != std::string::npos, error.c_str());
    PackedCacheReport report;
    QVERIFY(PackedImageCache::build(data_.dataset, data_.train, 16, path, {}, nullptr, &report));
    QCOMPARE(report.reused, std::uint64_t(0));
    QCOMPARE(report.decoded, std::uint64_t(data_.train.size() - 2));
}

void TestPackedCache::cancelKeepsTheRowsDone()
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("cancelled.tspk").toStdString();
    CancelToken cancel;
    cancel.cancel();
    QVERIFY(!PackedImageCache::build(data_.dataset, data_.train, 16, path, {}, &cancel));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{"cancelled.tspk"}); // no temporary file left
    QCOMPARE(PackedImageCache::open(path)->filledRows(), std::size_t(0));

    // A run that stopped after streaming 40 images (the two broken ones among them) left them in the file.
    {
        const auto partial = PackedImageCache::prepare(data_.dataset, data_.train, 16, path);
        for (std::size_t row = 0; row < 40; ++row) {
            const std::vector<std::uint8_t> pixels = loadSquareCrop(data_.dataset.imagePath(data_.train[row]), 16);
            if (pixels.empty())
                partial->markFailed(row);
            else
                partial->store(row, pixels.data());
        }
    }
    QCOMPARE(PackedImageCache::open(path)->filledRows(), std::size_t(40));

    // The next build decodes only what is missing, and the rows kept are right.
    PackedCacheReport report;
    const auto cache = PackedImageCache::build(data_.dataset, data_.train, 16, path, {}, nullptr, &report);
    QVERIFY(cache);
    QCOMPARE(report.reused, std::uint64_t(40));
    QCOMPARE(report.decoded, std::uint64_t(data_.train.size() - 40));
    QCOMPARE(report.failed, std::uint64_t(2));
    QVERIFY(listed(report.failures, data_.dataset.imagePath(data_.corrupt)));
    for (std::size_t row = 0; row < cache->rows(); ++row) {
        if (!cache->valid(row))
            continue;
        const std::vector<std::uint8_t> direct = loadSquareCrop(data_.dataset.imagePath(cache->images()[row]), 16);
        QVERIFY(std::memcmp(direct.data(), cache->pixels(row), direct.size()) == 0);
    }
}

void TestPackedCache::rowsStoredElsewhereAreSeen()
{
    // Two processes filling one file (ranks of a data-parallel run): what one has made durable, the other reads.
    const std::string path = cachePath("shared.tspk");
    const auto writer = PackedImageCache::prepare(data_.dataset, data_.train, 16, path);
    const auto reader = PackedImageCache::prepare(data_.dataset, data_.train, 16, path);
    const std::vector<std::uint8_t> pixels = loadSquareCrop(data_.dataset.imagePath(data_.train[0]), 16);
    writer->store(0, pixels.data());
    writer->markFailed(1);
    QVERIFY(writer->valid(0));
    QCOMPARE(reader->state(0), PackedImageCache::RowState::Empty); // not durable yet: never marked filled early
    writer->flush();
    QCOMPARE(reader->state(0), PackedImageCache::RowState::Valid);
    QCOMPARE(reader->state(1), PackedImageCache::RowState::Failed);
    QCOMPARE(reader->state(2), PackedImageCache::RowState::Empty);
    QVERIFY(std::memcmp(reader->pixels(0), pixels.data(), pixels.size()) == 0);
    // A cache opened read-only refuses writes.
    QVERIFY_THROWS_EXCEPTION(std::logic_error, PackedImageCache::open(path)->store(2, pixels.data()));
}

void TestPackedCache::processesPreparingAtOnceShareOneFile()
{
    // The ranks of a node start together and prepare the same new cache: they must all fill the one file.
    const std::vector<std::uint8_t> pixels = loadSquareCrop(data_.dataset.imagePath(data_.train[0]), 8);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const std::string path = cachePath(("together-" + std::to_string(attempt) + ".tspk").c_str());
        std::shared_ptr<PackedImageCache> first, second;
        std::thread other([&] { second = PackedImageCache::prepare(data_.dataset, data_.train, 8, path); });
        first = PackedImageCache::prepare(data_.dataset, data_.train, 8, path);
        other.join();
        first->store(0, pixels.data());
        first->flush();
        QCOMPARE(second->state(0), PackedImageCache::RowState::Valid);
        QCOMPARE(PackedImageCache::open(path)->state(0), PackedImageCache::RowState::Valid);
    }
    QVERIFY(QDir(temp_.path()).entryList({"*.tmp*"}, QDir::Files).isEmpty());
}

void TestPackedCache::defaultPathFollowsXdg()
{
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", temp_.filePath("xdg").toUtf8());
    const std::string path = PackedImageCache::defaultPath(data_.dataset, "train", 64);
    const std::string other = PackedImageCache::defaultPath(data_.dataset, "validation", 64);
    qputenv("XDG_CACHE_HOME", saved);
    QVERIFY2(path.rfind((temp_.filePath("xdg") + "/tagscope/packed/").toStdString(), 0) == 0, path.c_str());
    QVERIFY2(path.size() > 14 && path.substr(path.size() - 14) == "-train-64.tspk", path.c_str());
    QVERIFY(path != other);
}

QTEST_GUILESS_MAIN(TestPackedCache)
#include "tst_packed_cache.moc"
