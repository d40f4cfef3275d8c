#include "training/training_config.h"

#include "dataset/band_rule.h"
#include "losses/loss_registry.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace tagscope {
namespace {

class Reader {
public:
    explicit Reader(const nlohmann::json& json) : json_(json)
    {
        if (!json.is_object())
            throw std::invalid_argument("training config: expected a JSON object");
    }

    template <typename T> void read(const char* key, T& value, double minimum, double maximum)
    {
        seen_.insert(key);
        if (!json_.contains(key))
            return;
        const auto& v = json_.at(key);
        if (!v.is_number())
            throw std::invalid_argument(std::string(key) + ": expected a number");
        const double number = v.get<double>();
        if (number < minimum || number > maximum)
            throw std::invalid_argument(std::string(key) + ": " + v.dump() + " is outside [" + nlohmann::json(minimum).dump() + ", " +
                                        nlohmann::json(maximum).dump() + "]");
        if (std::is_integral_v<T> && number != static_cast<double>(static_cast<long long>(number)))
            throw std::invalid_argument(std::string(key) + ": expected a whole number");
        value = static_cast<T>(number);
    }
    void flag(const char* key, bool& value)
    {
        seen_.insert(key);
        if (!json_.contains(key))
            return;
        if (!json_.at(key).is_boolean())
            throw std::invalid_argument(std::string(key) + ": expected true or false");
        value = json_.at(key).get<bool>();
    }
    void text(const char* key, std::string& value, std::initializer_list<const char*> choices = {})
    {
        seen_.insert(key);
        if (!json_.contains(key))
            return;
        if (!json_.at(key).is_string())
            throw std::invalid_argument(std::string(key) + ": expected a string");
        value = json_.at(key).get<std::string>();
        if (choices.size() == 0)
            return;
        std::string list;
        for (const char* choice : choices) {
            if (value == choice)
                return;
            list += (list.empty() ? "" : ", ") + std::string(choice);
        }
        throw std::invalid_argument(std::string(key) + ": expected one of " + list + ", not '" + value + "'");
    }
    void texts(const char* key, std::vector<std::string>& values)
    {
        seen_.insert(key);
        if (!json_.contains(key))
            return;
        const auto& v = json_.at(key);
        if (!v.is_array() || !std::all_of(v.begin(), v.end(), [](const nlohmann::json& item) { return item.is_string(); }))
            throw std::invalid_argument(std::string(key) + ": expected a list of strings");
        values = v.get<std::vector<std::string>>();
    }
    const nlohmann::json* object(const char* key)
    {
        seen_.insert(key);
        if (!json_.contains(key))
            return nullptr;
        if (!json_.at(key).is_object())
            throw std::invalid_argument(std::string(key) + ": expected a JSON object");
        return &json_.at(key);
    }
    void rejectUnknown(const std::string& where) const
    {
        for (const auto& [key, value] : json_.items())
            if (!seen_.count(key))
                throw std::invalid_argument(where + "unknown key '" + key + "'");
    }

private:
    const nlohmann::json& json_;
    std::set<std::string> seen_;
};

// "backbone.name" -> value for every leaf of nested objects; lists are leaves.
void flatten(const nlohmann::json& json, const std::string& prefix, std::map<std::string, nlohmann::json>& out)
{
    if (!json.is_object()) {
        out[prefix] = json;
        return;
    }
    for (const auto& [key, value] : json.items())
        flatten(value, prefix.empty() ? key : prefix + "." + key, out);
}

// With the defaults filled in, so that a key left out and its default read the same.
nlohmann::json normalisedConfig(const nlohmann::json& json)
{
    try {
        return toJson(trainingConfigFromJson(json));
    } catch (const std::invalid_argument&) {
        return json;
    }
}

const char* samplerName(SamplerKind kind)
{
    switch (kind) {
    case SamplerKind::Random: return "random";
    case SamplerKind::Sequential: return "sequential";
    case SamplerKind::ClassAware: return "class_aware";
    case SamplerKind::RepeatFactor: return "repeat_factor";
    case SamplerKind::PK: return "pk";
    }
    return "random";
}

} // namespace

TrainingConfig trainingConfigFromJson(const nlohmann::json& json)
{
    TrainingConfig c;
    Reader r(json);
    r.text("dataset", c.dataset);
    r.text("train_split", c.trainSplit, {"train", "validation", "test"});
    r.text("val_split", c.valSplit, {"train", "validation", "test"});
    if (const nlohmann::json* backbone = r.object("backbone")) {
        try {
            c.backbone = backboneConfigFromJson(*backbone);
        } catch (const std::invalid_argument& error) {
            throw std::invalid_argument(std::string("backbone: ") + error.what());
        }
    }
    r.read("cache_size", c.cacheSize, 0, 4096);
    r.text("cache", c.cache, {"auto", "off", "on"});
    r.read("cache_budget_gb", c.cacheBudgetGb, 0, 1e6);
    r.text("loss", c.loss);
    if (const nlohmann::json* params = r.object("loss_params"))
        c.lossParams = *params;
    r.text("optimizer", c.optimizer, {"adamw", "sgd"});
    r.read("lr", c.lr, 0, 10);
    r.read("weight_decay", c.weightDecay, 0, 1);
    r.read("momentum", c.momentum, 0, 1);
    r.flag("nesterov", c.nesterov);
    r.text("schedule", c.schedule, {"cosine", "onecycle", "step", "constant"});
    r.read("warmup_epochs", c.warmupEpochs, 0, 1000);
    r.read("step_size", c.stepSize, 0, 100000);
    r.read("step_gamma", c.stepGamma, 0, 1);
    const bool epochsGiven = json.contains("epochs");
    r.read("epochs", c.epochs, 0, 100000);
    r.read("max_steps", c.maxSteps, 0, 9.0e15);
    r.read("eval_every_steps", c.evalEverySteps, 0, 9.0e15);
    r.read("checkpoint_every_steps", c.checkpointEverySteps, 0, 9.0e15);
    r.read("checkpoint_every_minutes", c.checkpointEveryMinutes, 0, 1e6);
    if (c.maxSteps > 0 && !epochsGiven)
        c.epochs = 0; // counted in steps only
    r.read("batch_size", c.batchSize, 1, 65536);
    r.read("seed", c.seed, 0, 9.0e15);
    r.text("device", c.device);
    r.read("threads", c.threads, 0, 1024);
    r.read("workers", c.workers, 1, 64);
    if (const nlohmann::json* a = r.object("augmentation")) {
        Reader aug(*a);
        aug.flag("random_resized_crop", c.augmentation.randomResizedCrop);
        aug.flag("flip", c.augmentation.horizontalFlip);
        aug.read("randaugment_n", c.augmentation.randAugmentOps, 0, 10);
        aug.read("randaugment_m", c.augmentation.randAugmentMagnitude, 0, 30);
        aug.read("mixup_alpha", c.augmentation.mixupAlpha, 0, 10);
        aug.rejectUnknown("augmentation: ");
    }
    std::string sampler = samplerName(c.sampler);
    r.text("sampler", sampler, {"random", "class_aware", "repeat_factor", "pk"});
    c.sampler = sampler == "class_aware"     ? SamplerKind::ClassAware
        : sampler == "repeat_factor"         ? SamplerKind::RepeatFactor
        : sampler == "pk"                    ? SamplerKind::PK
                                             : SamplerKind::Random;
    r.read("repeat_threshold", c.repeatThreshold, 0, 1);
    r.read("dropout", c.dropout, 0, 0.99);
    r.read("label_smoothing", c.labelSmoothing, 0, 0.5);
    r.read("grad_clip", c.gradClip, 0, 1e6);
    r.text("amp", c.amp, {"off", "bf16", "fp16"});
    r.flag("channels_last", c.channelsLast);
    r.text("tags", c.tags, {"trainable", "all"});
    r.read("min_tag_positives", c.minTagPositives, 0, 1e9);
    r.text("bands", c.bands);
    r.read("max_train_images", c.maxTrainImages, 0, 1e12);
    r.text("train_images", c.trainImages);
    r.flag("use_corrections", c.useCorrections);
    r.read("max_val_images", c.maxValImages, 0, 1e12);
    r.read("log_every", c.logEvery, 1, 1e9);
    r.read("embedding_dim", c.embeddingDim, 0, 65536);
    r.texts("class_tags", c.classTags);
    r.read("images_per_class", c.imagesPerClass, 1, 65536);
    r.text("pooling", c.pooling, {"average", "max"});
    r.flag("embedding_layernorm", c.embeddingLayerNorm);
    r.read("backbone_warmup_epochs", c.backboneWarmupEpochs, 0, 100000);
    r.read("grad_clip_value", c.gradClipValue, 0, 1e6);
    r.read("inject_nan_at_step", c.injectNanAtStep, 0, 9.0e15);
    r.text("class_priors", c.classPriors);
    r.read("distributed_timeout", c.distributedTimeout, 1, 86400);
    r.rejectUnknown("");
    std::string bandsError;
    const std::optional<BandRule> bandRule = parseBandRule(c.bands, &bandsError);
    if (!bandRule)
        throw std::invalid_argument(bandsError);
    c.bands = formatBandRule(*bandRule); // one spelling per rule, so that "absolute" and "absolute:100:20" compare equal
    if (c.dataset.empty())
        throw std::invalid_argument("dataset: required (a dataset folder or file)");
    if (c.epochs == 0 && c.maxSteps == 0)
        throw std::invalid_argument("epochs: 0 means as many as max_steps needs, but max_steps is 0 too");
    if (c.device != "auto" && c.device != "cpu" && c.device.rfind("cuda", 0) != 0)
        throw std::invalid_argument("device: expected auto, cpu, cuda or cuda:N, not '" + c.device + "'");
    if (!findBackbone(c.backbone.name))
        throw std::invalid_argument("backbone: unknown backbone '" + c.backbone.name + "'");
    const RegisteredLoss* loss = findLoss(c.loss);
    if (!loss) {
        std::string known;
        for (const RegisteredLoss& entry : lossRegistry())
            known += (known.empty() ? "" : ", ") + entry.description.name;
        throw std::invalid_argument("loss: unknown loss '" + c.loss + "' (known: " + known + ")");
    }
    try {
        validateLossParameters(loss->description, c.lossParams);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument(std::string("loss_params: ") + error.what());
    }
    if (loss->description.family == "metric") {
        if (c.augmentation.mixupAlpha > 0)
            throw std::invalid_argument("augmentation: mixup_alpha blends the labels of two images, which a metric-learning loss (" + c.loss +
                                        ") cannot use; set it to 0");
        if (c.labelSmoothing > 0)
            throw std::invalid_argument("label_smoothing: applies to multilabel targets, not to " + c.loss + " (intra_batch has its own)");
    }
    if (c.sampler == SamplerKind::PK && c.batchSize % c.imagesPerClass != 0)
        throw std::invalid_argument("images_per_class: batch_size " + std::to_string(c.batchSize) + " is not a multiple of " +
                                    std::to_string(c.imagesPerClass));
    return c;
}

nlohmann::json toJson(const TrainingConfig& c)
{
    return {{"dataset", c.dataset},
            {"train_split", c.trainSplit},
            {"val_split", c.valSplit},
            {"backbone", toJson(c.backbone)},
            {"cache_size", c.cacheSize},
            {"cache", c.cache},
            {"cache_budget_gb", c.cacheBudgetGb},
            {"loss", c.loss},
            {"loss_params", c.lossParams},
            {"optimizer", c.optimizer},
            {"lr", c.lr},
            {"weight_decay", c.weightDecay},
            {"momentum", c.momentum},
            {"nesterov", c.nesterov},
            {"schedule", c.schedule},
            {"warmup_epochs", c.warmupEpochs},
            {"step_size", c.stepSize},
            {"step_gamma", c.stepGamma},
            {"epochs", c.epochs},
            {"max_steps", c.maxSteps},
            {"eval_every_steps", c.evalEverySteps},
            {"checkpoint_every_steps", c.checkpointEverySteps},
            {"checkpoint_every_minutes", c.checkpointEveryMinutes},
            {"batch_size", c.batchSize},
            {"seed", c.seed},
            {"device", c.device},
            {"threads", c.threads},
            {"workers", c.workers},
            {"augmentation",
             {{"random_resized_crop", c.augmentation.randomResizedCrop},
              {"flip", c.augmentation.horizontalFlip},
              {"randaugment_n", c.augmentation.randAugmentOps},
              {"randaugment_m", c.augmentation.randAugmentMagnitude},
              {"mixup_alpha", c.augmentation.mixupAlpha}}},
            {"sampler", samplerName(c.sampler)},
            {"repeat_threshold", c.repeatThreshold},
            {"dropout", c.dropout},
            {"label_smoothing", c.labelSmoothing},
            {"grad_clip", c.gradClip},
            {"amp", c.amp},
            {"channels_last", c.channelsLast},
            {"tags", c.tags},
            {"min_tag_positives", c.minTagPositives},
            {"bands", c.bands},
            {"max_train_images", c.maxTrainImages},
            {"train_images", c.trainImages},
            {"use_corrections", c.useCorrections},
            {"max_val_images", c.maxValImages},
            {"log_every", c.logEvery},
            {"embedding_dim", c.embeddingDim},
            {"class_tags", c.classTags},
            {"images_per_class", c.imagesPerClass},
            {"pooling", c.pooling},
            {"embedding_layernorm", c.embeddingLayerNorm},
            {"backbone_warmup_epochs", c.backboneWarmupEpochs},
            {"grad_clip_value", c.gradClipValue},
            {"inject_nan_at_step", c.injectNanAtStep},
            {"class_priors", c.classPriors},
            {"distributed_timeout", c.distributedTimeout}};
}

std::string describeConfigChanges(const nlohmann::json& before, const nlohmann::json& after)
{
    if (!before.is_object() || !after.is_object())
        return {};
    std::map<std::string, nlohmann::json> old, now;
    flatten(normalisedConfig(before), "", old);
    flatten(normalisedConfig(after), "", now);
    for (const auto& [key, value] : old)
        now.emplace(key, nullptr); // a key that disappeared reads as null
    std::string changes;
    for (const auto& [key, value] : now) {
        const auto was = old.find(key);
        const nlohmann::json previous = was == old.end() ? nlohmann::json(nullptr) : was->second;
        if (previous != value)
            changes += (changes.empty() ? "" : ", ") + key + " " + previous.dump() + " -> " + value.dump();
    }
    return changes;
}

} // namespace tagscope
