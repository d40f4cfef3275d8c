#include "models/backbone_factory.h"

#include "models/coatnet.h"
#include "models/resnet.h"
#include "models/small_cnn.h"
#include "models/torchscript_backbone.h"
#include "models/vision_transformer.h"

#include <stdexcept>
#include <type_traits>

namespace tagscope {

const std::vector<BackboneDescription>& describeBackbones()
{
    // name, title, summary, default input, minimum input, multiple, drop path, dropout, file
    static const std::vector<BackboneDescription> backbones = {
        {"small_cnn", "Small CNN",
         "Four strided conv-BN-ReLU stages (0.4 M parameters). Trains in minutes on a laptop CPU: the demo and quick "
         "checks of a loss or a sampler.",
         64, 16, 1, false, false, false},
        {"resnet18", "ResNet-18",
         "torchvision's ResNet-18 (11.2 M parameters). A fast, dependable baseline on a GPU.", 224, 32, 1, true, false, false},
        {"resnet34", "ResNet-34", "torchvision's ResNet-34 (21.3 M parameters): deeper basic blocks.", 224, 32, 1, true, false,
         false},
        {"resnet50", "ResNet-50",
         "torchvision's ResNet-50 v1.5 (23.5 M parameters). The usual reference for multilabel benchmarks.", 224, 32, 1, true,
         false, false},
        {"vit_tiny", "ViT-Tiny/16",
         "Vision Transformer, 12 blocks of width 192 (5.5 M parameters). Needs much data or strong augmentation when "
         "trained from scratch.",
         224, 16, 16, true, true, false},
        {"vit_small", "ViT-Small/16", "Vision Transformer, 12 blocks of width 384 (21.7 M parameters).", 224, 16, 16, true, true,
         false},
        {"coatnet_tiny", "CoAtNet (small)",
         "Convolution stages then attention stages (about 6 M parameters): data-efficient like a CNN, global context "
         "like a transformer.",
         224, 32, 1, true, true, false},
        {"torchscript", "TorchScript file",
         "A feature extractor exported from Python with torch.jit.trace or torch.jit.script (a pretrained timm model, "
         "say), frozen or fine-tuned.",
         224, 1, 1, false, false, true},
    };
    return backbones;
}

const BackboneDescription* findBackbone(const std::string& name)
{
    for (const BackboneDescription& description : describeBackbones())
        if (description.name == name)
            return &description;
    return nullptr;
}

namespace {

const BackboneDescription& described(const std::string& name)
{
    if (const BackboneDescription* description = findBackbone(name))
        return *description;
    std::string names;
    for (const BackboneDescription& description : describeBackbones())
        names += (names.empty() ? "" : ", ") + description.name;
    throw std::invalid_argument("unknown backbone '" + name + "' (known: " + names + ")");
}

void checkRate(const std::string& backbone, const char* what, double rate, bool supported)
{
    if (!(rate >= 0 && rate < 1))
        throw std::invalid_argument(backbone + ": " + what + " " + std::to_string(rate) + " is outside [0, 1)");
    if (rate > 0 && !supported)
        throw std::invalid_argument(backbone + " has no " + what + " option");
}

} // namespace

int64_t effectiveInputSize(const BackboneConfig& config)
{
    return config.inputSize > 0 ? config.inputSize : described(config.name).defaultInputSize;
}

Backbone createBackbone(const BackboneConfig& config)
{
    const BackboneDescription& d = described(config.name);
    const int64_t size = effectiveInputSize(config);
    if (config.inputSize < 0 || size < d.minimumInputSize)
        throw std::invalid_argument(d.name + ": input size " + std::to_string(config.inputSize) + " is below the minimum " +
                                    std::to_string(d.minimumInputSize));
    if (size > 4096)
        throw std::invalid_argument(d.name + ": input size " + std::to_string(size) + " is above 4096");
    if (size % d.inputMultiple != 0)
        throw std::invalid_argument(d.name + ": input size " + std::to_string(size) + " is not a multiple of " +
                                    std::to_string(d.inputMultiple) + " (the patch size)");
    checkRate(d.name, "drop path", config.dropPath, d.supportsDropPath);
    checkRate(d.name, "dropout", config.dropout, d.supportsDropout);

    if (d.name == "small_cnn")
        return asBackbone(SmallCnn());
    if (d.name == "resnet18" || d.name == "resnet34" || d.name == "resnet50") {
        ResNetOptions options;
        options.depth = std::stoi(d.name.substr(6));
        options.zeroInitResidual = config.zeroInitResidual;
        options.dropPath = config.dropPath;
        return asBackbone(ResNet(options));
    }
    if (d.name == "vit_tiny" || d.name == "vit_small") {
        VisionTransformerOptions options = d.name == "vit_tiny" ? vitTinyOptions(size) : vitSmallOptions(size);
        options.dropout = config.dropout;
        options.dropPath = config.dropPath;
        return asBackbone(VisionTransformer(options));
    }
    if (d.name == "coatnet_tiny") {
        CoAtNetOptions options;
        options.dropout = config.dropout;
        options.dropPath = config.dropPath;
        return asBackbone(CoAtNet(options));
    }
    TorchScriptBackboneOptions options;
    options.path = config.path;
    options.inputSize = size;
    options.frozen = config.frozen;
    return asBackbone(TorchScriptBackbone(options));
}

namespace {

template <typename T>
T read(const nlohmann::json& value, const std::string& key)
{
    const bool ok = std::is_same_v<T, bool>          ? value.is_boolean()
                    : std::is_same_v<T, std::string> ? value.is_string()
                    : std::is_integral_v<T>          ? value.is_number_integer()
                                                     : value.is_number();
    if (!ok)
        throw std::invalid_argument("backbone config: '" + key + "' has the wrong type (" + value.type_name() + ")");
    return value.get<T>();
}

} // namespace

BackboneConfig backboneConfigFromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        throw std::invalid_argument("backbone config must be a JSON object");
    BackboneConfig config;
    for (const auto& [key, value] : json.items()) {
        if (key == "name")
            config.name = read<std::string>(value, key);
        else if (key == "input_size")
            config.inputSize = read<int64_t>(value, key);
        else if (key == "drop_path")
            config.dropPath = read<double>(value, key);
        else if (key == "dropout")
            config.dropout = read<double>(value, key);
        else if (key == "zero_init_residual")
            config.zeroInitResidual = read<bool>(value, key);
        else if (key == "path")
            config.path = read<std::string>(value, key);
        else if (key == "frozen")
            config.frozen = read<bool>(value, key);
        else
            throw std::invalid_argument("backbone config: unknown key '" + key + "'");
    }
    return config;
}

nlohmann::json toJson(const BackboneConfig& config)
{
    return {{"name", config.name},         {"input_size", config.inputSize},
            {"drop_path", config.dropPath}, {"dropout", config.dropout},
            {"zero_init_residual", config.zeroInitResidual},
            {"path", config.path},         {"frozen", config.frozen}};
}

} // namespace tagscope
