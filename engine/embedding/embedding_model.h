#pragma once
// The model embeddings come from: a training run directory (its best checkpoint, else the last), one checkpoint
// of a run (run/checkpoints/*.pt), or a TorchScript file whose forward maps B x 3 x S x S images to B x F.
// A run gives its embedding head's output, or the pooled backbone features when it has no head (or when
// pooled features are asked for); a TorchScript file gives its forward's output. Asked for probabilities, a run
// gives its tagging head's sigmoid, a TorchScript file the sigmoid of its forward (a tagger's logits, as the
// model.pt of a run holds).
#include <torch/types.h>

#include <memory>
#include <string>
#include <vector>

namespace tagscope {

struct EmbeddingModelSource {
    std::string path;            // run directory, checkpoint or TorchScript file
    std::string device = "auto"; // auto (a GPU when there is one), cpu, cuda, cuda:N
    int inputSize = 0;           // 0: the run's, or the TorchScript file's input_size attribute
    bool pooledFeatures = false; // runs: the backbone's pooled features even when there is an embedding head
    bool probabilities = false;  // the per-tag probabilities of a tagger instead of an embedding
};

class EmbeddingModel {
public:
    // Throws std::runtime_error naming the file for a missing or unusable model, std::invalid_argument for a
    // device this LibTorch cannot use or a TorchScript file without an input size when none is given.
    static std::unique_ptr<EmbeddingModel> open(const EmbeddingModelSource& source);
    ~EmbeddingModel();

    // Images (B x 3 x S x S, normalised, any device) in, B x F float32 on the CPU out. No gradients.
    torch::Tensor embed(const torch::Tensor& images);

    int inputSize() const;
    int cacheSize() const;            // side of the packed image cache the images come from (a run's own)
    std::string kind() const;         // "embedding head", "pooled features" or "torchscript"
    std::string fingerprint() const;  // hex hash of the weights file, the run's config and the choices above
    std::string runDataset() const;   // a run's training dataset; empty for TorchScript outside a run directory
    std::string runTrainSplit() const; // the split the run trained on; empty when unknown
    std::string runTrainImages() const; // the list of the split's images it trained on (a cross-validation fold); empty: all
    // The LabelNames of the outputs of a run's tagging head, in column order; empty for TorchScript outside a run.
    const std::vector<std::string>& tagLabelNames() const;
    std::string description() const;  // what users read: "run runs/x (best.pt), embedding head, 128-d"
    torch::Device device() const;

private:
    EmbeddingModel();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
