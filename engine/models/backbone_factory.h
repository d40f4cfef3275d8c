#pragma once
// Builds any backbone from a config (the CLI's JSON and the GUI's form both end up here) and describes the
// choices for the GUI.
#include "models/backbone.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tagscope {

struct BackboneConfig {
    std::string name = "small_cnn";
    int64_t inputSize = 0;         // square input side in pixels; 0: the backbone's default
    double dropPath = 0;           // stochastic depth (ResNets and transformers)
    double dropout = 0;            // inside the transformers
    bool zeroInitResidual = false; // ResNets: each block starts as the identity
    std::string path;              // "torchscript": the exported feature extractor
    bool frozen = true;            // "torchscript": keep its weights and BatchNorm statistics fixed
};

struct BackboneDescription {
    std::string name;    // "resnet50"
    std::string title;   // "ResNet-50"
    std::string summary; // when to pick it
    int64_t defaultInputSize = 224;
    int64_t minimumInputSize = 32;
    int64_t inputMultiple = 1; // the input side must be a multiple of this (ViT patches)
    bool supportsDropPath = false;
    bool supportsDropout = false;
    bool needsFile = false; // "torchscript"
};

const std::vector<BackboneDescription>& describeBackbones();
const BackboneDescription* findBackbone(const std::string& name);

// Throws std::invalid_argument for an unknown name, an input size the backbone cannot take, an option it does
// not have (a non-zero drop path on small_cnn, say) or a rate outside [0, 1); std::runtime_error naming the file
// for a TorchScript file that cannot be used.
Backbone createBackbone(const BackboneConfig& config);

// The input side createBackbone uses: config.inputSize, or the backbone's default when it is 0.
int64_t effectiveInputSize(const BackboneConfig& config);

// JSON keys: name, input_size, drop_path, dropout, zero_init_residual, path, frozen. Missing keys keep their
// defaults; unknown keys and wrong types throw std::invalid_argument naming the key.
BackboneConfig backboneConfigFromJson(const nlohmann::json& json);
nlohmann::json toJson(const BackboneConfig& config);

} // namespace tagscope
