// What the README promises of training options, through trainModel as `tagscope-cli train` and the window call it,
// with tiny runs (the small CNN at 32 px, one to a dozen batches of 16): `db` takes its class counts from the
// training split, `partial` in `selective` mode reads the class_priors.json an earlier run wrote, the class-aware
// and repeat-factor samplers feed the trainer, every preset in resources/configs trains, the learning-rate
// schedules follow their formulas, SGD (momentum, Nesterov), AdamW, weight decay, label smoothing and gradient
// clipping make the first update their formulas give, stochastic depth acts in training, and model.pt gives the
// checkpoint's logits and embeddings (in Python too, with torch.jit.load).
//
// The first step is replayed: a run with learning rate 0 keeps its initial weights in its checkpoint; the test
// rebuilds that model, draws the first batch from the run's own packed cache and computes, with its own reading
// of each formula, the loss the trainer should have logged or the update it should have made.
#include "losses/loss_registry.h"
#include "losses/metric/metric_loss.h"
#include "models/backbone_factory.h"
#include "models/tagging_model.h"
#include "training/batch_source.h"
#include "training/checkpoint.h"
#include "training/packed_image_cache.h"
#include "training/trainer.h"

#include <torch/script.h>
#include <torch/torch.h>

#include "ci_requirements.h"
#include "common/npy.h"
#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>

using namespace tagscope;

namespace {

constexpr int kCacheSize = 36; // every run below packs its images at this size, the replays read the same cache

nlohmann::json readJson(const QString& path)
{
    std::ifstream in(path.toStdString());
    return nlohmann::json::parse(in);
}

// The lines of a run's metrics.jsonl of one type ("step", "epoch").
std::vector<nlohmann::json> metricLines(const QString& run, const std::string& type)
{
    std::vector<nlohmann::json> lines;
    std::ifstream in((run + "/metrics.jsonl").toStdString());
    for (std::string line; std::getline(in, line);) {
        const nlohmann::json json = nlohmann::json::parse(line);
        if (json.value("type", "") == type)
            lines.push_back(json);
    }
    return lines;
}

double firstLoss(const QString& run)
{
    const std::vector<nlohmann::json> steps = metricLines(run, "step");
    return steps.empty() ? std::nan("") : steps.front().at("loss").get<double>();
}

bool agree(double a, double b, double relative = 1e-4) { return std::abs(a - b) <= relative * std::max({std::abs(a), std::abs(b), 1e-6}); }

// A run's model, as the trainer built it, with the weights of its last checkpoint.
struct RunModel {
    TaggingModel model{nullptr};
    std::vector<std::uint32_t> columns; // dataset tag of each output
};

RunModel loadRunModel(const QString& run, const TrainingConfig& config, const Dataset& dataset)
{
    RunModel result;
    for (const nlohmann::json& tag : readJson(run + "/tags.json"))
        result.columns.push_back(*dataset.findTag(tag.at("label_name").get<std::string>()));
    Backbone backbone = createBackbone(config.backbone);
    if (config.pooling == "max")
        backbone->setGlobalPooling(GlobalPooling::Max);
    LossContext context;
    context.classPositives.assign(result.columns.size(), 1);
    context.trainImages = 2;
    context.classes = static_cast<std::int64_t>(result.columns.size());
    context.embeddingDim = config.embeddingDim > 0 ? config.embeddingDim : backbone->featureDim();
    const std::unique_ptr<Loss> loss = createLoss(config.loss, config.lossParams, context);
    const auto* metric = dynamic_cast<const MetricLoss*>(loss.get());
    TaggingModelOptions options;
    options.numClasses = static_cast<std::int64_t>(result.columns.size());
    options.dropout = config.dropout;
    options.embeddingDim = config.embeddingDim;
    options.normalizeEmbedding = !metric || metric->wantsNormalizedEmbeddings();
    options.embeddingLayerNorm = config.embeddingLayerNorm;
    result.model = TaggingModel(backbone, options);
    loadCheckpoint((run + "/checkpoints/last.pt").toStdString(), *result.model, nullptr);
    return result;
}

// The first batch of a run's first epoch, from the packed cache it trained on, drawn as the trainer draws it.
Batch firstBatch(const TrainingConfig& config, const Dataset& dataset, const std::vector<std::uint32_t>& columns,
                 SamplerKind sampler, bool training = true)
{
    const auto cache = PackedImageCache::open(PackedImageCache::defaultPath(dataset, config.trainSplit, kCacheSize));
    if (!cache)
        qFatal("no packed cache for the run");
    BatchOptions options;
    options.batchSize = config.batchSize;
    options.inputSize = static_cast<int>(effectiveInputSize(config.backbone));
    options.training = training;
    options.augmentation = config.augmentation;
    options.sampler = training ? sampler : SamplerKind::Sequential;
    options.repeatThreshold = config.repeatThreshold;
    options.seed = config.seed;
    options.workers = 1;
    BatchSource source(cache, dataset, columns, options);
    source.startEpoch(0, 0);
    Batch batch;
    if (!source.next(batch))
        qFatal("the run's cache gives no batch");
    return batch;
}

// The loss of the run's model (initial weights: learning rate 0) on its first batch, for a given loss context.
double replayedLoss(RunModel& run, const Batch& batch, const TrainingConfig& config, const LossContext& context)
{
    run.model->train();
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = run.model->forward(batch.images);
    return createLoss(config.loss, config.lossParams, context)->compute(logits, batch.targets).item<double>();
}

// Per column: training-split positives counted from the labels, and the split's size.
LossContext countsOf(const Dataset& dataset, const std::vector<std::uint32_t>& columns, Split split)
{
    LossContext context;
    context.classPositives.assign(columns.size(), 0);
    for (std::size_t image = 0; image < dataset.imageCount(); ++image) {
        if (dataset.imageSplit(image) != split)
            continue;
        context.trainImages += 1;
        for (std::size_t c = 0; c < columns.size(); ++c)
            context.classPositives[c] += dataset.labelState(image, columns[c]) == LabelState::Positive;
    }
    context.classes = static_cast<std::int64_t>(columns.size());
    return context;
}

QString configsFolder() { return QStringLiteral(TAGSCOPE_TEST_DATA "/../../resources/configs"); }

} // namespace

class TestTrainingOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dbLossCountsTheTrainingSplit();
    void selectiveModeReadsTheEarlierRunsPriors();
    void samplersFeedTheTrainer_data();
    void samplersFeedTheTrainer();
    void presetsTrain_data();
    void presetsTrain();
    void schedulesFollowTheirFormulas_data();
    void schedulesFollowTheirFormulas();
    void firstUpdateFollowsTheOptimiser_data();
    void firstUpdateFollowsTheOptimiser();
    void stochasticDepthActsInTraining();
    void exportedModelGivesTheCheckpointsOutputs_data();
    void exportedModelGivesTheCheckpointsOutputs();
    void exportedModelRunsInPython();

private:
    // One batch of 16 images an epoch, learning rate 0, CPU, one thread: what the replays need.
    TrainingConfig tiny(const QString& dataset) const
    {
        TrainingConfig c;
        c.dataset = dataset.toStdString();
        c.backbone.name = "small_cnn";
        c.backbone.inputSize = 32;
        c.cacheSize = kCacheSize;
        c.loss = "bce";
        c.lr = 0;
        c.schedule = "constant";
        c.epochs = 1;
        c.batchSize = 16;
        c.maxTrainImages = 16;
        c.maxValImages = 16;
        c.workers = 1;
        c.threads = 1;
        c.device = "cpu";
        c.seed = 11;
        c.logEvery = 1;
        c.augmentation.randomResizedCrop = false;
        return c;
    }
    QString train(const TrainingConfig& config, const QString& name)
    {
        const QString run = dir_.filePath(name);
        TrainingResult result;
        try {
            result = trainModel(config, run.toStdString());
        } catch (const std::exception& error) {
            qWarning("%s: %s", qPrintable(name), error.what());
            return {};
        }
        if (result.status != TrainingResult::Status::Finished)
            qWarning("%s: %s", qPrintable(name), result.message.c_str());
        return result.status == TrainingResult::Status::Finished ? run : QString();
    }

    QTemporaryDir dir_;
    QString demo_, singleItem_;
    Dataset dataset_;
};

void TestTrainingOptions::initTestCase()
{
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo::exists("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"),
                           "Fashion-MNIST is not installed (apt install dataset-fashion-mnist)");
    QVERIFY(dir_.isValid());
    demo_ = dir_.filePath("demo");
    singleItem_ = dir_.filePath("single-item");
    DemoOptions options;
    options.images = 400;
    options.imageSize = 32;
    options.seed = 3;
    options.outputFolder = demo_.toStdString();
    generateDemoDataset(options);
    options.singleItem = true;
    options.outputFolder = singleItem_.toStdString();
    generateDemoDataset(options);
    dataset_ = loadDataset(demo_.toStdString()).dataset;
}

void TestTrainingOptions::dbLossCountsTheTrainingSplit()
{
    TrainingConfig config = tiny(demo_);
    config.loss = "db";
    const QString run = train(config, "db");
    QVERIFY(!run.isEmpty());
    RunModel model = loadRunModel(run, config, dataset_);
    const Batch batch = firstBatch(config, dataset_, model.columns, config.sampler);
    const double logged = firstLoss(run);
    const double fromTraining = replayedLoss(model, batch, config, countsOf(dataset_, model.columns, Split::Train));
    const double fromValidation = replayedLoss(model, batch, config, countsOf(dataset_, model.columns, Split::Validation));
    QVERIFY2(agree(logged, fromTraining), qPrintable(QString("logged %1, replayed %2").arg(logged, 0, 'g', 9).arg(fromTraining, 0, 'g', 9)));
    // Counts of another split give another loss, so the replay tells the two apart.
    QVERIFY2(!agree(logged, fromValidation, 1e-3), qPrintable(QString("%1 vs %2").arg(logged, 0, 'g', 9).arg(fromValidation, 0, 'g', 9)));
}

void TestTrainingOptions::selectiveModeReadsTheEarlierRunsPriors()
{
    // The earlier run (partial labels, `ignore` mode) writes its estimate of each tag's prior.
    TrainingConfig first = tiny(demo_);
    first.loss = "partial";
    first.lossParams = {{"mode", "ignore"}};
    const QString earlier = train(first, "partial-ignore");
    QVERIFY(!earlier.isEmpty());
    const nlohmann::json estimate = readJson(earlier + "/class_priors.json");
    std::map<std::string, double> prior, annotated;
    std::string widest;
    for (const nlohmann::json& tag : estimate.at("tags")) {
        const std::string name = tag.at("label_name").get<std::string>();
        prior[name] = tag.at("prior").get<double>();
        annotated[name] = tag.at("annotated").get<double>();
        if (widest.empty() || std::abs(prior[name] - annotated[name]) > std::abs(prior[widest] - annotated[widest]))
            widest = name;
    }
    QVERIFY(!widest.empty());
    // A threshold between the estimate and the annotated frequency of one tag: only the estimate ignores that tag's
    // unannotated entries, so the file is what decides the loss.
    const double threshold = (prior[widest] + annotated[widest]) / 2;
    TrainingConfig second = tiny(demo_);
    second.loss = "partial";
    second.lossParams = {{"mode", "selective"}, {"prior_threshold", threshold}, {"likelihood_topk", 0}};
    second.classPriors = earlier.toStdString();
    const QString run = train(second, "partial-selective");
    QVERIFY(!run.isEmpty());

    RunModel model = loadRunModel(run, second, dataset_);
    const Batch batch = firstBatch(second, dataset_, model.columns, second.sampler);
    LossContext fromFile, fromAnnotation;
    for (std::uint32_t tag : model.columns) {
        fromFile.classPriors.push_back(prior.at(dataset_.tag(tag).labelName));
        fromAnnotation.classPriors.push_back(annotated.at(dataset_.tag(tag).labelName));
    }
    const double logged = firstLoss(run);
    const double expected = replayedLoss(model, batch, second, fromFile);
    const double withoutFile = replayedLoss(model, batch, second, fromAnnotation);
    QVERIFY2(agree(logged, expected), qPrintable(QString("logged %1, replayed %2").arg(logged, 0, 'g', 9).arg(expected, 0, 'g', 9)));
    QVERIFY2(!agree(logged, withoutFile, 1e-3), qPrintable(QString("the priors file changed nothing: %1").arg(withoutFile, 0, 'g', 9)));
}

void TestTrainingOptions::samplersFeedTheTrainer_data()
{
    QTest::addColumn<int>("sampler");
    QTest::newRow("class-aware") << int(SamplerKind::ClassAware);
    QTest::newRow("repeat factor") << int(SamplerKind::RepeatFactor);
}

void TestTrainingOptions::samplersFeedTheTrainer()
{
    QFETCH(int, sampler);
    TrainingConfig config = tiny(demo_);
    config.sampler = SamplerKind(sampler);
    config.repeatThreshold = 0.3; // most images hold a tag rarer than that: they are repeated
    config.maxTrainImages = 96;
    const QString run = train(config, QString("sampler-%1").arg(sampler));
    QVERIFY(!run.isEmpty());
    RunModel model = loadRunModel(run, config, dataset_);
    const LossContext none;
    // The first step trained on the sampler's first batch, not on the random order's.
    const double logged = firstLoss(run);
    const double sampled = replayedLoss(model, firstBatch(config, dataset_, model.columns, config.sampler), config, none);
    const double random = replayedLoss(model, firstBatch(config, dataset_, model.columns, SamplerKind::Random), config, none);
    QVERIFY2(agree(logged, sampled), qPrintable(QString("logged %1, replayed %2").arg(logged, 0, 'g', 9).arg(sampled, 0, 'g', 9)));
    QVERIFY(!agree(logged, random, 1e-3));
    // And an epoch has as many steps as the sampler's epoch has batches (repeated images make it longer).
    const auto cache = PackedImageCache::open(PackedImageCache::defaultPath(dataset_, config.trainSplit, kCacheSize));
    BatchOptions options;
    options.batchSize = config.batchSize;
    options.inputSize = 32;
    options.sampler = config.sampler;
    options.repeatThreshold = config.repeatThreshold;
    options.seed = config.seed;
    const std::int64_t batches = BatchSource(cache, dataset_, model.columns, options).batchesPerEpoch();
    QCOMPARE(std::int64_t(metricLines(run, "step").size()), batches);
    if (config.sampler == SamplerKind::RepeatFactor)
        QVERIFY(batches > 96 / 16);
}

void TestTrainingOptions::presetsTrain_data()
{
    QTest::addColumn<QString>("file");
    const QStringList presets = QDir(configsFolder()).entryList({"*.json"}, QDir::Files, QDir::Name);
    QVERIFY(presets.size() >= 5);
    for (const QString& preset : presets)
        QTest::newRow(qPrintable(preset)) << QDir(configsFolder()).filePath(preset);
}

void TestTrainingOptions::presetsTrain()
{
    QFETCH(QString, file);
    nlohmann::json json = readJson(file);
    const std::string loss = json.at("loss").get<std::string>();
    const bool metric = findLoss(loss) && findLoss(loss)->description.family == "metric";
    json["dataset"] = (metric ? singleItem_ : demo_).toStdString();
    // The preset as shipped passes validation.
    TrainingConfig shipped;
    try {
        shipped = trainingConfigFromJson(json);
    } catch (const std::exception& error) {
        QFAIL(qPrintable(file + ": " + error.what()));
    }
    // Shrunk to a few steps of the small CNN on the CPU; everything else is the preset's.
    json["backbone"] = {{"name", "small_cnn"}, {"input_size", 32}};
    json["cache_size"] = kCacheSize;
    json["epochs"] = 1;
    json["batch_size"] = 32;
    json["max_train_images"] = 96;
    json["max_val_images"] = 32;
    json["workers"] = 1;
    json["device"] = "cpu";
    json["amp"] = "off"; // mixed precision is for CUDA
    json["log_every"] = 1;
    const TrainingConfig shrunk = trainingConfigFromJson(json);
    const QString run = train(shrunk, "preset-" + QFileInfo(file).baseName());
    QVERIFY(!run.isEmpty());
    QVERIFY(QFile::exists(run + "/model.pt"));
    QVERIFY(!metricLines(run, "step").empty());
    for (const nlohmann::json& step : metricLines(run, "step"))
        QVERIFY(std::isfinite(step.at("loss").get<double>()));
    // The run trained what the preset names.
    const nlohmann::json written = readJson(run + "/config.json");
    QCOMPARE(written.at("loss").get<std::string>(), shipped.loss);
    QCOMPARE(written.at("optimizer").get<std::string>(), shipped.optimizer);
    QCOMPARE(written.at("schedule").get<std::string>(), shipped.schedule);
    QVERIFY(written.at("sampler") == toJson(shipped).at("sampler"));
    for (const auto& [key, value] : shipped.lossParams.items())
        QVERIFY2(written.at("loss_params").at(key) == value, key.c_str());
}

void TestTrainingOptions::schedulesFollowTheirFormulas_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<double>("warmupEpochs");
    QTest::newRow("cosine with warm-up") << "cosine" << 1.0;
    QTest::newRow("one-cycle") << "onecycle" << 0.0;
    QTest::newRow("step") << "step" << 0.0;
    QTest::newRow("step with warm-up") << "step" << 0.5;
}

void TestTrainingOptions::schedulesFollowTheirFormulas()
{
    QFETCH(QString, schedule);
    QFETCH(double, warmupEpochs);
    TrainingConfig config = tiny(demo_);
    config.lr = 0.01;
    config.schedule = schedule.toStdString();
    config.warmupEpochs = warmupEpochs;
    config.stepSize = 1;
    config.stepGamma = 0.5;
    config.maxTrainImages = 64; // 4 steps an epoch
    config.epochs = 3;
    const QString run = train(config, QString("schedule-%1-%2").arg(schedule).arg(warmupEpochs));
    QVERIFY(!run.isEmpty());
    const std::vector<nlohmann::json> steps = metricLines(run, "step");
    QCOMPARE(int(steps.size()), 12);
    const double pi = std::acos(-1.0), total = 12, perEpoch = 4, warmup = warmupEpochs * perEpoch;
    for (const nlohmann::json& line : steps) {
        const double t = line.at("step").get<double>() - 1; // the rate a step trains with is set before it
        double factor = 1;
        if (schedule == "onecycle") {
            // Smith & Topin: cosine up from lr/25 over the first 30 %, cosine down to lr/(25 * 1e4).
            const double up = 0.3 * total, low = 1.0 / 25, floor = low / 1e4;
            factor = t < up ? low + (1 - low) * (1 - std::cos(pi * t / up)) / 2
                            : floor + (1 - floor) * (1 + std::cos(pi * (t - up) / (total - up))) / 2;
        } else if (t < warmup) {
            factor = (t + 1) / warmup; // linear warm-up, reaching the rate at its last step
        } else if (schedule == "cosine") {
            factor = (1 + std::cos(pi * (t - warmup) / (total - warmup))) / 2;
        } else if (schedule == "step") {
            factor = std::pow(0.5, std::floor(t / perEpoch)); // gamma once per step_size epochs
        }
        QVERIFY2(agree(line.at("lr").get<double>(), 0.01 * factor, 1e-9),
                 qPrintable(QString("step %1: lr %2, expected %3").arg(t + 1).arg(line.at("lr").get<double>()).arg(0.01 * factor)));
    }
}

void TestTrainingOptions::firstUpdateFollowsTheOptimiser_data()
{
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("momentum");
    QTest::addColumn<bool>("nesterov");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<double>("labelSmoothing");
    QTest::addColumn<double>("gradClip");
    QTest::newRow("sgd") << "sgd" << 0.0 << false << 0.0 << 0.0 << 0.0;
    QTest::newRow("sgd, nesterov") << "sgd" << 0.9 << true << 0.0 << 0.0 << 0.0;
    QTest::newRow("sgd, weight decay") << "sgd" << 0.0 << false << 0.05 << 0.0 << 0.0;
    QTest::newRow("adamw, weight decay") << "adamw" << 0.0 << false << 0.05 << 0.0 << 0.0;
    QTest::newRow("label smoothing") << "sgd" << 0.0 << false << 0.0 << 0.2 << 0.0;
    QTest::newRow("gradient clipping") << "sgd" << 0.0 << false << 0.0 << 0.0 << 0.05;
}

void TestTrainingOptions::firstUpdateFollowsTheOptimiser()
{
    QFETCH(QString, optimizer);
    QFETCH(double, momentum);
    QFETCH(bool, nesterov);
    QFETCH(double, weightDecay);
    QFETCH(double, labelSmoothing);
    QFETCH(double, gradClip);
    // The initial weights (a run with learning rate 0), then one step of 0.1 with the options.
    const TrainingConfig still = tiny(demo_);
    const QString initial = dir_.filePath("initial");
    if (!QFile::exists(initial + "/model.pt"))
        QVERIFY(!train(still, "initial").isEmpty());
    TrainingConfig config = still;
    config.optimizer = optimizer.toStdString();
    config.lr = 0.1;
    config.momentum = momentum;
    config.nesterov = nesterov;
    config.weightDecay = weightDecay;
    config.labelSmoothing = labelSmoothing;
    config.gradClip = gradClip;
    const QString run = train(config, "update-" + QString(QTest::currentDataTag()).replace(QRegularExpression("\\W+"), "-"));
    QVERIFY(!run.isEmpty());

    RunModel before = loadRunModel(initial, still, dataset_);
    RunModel after = loadRunModel(run, config, dataset_);
    Batch batch = firstBatch(config, dataset_, before.columns, config.sampler);
    torch::Tensor targets = batch.targets;
    if (labelSmoothing > 0) // annotated entries towards 1/2, unknown (-1) left alone
        targets = torch::where(targets.ge(0), targets * (1 - labelSmoothing) + labelSmoothing / 2, targets);
    before.model->train();
    before.model->zero_grad();
    const torch::Tensor loss = createLoss(config.loss, config.lossParams)->compute(before.model->forward(batch.images), targets);
    QVERIFY(agree(loss.item<double>(), firstLoss(run)));
    loss.backward();

    const std::vector<torch::Tensor> w0 = before.model->parameters(), w1 = after.model->parameters();
    std::vector<torch::Tensor> g;
    double squares = 0;
    for (const torch::Tensor& p : w0) {
        QVERIFY(p.grad().defined()); // every parameter learns (the optimisers skip those without a gradient)
        g.push_back(p.grad().detach().clone());
        squares += g.back().pow(2).sum().item<double>();
    }
    if (gradClip > 0) { // the whole gradient scaled down to the norm limit
        const double scale = std::min(1.0, gradClip / (std::sqrt(squares) + 1e-6));
        QVERIFY(scale < 1);
        for (torch::Tensor& gradient : g)
            gradient.mul_(scale);
    }
    double worst = 0, largest = 0;
    for (std::size_t i = 0; i < w0.size(); ++i) {
        torch::Tensor expected;
        const torch::Tensor p = w0[i].detach();
        if (optimizer == "sgd") {
            torch::Tensor d = g[i] + weightDecay * p;     // coupled weight decay
            if (momentum > 0 && nesterov)
                d = d + momentum * d;                     // the first step's buffer is d itself
            expected = p - 0.1 * d;
        } else { // AdamW's first step: bias-corrected moments are g and g^2; decay decoupled
            expected = p * (1 - 0.1 * weightDecay) - 0.1 * g[i] / (g[i].abs() + 1e-8);
        }
        const torch::Tensor change = expected - p;
        worst = std::max(worst, (w1[i].detach() - expected).abs().max().item<double>());
        largest = std::max(largest, change.abs().max().item<double>());
    }
    QVERIFY(largest > 1e-4);
    QVERIFY2(worst <= 1e-4 * largest + 1e-7, qPrintable(QString("off by %1 where the update reaches %2").arg(worst).arg(largest)));
}

void TestTrainingOptions::stochasticDepthActsInTraining()
{
    // Learning rate 0: the weights never move, so the first losses differ only by what the forward pass drops.
    TrainingConfig config = tiny(demo_);
    config.backbone.name = "resnet18";
    const QString plain = train(config, "depth-0");
    config.backbone.dropPath = 0.5;
    const QString dropping = train(config, "depth-0.5");
    const QString again = train(config, "depth-0.5-again");
    QVERIFY(!plain.isEmpty() && !dropping.isEmpty() && !again.isEmpty());
    QCOMPARE(firstLoss(again), firstLoss(dropping)); // seeded: the same blocks dropped
    QVERIFY2(!agree(firstLoss(dropping), firstLoss(plain), 1e-3), qPrintable(QString::number(firstLoss(plain))));
}

void TestTrainingOptions::exportedModelGivesTheCheckpointsOutputs_data()
{
    QTest::addColumn<bool>("metric");
    QTest::newRow("logits") << false;
    QTest::newRow("embeddings") << true;
}

void TestTrainingOptions::exportedModelGivesTheCheckpointsOutputs()
{
    QFETCH(bool, metric);
    TrainingConfig config = tiny(metric ? singleItem_ : demo_);
    config.lr = 0.01;
    config.maxTrainImages = 64;
    if (metric) {
        config.loss = "arcface";
        config.embeddingDim = 16;
        config.sampler = SamplerKind::PK;
        config.imagesPerClass = 4;
    }
    const QString run = train(config, metric ? "export-embeddings" : "export-logits");
    QVERIFY(!run.isEmpty());
    const Dataset dataset = loadDataset(config.dataset).dataset;
    RunModel model = loadRunModel(run, config, dataset);
    const Batch batch = firstBatch(config, dataset, model.columns, SamplerKind::Sequential, /*training=*/false);
    model.model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor expected = metric ? model.model->embed(batch.images) : model.model->forward(batch.images);
    torch::jit::Module exported = torch::jit::load((run + "/model.pt").toStdString());
    const torch::Tensor outputs = exported.forward({batch.images}).toTensor();
    QCOMPARE(outputs.sizes().vec(), expected.sizes().vec());
    QCOMPARE(expected.size(1), std::int64_t(metric ? 16 : model.columns.size()));
    QVERIFY2(torch::allclose(outputs, expected, 1e-4, 1e-5), qPrintable(QString::number((outputs - expected).abs().max().item<double>())));
    QVERIFY(expected.abs().max().item<double>() > 0);
}

void TestTrainingOptions::exportedModelRunsInPython()
{
    const QString python = QStandardPaths::findExecutable("python3", {"/usr/bin"}); // Debian's, where python3-torch installs
    const bool hasTorch = !python.isEmpty() && QProcess::execute(python, {"-c", "import torch, numpy"}) == 0;
    TAGSCOPE_REQUIRE_IN_CI(hasTorch, "python3-torch is not installed (apt install python3-torch)");
    TrainingConfig config = tiny(demo_);
    config.lr = 0.01;
    const QString run = train(config, "export-python");
    QVERIFY(!run.isEmpty());
    RunModel model = loadRunModel(run, config, dataset_);
    const Batch batch = firstBatch(config, dataset_, model.columns, SamplerKind::Sequential, /*training=*/false);
    model.model->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor expected = model.model->forward(batch.images).contiguous();
    const torch::Tensor images = batch.images.contiguous();
    const QString input = dir_.filePath("python-images.npy"), output = dir_.filePath("python-logits.npy");
    writeNpy(input.toStdString(), std::vector<float>(images.data_ptr<float>(), images.data_ptr<float>() + images.numel()), images.sizes().vec());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {"-c", "import sys, numpy, torch\n"
                                 "model = torch.jit.load(sys.argv[1])\n"
                                 "with torch.no_grad():\n"
                                 "    out = model(torch.from_numpy(numpy.load(sys.argv[2])))\n"
                                 "numpy.save(sys.argv[3], out.numpy().astype(numpy.float32))\n",
                           run + "/model.pt", input, output});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    const NpyArray logits = readNpy(output.toStdString());
    QCOMPARE(logits.shape, expected.sizes().vec());
    const std::vector<float> values = logits.toFloat();
    const torch::Tensor fromPython = torch::from_blob(const_cast<float*>(values.data()), expected.sizes(), torch::kFloat32);
    QVERIFY2(torch::allclose(fromPython, expected, 1e-4, 1e-5), qPrintable(QString::number((fromPython - expected).abs().max().item<double>())));
}

QTEST_GUILESS_MAIN(TestTrainingOptions)
#include "tst_training_options.moc"
