#pragma once
// A feature extractor exported from Python (torch.jit.trace or torch.jit.script, e.g. a timm model with
// num_classes=0), wrapped as a Backbone. Its forward must map B x 3 x S x S images to B x F features.
//
// The script's parameters and buffers are registered on this module (the same tensors, names with '.' turned
// into '_'), so parameters(), to(device) and checkpoints see them like any native backbone's.
#include "models/backbone.h"

#include <memory>
#include <string>

namespace tagscope {

struct TorchScriptBackboneOptions {
    std::string path;
    int64_t inputSize = 224; // the dry forward that finds featureDim uses this size
    bool frozen = true;      // no gradients, and always in eval mode so BatchNorm keeps its running statistics
};

class TorchScriptBackboneImpl : public BackboneImpl {
public:
    // Throws std::runtime_error naming the file when it cannot be read, is not TorchScript, or does not return
    // a B x F tensor for a 2 x 3 x inputSize x inputSize input.
    explicit TorchScriptBackboneImpl(const TorchScriptBackboneOptions& options);
    ~TorchScriptBackboneImpl() override;

    torch::Tensor forward(torch::Tensor images) override;
    int64_t featureDim() const override { return featureDim_; }
    void train(bool on = true) override;
    bool trainable() const override { return !options_.frozen; }

    bool frozen() const { return options_.frozen; }
    bool scriptIsTraining() const; // the training flag of the wrapped script module itself

private:
    struct Script;
    std::unique_ptr<Script> script_;
    TorchScriptBackboneOptions options_;
    int64_t featureDim_ = 0;
};
TORCH_MODULE(TorchScriptBackbone);

} // namespace tagscope
