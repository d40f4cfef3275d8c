#include "embedding/embedding_model.h"

#include "embedding/content_hash.h"
#include "losses/loss_registry.h"
#include "losses/metric/metric_loss.h"
#include "models/backbone_factory.h"
#include "models/tagging_model.h"
#include "models/torchscript_backbone.h"
#include "training/checkpoint.h"
#include "training/training_config.h"

#include <torch/cuda.h>
#include <torch/script.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

torch::Device resolveDevice(const std::string& wanted)
{
    if (wanted == "cpu")
        return torch::kCPU;
    if (wanted == "auto" || wanted.empty())
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (!torch::cuda::is_available())
        throw std::invalid_argument("device: " + wanted + " requested, but this LibTorch sees no CUDA device");
    return torch::Device(wanted);
}

nlohmann::json readJson(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error(path + ": not valid JSON (" + error.what() + ")");
    }
}

// The run a checkpoint belongs to: <run>/checkpoints/<name>.pt with <run>/config.json beside.
std::string runOfCheckpoint(const fs::path& file)
{
    const fs::path folder = file.parent_path();
    if (folder.filename() != "checkpoints")
        return {};
    const fs::path run = folder.parent_path();
    return fs::exists(run / "config.json") ? run.string() : std::string();
}

int inputSizeAttribute(const std::string& path)
{
    try {
        torch::jit::Module module = torch::jit::load(path, torch::kCPU);
        if (module.hasattr("input_size"))
            return static_cast<int>(module.attr("input_size").toInt());
    } catch (const c10::Error&) {
        // Not TorchScript: TorchScriptBackbone below names the file and the problem.
    }
    return 0;
}

} // namespace

struct EmbeddingModel::Impl {
    torch::Device device = torch::kCPU;
    TaggingModel model{nullptr};   // runs
    TorchScriptBackbone script{nullptr};
    bool pooled = false;
    bool probabilities = false;
    int inputSize = 0, cacheSize = 0;
    std::string kind, fingerprint, runDataset, runTrainSplit, runTrainImages, description;
    std::vector<std::string> tagLabelNames;
};

EmbeddingModel::EmbeddingModel() : impl_(std::make_unique<Impl>()) {}
EmbeddingModel::~EmbeddingModel() = default;

std::unique_ptr<EmbeddingModel> EmbeddingModel::open(const EmbeddingModelSource& source)
{
    std::unique_ptr<EmbeddingModel> result(new EmbeddingModel);
    Impl& m = *result->impl_;
    m.device = resolveDevice(source.device);
    const fs::path path(source.path);
    if (source.path.empty() || !fs::exists(path))
        throw std::runtime_error((source.path.empty() ? std::string("(no model given)") : source.path) + ": no such run directory or model file");

    std::string run, checkpoint;
    if (fs::is_directory(path)) {
        run = path.string();
        checkpoint = fs::exists(path / "checkpoints" / "best.pt") ? (path / "checkpoints" / "best.pt").string()
                                                                  : (path / "checkpoints" / "last.pt").string();
        if (!fs::exists(checkpoint))
            throw std::runtime_error(run + ": the run has no checkpoint yet (checkpoints/best.pt or last.pt)");
    } else {
        run = runOfCheckpoint(path);
        if (!run.empty())
            checkpoint = path.string();
    }

    m.probabilities = source.probabilities;
    if (run.empty()) { // a TorchScript file
        m.inputSize = source.inputSize > 0 ? source.inputSize : inputSizeAttribute(source.path);
        if (m.inputSize <= 0)
            throw std::invalid_argument(source.path + ": the TorchScript file does not say its input size; give it (--input-size)");
        TorchScriptBackboneOptions options;
        options.path = source.path;
        options.inputSize = m.inputSize;
        options.frozen = true;
        m.script = TorchScriptBackbone(options);
        m.script->to(m.device);
        m.script->eval();
        m.kind = m.probabilities ? "probabilities" : "torchscript";
        m.cacheSize = (m.inputSize * 8 + 6) / 7;
        m.fingerprint = hexHash(hashFile(source.path, static_cast<std::uint64_t>(m.inputSize) + (m.probabilities ? 1u << 20 : 0)));
        m.description = source.path + ", " + std::to_string(m.script->featureDim()) + (m.probabilities ? " tags" : "-d");
        // A run's exported model.pt: its columns are the run's tags.
        const fs::path folder = path.parent_path();
        if (fs::exists(folder / "tags.json") && fs::exists(folder / "config.json")) {
            const nlohmann::json config = readJson((folder / "config.json").string());
            m.runDataset = config.value("dataset", std::string());
            m.runTrainSplit = config.value("train_split", std::string("train"));
            m.runTrainImages = config.value("train_images", std::string());
            for (const auto& tag : readJson((folder / "tags.json").string()))
                m.tagLabelNames.push_back(tag.value("label_name", std::string()));
        }
        return result;
    }

    // A run: the model rebuilt as the trainer built it, then the checkpoint's weights.
    const std::string configPath = (fs::path(run) / "config.json").string();
    const nlohmann::json configJson = readJson(configPath);
    TrainingConfig config;
    try {
        config = trainingConfigFromJson(configJson);
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error(configPath + ": " + error.what());
    }
    const nlohmann::json tags = readJson((fs::path(run) / "tags.json").string());
    if (!tags.is_array() || tags.empty())
        throw std::runtime_error((fs::path(run) / "tags.json").string() + ": expected the list of the run's tags");
    std::vector<double> positives;
    for (const auto& tag : tags) {
        positives.push_back(tag.value("train_positives", 0.0));
        m.tagLabelNames.push_back(tag.value("label_name", std::string()));
    }

    Backbone backbone = createBackbone(config.backbone);
    if (config.pooling == "max")
        backbone->setGlobalPooling(GlobalPooling::Max);
    TaggingModelOptions options;
    options.numClasses = static_cast<std::int64_t>(positives.size());
    options.dropout = config.dropout;
    options.embeddingDim = config.embeddingDim;
    options.embeddingLayerNorm = config.embeddingLayerNorm;
    const RegisteredLoss* loss = findLoss(config.loss);
    if (m.probabilities && loss && loss->description.family == "metric")
        throw std::invalid_argument(run + ": the run learned an embedding (" + config.loss + " loss); it has no tag probabilities");
    if (loss && loss->description.family == "metric") { // some metric losses train an unnormalised head
        LossContext context;
        context.classPositives = positives;
        context.classes = options.numClasses;
        context.embeddingDim = config.embeddingDim > 0 ? config.embeddingDim : backbone->featureDim();
        auto created = createLoss(config.loss, config.lossParams, context);
        if (auto* metric = dynamic_cast<MetricLoss*>(created.get()))
            options.normalizeEmbedding = metric->wantsNormalizedEmbeddings();
    }
    m.model = TaggingModel(backbone, options);
    loadCheckpoint(checkpoint, *m.model, nullptr);
    m.model->to(m.device);
    m.model->eval();
    m.pooled = source.pooledFeatures || !m.model->hasEmbedding();
    m.kind = m.probabilities ? "probabilities" : m.pooled ? "pooled features" : "embedding head";
    m.inputSize = static_cast<int>(effectiveInputSize(config.backbone));
    if (source.inputSize > 0 && source.inputSize != m.inputSize)
        throw std::invalid_argument(run + ": the run trained at input size " + std::to_string(m.inputSize) + ", not " +
                                    std::to_string(source.inputSize));
    m.cacheSize = config.cacheSize ? config.cacheSize : (m.inputSize * 8 + 6) / 7;
    m.runDataset = config.dataset;
    m.runTrainSplit = config.trainSplit;
    m.runTrainImages = config.trainImages;
    const std::string configText = configJson.dump();
    m.fingerprint = hexHash(hashFile(checkpoint, hashBytes(configText.data(), configText.size(), m.probabilities ? 3 : m.pooled ? 1 : 2)));
    const std::int64_t dims = m.probabilities ? options.numClasses
        : m.pooled                            ? backbone->featureDim()
                                              : (config.embeddingDim > 0 ? config.embeddingDim : backbone->featureDim());
    m.description = "run " + run + " (" + fs::path(checkpoint).filename().string() + "), " + m.kind + ", " + std::to_string(dims) +
                    (m.probabilities ? " tags" : "-d");
    return result;
}

torch::Tensor EmbeddingModel::embed(const torch::Tensor& images)
{
    torch::NoGradGuard noGrad; // thread-local: set in whichever thread embeds
    const torch::Tensor input = images.to(impl_->device, torch::kFloat);
    torch::Tensor out;
    if (impl_->script)
        out = impl_->script->forward(input);
    else if (impl_->probabilities)
        out = impl_->model->forward(input); // logits
    else if (impl_->pooled)
        out = impl_->model->backbone()->forward(input);
    else
        out = impl_->model->embed(input);
    if (impl_->probabilities)
        out = torch::sigmoid(out.to(torch::kFloat));
    return out.to(torch::kCPU, torch::kFloat).contiguous();
}

int EmbeddingModel::inputSize() const { return impl_->inputSize; }
int EmbeddingModel::cacheSize() const { return impl_->cacheSize; }
std::string EmbeddingModel::kind() const { return impl_->kind; }
std::string EmbeddingModel::fingerprint() const { return impl_->fingerprint; }
std::string EmbeddingModel::runDataset() const { return impl_->runDataset; }
std::string EmbeddingModel::runTrainSplit() const { return impl_->runTrainSplit; }
std::string EmbeddingModel::runTrainImages() const { return impl_->runTrainImages; }
const std::vector<std::string>& EmbeddingModel::tagLabelNames() const { return impl_->tagLabelNames; }
std::string EmbeddingModel::description() const { return impl_->description; }
torch::Device EmbeddingModel::device() const { return impl_->device; }

} // namespace tagscope
