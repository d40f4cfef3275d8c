#include "training/trainer.h"

#include "dataset/dataset_opener.h"
#include "dataset/statistics.h"
#include "losses/loss_registry.h"
#include "models/device.h"
#include "models/tagging_model.h"
#include "training/checkpoint.h"
#include "training/learning_rate_schedule.h"
#include "training/model_export.h"
#include "training/packed_image_cache.h"
#include "training/run_files.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>

namespace fs = std::filesystem;

namespace tagscope {

void PauseGate::pause()
{
    std::lock_guard<std::mutex> lock(mutex_);
    paused_ = true;
}

void PauseGate::resume()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        paused_ = false;
    }
    changed_.notify_all();
}

bool PauseGate::paused() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return paused_;
}

void PauseGate::waitWhilePaused(const CancelToken* cancel)
{
    std::unique_lock<std::mutex> lock(mutex_);
    while (paused_ && !isCancelled(cancel))
        changed_.wait_for(lock, std::chrono::milliseconds(100)); // cancel is an atomic flag, not a notification
}

namespace {

using Clock = std::chrono::steady_clock;

torch::Device chooseDevice(const std::string& wanted)
{
    if (wanted == "cpu")
        return torch::kCPU;
    if (wanted == "auto")
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (!torch::cuda::is_available())
        throw std::invalid_argument("device: " + wanted + " requested, but this LibTorch sees no CUDA device");
    return torch::Device(wanted);
}

// The images of a split, at most `limit` of them (a seeded sample, kept in dataset order).
std::vector<std::uint32_t> splitImages(const Dataset& dataset, Split split, std::size_t limit, std::uint64_t seed)
{
    std::vector<std::uint32_t> images;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        if (dataset.imageSplit(i) == split)
            images.push_back(static_cast<std::uint32_t>(i));
    if (limit && images.size() > limit) {
        std::mt19937_64 rng(seed);
        std::shuffle(images.begin(), images.end(), rng);
        images.resize(limit);
        std::sort(images.begin(), images.end());
    }
    return images;
}

class ProgressReporter {
public:
    explicit ProgressReporter(TrainingObserver* observer) : observer_(observer) {}
    void phase(const std::string& name, std::uint64_t done = 0, std::uint64_t total = 0)
    {
        state_.phase = name;
        state_.done = done;
        state_.total = total;
        send();
    }
    ProgressCallback callback(const std::string& name)
    {
        return [this, name](std::uint64_t done, std::uint64_t total, const std::string&) { phase(name, done, total); };
    }
    TrainingProgress& state() { return state_; }
    void send()
    {
        if (observer_)
            observer_->progress(state_);
    }
    void message(const std::string& text)
    {
        if (observer_)
            observer_->message(text);
    }

private:
    TrainingObserver* observer_;
    TrainingProgress state_;
};

MultilabelMetrics evaluate(TaggingModel& model, BatchSource& source, const torch::Device& device, const std::vector<TagBand>& bands,
                           const CancelToken* cancel)
{
    torch::NoGradGuard noGrad;
    model->eval();
    source.startEpoch(0);
    std::vector<float> scores;
    std::vector<std::int8_t> targets;
    Batch batch;
    while (source.next(batch, cancel)) {
        const torch::Tensor probabilities = torch::sigmoid(model->forward(batch.images.to(device))).to(torch::kCPU).contiguous();
        const torch::Tensor t = batch.targets.round().to(torch::kInt8).contiguous();
        scores.insert(scores.end(), probabilities.data_ptr<float>(), probabilities.data_ptr<float>() + probabilities.numel());
        targets.insert(targets.end(), t.data_ptr<std::int8_t>(), t.data_ptr<std::int8_t>() + t.numel());
    }
    model->train();
    return evaluateMultilabel(scores, targets, bands.size(), bands);
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig& c, TaggingModel& model)
{
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (const ParameterGroup& group : model->parameterGroups())
        groups.emplace_back(group.parameters);
    if (groups.empty())
        throw std::invalid_argument("the model has no trainable parameters");
    if (c.optimizer == "sgd") {
        auto options = torch::optim::SGDOptions(c.lr).momentum(c.momentum).nesterov(c.nesterov).weight_decay(c.weightDecay);
        return std::make_unique<torch::optim::SGD>(groups, options);
    }
    return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(c.lr).weight_decay(c.weightDecay));
}

void setLearningRate(torch::optim::Optimizer& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(lr);
}

} // namespace

TrainingResult trainModel(const TrainingConfig& config, const std::string& runDirectory, TrainingObserver* observer,
                          const CancelToken* cancel, PauseGate* pause)
{
    ProgressReporter report(observer);
    RunFiles run(runDirectory);
    run.writeConfig(toJson(config));
    setTorchThreads(config.threads);
    torch::manual_seed(config.seed);
    const torch::Device device = chooseDevice(config.device);

    // Dataset, tags and images.
    report.phase("Opening the dataset");
    OpenResult opened = openDataset(config.dataset, {}, report.callback("Opening the dataset"), cancel);
    if (isCancelled(cancel))
        return {TrainingResult::Status::Cancelled, "cancelled while opening the dataset"};
    const Dataset& dataset = opened.import.dataset;
    const DatasetStatistics statistics = computeStatistics(dataset);
    const Split trainSplit = *splitFromName(config.trainSplit);
    const Split valSplit = *splitFromName(config.valSplit);
    const SplitStatistics& trainStats = statistics.splits[static_cast<int>(trainSplit)];
    std::vector<std::uint32_t> columns;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        if (trainStats.tags[t].positive >= static_cast<std::uint64_t>(std::max(1, config.minTagPositives))
            && (config.tags == "all" || dataset.tag(t).trainable))
            columns.push_back(t);
    if (columns.empty())
        throw std::invalid_argument("no tag has " + std::to_string(config.minTagPositives) + " or more positives in the " +
                                    config.trainSplit + " split of " + config.dataset);
    const std::vector<std::uint32_t> trainImages = splitImages(dataset, trainSplit, config.maxTrainImages, config.seed);
    const std::vector<std::uint32_t> valImages = splitImages(dataset, valSplit, config.maxValImages, config.seed + 1);
    if (trainImages.empty())
        throw std::invalid_argument("the " + config.trainSplit + " split of " + config.dataset + " has no images");
    std::vector<double> positives, priors;
    std::vector<TagBand> bands;
    for (std::uint32_t t : columns) {
        positives.push_back(static_cast<double>(trainStats.tags[t].positive));
        priors.push_back(positives.back() / static_cast<double>(trainStats.images));
        bands.push_back(statistics.bands[t]);
    }
    run.writeTags(dataset, columns, positives, bands);

    // Packed caches: every image decoded once at the cache size.
    const int inputSize = static_cast<int>(effectiveInputSize(config.backbone));
    const int cacheSize = config.cacheSize ? config.cacheSize : (inputSize * 8 + 6) / 7;
    PackedCacheReport trainReport, valReport;
    auto trainCache = PackedImageCache::build(dataset, trainImages, cacheSize, PackedImageCache::defaultPath(dataset, config.trainSplit, cacheSize),
                                              report.callback("Decoding training images"), cancel, &trainReport);
    if (!trainCache)
        return {TrainingResult::Status::Cancelled, "cancelled while decoding images"};
    std::shared_ptr<PackedImageCache> valCache;
    if (!valImages.empty()) {
        valCache = PackedImageCache::build(dataset, valImages, cacheSize, PackedImageCache::defaultPath(dataset, config.valSplit, cacheSize),
                                           report.callback("Decoding validation images"), cancel, &valReport);
        if (!valCache)
            return {TrainingResult::Status::Cancelled, "cancelled while decoding images"};
    }
    TrainingResult result;
    result.skippedImages = trainReport.failed + valReport.failed;
    for (const std::string& failure : trainReport.failures)
        report.message("skipped " + failure);
    if (result.skippedImages)
        report.message(std::to_string(result.skippedImages) + " images are missing or corrupt and are left out");

    BatchOptions trainOptions;
    trainOptions.batchSize = config.batchSize;
    trainOptions.inputSize = inputSize;
    trainOptions.augmentation = config.augmentation;
    trainOptions.sampler = config.sampler;
    trainOptions.repeatThreshold = config.repeatThreshold;
    trainOptions.seed = config.seed;
    trainOptions.workers = config.workers;
    BatchSource trainSource(trainCache, dataset, columns, trainOptions);
    BatchOptions valOptions = trainOptions;
    valOptions.training = false;
    valOptions.sampler = SamplerKind::Sequential;
    std::unique_ptr<BatchSource> valSource;
    if (valCache)
        valSource = std::make_unique<BatchSource>(valCache, dataset, columns, valOptions);

    // Model, loss, optimizer; a checkpoint in the run directory is resumed.
    TaggingModelOptions modelOptions;
    modelOptions.numClasses = static_cast<std::int64_t>(columns.size());
    modelOptions.dropout = config.dropout;
    modelOptions.priors = priors;
    modelOptions.embeddingDim = config.embeddingDim;
    TaggingModel model(createBackbone(config.backbone), modelOptions);
    model->to(device);
    if (config.channelsLast)
        for (auto& p : model->parameters())
            if (p.dim() == 4)
                p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast));
    LossContext lossContext;
    lossContext.classPositives = positives;
    lossContext.trainImages = static_cast<double>(trainStats.images);
    auto loss = createLoss(config.loss, config.lossParams, lossContext);
    auto optimizer = makeOptimizer(config, model);
    TrainingPosition position;
    if (fs::exists(run.lastCheckpoint())) {
        position = loadCheckpoint(run.lastCheckpoint(), *model, optimizer.get());
        report.message("resuming at epoch " + std::to_string(position.epoch + 1) + ", batch " + std::to_string(position.batch));
    }

    const std::int64_t batchesPerEpoch = trainSource.batchesPerEpoch();
    ScheduleShape schedule{config.schedule, batchesPerEpoch * config.epochs, batchesPerEpoch, config.warmupEpochs, config.stepSize, config.stepGamma};
    TrainingProgress& state = report.state();
    state.phase = "Training";
    state.epochs = config.epochs;
    state.batchesPerEpoch = batchesPerEpoch;
    state.totalSteps = schedule.totalSteps;
    result.bestMap = position.bestMap;
    const auto runStart = Clock::now();
    const std::int64_t firstStep = position.step;

    for (int epoch = static_cast<int>(position.epoch); epoch < config.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        model->train();
        trainSource.startEpoch(epoch, position.batch);
        double lossSum = 0;
        std::int64_t lossCount = 0;
        Batch batch;
        while (trainSource.next(batch, cancel)) {
            if (pause)
                pause->waitWhilePaused(cancel);
            if (isCancelled(cancel))
                break;
            const double lr = config.lr * learningRateFactor(schedule, position.step);
            setLearningRate(*optimizer, lr);
            torch::Tensor images = batch.images.to(device, /*non_blocking=*/true);
            if (config.channelsLast)
                images = images.contiguous(torch::MemoryFormat::ChannelsLast);
            torch::Tensor targets = batch.targets.to(device, true);
            if (config.labelSmoothing > 0) // smooth the annotated entries towards 1/2; unknown stays -1
                targets = torch::where(targets.ge(0), targets * (1 - config.labelSmoothing) + config.labelSmoothing / 2, targets);
            const torch::Tensor value = loss->compute(model->forward(images).to(torch::kFloat), targets);
            double lossValue = value.item<double>();
            if (config.injectNanAtStep > 0 && position.step + 1 == config.injectNanAtStep)
                lossValue = std::nan("");
            if (!std::isfinite(lossValue)) {
                result.status = TrainingResult::Status::Failed;
                result.message = "the loss became " + std::string(std::isnan(lossValue) ? "NaN" : "infinite") + " at epoch " +
                    std::to_string(epoch + 1) + ", batch " + std::to_string(batch.index + 1) +
                    "; training stopped and the last good checkpoint is kept (try a lower learning rate or grad_clip)";
                run.appendMetrics({{"type", "error"}, {"epoch", epoch + 1}, {"step", position.step}, {"message", result.message}});
                report.message(result.message);
                return result;
            }
            optimizer->zero_grad();
            value.backward();
            if (config.gradClip > 0)
                torch::nn::utils::clip_grad_norm_(model->parameters(), config.gradClip);
            optimizer->step();
            ++position.step;
            position.batch = batch.index + 1;
            lossSum += lossValue;
            ++lossCount;

            const double seconds = std::chrono::duration<double>(Clock::now() - runStart).count();
            state.epoch = epoch + 1;
            state.batch = batch.index + 1;
            state.step = position.step;
            state.loss = lossValue;
            state.smoothedLoss = state.smoothedLoss == 0 ? lossValue : 0.98 * state.smoothedLoss + 0.02 * lossValue;
            state.learningRate = lr;
            const double stepsDone = static_cast<double>(position.step - firstStep);
            state.imagesPerSecond = seconds > 0 ? stepsDone * config.batchSize / seconds : 0;
            state.etaSeconds = stepsDone > 0 ? seconds / stepsDone * static_cast<double>(schedule.totalSteps - position.step) : 0;
            report.send();
            if (position.step % config.logEvery == 0)
                run.appendMetrics({{"type", "step"}, {"epoch", epoch + 1}, {"step", position.step}, {"loss", lossValue},
                                   {"lr", lr}, {"images_per_second", state.imagesPerSecond}});
        }
        if (isCancelled(cancel)) {
            position.epoch = epoch;
            saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position);
            result.status = TrainingResult::Status::Cancelled;
            result.message = "stopped at epoch " + std::to_string(epoch + 1) + ", batch " + std::to_string(position.batch) +
                "; the checkpoint resumes there";
            result.epochsDone = epoch;
            return result;
        }

        EpochSummary summary;
        summary.epoch = epoch + 1;
        summary.trainLoss = lossCount ? lossSum / static_cast<double>(lossCount) : 0;
        if (valSource) {
            report.phase("Evaluating");
            summary.validation = evaluate(model, *valSource, device, bands, cancel);
            state.phase = "Training";
        }
        summary.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        summary.best = summary.validation.tagsEvaluated > 0 && summary.validation.map > position.bestMap;
        if (summary.best)
            position.bestMap = summary.validation.map;
        position.epoch = epoch + 1;
        position.batch = 0;
        run.appendEpoch(summary);
        saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position);
        if (summary.best)
            saveCheckpoint(run.bestCheckpoint(), *model, *optimizer, position);
        result.epochsDone = epoch + 1;
        result.bestMap = position.bestMap;
        if (observer)
            observer->epochFinished(summary);
    }

    report.phase("Exporting the model");
    exportTorchScript(model, inputSize, device, run.exportedModel());
    result.status = TrainingResult::Status::Finished;
    result.message = "finished " + std::to_string(config.epochs) + " epochs";
    return result;
}

} // namespace tagscope
