#pragma once
// The model Tagscope trains: a backbone, a multilabel classifier on its pooled features, and optionally an
// embedding projection beside the classifier (for metric-learning losses and the embedding views).
#include "models/backbone.h"
#include "models/heads.h"

#include <string>
#include <vector>

namespace tagscope {

struct TaggingModelOptions {
    int64_t numClasses = 0;
    double dropout = 0;              // before the classifier
    std::vector<double> priors;      // per-class training frequency for the classifier bias; empty: zero bias
    int64_t embeddingDim = 0;        // 0: no embedding head
    bool normalizeEmbedding = true;
    bool embeddingLayerNorm = false; // LayerNorm (no affine) before the embedding projection
};

// Parameters the trainer can give their own learning rate.
struct ParameterGroup {
    std::string name; // "backbone" or "heads"
    std::vector<torch::Tensor> parameters;
};

class TaggingModelImpl : public torch::nn::Module {
public:
    TaggingModelImpl(Backbone backbone, const TaggingModelOptions& options);

    torch::Tensor forward(torch::Tensor images); // B x numClasses logits

    struct Outputs {
        torch::Tensor logits;
        torch::Tensor embeddings; // undefined without an embedding head
    };
    Outputs forwardAll(const torch::Tensor& images); // one backbone pass for both heads

    // The embedding head's output, or the pooled backbone features when the model has no embedding head.
    torch::Tensor embed(const torch::Tensor& images);

    // Trainable parameters only; a group is left out when it has none (a frozen backbone).
    std::vector<ParameterGroup> parameterGroups() const;
    std::vector<torch::Tensor> backboneParameters() const;
    std::vector<torch::Tensor> headParameters() const;

    // A frozen backbone gets no gradients and stays in eval mode (BatchNorm statistics fixed) while the heads
    // train. A backbone that is not trainable() (a frozen TorchScript file) stays frozen either way.
    void setBackboneFrozen(bool frozen);
    bool backboneFrozen() const { return backboneFrozen_ || !backbone_->trainable(); }
    void train(bool on = true) override;

    Backbone backbone() const { return backbone_; }
    bool hasEmbedding() const { return !embedding_.is_empty(); }
    int64_t numClasses() const { return numClasses_; }

private:
    Backbone backbone_;
    ClassifierHead classifier_{nullptr};
    EmbeddingHead embedding_{nullptr};
    int64_t numClasses_;
    bool backboneFrozen_ = false;
};
TORCH_MODULE(TaggingModel);

} // namespace tagscope
