// The streaming input pipeline: batches straight from the image files are the batches of the packed cache,
// whether the cache is filled as the first epoch streams or built beforehand; images that break mid-stream are
// skipped, counted once and named; a split that cannot be read at all stops with a message; cancelling with the
// queue full releases every worker; the cache's disk budget decides whether a split is cached; JPEGs are
// decoded at reduced size when the crop allows it.
#include <torch/torch.h> // before Qt (its `slots` macro)

#include "imaging/image_io.h"
#include "imaging/jpeg_centre_square.h"
#include "imaging/square_crop.h"
#include "training/batch_source.h"
#include "training/image_stream.h"
#include "training/packed_image_cache.h"
#include "training/training_images.h"

#include "fault_helpers.h"
#include "training_data.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

using namespace tagscope;

namespace {

std::vector<Batch> epochBatches(BatchSource& source, int epoch)
{
    source.startEpoch(epoch);
    std::vector<Batch> batches;
    for (Batch batch; source.next(batch);)
        batches.push_back(std::move(batch));
    return batches;
}

bool sameBatches(const std::vector<Batch>& a, const std::vector<Batch>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].index != b[i].index || a[i].imageIndices != b[i].imageIndices || !torch::equal(a[i].images, b[i].images)
            || !torch::equal(a[i].targets, b[i].targets))
            return false;
    return true;
}

// Points the user's cache folder elsewhere for one test.
class CacheFolder {
public:
    explicit CacheFolder(const QString& folder) : previous_(qgetenv("XDG_CACHE_HOME")) { qputenv("XDG_CACHE_HOME", folder.toUtf8()); }
    ~CacheFolder() { qputenv("XDG_CACHE_HOME", previous_); }

private:
    QByteArray previous_;
};

QStringList cacheFiles(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, {"*.tspk"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

// A photo-sized test picture: smooth colour gradients under fine noise.
RgbImage testPicture(int width, int height)
{
    RgbImage image;
    image.width = width;
    image.height = height;
    image.pixels.resize(std::size_t(width) * height * 3);
    std::uint32_t noise = 12345;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < 3; ++c) {
                noise = noise * 1664525u + 1013904223u;
                const double wave = 100 + 60 * std::sin(x * 0.013 * (c + 1)) + 50 * std::cos(y * 0.021 + c);
                image.pixels[(std::size_t(y) * width + x) * 3 + c] = static_cast<std::uint8_t>(std::clamp(wave + double(noise >> 28), 0.0, 255.0));
            }
    return image;
}

} // namespace

class TestImageStream : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void streamAndCacheGiveTheSameBatches();
    void imagesBreakingMidStreamAreSkippedAndNamed();
    void aSplitThatCannotBeReadStops();
    void cancelWithAFullQueueReleasesEveryWorker();
    void ranksReadOnlyTheirShard();
    void cacheBudgetDecides();
    void jpegsAreDecodedAtReducedSize();
    void jpegOrientationIsApplied();
    void centreSquareMatchesAFullDecode_data();
    void centreSquareMatchesAFullDecode();

private:
    std::vector<std::uint32_t> allTags() const
    {
        std::vector<std::uint32_t> tags(data_.dataset.tagCount());
        for (std::uint32_t t = 0; t < tags.size(); ++t)
            tags[t] = t;
        return tags;
    }

    QTemporaryDir temp_;
    TrainingData data_;
};

void TestImageStream::initTestCase()
{
    if (!QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
        QSKIP("Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    if (!imagingAvailable())
        QSKIP("built without OpenCV: no JPEG codec");
    QVERIFY(temp_.isValid());
    data_ = makeTrainingData(temp_.filePath("demo"), 300);
}

void TestImageStream::streamAndCacheGiveTheSameBatches()
{
    // Every augmentation on, 48-pixel squares from the demo's 64-pixel JPEGs, one corrupt and one missing image.
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 40;
    options.augmentation.randAugmentOps = 2;
    options.augmentation.mixupAlpha = 0.2;
    options.seed = 7;
    const int size = 48;
    auto streamed = std::make_shared<ImageStream>(data_.dataset, data_.train, size);
    BatchSource fromFiles(streamed, data_.dataset, allTags(), options);

    // A cache filled while the first epoch streams, read from the second on.
    auto cache = PackedImageCache::prepare(data_.dataset, data_.train, size, temp_.filePath("through.tspk").toStdString());
    QCOMPARE(cache->filledRows(), std::size_t(0));
    auto through = std::make_shared<ImageStream>(data_.dataset, data_.train, size, cache);
    BatchSource writeThrough(through, data_.dataset, allTags(), options);

    // A cache built beforehand, every row decoded.
    auto built = PackedImageCache::build(data_.dataset, data_.train, size, temp_.filePath("built.tspk").toStdString());
    QVERIFY(built);
    BatchSource fromCache(built, data_.dataset, allTags(), options);

    for (int epoch : {0, 1, 2}) {
        const std::vector<Batch> reference = epochBatches(fromFiles, epoch);
        QVERIFY(!reference.empty());
        QVERIFY2(sameBatches(reference, epochBatches(writeThrough, epoch)), qPrintable(QString("epoch %1").arg(epoch)));
        QVERIFY2(sameBatches(reference, epochBatches(fromCache, epoch)), qPrintable(QString("epoch %1").arg(epoch)));
        if (epoch == 0) { // what the first epoch read went into the cache, and nothing came out of it yet
            QVERIFY(cache->filledRows() > data_.train.size() / 2);
            QCOMPARE(through->counts().fromCache, std::uint64_t(0));
        }
    }
    // The later epochs read the cache; only images the first epoch did not reach were decoded after it.
    const ImageStreamCounts counts = through->counts();
    qInfo("write-through: %llu rows decoded, %llu read from the cache, %llu failed", (unsigned long long)counts.decoded,
          (unsigned long long)counts.fromCache, (unsigned long long)counts.failed);
    QVERIFY(counts.fromCache > counts.decoded);
    QVERIFY(counts.decoded <= data_.train.size());
    QCOMPARE(streamed->counts().fromCache, std::uint64_t(0));
    QVERIFY(streamed->counts().decoded > 2 * data_.train.size()); // without a cache, every epoch decodes

    // The rows the stream wrote are the rows a build decodes: a second process reopening the file reads them.
    cache->flush();
    const auto reopened = PackedImageCache::open(cache->path());
    std::size_t compared = 0;
    for (std::size_t row = 0; row < reopened->rows(); ++row) {
        if (!reopened->valid(row))
            continue;
        QVERIFY(built->valid(row));
        QVERIFY(std::memcmp(reopened->pixels(row), built->pixels(row), std::size_t(size) * size * 3) == 0);
        ++compared;
    }
    QVERIFY(compared > data_.train.size() / 2);
}

void TestImageStream::imagesBreakingMidStreamAreSkippedAndNamed()
{
    QTemporaryDir folder;
    TrainingData data = makeTrainingData(folder.filePath("demo"), 160); // its train.at(3) is corrupt, train.at(7) missing
    BatchOptions options;
    options.batchSize = 8;
    options.inputSize = 16;
    options.training = false; // every image, in order: each one is met every epoch
    auto stream = std::make_shared<ImageStream>(data.dataset, data.train, 32);
    BatchSource source(stream, data.dataset, {0, 1, 2}, options);

    std::vector<Batch> first = epochBatches(source, 0);
    std::set<std::uint32_t> seen;
    for (const Batch& batch : first) {
        QCOMPARE(batch.images.size(0), std::int64_t(batch.imageIndices.size()));
        QCOMPARE(batch.targets.size(0), batch.images.size(0));
        seen.insert(batch.imageIndices.begin(), batch.imageIndices.end());
    }
    QCOMPARE(first.front().images.size(0), std::int64_t(6)); // the first batch held both broken images
    QCOMPARE(seen.size(), data.train.size() - 2);
    QVERIFY(!seen.count(data.corrupt) && !seen.count(data.missing));
    QCOMPARE(stream->counts().failed, std::uint64_t(2));
    const std::vector<std::string> notices = stream->takeNotices();
    QCOMPARE(notices.size(), std::size_t(2));
    for (std::uint32_t broken : {data.corrupt, data.missing})
        QVERIFY2(std::any_of(notices.begin(), notices.end(),
                             [&](const std::string& n) { return n.rfind("skipped " + data.dataset.imagePath(broken) + ": ", 0) == 0; }),
                 data.dataset.imagePath(broken).c_str());

    // An image damaged while the run goes on is skipped from then on; the two known ones are not named again.
    const std::uint32_t victim = data.train.at(20);
    QFile file(QString::fromStdString(data.dataset.imagePath(victim)));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("overwritten by a failing disk");
    file.close();
    std::vector<Batch> second = epochBatches(source, 1);
    std::size_t images = 0;
    for (const Batch& batch : second) {
        images += batch.imageIndices.size();
        QVERIFY(std::find(batch.imageIndices.begin(), batch.imageIndices.end(), victim) == batch.imageIndices.end());
    }
    QCOMPARE(images, data.train.size() - 3);
    QCOMPARE(stream->counts().failed, std::uint64_t(3));
    const std::vector<std::string> later = stream->takeNotices();
    QCOMPARE(later.size(), std::size_t(1));
    QVERIFY2(later[0].find(data.dataset.imagePath(victim)) != std::string::npos, later[0].c_str());
    QCOMPARE(stream->failures().size(), std::size_t(3));
}

void TestImageStream::aSplitThatCannotBeReadStops()
{
    QTemporaryDir folder;
    TrainingData data = makeTrainingData(folder.filePath("demo"), 120);
    QVERIFY(QDir(folder.filePath("demo/train")).removeRecursively()); // the image folder is gone
    BatchOptions options;
    options.batchSize = 8;
    options.inputSize = 16;
    BatchSource source(std::make_shared<ImageStream>(data.dataset, data.train, 32), data.dataset, {0}, options);
    const QString error = errorOf([&] {
        Batch batch;
        while (source.next(batch)) {
        }
    });
    QVERIFY2(error.contains("none of the first") && error.contains(folder.filePath("demo/train")), qPrintable(error));
}

void TestImageStream::cancelWithAFullQueueReleasesEveryWorker()
{
    const int threadsBefore = runningThreads();
    {
        BatchOptions options;
        options.batchSize = 16;
        options.inputSize = 96;
        options.workers = 4;
        options.prefetch = 2;
        auto source = std::make_unique<BatchSource>(std::make_shared<ImageStream>(data_.dataset, data_.train, 112), data_.dataset,
                                                    allTags(), options);
        QCOMPARE(runningThreads(), threadsBefore + 4);
        Batch batch;
        QVERIFY(source->next(batch));
        // The trainer stops pulling: the workers fill the queue and wait for room.
        QTRY_COMPARE_WITH_TIMEOUT(source->queued(), std::size_t(2), 30000);
        CancelToken cancel;
        cancel.cancel();
        QVERIFY(!source->next(batch, &cancel));
        source.reset(); // joins every worker, each waiting for room in the queue
    }
    QCOMPARE(runningThreads(), threadsBefore);

    // Destroyed with the queue full and no cancel at all: the same.
    {
        BatchOptions options;
        options.batchSize = 16;
        options.inputSize = 32;
        options.workers = 3;
        options.prefetch = 3;
        BatchSource source(std::make_shared<ImageStream>(data_.dataset, data_.train, 48), data_.dataset, allTags(), options);
        Batch batch;
        QVERIFY(source.next(batch));
        QTRY_COMPARE_WITH_TIMEOUT(source.queued(), std::size_t(3), 30000);
    }
    QCOMPARE(runningThreads(), threadsBefore);
}

void TestImageStream::ranksReadOnlyTheirShard()
{
    // Two data-parallel ranks with batches of 8: each decodes its own half of every epoch, never the split, and
    // batch k of both together is batch k of one process with batches of 16.
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 16;
    options.seed = 11;
    auto whole = std::make_shared<ImageStream>(data_.dataset, data_.train, 32);
    BatchSource single(whole, data_.dataset, allTags(), options);
    options.batchSize = 8;
    options.shardCount = 2;
    std::vector<std::shared_ptr<ImageStream>> streams;
    std::vector<std::vector<Batch>> ranks;
    for (int rank = 0; rank < 2; ++rank) {
        options.shardRank = rank;
        streams.push_back(std::make_shared<ImageStream>(data_.dataset, data_.train, 32));
        BatchSource source(streams.back(), data_.dataset, allTags(), options);
        ranks.push_back(epochBatches(source, 0));
    }
    const std::vector<Batch> reference = epochBatches(single, 0);
    QCOMPARE(ranks[0].size(), reference.size());
    QCOMPARE(ranks[1].size(), reference.size());
    for (std::size_t k = 0; k < reference.size(); ++k) {
        std::multiset<std::uint32_t> together(ranks[0][k].imageIndices.begin(), ranks[0][k].imageIndices.end());
        together.insert(ranks[1][k].imageIndices.begin(), ranks[1][k].imageIndices.end());
        QCOMPARE(together, std::multiset<std::uint32_t>(reference[k].imageIndices.begin(), reference[k].imageIndices.end()));
    }
    for (int rank = 0; rank < 2; ++rank) {
        const ImageStreamCounts counts = streams[rank]->counts();
        const std::uint64_t read = counts.decoded + counts.failed;
        QCOMPARE(read, std::uint64_t(8 * ranks[rank].size())); // what its batches held, broken images included
        QVERIFY(read <= data_.train.size() / 2);
    }
    QCOMPARE(whole->counts().decoded + whole->counts().failed, std::uint64_t(16 * reference.size()));
}

void TestImageStream::cacheBudgetDecides()
{
    QTemporaryDir folder;
    const CacheFolder cacheFolder(folder.path());
    TrainingConfig config;
    config.dataset = data_.dataset.root();
    const int size = 32;
    const std::uint64_t trainBytes = PackedImageCache::fileBytes(data_.train.size(), size);
    const std::uint64_t valBytes = PackedImageCache::fileBytes(data_.validation.size(), size);
    auto join = [](const std::vector<std::string>& lines) {
        QStringList all;
        for (const std::string& line : lines)
            all << QString::fromStdString(line);
        return all.join("\n");
    };

    // A budget smaller than either split: no cache, and the log says why.
    config.cacheBudgetGb = double(std::min(trainBytes, valBytes) / 2) / double(1 << 30);
    TrainingImages none = openTrainingImages(data_.dataset, config, data_.train, data_.validation, size, config.trainSplit);
    QVERIFY(!none.train->cache() && !none.validation->cache());
    QVERIFY2(join(none.messages).contains("no packed image cache for the training split") && join(none.messages).contains("cache_budget_gb"),
             qPrintable(join(none.messages)));
    QVERIFY(cacheFiles(folder.path()).isEmpty());

    // Room for the validation images, not for the training split too.
    config.cacheBudgetGb = double(valBytes + trainBytes / 2) / double(1 << 30);
    TrainingImages some = openTrainingImages(data_.dataset, config, data_.train, data_.validation, size, config.trainSplit);
    QVERIFY(some.validation->cache() && !some.train->cache());
    QCOMPARE(cacheFiles(folder.path()).size(), 1);
    QCOMPARE(std::uint64_t(QFileInfo(QString::fromStdString(some.validation->cache()->path())).size()), valBytes);

    // Room for both.
    config.cacheBudgetGb = double(valBytes + trainBytes) / double(1 << 30);
    TrainingImages both = openTrainingImages(data_.dataset, config, data_.train, data_.validation, size, config.trainSplit);
    QVERIFY(both.validation->cache() && both.train->cache());
    QCOMPARE(cacheFiles(folder.path()).size(), 2);

    // "on" ignores the budget, "off" never caches.
    config.cache = "on";
    config.cacheBudgetGb = 1e-9;
    QVERIFY(openTrainingImages(data_.dataset, config, data_.train, {}, size, config.trainSplit).train->cache());
    config.cache = "off";
    TrainingImages off = openTrainingImages(data_.dataset, config, data_.train, data_.validation, size, config.trainSplit);
    QVERIFY(!off.train->cache() && !off.validation->cache());
    QVERIFY(join(off.messages).contains("packed image cache off"));

    // The default: a quarter of the free space, at most 50 GB.
    const std::uint64_t budget = defaultCacheBudgetBytes(folder.path().toStdString());
    QVERIFY(budget > 0 && budget <= (std::uint64_t(50) << 30));
}

void TestImageStream::jpegsAreDecodedAtReducedSize()
{
    QTemporaryDir folder;
    const std::string path = folder.filePath("photo.jpg").toStdString();
    const RgbImage picture = testPicture(1024, 768);
    std::string error;
    QVERIFY2(writeJpeg(path, picture, 90, &error), error.c_str());

    QCOMPARE(jpegReductionForCrop(1024, 768, 256), 2);
    QCOMPARE(jpegReductionForCrop(1024, 768, 96), 8);
    QCOMPARE(jpegReductionForCrop(1024, 768, 385), 1);
    // The centre square of the half-size decode: 384 pixels a side for a 256-pixel square.
    const RgbImage square = loadCentreSquare(path, 256, &error);
    QCOMPARE(square.width, 384);
    QCOMPARE(square.height, 384);
    QCOMPARE(loadCentreSquare(path, 400).width, 768);

    // What a stream or a cache holds is that square resized, and differs from a full-size decode by the
    // resampling only.
    const std::vector<std::uint8_t> reduced = loadSquareCrop(path, 256, &error);
    QVERIFY(reduced == squareCrop(square, 256));
    const std::vector<std::uint8_t> full = squareCrop(loadImage(path), 256);
    QCOMPARE(full.size(), reduced.size());
    double difference = 0;
    for (std::size_t i = 0; i < full.size(); ++i)
        difference += std::abs(int(full[i]) - int(reduced[i]));
    qInfo("mean difference between reduced and full decoding: %.2f grey levels", difference / full.size());
    QVERIFY(difference / full.size() < 4);
    QVERIFY(reduced != full);
}

void TestImageStream::jpegOrientationIsApplied()
{
    // A photo taken with the camera turned: its pixels are stored sideways and its EXIF orientation says how to
    // turn them, as OpenCV's decoder does.
    QTemporaryDir folder;
    const QString plain = folder.filePath("plain.jpg");
    QVERIFY(writeJpeg(plain.toStdString(), testPicture(640, 480), 92));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray jpeg = file.readAll();
    const std::vector<std::uint8_t> upright = loadSquareCrop(plain.toStdString(), 128);
    for (int orientation = 1; orientation <= 8; ++orientation) {
        // APP1 "Exif": a big-endian TIFF header and one IFD entry, tag 0x0112 (SHORT) = orientation.
        QByteArray exif("\xFF\xE1\x00\x22" "Exif\0\0" "MM\x00\x2A\x00\x00\x00\x08" "\x00\x01" "\x01\x12\x00\x03\x00\x00\x00\x01", 28);
        exif += char(0);
        exif += char(orientation);
        exif += QByteArray(6, '\0'); // the value's padding, then no next IFD
        const QByteArray turned = jpeg.left(2) + exif + jpeg.mid(2);
        const QString path = folder.filePath(QString("turned-%1.jpg").arg(orientation));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(turned) == turned.size());
        out.close();
        QCOMPARE(jpegExifOrientation(std::vector<std::uint8_t>(turned.begin(), turned.end())), orientation);
        const std::vector<std::uint8_t> ours = loadSquareCrop(path.toStdString(), 128);
        const std::vector<std::uint8_t> opencv = squareCrop(loadImage(path.toStdString()), 128);
        QCOMPARE(ours.size(), opencv.size());
        double difference = 0, fromUpright = 0;
        for (std::size_t i = 0; i < ours.size(); ++i) {
            difference += std::abs(int(ours[i]) - int(opencv[i]));
            fromUpright += std::abs(int(ours[i]) - int(upright[i]));
        }
        QVERIFY2(difference / ours.size() < 3, qPrintable(QString("orientation %1: %2").arg(orientation).arg(difference / ours.size())));
        if (orientation > 1)
            QVERIFY2(fromUpright / ours.size() > 5, qPrintable(QString("orientation %1 left the picture as it was").arg(orientation)));
    }
}

void TestImageStream::centreSquareMatchesAFullDecode_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("left edge on a block boundary (rows decoded in place)") << 1024;
    QTest::newRow("left edge inside a block (rows copied from a wider decode)") << 1000;
}

void TestImageStream::centreSquareMatchesAFullDecode()
{
    // Stripes one to seven pixels wide: a square taken one column off differs by far more than the codec does.
    QFETCH(int, width);
    const int height = 768;
    RgbImage picture;
    picture.width = width;
    picture.height = height;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < 3; ++c)
                picture.pixels.push_back(static_cast<std::uint8_t>((x % 7) * 36 + c * 10));
    QTemporaryDir folder;
    const std::string path = folder.filePath("stripes.jpg").toStdString();
    QVERIFY(writeJpeg(path, picture, 95));
    const RgbImage square = loadCentreSquare(path, 700); // too large for any reduction: full size
    QCOMPARE(square.width, height);
    const RgbImage full = loadImage(path);
    const int left = (width - height) / 2;
    double difference = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < height * 3; ++x)
            difference += std::abs(int(square.pixels[std::size_t(y) * height * 3 + x]) - int(full.pixels[(std::size_t(y) * width + left) * 3 + x]));
    difference /= double(height) * height * 3;
    qInfo("width %d: mean difference from OpenCV's full decode %.2f grey levels", width, difference);
    QVERIFY2(difference < 1, qPrintable(QString::number(difference)));
}

QTEST_GUILESS_MAIN(TestImageStream)
#include "tst_image_stream.moc"
