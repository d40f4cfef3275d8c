// Training and evaluation batches from the packed cache: shapes, targets, samplers, augmentation, determinism.
// The cache holds a corrupt and a missing image: they are candidates like the others and leave their batch one
// image short, so that the order never depends on which images fail.
#include <torch/torch.h> // before Qt (its `slots` macro)

#include "ci_requirements.h"
#include "imaging/image_io.h"
#include "training/batch_source.h"
#include "training/packed_image_cache.h"
#include "training/rand_augment.h"
#include "training/recycled_buffers.h"
#include "training_data.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

using namespace tagscope;

namespace {

std::vector<Batch> epochBatches(BatchSource& source, int epoch, std::int64_t firstBatch = 0)
{
    source.startEpoch(epoch, firstBatch);
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

BatchOptions plainOptions(int batchSize = 16, int inputSize = 16)
{
    BatchOptions options;
    options.batchSize = batchSize;
    options.inputSize = inputSize;
    options.augmentation.randomResizedCrop = false;
    options.augmentation.horizontalFlip = false;
    return options;
}

} // namespace

class TestBatchSource : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void targetMatrixFollowsTheLabels();
    void trainingBatchesHaveTheirShape();
    void evaluationKeepsEveryImageInOrder();
    void targetsMatchTheImages();
    void normalisesWithMeanAndStd();
    void isDeterministic();
    void resumesMidEpoch();
    void classAwareOverSamplesRareTags();
    void repeatFactorRepeatsRareImages();
    void mixupKeepsUnknownTargets();
    void randAugmentOpsStayInRange();
    void cancelStopsPromptly();
    void invalidRowsNeverAppear();
    void workersServeWholeEpochsAtEachCacheSize();
    void flipMirrorsAboutHalfTheImages();
    void batchMemoryIsReused();

private:
    std::vector<std::uint32_t> allTags() const
    {
        std::vector<std::uint32_t> tags(data_.dataset.tagCount());
        for (std::uint32_t t = 0; t < tags.size(); ++t)
            tags[t] = t;
        return tags;
    }
    std::set<std::uint32_t> validImages() const
    {
        std::set<std::uint32_t> images(data_.train.begin(), data_.train.end());
        images.erase(data_.corrupt);
        images.erase(data_.missing);
        return images;
    }

    QTemporaryDir temp_;
    TrainingData data_;
    std::shared_ptr<PackedImageCache> cache_; // S = 64, the demo's own size
};

void TestBatchSource::initTestCase()
{
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"),
                           "Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    if (!imagingAvailable())
        QSKIP("built without OpenCV: no JPEG codec");
    QVERIFY(temp_.isValid());
    data_ = makeTrainingData(temp_.filePath("demo"), 300);
    cache_ = PackedImageCache::build(data_.dataset, data_.train, 64, temp_.filePath("train64.tspk").toStdString());
    QVERIFY(cache_);
}

void TestBatchSource::targetMatrixFollowsTheLabels()
{
    const std::vector<std::uint32_t> tags = {5, 0, 12};
    std::vector<std::uint32_t> images(data_.train.begin(), data_.train.begin() + 40);
    const torch::Tensor targets = targetMatrix(data_.dataset, images, tags);
    QCOMPARE(targets.sizes().vec(), (std::vector<std::int64_t>{40, 3}));
    int unknown = 0;
    for (std::size_t i = 0; i < images.size(); ++i)
        for (std::size_t t = 0; t < tags.size(); ++t) {
            const LabelState state = data_.dataset.labelState(images[i], tags[t]);
            const float expected = state == LabelState::Positive ? 1.f : state == LabelState::Negative ? 0.f : -1.f;
            QCOMPARE(targets[i][t].item<float>(), expected);
            unknown += state == LabelState::Unknown;
        }
    QVERIFY(unknown > 0);

    // Exhaustive labels (COCO, class folders): what is not annotated is absent.
    DatasetContents contents = data_.dataset.contents();
    contents.exhaustiveLabels = true;
    const Dataset exhaustive(std::move(contents));
    const torch::Tensor closed = targetMatrix(exhaustive, images, tags);
    QVERIFY(torch::equal(closed, targets.clamp_min(0)));
    QCOMPARE(targetMatrix(data_.dataset, {}, tags).size(0), std::int64_t(0));
}

void TestBatchSource::trainingBatchesHaveTheirShape()
{
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 48;
    options.augmentation.randAugmentOps = 2;
    BatchSource source(cache_, data_.dataset, allTags(), options);
    const std::size_t rows = data_.train.size();
    QCOMPARE(source.imageCount(), rows);
    QCOMPARE(source.batchesPerEpoch(), std::int64_t(rows / 16)); // the last partial batch is dropped
    const std::vector<Batch> batches = epochBatches(source, 0);
    QCOMPARE(std::int64_t(batches.size()), source.batchesPerEpoch());
    std::int64_t shortBy = 0;
    for (std::size_t i = 0; i < batches.size(); ++i) {
        QCOMPARE(batches[i].index, std::int64_t(i));
        const std::int64_t count = batches[i].images.size(0);
        shortBy += 16 - count; // a broken image's place stays empty
        QCOMPARE(batches[i].images.sizes().vec(), (std::vector<std::int64_t>{count, 3, 48, 48}));
        QCOMPARE(batches[i].images.scalar_type(), torch::kFloat32);
        QCOMPARE(batches[i].targets.sizes().vec(), (std::vector<std::int64_t>{count, std::int64_t(data_.dataset.tagCount())}));
        QCOMPARE(batches[i].imageIndices.size(), std::size_t(count));
    }
    QVERIFY(shortBy <= 2);
    // A random permutation: no image twice in an epoch.
    std::set<std::uint32_t> seen;
    for (const Batch& batch : batches)
        for (std::uint32_t image : batch.imageIndices)
            QVERIFY(seen.insert(image).second);
    Batch extra;
    QVERIFY(!source.next(extra)); // the epoch is over
}

void TestBatchSource::evaluationKeepsEveryImageInOrder()
{
    BatchOptions options = plainOptions(16, 32);
    options.training = false;
    options.augmentation.randAugmentOps = 3; // ignored when evaluating
    options.augmentation.mixupAlpha = 1;
    BatchSource source(cache_, data_.dataset, allTags(), options);
    const std::size_t rows = data_.train.size();
    QCOMPARE(source.batchesPerEpoch(), std::int64_t((rows + 15) / 16));
    const std::vector<Batch> batches = epochBatches(source, 0);
    std::vector<std::uint32_t> order;
    for (const Batch& batch : batches)
        order.insert(order.end(), batch.imageIndices.begin(), batch.imageIndices.end());
    const std::set<std::uint32_t> expected = validImages();
    QVERIFY(order == std::vector<std::uint32_t>(expected.begin(), expected.end())); // cache order = dataset order
    QCOMPARE(batches.back().images.size(0), std::int64_t(rows % 16 ? rows % 16 : 16)); // the broken images are in the first
    QCOMPARE(batches.back().images.size(2), std::int64_t(32));
    // No augmentation: every epoch is the same.
    QVERIFY(sameBatches(batches, epochBatches(source, 3)));
}

void TestBatchSource::targetsMatchTheImages()
{
    BatchOptions options;
    options.batchSize = 20;
    options.inputSize = 32;
    options.sampler = SamplerKind::ClassAware;
    const std::vector<std::uint32_t> tags = {1, 4, 9, 15};
    BatchSource source(cache_, data_.dataset, tags, options);
    for (const Batch& batch : epochBatches(source, 2))
        QVERIFY(torch::equal(batch.targets, targetMatrix(data_.dataset, batch.imageIndices, tags)));
}

void TestBatchSource::normalisesWithMeanAndStd()
{
    // Mean 0 and std 1/255 give the cached bytes back exactly at the cached size.
    BatchOptions raw = plainOptions(32, 64);
    raw.training = false;
    raw.mean = {0, 0, 0};
    raw.std = {1.f / 255, 1.f / 255, 1.f / 255};
    BatchSource rawSource(cache_, data_.dataset, allTags(), raw);
    Batch batch;
    QVERIFY(rawSource.next(batch));
    std::size_t row = 0;
    while (cache_->images()[row] != batch.imageIndices[0])
        ++row;
    const torch::Tensor cached = torch::from_blob(const_cast<std::uint8_t*>(cache_->pixels(row)), {64, 64, 3}, torch::kUInt8);
    QVERIFY(torch::allclose(batch.images[0], cached.permute({2, 0, 1}).to(torch::kFloat32), 0, 1e-3));

    // The default ImageNet statistics: (x / 255 - mean) / std per channel.
    BatchOptions normal = raw;
    normal.mean = {0.485f, 0.456f, 0.406f};
    normal.std = {0.229f, 0.224f, 0.225f};
    BatchSource normalSource(cache_, data_.dataset, allTags(), normal);
    Batch normalised;
    QVERIFY(normalSource.next(normalised));
    const torch::Tensor mean = torch::tensor(normal.mean).view({1, 3, 1, 1});
    const torch::Tensor std = torch::tensor(normal.std).view({1, 3, 1, 1});
    QVERIFY(torch::allclose(normalised.images, (batch.images / 255 - mean) / std, 1e-5, 1e-5));
    const torch::Tensor channelMeans = normalised.images.mean({0, 2, 3});
    const torch::Tensor expected = ((batch.images / 255).mean({0, 2, 3}) - mean.view({3})) / std.view({3});
    QVERIFY(torch::allclose(channelMeans, expected, 1e-4, 1e-4));
}

void TestBatchSource::isDeterministic()
{
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 40;
    options.augmentation.randAugmentOps = 2;
    options.augmentation.mixupAlpha = 0.4;
    options.seed = 5;
    BatchOptions inline_ = options;
    inline_.workers = 0;
    BatchOptions many = options;
    many.workers = 4;
    many.prefetch = 1;
    BatchSource a(cache_, data_.dataset, allTags(), options);
    BatchSource b(cache_, data_.dataset, allTags(), inline_);
    BatchSource c(cache_, data_.dataset, allTags(), many);
    for (int epoch : {0, 1}) {
        const std::vector<Batch> reference = epochBatches(a, epoch);
        QVERIFY(sameBatches(reference, epochBatches(b, epoch)));
        QVERIFY(sameBatches(reference, epochBatches(c, epoch)));
    }
    QVERIFY(!sameBatches(epochBatches(a, 0), epochBatches(a, 1)));
    BatchOptions otherSeed = options;
    otherSeed.seed = 6;
    BatchSource d(cache_, data_.dataset, allTags(), otherSeed);
    const std::vector<Batch> first = epochBatches(a, 0), other = epochBatches(d, 0);
    QVERIFY(first[0].imageIndices != other[0].imageIndices);
    QVERIFY(!torch::equal(first[0].images, other[0].images));
}

void TestBatchSource::resumesMidEpoch()
{
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 32;
    options.augmentation.randAugmentOps = 2;
    options.augmentation.mixupAlpha = 0.2;
    options.sampler = SamplerKind::RepeatFactor;
    options.repeatThreshold = 0.2;
    BatchSource source(cache_, data_.dataset, allTags(), options);
    const std::vector<Batch> full = epochBatches(source, 4);
    QVERIFY(full.size() > 5);
    // Restarting in the middle, even in the middle of another epoch, gives the same batches from there on.
    Batch batch;
    source.startEpoch(2);
    QVERIFY(source.next(batch));
    const std::vector<Batch> resumed = epochBatches(source, 4, 3);
    QVERIFY(sameBatches(std::vector<Batch>(full.begin() + 3, full.end()), resumed));
    QCOMPARE(resumed.front().index, std::int64_t(3));
}

void TestBatchSource::classAwareOverSamplesRareTags()
{
    // The rarest tag with positives among the training images.
    std::map<std::uint32_t, int> positives;
    for (std::uint32_t image : validImages())
        for (std::uint32_t t = 0; t < data_.dataset.tagCount(); ++t)
            positives[t] += data_.dataset.labelState(image, t) == LabelState::Positive;
    std::uint32_t rare = 0;
    int rareCount = 1 << 30;
    for (const auto& [tag, count] : positives)
        if (count > 0 && count < rareCount)
            std::tie(rare, rareCount) = std::make_pair(tag, count);
    auto countRare = [&](SamplerKind kind) {
        BatchOptions options = plainOptions(10, 8);
        options.sampler = kind;
        BatchSource source(cache_, data_.dataset, allTags(), options);
        int seen = 0, drawn = 0;
        for (int epoch = 0; epoch < 3; ++epoch)
            for (const Batch& batch : epochBatches(source, epoch)) {
                seen += int(batch.targets.select(1, rare).eq(1).sum().item<std::int64_t>());
                ++drawn; // batches: a broken image drawn leaves its batch one short
            }
        return std::make_pair(seen, drawn);
    };
    const auto [randomSeen, randomDrawn] = countRare(SamplerKind::Random);
    const auto [awareSeen, awareDrawn] = countRare(SamplerKind::ClassAware);
    qInfo("rare tag %s (%d of %zu images): %d draws of it in random order, %d class-aware",
          data_.dataset.tag(rare).labelName.c_str(), rareCount, validImages().size(), randomSeen, awareSeen);
    QCOMPARE(randomDrawn, awareDrawn); // the same epoch length, in batches
    QVERIFY(awareSeen > 3 * std::max(randomSeen, 1));
}

void TestBatchSource::repeatFactorRepeatsRareImages()
{
    const double threshold = 0.3;
    BatchOptions options = plainOptions(8, 8);
    options.sampler = SamplerKind::RepeatFactor;
    options.repeatThreshold = threshold;
    BatchSource source(cache_, data_.dataset, allTags(), options);

    // r(image) = max over its positive tags of max(1, sqrt(t / f)), f the tag's share of the training images.
    const std::set<std::uint32_t> images = validImages();
    std::map<std::uint32_t, int> tagCount;
    for (std::uint32_t image : images)
        for (std::uint32_t t = 0; t < data_.dataset.tagCount(); ++t)
            tagCount[t] += data_.dataset.labelState(image, t) == LabelState::Positive;
    std::map<std::uint32_t, double> factor;
    double expectedLength = 0;
    for (std::uint32_t image : images) {
        double r = 1;
        for (std::uint32_t t = 0; t < data_.dataset.tagCount(); ++t)
            if (data_.dataset.labelState(image, t) == LabelState::Positive)
                r = std::max(r, std::sqrt(threshold / (double(tagCount[t]) / images.size())));
        factor[image] = r;
        expectedLength += r;
    }
    const int epochs = 20;
    std::map<std::uint32_t, int> draws;
    for (int epoch = 0; epoch < epochs; ++epoch)
        for (const Batch& batch : epochBatches(source, epoch))
            for (std::uint32_t image : batch.imageIndices)
                ++draws[image];
    // Images repeat as their factor says (stochastic rounding: right on average), and common ones are drawn once.
    double repeated = 0, expectedRepeated = 0;
    int plainCount = 0;
    for (const auto& [image, r] : factor) {
        if (r > 1.5) {
            repeated += draws[image];
            expectedRepeated += r * epochs;
        } else if (r == 1) {
            ++plainCount;
            QVERIFY(draws[image] <= epochs); // exactly once an epoch (the dropped tail batch aside)
        }
    }
    qInfo("repeat factor: %.0f expected draws of images with r > 1.5, %.0f drawn; epoch length %.1f expected",
          expectedRepeated, repeated, expectedLength);
    QVERIFY(expectedRepeated > 0);
    QVERIFY(plainCount > 0);
    QVERIFY(std::abs(repeated - expectedRepeated) < 0.1 * expectedRepeated);
    QVERIFY(source.batchesPerEpoch() * 8 > std::int64_t(images.size()));
}

void TestBatchSource::mixupKeepsUnknownTargets()
{
    BatchOptions options = plainOptions(16, 16);
    options.augmentation.mixupAlpha = 1.0;
    BatchSource source(cache_, data_.dataset, allTags(), options);
    BatchOptions unmixedOptions = options;
    unmixedOptions.augmentation.mixupAlpha = 0;
    BatchSource unmixed(cache_, data_.dataset, allTags(), unmixedOptions);
    const std::vector<Batch> mixed = epochBatches(source, 0);
    const std::vector<Batch> plain = epochBatches(unmixed, 0);
    QCOMPARE(mixed.size(), plain.size());
    bool soft = false;
    for (std::size_t i = 0; i < mixed.size(); ++i) {
        QVERIFY(mixed[i].imageIndices == plain[i].imageIndices); // Mixup changes pixels and targets, not the order
        const torch::Tensor own = plain[i].targets;
        const torch::Tensor mix = mixed[i].targets;
        QVERIFY(mix.masked_select(own < 0).eq(-1).all().item<bool>()); // unknown stays unknown
        const torch::Tensor known = mix.masked_select(mix >= 0);
        QVERIFY(known.le(1).all().item<bool>());
        soft = soft || known.gt(0).logical_and(known.lt(1)).any().item<bool>();
        QVERIFY(!torch::equal(mixed[i].images, plain[i].images));
    }
    QVERIFY(soft);
}

void TestBatchSource::randAugmentOpsStayInRange()
{
    const torch::Tensor image = torch::rand({3, 24, 24}) * 255;
    for (int op = 0; op < kAugmentOpCount; ++op)
        for (bool negative : {false, true}) {
            const torch::Tensor out = applyAugmentOp(image, AugmentOp(op), 30, negative);
            QCOMPARE(out.sizes(), image.sizes());
            QVERIFY2(out.min().item<float>() >= 0 && out.max().item<float>() <= 255, QByteArray::number(op));
            if (AugmentOp(op) != AugmentOp::Identity)
                QVERIFY2(!torch::equal(out, image), QByteArray::number(op));
            // Magnitude 0 leaves the image alone for every operation but the data-dependent ones.
            const AugmentOp o = AugmentOp(op);
            if (o != AugmentOp::AutoContrast && o != AugmentOp::Equalize && o != AugmentOp::Solarize && o != AugmentOp::Posterize)
                QVERIFY2(torch::allclose(applyAugmentOp(image, o, 0, negative), image, 1e-4, 1e-2), QByteArray::number(op));
        }
    // Equalize spreads a narrow histogram over the whole range.
    const torch::Tensor narrow = torch::randint(100, 120, {3, 32, 32}).to(torch::kFloat32);
    const torch::Tensor equalized = applyAugmentOp(narrow, AugmentOp::Equalize, 0, false);
    QVERIFY(equalized.max().item<float>() - equalized.min().item<float>() > 200);
}

void TestBatchSource::cancelStopsPromptly()
{
    BatchOptions options;
    options.batchSize = 16;
    options.inputSize = 224;
    options.augmentation.randAugmentOps = 2;
    auto source = std::make_unique<BatchSource>(cache_, data_.dataset, allTags(), options);
    Batch first;
    QVERIFY(source->next(first));

    // Cancelled once two more batches arrived, while the workers prepare the next ones.
    CancelToken cancel;
    QElapsedTimer timer;
    Batch batch;
    int served = 0;
    while (source->next(batch, &cancel))
        if (++served == 2) {
            timer.start();
            cancel.cancel();
        }
    const qint64 cancelMs = timer.elapsed();
    QCOMPARE(served, 2);
    QVERIFY(served < source->batchesPerEpoch() - 1);

    // After a cancel the epoch carries on from where it stopped, with the same batches.
    const std::int64_t resumedAt = first.index + 1 + served;
    QVERIFY(source->next(batch));
    QCOMPARE(batch.index, resumedAt);

    timer.restart();
    source.reset(); // workers are mid-batch
    const qint64 destroyMs = timer.elapsed();
    qInfo("cancel took %lld ms, destruction %lld ms", (long long)cancelMs, (long long)destroyMs);
    QVERIFY(cancelMs < 3000);
    QVERIFY(destroyMs < 3000);
}

void TestBatchSource::invalidRowsNeverAppear()
{
    for (SamplerKind kind : {SamplerKind::Random, SamplerKind::Sequential, SamplerKind::ClassAware, SamplerKind::RepeatFactor}) {
        BatchOptions options = plainOptions(7, 8);
        options.sampler = kind;
        options.repeatThreshold = 0.5;
        BatchSource source(cache_, data_.dataset, allTags(), options);
        for (int epoch = 0; epoch < 4; ++epoch)
            for (const Batch& batch : epochBatches(source, epoch))
                for (std::uint32_t image : batch.imageIndices)
                    QVERIFY(image != data_.corrupt && image != data_.missing);
    }
}

void TestBatchSource::workersServeWholeEpochsAtEachCacheSize()
{
    // The trainer's settings (their speed is bench/train_bench.py's business): cache 64 -> input 64 and cache 256 ->
    // input 224, with and without RandAugment, two workers. Each epoch serves its batches in order, full (but for a
    // broken image's place), of finite values at the input size, no image twice and only valid ones; the two epochs
    // draw different crops.
    const auto cache256 =
        PackedImageCache::build(data_.dataset, data_.train, 256, temp_.filePath("train256.tspk").toStdString());
    QVERIFY(cache256);
    struct Case {
        std::shared_ptr<PackedImageCache> cache;
        int inputSize;
        int randAugment;
    };
    const std::set<std::uint32_t> valid = validImages();
    for (const Case& c : {Case{cache_, 64, 0}, Case{cache_, 64, 2}, Case{cache256, 224, 0}, Case{cache256, 224, 2}}) {
        const QByteArray which = QByteArray::number(c.inputSize) + (c.randAugment ? " + RandAugment" : "");
        BatchOptions options;
        options.batchSize = 32;
        options.inputSize = c.inputSize;
        options.augmentation.randAugmentOps = c.randAugment;
        options.workers = 2;
        BatchSource source(c.cache, data_.dataset, allTags(), options);
        QVERIFY2(source.batchesPerEpoch() >= 2, which.constData());
        torch::Tensor firstImages[2];
        std::uint32_t firstImage[2] = {0, 0};
        for (int epoch = 0; epoch < 2; ++epoch) {
            source.startEpoch(epoch, 0);
            std::set<std::uint32_t> seen;
            std::int64_t served = 0;
            for (Batch batch; source.next(batch); ++served) {
                QCOMPARE(batch.index, served);
                // Full but for the place of a broken image drawn into it (the fixture has two).
                QVERIFY2(batch.images.size(0) >= 30 && batch.images.size(0) <= 32, which.constData());
                QCOMPARE(batch.images.size(0), std::int64_t(batch.imageIndices.size()));
                QCOMPARE(batch.images.sizes().vec(), (std::vector<std::int64_t>{batch.images.size(0), 3, c.inputSize, c.inputSize}));
                QVERIFY2(torch::isfinite(batch.images).all().item<bool>(), which.constData());
                for (std::uint32_t image : batch.imageIndices)
                    QVERIFY2(valid.count(image) && seen.insert(image).second, which.constData());
                if (served == 0) {
                    firstImages[epoch] = batch.images[0].clone();
                    firstImage[epoch] = batch.imageIndices[0];
                }
            }
            QCOMPARE(served, source.batchesPerEpoch());
        }
        // Another order and other crops: never the same first picture twice.
        QVERIFY2(firstImage[0] != firstImage[1] || !torch::equal(firstImages[0], firstImages[1]), which.constData());
    }
}

void TestBatchSource::flipMirrorsAboutHalfTheImages()
{
    // Without the crop, a training image is its evaluation image (the same normalisation), left as it is or
    // mirrored left to right; a coin decides, so both happen.
    BatchOptions evaluation = plainOptions(32, 64);
    evaluation.training = false;
    BatchSource plain(cache_, data_.dataset, allTags(), evaluation);
    std::map<std::uint32_t, torch::Tensor> upright;
    for (const Batch& batch : epochBatches(plain, 0))
        for (std::size_t i = 0; i < batch.imageIndices.size(); ++i)
            upright[batch.imageIndices[i]] = batch.images[std::int64_t(i)];
    BatchOptions flipping = plainOptions(32, 64);
    flipping.augmentation.horizontalFlip = true;
    BatchSource training(cache_, data_.dataset, allTags(), flipping);
    int mirrored = 0, kept = 0;
    for (const Batch& batch : epochBatches(training, 0))
        for (std::size_t i = 0; i < batch.imageIndices.size(); ++i) {
            const torch::Tensor image = batch.images[std::int64_t(i)];
            const torch::Tensor& reference = upright.at(batch.imageIndices[i]);
            if (torch::equal(image, reference))
                ++kept;
            else if (torch::equal(image, reference.flip({2})))
                ++mirrored;
            else
                QFAIL(qPrintable(QString("image %1 is neither its evaluation image nor its mirror").arg(batch.imageIndices[i])));
        }
    QVERIFY2(mirrored > (mirrored + kept) / 4 && kept > (mirrored + kept) / 4, qPrintable(QString("%1 mirrored, %2 kept").arg(mirrored).arg(kept)));
}

void TestBatchSource::batchMemoryIsReused()
{
    auto buffers = std::make_unique<RecycledBuffers>(1);
    torch::Tensor first = buffers->floats({4, 3, 8, 8});
    QCOMPARE(first.sizes(), (std::vector<std::int64_t>{4, 3, 8, 8}));
    QCOMPARE(first.dtype(), torch::kFloat32);
    first.fill_(2);
    void* memory = first.data_ptr();
    first = torch::Tensor();
    // The next tensor of that size gets the memory back; one of another size does not.
    torch::Tensor second = buffers->floats({4, 3, 8, 8});
    QCOMPARE(second.data_ptr(), memory);
    torch::Tensor other = buffers->floats({2, 3, 8, 8});
    QVERIFY(other.data_ptr() != memory);
    // One idle buffer is kept: of two dropped, the first is reused and the second freed.
    torch::Tensor third = buffers->floats({4, 3, 8, 8});
    second = torch::Tensor();
    third = torch::Tensor();
    torch::Tensor a = buffers->floats({4, 3, 8, 8});
    torch::Tensor b = buffers->floats({4, 3, 8, 8});
    QCOMPARE(a.data_ptr(), memory);
    // A tensor may outlive the buffers it came from.
    buffers.reset();
    b.fill_(1);
    QCOMPARE(b.sum().item<float>(), float(b.numel()));
}

QTEST_GUILESS_MAIN(TestBatchSource)
#include "tst_batch_source.moc"
