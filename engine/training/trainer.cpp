#include "training/trainer.h"

#include "dataset/dataset_opener.h"
#include "dataset/statistics.h"
#include "losses/loss_registry.h"
#include "models/device.h"
#include "models/tagging_model.h"
#include "training/checkpoint.h"
#include "training/class_priors.h"
#include "training/distributed.h"
#include "training/image_list.h"
#include "training/learning_rate_schedule.h"
#include "training/loss_smoothing.h"
#include "training/metric_training.h"
#include "training/mixed_precision.h"
#include "training/model_export.h"
#include "training/run_files.h"
#include "training/training_cadence.h"
#include "training/training_images.h"

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

bool PauseGate::holding() const
{
    std::lock_guard<std::mutex> lock(mutex_);
    return holding_;
}

void PauseGate::waitWhilePaused(const CancelToken* cancel)
{
    std::unique_lock<std::mutex> lock(mutex_);
    while (paused_ && !isCancelled(cancel)) {
        holding_ = true;
        changed_.wait_for(lock, std::chrono::milliseconds(100)); // cancel is an atomic flag, not a notification
    }
    holding_ = false;
}

namespace {

using Clock = std::chrono::steady_clock;

// `localRank` picks the GPU of a data-parallel rank (one GPU per rank on a node) when the config names none.
torch::Device chooseDevice(const std::string& wanted, int localRank)
{
    if (wanted == "cpu")
        return torch::kCPU;
    if (wanted == "auto" && !torch::cuda::is_available())
        return torch::kCPU;
    if (!torch::cuda::is_available())
        throw std::invalid_argument("device: " + wanted + " requested, but this LibTorch sees no CUDA device");
    if (wanted == "auto" || wanted == "cuda")
        return torch::Device(torch::kCUDA, static_cast<torch::DeviceIndex>(localRank));
    return torch::Device(wanted);
}

// The images of a split, at most `limit` of them (a seeded sample, kept in dataset order).
std::vector<std::uint32_t> splitImages(const Dataset& dataset, Split split, std::size_t limit, std::uint64_t seed)
{
    std::vector<std::uint32_t> images = dataset.imagesOfSplit(split);
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

// The model's groups, then the loss's own (a metric loss's class weights or proxies). A loss group with its own
// learning rate gets no weight decay: its scale is normalised away, and decay would only slow it down.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig& c, TaggingModel& model, const std::vector<LossParameterGroup>& lossGroups)
{
    std::vector<torch::optim::OptimizerParamGroup> groups;
    for (const ParameterGroup& group : model->parameterGroups())
        groups.emplace_back(group.parameters);
    if (groups.empty())
        throw std::invalid_argument("the model has no trainable parameters");
    for (const LossParameterGroup& group : lossGroups) {
        const double lr = group.lr > 0 ? group.lr : c.lr, decay = group.lr > 0 ? 0.0 : c.weightDecay;
        if (c.optimizer == "sgd") {
            groups.emplace_back(group.parameters, std::make_unique<torch::optim::SGDOptions>(
                                                      torch::optim::SGDOptions(lr).momentum(c.momentum).nesterov(c.nesterov).weight_decay(decay)));
        } else {
            auto options = torch::optim::AdamWOptions(lr).weight_decay(decay);
            if (group.eps > 0)
                options.eps(group.eps);
            groups.emplace_back(group.parameters, std::make_unique<torch::optim::AdamWOptions>(options));
        }
    }
    if (c.optimizer == "sgd") {
        auto options = torch::optim::SGDOptions(c.lr).momentum(c.momentum).nesterov(c.nesterov).weight_decay(c.weightDecay);
        return std::make_unique<torch::optim::SGD>(groups, options);
    }
    return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(c.lr).weight_decay(c.weightDecay));
}

// Each group's learning rate is its base rate times the schedule's factor.
void setLearningRate(torch::optim::Optimizer& optimizer, const std::vector<double>& baseRates, double factor)
{
    for (std::size_t i = 0; i < optimizer.param_groups().size(); ++i)
        optimizer.param_groups()[i].options().set_lr(baseRates[i] * factor);
}

// A frozen backbone must not move: AdamW would still step a parameter whose gradient is a zero tensor (momentum,
// weight decay), so the gradients are dropped, not zeroed.
void setBackboneFrozen(TaggingModel& model, bool frozen)
{
    if (frozen == model->backboneFrozen())
        return;
    model->setBackboneFrozen(frozen);
    if (frozen)
        for (torch::Tensor& p : model->backbone()->parameters())
            p.mutable_grad() = torch::Tensor();
}

// Paths as the user gave them, made absolute: config.json then names the same files from any folder.
TrainingConfig withAbsolutePaths(TrainingConfig config)
{
    config.dataset = fs::absolute(config.dataset).lexically_normal().string();
    if (!config.classPriors.empty())
        config.classPriors = fs::absolute(config.classPriors).lexically_normal().string();
    if (!config.trainImages.empty())
        config.trainImages = fs::absolute(config.trainImages).lexically_normal().string();
    return config;
}

// Where a run stands, kept outside the training function so that an error escaping it can still be logged.
struct RunStanding {
    bool writesRun = false; // this process writes the run directory (rank 0), and it exists
    TrainingPosition position;
};

TrainingResult train(const TrainingConfig& requested, const std::string& runDirectory, TrainingObserver* observer,
                     const CancelToken* cancel, PauseGate* pause, RunStanding& standing)
{
    const TrainingConfig config = withAbsolutePaths(requested);
    ProgressReporter report(observer);
    // Under torchrun, `tagscope-cli launch` or SLURM, this process is one rank of a data-parallel run: rank 0
    // writes the run directory, every rank trains on its shard and reads the same checkpoint to resume.
    const DistributedSettings ranks = distributedSettingsFromEnvironment();
    std::unique_ptr<DistributedGroup> group;
    if (ranks.enabled()) {
        report.phase("Waiting for " + std::to_string(ranks.worldSize) + " ranks");
        group = std::make_unique<DistributedGroup>(
            ranks, std::chrono::milliseconds(static_cast<std::int64_t>(config.distributedTimeout * 1000)));
    }
    const bool writes = !group || group->isMain();
    RunFiles run(runDirectory);
    if (writes) {
        if (fs::exists(run.lastCheckpoint()))
            if (const std::string changes = describeConfigChanges(run.readConfig(), toJson(config)); !changes.empty())
                report.message("resuming " + runDirectory + " with a changed config (config.json now holds it): " + changes);
        run.writeConfig(toJson(config));
        standing.writesRun = true;
    }
    setTorchThreads(config.threads);
    torch::manual_seed(config.seed);
    const torch::Device device = chooseDevice(config.device, ranks.localRank);

    // Dataset, tags and images.
    report.phase("Opening the dataset");
    OpenOptions openOptions;
    openOptions.applyCorrections = config.useCorrections;
    OpenResult opened = openDataset(config.dataset, openOptions, report.callback("Opening the dataset"), cancel);
    if (isCancelled(cancel))
        return {TrainingResult::Status::Cancelled, "cancelled while opening the dataset"};
    const Dataset& dataset = opened.import.dataset;
    for (const CorrectionIssue& issue : opened.corrections.issues)
        report.message(formatIssue(issue));
    std::string bandsError;
    const std::optional<BandRule> bandRule = parseBandRule(config.bands, &bandsError);
    if (!bandRule)
        throw std::invalid_argument(bandsError);
    const DatasetStatistics statistics = computeStatistics(dataset, *bandRule);
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
    std::vector<std::uint32_t> trainImages = splitImages(dataset, trainSplit, config.maxTrainImages, config.seed);
    std::string trainCacheName = config.trainSplit;
    if (!config.trainImages.empty()) { // a fold of a cross-validation: the listed images, in a packed cache of their own
        trainImages = listedImages(dataset, trainImages, config.trainImages);
        trainCacheName += "-" + imageSubsetKey(trainImages);
    }
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
    if (writes)
        run.writeTags(dataset, columns, positives, bands);

    // The loss first: a metric loss decides what the batches hold. It trains the embedding head (or the pooled
    // features when there is none), may own trainable state, and class-based ones see one class per image.
    Backbone backbone = createBackbone(config.backbone);
    if (config.pooling == "max" && !backbone->setGlobalPooling(GlobalPooling::Max))
        throw std::invalid_argument("pooling: the " + config.backbone.name + " backbone pools its own way; use \"average\"");
    LossContext lossContext;
    lossContext.classPositives = positives;
    lossContext.trainImages = static_cast<double>(trainStats.images);
    lossContext.classes = static_cast<std::int64_t>(columns.size());
    lossContext.embeddingDim = config.embeddingDim > 0 ? config.embeddingDim : backbone->featureDim();
    std::vector<std::string> labelNames;
    for (std::uint32_t t : columns)
        labelNames.push_back(dataset.tag(t).labelName);
    if (!config.classPriors.empty()) // estimated by an earlier run (engine/losses/README.md: from a model trained in `ignore` mode)
        lossContext.classPriors = readClassPriors(config.classPriors, labelNames, priors);
    auto loss = createLoss(config.loss, config.lossParams, lossContext);
    auto* metricLoss = dynamic_cast<MetricLoss*>(loss.get());
    const std::shared_ptr<torch::nn::Module> lossState = metricLoss ? metricLoss->module() : nullptr;
    if (lossState)
        lossState->to(device);
    std::vector<std::int32_t> classOfImage; // class-based metric losses only
    if (metricLoss && metricLoss->classBased()) {
        classOfImage = imageClasses(dataset, columns, config.classTags);
        const auto usable = std::count_if(trainImages.begin(), trainImages.end(), [&](std::uint32_t i) { return classOfImage[i] >= 0; });
        if (usable < 2)
            throw std::invalid_argument(config.loss + ": needs training images with exactly one positive class tag; the " + config.trainSplit +
                                        " split has " + std::to_string(usable));
        if (static_cast<std::size_t>(usable) < trainImages.size())
            report.message(std::to_string(trainImages.size() - usable) + " training images have no single class tag and are left out of " +
                           config.loss);
    }

    // The images are streamed from their files (through the packed cache when it fits its budget); rank 0
    // alone validates, so only it reads the validation images.
    const int inputSize = static_cast<int>(effectiveInputSize(config.backbone));
    const int cacheSize = config.cacheSize ? config.cacheSize : (inputSize * 8 + 6) / 7;
    TrainingImages images = openTrainingImages(dataset, config, trainImages, writes ? valImages : std::vector<std::uint32_t>{}, cacheSize,
                                                trainCacheName);
    for (const std::string& line : images.messages)
        report.message(line);
    TrainingResult result;

    BatchOptions trainOptions;
    trainOptions.batchSize = config.batchSize;
    trainOptions.inputSize = inputSize;
    trainOptions.augmentation = config.augmentation;
    trainOptions.sampler = config.sampler;
    trainOptions.repeatThreshold = config.repeatThreshold;
    trainOptions.imagesPerClass = config.imagesPerClass;
    trainOptions.imageClasses = classOfImage;
    trainOptions.seed = config.seed;
    trainOptions.workers = config.workers;
    if (group) {
        trainOptions.shardRank = group->rank();
        trainOptions.shardCount = group->size();
    }
    BatchSource trainSource(images.train, dataset, columns, trainOptions);
    BatchOptions valOptions = trainOptions;
    valOptions.training = false;
    valOptions.sampler = SamplerKind::Sequential;
    std::unique_ptr<BatchSource> valSource;
    if (images.validation)
        valSource = std::make_unique<BatchSource>(images.validation, dataset, columns, valOptions);
    // Missing and corrupt images are named as the workers meet them, and counted.
    auto relayImageNotices = [&] {
        std::uint64_t skipped = 0;
        for (const std::shared_ptr<ImageStream>& stream : {images.train, images.validation})
            if (stream) {
                for (const std::string& line : stream->takeNotices())
                    report.message(line);
                skipped += stream->counts().failed;
            }
        result.skippedImages = skipped;
    };

    // Model and optimizer; a checkpoint in the run directory is resumed.
    TaggingModelOptions modelOptions;
    modelOptions.numClasses = static_cast<std::int64_t>(columns.size());
    modelOptions.dropout = config.dropout;
    modelOptions.priors = priors;
    modelOptions.embeddingDim = config.embeddingDim;
    modelOptions.normalizeEmbedding = !metricLoss || metricLoss->wantsNormalizedEmbeddings();
    modelOptions.embeddingLayerNorm = config.embeddingLayerNorm;
    TaggingModel model(backbone, modelOptions);
    model->to(device);
    if (config.channelsLast)
        for (auto& p : model->parameters())
            if (p.dim() == 4)
                p.set_data(p.data().contiguous(torch::MemoryFormat::ChannelsLast));
    const std::vector<LossParameterGroup> lossGroups = metricLoss ? metricLoss->parameterGroups() : std::vector<LossParameterGroup>{};
    auto optimizer = makeOptimizer(config, model, lossGroups);
    std::vector<double> baseRates(optimizer->param_groups().size(), config.lr);
    std::vector<torch::Tensor> trainable = model->parameters();
    for (std::size_t g = 0; g < lossGroups.size(); ++g) {
        baseRates[baseRates.size() - lossGroups.size() + g] = lossGroups[g].lr > 0 ? lossGroups[g].lr : config.lr;
        trainable.insert(trainable.end(), lossGroups[g].parameters.begin(), lossGroups[g].parameters.end());
    }
    TrainingPosition& position = standing.position;
    if (fs::exists(run.lastCheckpoint())) {
        position = loadCheckpoint(run.lastCheckpoint(), *model, optimizer.get(), lossState.get());
        report.message("resuming at epoch " + std::to_string(position.epoch + 1) + ", batch " + std::to_string(position.batch));
    }
    if (group) { // every rank starts from rank 0's weights
        std::vector<torch::Tensor> state = trainable;
        for (const torch::Tensor& buffer : model->buffers())
            state.push_back(buffer);
        group->broadcast(state);
    }
    ClassPriorEstimator priorEstimate(static_cast<std::int64_t>(columns.size()));
    std::string precisionNotice;
    MixedPrecision precision(config.amp, device, &precisionNotice);
    if (!precisionNotice.empty())
        report.message(precisionNotice);

    const std::int64_t batchesPerEpoch = trainSource.batchesPerEpoch();
    TrainingCadence cadence(config, batchesPerEpoch);
    ScheduleShape schedule{config.schedule, cadence.totalSteps(), batchesPerEpoch, config.warmupEpochs, config.stepSize, config.stepGamma};
    TrainingProgress& state = report.state();
    state.phase = "Training";
    state.epochs = cadence.epochs();
    state.batchesPerEpoch = batchesPerEpoch;
    state.totalSteps = schedule.totalSteps;
    if (position.bestMap >= 0)
        result.bestMap = position.bestMap;
    result.stepsDone = position.step;
    if (writes) // the device actually used, which the config may leave to "auto"
        run.appendMetrics({{"type", "start"}, {"epoch", position.epoch + 1}, {"step", position.step}, {"device", device.str()},
                           {"world_size", group ? group->size() : 1},
                           // the bands of map_head / map_medium / map_tail, and their cut-offs on this dataset
                           {"bands", formatBandRule(statistics.bandRule)},
                           {"head_above", statistics.thresholds.headAbove},
                           {"tail_below", statistics.thresholds.tailBelow},
                           // the review decisions applied to the dataset's labels (quality/corrections.h)
                           {"corrections", {{"hash", opened.corrections.hash.empty() ? nlohmann::json(nullptr) : nlohmann::json(opened.corrections.hash)},
                                            {"labels", opened.corrections.labels},
                                            {"left_out", opened.corrections.leftOut}}}});
    const auto runStart = Clock::now();
    const std::int64_t firstStep = position.step;
    LossSmoothing smoothing;
    // Scores the validation images into `summary` (rank 0; the others wait at the barrier that follows);
    // false when cancelled half-way: half a validation is no result.
    auto validate = [&](EpochSummary& summary) {
        summary.metricLearning = metricLoss != nullptr;
        if (valSource && writes) {
            report.phase("Evaluating");
            if (metricLoss)
                summary.retrieval = evaluateEmbeddings(model, *valSource, device, classOfImage, group ? nullptr : cancel);
            else
                summary.validation = evaluate(model, *valSource, device, bands, group ? nullptr : cancel);
            state.phase = "Training";
            relayImageNotices();
        }
        return group || !isCancelled(cancel);
    };
    // The best checkpoint follows validation mAP, or Recall@1 (in percent) for metric learning.
    auto judge = [&](EpochSummary& summary) {
        const bool scored = metricLoss ? summary.retrieval.complete : summary.validation.tagsEvaluated > 0;
        const double score = metricLoss ? (scored ? 100 * summary.retrieval.recallAtK.front() : 0) : summary.validation.map;
        summary.best = scored && score > position.bestMap;
        if (summary.best)
            position.bestMap = score;
    };

    for (int epoch = static_cast<int>(position.epoch); epoch < cadence.epochLimit() && position.step < cadence.stepLimit(); ++epoch) {
        const auto epochStart = Clock::now();
        if (config.backboneWarmupEpochs > 0)
            setBackboneFrozen(model, epoch < config.backboneWarmupEpochs);
        model->train();
        trainSource.startEpoch(epoch, position.batch);
        Batch batch;
        bool stopping = false;
        bool budgetReached = false; // max_steps ended the run inside this epoch
        // Distributed ranks learn of a cancel through the vote below, never by a batch source that stops alone.
        while (!(budgetReached = position.step >= cadence.stepLimit()) && trainSource.next(batch, group ? nullptr : cancel)) {
            if (pause)
                pause->waitWhilePaused(cancel);
            // Ranks stop together, at the same step: a rank left alone would wait in its next all-reduce.
            stopping = group ? group->any(isCancelled(cancel)) : isCancelled(cancel);
            if (stopping)
                break;
            const double factor = learningRateFactor(schedule, position.step);
            const double lr = config.lr * factor;
            setLearningRate(*optimizer, baseRates, factor);
            torch::Tensor images = batch.images.to(device, /*non_blocking=*/true);
            if (config.channelsLast)
                images = images.contiguous(torch::MemoryFormat::ChannelsLast);
            torch::Tensor value;
            if (metricLoss) {
                metricLoss->setIteration(position.step);
                {
                    const MixedPrecision::Scope autocast = precision.autocast();
                    value = metricBatchLoss(*metricLoss, model, images, batch, classOfImage);
                }
                if (!value.defined()) { // fewer than two images with a class: nothing to learn from
                    position.batch = batch.index + 1;
                    continue;
                }
            } else {
                torch::Tensor targets = batch.targets.to(device, true);
                if (config.labelSmoothing > 0) // smooth the annotated entries towards 1/2; unknown stays -1
                    targets = torch::where(targets.ge(0), targets * (1 - config.labelSmoothing) + config.labelSmoothing / 2, targets);
                const MixedPrecision::Scope autocast = precision.autocast();
                const torch::Tensor logits = model->forward(images).to(torch::kFloat);
                priorEstimate.add(logits);
                value = loss->compute(logits, targets);
            }
            double lossValue = value.item<double>();
            if (config.injectNanAtStep > 0 && position.step + 1 == config.injectNanAtStep)
                lossValue = std::nan("");
            const bool nonFinite = group ? group->any(!std::isfinite(lossValue)) : !std::isfinite(lossValue);
            if (nonFinite) {
                result.status = TrainingResult::Status::Failed;
                result.message = "the loss became " + std::string(std::isnan(lossValue) ? "NaN" : "infinite") + " at epoch " +
                    std::to_string(epoch + 1) + ", batch " + std::to_string(batch.index + 1) + "; training stopped " +
                    (fs::exists(run.lastCheckpoint()) ? "and the last good checkpoint, " + run.lastCheckpoint() + ", resumes the run"
                                                      : "before its first checkpoint (written at the end of epoch 1), so it starts again from scratch") +
                    " (try a lower learning rate or grad_clip)";
                if (writes)
                    run.appendMetrics({{"type", "error"}, {"epoch", epoch + 1}, {"step", position.step}, {"message", result.message}});
                report.message(result.message);
                return result;
            }
            optimizer->zero_grad();
            precision.lossForBackward(value).backward();
            if (group)
                group->averageGradients(trainable);
            // fp16: gradients back at their true size before clipping; a step that overflowed is skipped (on
            // every rank alike, as the averaged gradients are the same).
            if (precision.gradientsUsable(trainable)) {
                if (config.gradClipValue > 0)
                    torch::nn::utils::clip_grad_value_(trainable, config.gradClipValue);
                if (config.gradClip > 0)
                    torch::nn::utils::clip_grad_norm_(trainable, config.gradClip);
                optimizer->step();
            }
            ++position.step;
            result.stepsDone = position.step;
            position.batch = batch.index + 1;
            position.epochLossSum += lossValue;
            ++position.epochLossBatches;

            const double seconds = std::chrono::duration<double>(Clock::now() - runStart).count();
            state.epoch = epoch + 1;
            state.batch = batch.index + 1;
            state.step = position.step;
            state.loss = lossValue;
            state.smoothedLoss = smoothing.add(lossValue);
            state.learningRate = lr;
            const double stepsDone = static_cast<double>(position.step - firstStep);
            state.imagesPerSecond = seconds > 0 ? stepsDone * config.batchSize * (group ? group->size() : 1) / seconds : 0;
            state.etaSeconds = stepsDone > 0 ? seconds / stepsDone * static_cast<double>(schedule.totalSteps - position.step) : 0;
            report.send();
            if (position.step % config.logEvery == 0 && group)
                lossValue = group->sum(lossValue) / group->size(); // the logged loss is the mean over the ranks
            if (position.step % config.logEvery == 0 && writes)
                run.appendMetrics({{"type", "step"}, {"epoch", epoch + 1}, {"step", position.step}, {"loss", lossValue},
                                   {"lr", lr}, {"images_per_second", state.imagesPerSecond}});
            relayImageNotices();
            position.validationLossSum += lossValue;
            ++position.validationLossSteps;
            const bool endOfEpoch = position.batch >= trainSource.batchesPerEpoch();
            const bool lastStep = position.step >= cadence.stepLimit() || (endOfEpoch && epoch + 1 >= cadence.epochLimit());
            if (cadence.validationDue(position.step, endOfEpoch, lastStep)) {
                const auto validationStart = Clock::now();
                EpochSummary summary;
                summary.epoch = epoch + 1;
                summary.step = position.step;
                summary.trainLoss = position.validationLossSum / static_cast<double>(position.validationLossSteps);
                if (!validate(summary)) {
                    position.epoch = epoch;
                    saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
                    result.status = TrainingResult::Status::Cancelled;
                    result.message = "stopped while validating at step " + std::to_string(position.step) +
                        "; the checkpoint resumes at the next step";
                    result.epochsDone = epoch;
                    return result;
                }
                summary.seconds = std::chrono::duration<double>(Clock::now() - validationStart).count();
                judge(summary);
                position.validationLossSum = 0;
                position.validationLossSteps = 0;
                position.epoch = epoch;
                if (writes) {
                    run.appendValidation(summary);
                    if (summary.best)
                        saveCheckpoint(run.bestCheckpoint(), *model, *optimizer, position, lossState.get());
                }
                if (group)
                    group->barrier();
                if (position.bestMap >= 0)
                    result.bestMap = position.bestMap;
                if (observer)
                    observer->validated(summary);
            }
            if (writes && cadence.checkpointDue(position.step)) { // mid-epoch: resumes at the next batch
                position.epoch = epoch;
                saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
                cadence.checkpointWritten();
            }
        }
        if (group && !stopping)
            stopping = group->any(isCancelled(cancel));
        if (stopping || (!group && isCancelled(cancel))) {
            position.epoch = epoch;
            if (writes)
                saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
            result.status = TrainingResult::Status::Cancelled;
            result.message = "stopped at epoch " + std::to_string(epoch + 1) + ", batch " + std::to_string(position.batch) +
                "; the checkpoint resumes there";
            result.epochsDone = epoch;
            return result;
        }
        if (budgetReached && position.batch < trainSource.batchesPerEpoch()) { // max_steps inside the epoch
            position.epoch = epoch;
            if (writes)
                saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
            break;
        }

        EpochSummary summary;
        summary.epoch = epoch + 1;
        summary.step = position.step;
        summary.trainLoss = position.epochLossBatches ? position.epochLossSum / static_cast<double>(position.epochLossBatches) : 0;
        summary.metricLearning = metricLoss != nullptr;
        nlohmann::json weights = {{"type", "weights"}, {"epoch", epoch + 1}, {"world_size", group ? group->size() : 1},
                                  {"weight_fingerprint", weightFingerprint(trainable)}};
        if (group) {
            // The same BatchNorm statistics on every rank; then proof that the ranks hold the same model.
            group->averageBuffers(model->buffers());
            const std::vector<double> fingerprints = group->gather(weights["weight_fingerprint"].get<double>());
            weights["rank_fingerprints"] = fingerprints;
            const auto [low, high] = std::minmax_element(fingerprints.begin(), fingerprints.end());
            if (*high - *low > 1e-9 * std::max(1.0, std::abs(*high)))
                throw std::runtime_error("the ranks' weights diverged at epoch " + std::to_string(epoch + 1) +
                                         " (fingerprints differ); stop and resume from the last checkpoint");
        }
        // Rank 0 validates while the others wait at the barrier below; a run validated by steps did already.
        if (!cadence.validatesBySteps() && !validate(summary)) { // the checkpoint resumes with this validation
            position.epoch = epoch;
            saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
            result.status = TrainingResult::Status::Cancelled;
            result.message = "stopped while evaluating epoch " + std::to_string(epoch + 1) + "; the checkpoint resumes with its evaluation";
            result.epochsDone = epoch;
            return result;
        }
        summary.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
        judge(summary);
        position.epoch = epoch + 1;
        position.batch = 0;
        position.epochLossSum = 0;
        position.epochLossBatches = 0;
        if (writes) {
            run.appendEpoch(summary);
            run.appendMetrics(weights);
            if (priorEstimate.images() > 0) // the class-prior estimate, for a later `selective` run
                writeClassPriors(run.directory() + "/class_priors.json", priorEstimate.images(), labelNames, priorEstimate.priors(), priors);
            saveCheckpoint(run.lastCheckpoint(), *model, *optimizer, position, lossState.get());
            cadence.checkpointWritten();
            if (summary.best)
                saveCheckpoint(run.bestCheckpoint(), *model, *optimizer, position, lossState.get());
        }
        priorEstimate.reset();
        if (group)
            group->barrier();
        result.epochsDone = epoch + 1;
        if (position.bestMap >= 0)
            result.bestMap = position.bestMap;
        if (observer)
            observer->epochFinished(summary);
    }

    report.phase("Exporting the model");
    if (writes) {
        // model.pt holds the weights that `predict RUN` and `embed --model RUN` use: the best validation's.
        if (std::filesystem::exists(run.bestCheckpoint()))
            loadCheckpoint(run.bestCheckpoint(), *model, nullptr);
        exportTorchScript(model, inputSize, device, run.exportedModel(), /*embeddings=*/metricLoss != nullptr);
    }
    relayImageNotices();
    if (result.skippedImages)
        report.message(std::to_string(result.skippedImages) + " images were missing or corrupt and were left out");
    result.status = TrainingResult::Status::Finished;
    if (config.maxSteps > 0)
        result.message = "finished " + std::to_string(position.step) + (position.step == 1 ? " step (" : " steps (") +
            std::to_string(result.epochsDone) + (result.epochsDone == 1 ? " whole epoch)" : " whole epochs)");
    else
        result.message = "finished " + std::to_string(config.epochs) + (config.epochs == 1 ? " epoch" : " epochs");
    return result;
}

} // namespace

TrainingResult trainModel(const TrainingConfig& config, const std::string& runDirectory, TrainingObserver* observer,
                          const CancelToken* cancel, PauseGate* pause)
{
    RunStanding standing;
    try {
        return train(config, runDirectory, observer, cancel, pause, standing);
    } catch (const std::exception& error) {
        // Without this line a run that never started (a bad dataset path) would look in progress, then stopped.
        if (standing.writesRun)
            try {
                RunFiles(runDirectory).appendMetrics({{"type", "error"}, {"epoch", standing.position.epoch + 1},
                                                      {"step", standing.position.step}, {"message", error.what()}});
            } catch (const std::exception&) { // a full disk, say: the error itself still reaches the caller
            }
        throw;
    }
}

} // namespace tagscope
