#include "training/batch_source.h"

#include "training/distributed.h"
#include "training/epoch_sampler.h"
#include "training/image_augment.h"
#include "training/image_stream.h"
#include "training/packed_image_cache.h"
#include "training/rand_augment.h"
#include "training/random_stream.h"
#include "training/recycled_buffers.h"
#include "training/target_rows.h"

#include <torch/cuda.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace tagscope {
namespace {

// Stream tags: the augmentation of a sample and the Mixup draw of a batch never share random numbers.
constexpr std::uint64_t kSampleStream = 0x53414D50ull;
constexpr std::uint64_t kMixupStream = 0x4D495855ull;

// The epoch being served, shared with the workers; replaced whole by startEpoch.
struct EpochPlan {
    int epoch = 0;
    std::vector<std::uint32_t> order; // image stream rows
    std::int64_t batches = 0;
};

} // namespace

struct BatchSource::Impl {
    std::shared_ptr<ImageStream> images;
    const Dataset& dataset;
    std::vector<std::uint32_t> tags;
    BatchOptions options;
    TargetRows targetRows;
    std::unique_ptr<EpochSampler> sampler;
    std::size_t candidates = 0;
    bool pinned = false;
    // Images and targets of the batches in flight (queued, being made, held by the trainer), reused; not when
    // pinned (CUDA's host allocator keeps its own).
    mutable RecycledBuffers buffers; // handed out by makeBatch (const), thread-safe

    std::mutex mutex;
    std::condition_variable wake;  // workers: work to claim, or stop
    std::condition_variable ready; // consumer: a batch arrived, or a worker failed
    std::shared_ptr<const EpochPlan> plan;
    std::atomic<std::uint64_t> generation{0}; // bumped whenever prepared batches become worthless
    std::atomic<bool> stopping{false};
    bool started = false;
    bool paused = false; // after a cancelled next(): nothing is prepared until the next call
    std::int64_t nextToClaim = 0;
    std::int64_t nextToServe = 0;
    std::map<std::int64_t, Batch> prepared;
    std::exception_ptr failure;
    std::vector<std::thread> workers;

    Impl(std::shared_ptr<ImageStream> i, const Dataset& d, std::vector<std::uint32_t> t, BatchOptions o)
        : images(std::move(i)), dataset(d), tags(std::move(t)), options(std::move(o)), targetRows(dataset, tags),
          buffers(2 * static_cast<std::size_t>(options.prefetch + options.workers + 2))
    {
    }

    std::shared_ptr<const EpochPlan> makePlan(int epoch) const
    {
        auto plan = std::make_shared<EpochPlan>();
        plan->epoch = epoch;
        plan->order = sampler->order(options.seed, epoch);
        if (options.shardCount > 1) {
            if (options.sampler == SamplerKind::PK) {
                // P x K batches keep their classes together: whole batches go to the ranks in turn.
                std::vector<std::uint32_t> shard;
                const auto size = static_cast<std::size_t>(options.batchSize);
                for (std::size_t first = size * static_cast<std::size_t>(options.shardRank); first < plan->order.size();
                     first += size * static_cast<std::size_t>(options.shardCount))
                    shard.insert(shard.end(), plan->order.begin() + static_cast<std::ptrdiff_t>(first),
                                 plan->order.begin() + static_cast<std::ptrdiff_t>(std::min(first + size, plan->order.size())));
                plan->order = std::move(shard);
            } else {
                plan->order = shardForRank(plan->order, options.shardRank, options.shardCount);
            }
        }
        const auto n = static_cast<std::int64_t>(plan->order.size());
        const std::int64_t size = options.batchSize;
        // Training serves full batches only (a batch of one breaks BatchNorm), unless there is less than one.
        plan->batches = options.training ? (n >= size ? n / size : (n > 0 ? 1 : 0)) : (n + size - 1) / size;
        return plan;
    }

    // The augmented image, 0..255; `mirror` says whether writing it into the batch must still flip it.
    torch::Tensor sampleImage(const std::uint8_t* pixels, RandomStream& random, bool& mirror) const
    {
        const AugmentationOptions& a = options.augmentation;
        const bool crop = options.training && a.randomResizedCrop;
        torch::Tensor image = crop ? randomResizedCrop(pixels, images->size(), options.inputSize, random)
                                   : resizeSquare(cachedImage(pixels, images->size()), options.inputSize);
        mirror = options.training && a.horizontalFlip && random.coin();
        if (options.training && a.randAugmentOps > 0) {
            if (mirror) // RandAugment's geometric operations see the flipped image
                image = image.flip({2});
            mirror = false;
            image = randAugment(image, a.randAugmentOps, a.randAugmentMagnitude, random);
        }
        return image;
    }

    // Mixes each sample with another of the batch: lambda ~ Beta(alpha, alpha), one per batch.
    void mixup(Batch& batch, std::int64_t index, int epoch) const
    {
        const std::int64_t count = batch.images.size(0);
        if (count < 2)
            return;
        RandomStream random(hashSeed({options.seed, std::uint64_t(epoch), std::uint64_t(index), kMixupStream}));
        const double alpha = options.augmentation.mixupAlpha;
        const double lambda = random.beta(alpha, alpha);
        std::vector<std::int64_t> partner(static_cast<std::size_t>(count));
        for (std::int64_t i = 0; i < count; ++i)
            partner[i] = i;
        for (std::int64_t i = count; i > 1; --i)
            std::swap(partner[i - 1], partner[random.below(std::uint64_t(i))]);
        const torch::Tensor order = torch::tensor(partner, torch::kLong);
        batch.images.mul_(lambda).add_(batch.images.index_select(0, order), 1.0 - lambda);
        const torch::Tensor other = batch.targets.index_select(0, order);
        // A mixed target is only known where both parents' labels are: an unknown parent leaves the entry -1,
        // which losses ignore (or treat as they treat unknowns) rather than reading a half-known value.
        const torch::Tensor unknown = (batch.targets < 0).logical_or(other < 0);
        batch.targets.mul_(lambda).add_(other, 1.0 - lambda).masked_fill_(unknown, -1.0);
    }

    // Batch `index` of `plan`; returns false when abandoned (epoch restarted, cancelled or shutting down).
    // Images that cannot be read leave their places out; each sample's random numbers depend on its place in
    // the batch, so the others are augmented the same whichever images fail.
    bool makeBatch(const EpochPlan& plan, std::int64_t index, std::uint64_t forGeneration, Batch& batch) const
    {
        const auto total = static_cast<std::int64_t>(plan.order.size());
        const std::int64_t first = index * options.batchSize;
        const std::int64_t count = std::min<std::int64_t>(options.batchSize, total - first);
        const auto columns = static_cast<std::int64_t>(tags.size());
        const auto floatOptions = torch::TensorOptions().dtype(torch::kFloat32).pinned_memory(pinned);
        batch.index = index;
        const std::vector<std::int64_t> imageSizes = {count, 3, options.inputSize, options.inputSize};
        batch.images = pinned ? torch::empty(imageSizes, floatOptions) : buffers.floats(imageSizes);
        batch.targets = pinned ? torch::empty({count, columns}, floatOptions) : buffers.floats({count, columns});
        batch.imageIndices.resize(static_cast<std::size_t>(count));
        float* targets = batch.targets.data_ptr<float>();
        float* slots = batch.images.data_ptr<float>();
        const std::int64_t imageFloats = 3 * std::int64_t(options.inputSize) * options.inputSize;
        std::vector<std::uint8_t> scratch;
        std::int64_t kept = 0;
        for (std::int64_t i = 0; i < count; ++i) {
            if (stopping || generation != forGeneration)
                return false;
            const std::uint32_t row = plan.order[static_cast<std::size_t>(first + i)];
            const std::uint8_t* pixels = images->pixels(row, scratch);
            if (!pixels)
                continue;
            const std::uint32_t image = images->images()[row];
            RandomStream random(hashSeed({options.seed, std::uint64_t(plan.epoch), std::uint64_t(index),
                                          std::uint64_t(i), kSampleStream}));
            bool mirror = false;
            const torch::Tensor sample = sampleImage(pixels, random, mirror);
            writeNormalised(sample, mirror, options.mean.data(), options.std.data(), slots + kept * imageFloats);
            batch.imageIndices[static_cast<std::size_t>(kept)] = image;
            targetRows.fill(image, targets + kept * columns);
            ++kept;
        }
        if (kept < count) {
            batch.images = batch.images.narrow(0, 0, kept);
            batch.targets = batch.targets.narrow(0, 0, kept);
            batch.imageIndices.resize(static_cast<std::size_t>(kept));
        }
        if (options.training && options.augmentation.mixupAlpha > 0)
            mixup(batch, index, plan.epoch);
        return true;
    }

    void work()
    {
        torch::NoGradGuard noGrad; // thread-local
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [&] {
                return stopping || (started && !paused && !failure && nextToClaim < plan->batches
                                    && nextToClaim < nextToServe + options.prefetch);
            });
            if (stopping)
                return;
            const std::int64_t index = nextToClaim++;
            const std::shared_ptr<const EpochPlan> current = plan;
            const std::uint64_t forGeneration = generation;
            lock.unlock();
            Batch batch;
            std::exception_ptr error;
            bool made = false;
            try {
                made = makeBatch(*current, index, forGeneration, batch);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            if (generation != forGeneration)
                continue;
            if (error)
                failure = error;
            else if (made)
                prepared.emplace(index, std::move(batch));
            ready.notify_all();
        }
    }

    // Drops prepared and in-flight batches; the caller holds the mutex.
    void discardPrepared()
    {
        ++generation;
        prepared.clear();
        failure = nullptr;
        nextToClaim = nextToServe;
    }
};

BatchSource::BatchSource(std::shared_ptr<PackedImageCache> cache, const Dataset& dataset, std::vector<std::uint32_t> tags,
                         BatchOptions options)
    : BatchSource(cache ? std::make_shared<ImageStream>(dataset, cache) : nullptr, dataset, std::move(tags), std::move(options))
{
}

BatchSource::BatchSource(std::shared_ptr<ImageStream> images, const Dataset& dataset, std::vector<std::uint32_t> tags,
                         BatchOptions options)
{
    if (!images)
        throw std::invalid_argument("batch source: no images");
    if (&images->dataset() != &dataset)
        throw std::invalid_argument("batch source: the image stream reads another dataset");
    if (options.batchSize < 1 || options.inputSize < 1)
        throw std::invalid_argument("batch source: batch size and input size must be positive");
    if (options.mean.size() != 3 || options.std.size() != 3
        || std::any_of(options.std.begin(), options.std.end(), [](float s) { return !(s > 0); }))
        throw std::invalid_argument("batch source: mean and std need three values, std above zero");
    options.prefetch = std::max(1, options.prefetch);
    if (!options.training)
        options.sampler = SamplerKind::Sequential;
    impl_ = std::make_unique<Impl>(std::move(images), dataset, std::move(tags), std::move(options));
    Impl& d = *impl_;
    d.pinned = torch::cuda::is_available(); // page-locked host memory lets the trainer copy with non_blocking

    std::vector<std::uint32_t> rows;
    RowPositives positives;
    const bool needsLabels = d.options.sampler == SamplerKind::ClassAware || d.options.sampler == SamplerKind::RepeatFactor ||
        d.options.sampler == SamplerKind::PK;
    const std::vector<std::int32_t>& imageClasses = d.options.imageClasses;
    std::size_t classColumns = d.tags.size();
    for (std::int32_t c : imageClasses)
        classColumns = std::max(classColumns, static_cast<std::size_t>(c + 1));
    positives.offsets.push_back(0);
    // Every row is a candidate, readable or not: the order must not depend on what has failed so far.
    for (std::size_t row = 0; row < d.images->rows(); ++row) {
        const std::uint32_t image = d.images->images()[row];
        const bool pkClass = d.options.sampler == SamplerKind::PK && !imageClasses.empty();
        if (pkClass && (image >= imageClasses.size() || imageClasses[image] < 0))
            continue; // no class: a PK batch cannot use it
        rows.push_back(static_cast<std::uint32_t>(row));
        if (pkClass)
            positives.columns.push_back(static_cast<std::uint32_t>(imageClasses[image]));
        else if (needsLabels)
            d.targetRows.positives(image, positives.columns);
        if (needsLabels)
            positives.offsets.push_back(positives.columns.size());
    }
    d.candidates = rows.size();
    d.sampler = std::make_unique<EpochSampler>(d.options.sampler, std::move(rows), positives, classColumns,
                                               d.options.repeatThreshold, d.options.batchSize, d.options.imagesPerClass);
    d.plan = d.makePlan(0);
    for (int i = 0; i < d.options.workers; ++i)
        d.workers.emplace_back([&d] { d.work(); });
}

BatchSource::~BatchSource()
{
    {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->stopping = true;
    }
    impl_->wake.notify_all();
    for (std::thread& worker : impl_->workers)
        worker.join();
}

void BatchSource::startEpoch(int epoch, std::int64_t firstBatch)
{
    Impl& d = *impl_;
    std::shared_ptr<const EpochPlan> plan = d.makePlan(epoch); // outside the lock: a shuffle of millions of rows
    {
        std::lock_guard<std::mutex> lock(d.mutex);
        d.plan = std::move(plan);
        d.nextToServe = std::clamp<std::int64_t>(firstBatch, 0, d.plan->batches);
        d.discardPrepared();
        d.started = true;
        d.paused = false;
    }
    d.wake.notify_all();
}

bool BatchSource::next(Batch& batch, const CancelToken* cancel)
{
    Impl& d = *impl_;
    std::unique_lock<std::mutex> lock(d.mutex);
    if (!d.started) { // an epoch 0 that nobody started explicitly
        d.started = true;
        d.discardPrepared();
    }
    if (d.paused) { // resume after a cancelled call
        d.paused = false;
        d.discardPrepared();
    }
    if (d.nextToServe >= d.plan->batches || isCancelled(cancel))
        return false;
    if (d.workers.empty()) { // no worker threads: made here, on demand
        for (std::int64_t index = d.nextToServe; index < d.plan->batches; index = d.nextToServe) {
            const std::shared_ptr<const EpochPlan> plan = d.plan;
            const std::uint64_t forGeneration = d.generation;
            lock.unlock();
            torch::NoGradGuard noGrad;
            if (!d.makeBatch(*plan, index, forGeneration, batch))
                return false;
            lock.lock();
            if (d.generation != forGeneration)
                return true;
            d.nextToServe = index + 1;
            if (batch.images.size(0) > 0)
                return true;
            if (isCancelled(cancel))
                return false;
        }
        return false;
    }
    d.wake.notify_all();
    for (std::int64_t index = d.nextToServe;;) {
        if (d.failure) {
            std::exception_ptr failure = d.failure;
            d.discardPrepared();
            std::rethrow_exception(failure);
        }
        const auto found = d.prepared.find(index);
        if (found != d.prepared.end()) {
            batch = std::move(found->second);
            d.prepared.erase(found);
            d.nextToServe = ++index;
            if (batch.images.size(0) > 0)
                break;
            d.wake.notify_all(); // a batch of unreadable images only: on to the next
            if (index >= d.plan->batches)
                return false;
            continue;
        }
        if (isCancelled(cancel)) {
            // Stop the workers now; the next call starts again from this batch.
            d.paused = true;
            d.discardPrepared();
            return false;
        }
        d.ready.wait_for(lock, std::chrono::milliseconds(20));
    }
    lock.unlock();
    d.wake.notify_all();
    return true;
}

std::int64_t BatchSource::batchesPerEpoch() const
{
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->plan->batches;
}

std::size_t BatchSource::imageCount() const { return impl_->candidates; }

std::size_t BatchSource::queued() const
{
    std::lock_guard<std::mutex> lock(impl_->mutex);
    return impl_->prepared.size();
}

ImageStream& BatchSource::images() const { return *impl_->images; }

} // namespace tagscope
