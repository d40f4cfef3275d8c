#pragma once
// Heads on pooled backbone features: the multilabel classifier and the embedding projection used by metric
// learning and by the embedding views.
#include <torch/nn/module.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <vector>

namespace tagscope {

// log(p / (1 - p)) for each prior p, with p clamped to [1e-6, 1 - 1e-6] so that a tag never seen (or always
// seen) in training gets a large but finite logit.
std::vector<double> priorLogits(const std::vector<double>& priors);

struct ClassifierHeadOptions {
    int64_t inFeatures = 0;
    int64_t numClasses = 0;
    double dropout = 0;
    // Training frequency of each tag (empty, or one per class). The bias starts at the prior's logit so that
    // the first steps predict each tag's base rate instead of 0.5 and rare tags are not flooded by the gradient
    // of their many negatives (the focal-loss paper's initialisation).
    std::vector<double> priors;
};

class ClassifierHeadImpl : public torch::nn::Module {
public:
    explicit ClassifierHeadImpl(const ClassifierHeadOptions& options);
    torch::Tensor forward(const torch::Tensor& features); // B x numClasses logits

private:
    torch::nn::Dropout dropout{nullptr};
    torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(ClassifierHead);

struct EmbeddingHeadOptions {
    int64_t inFeatures = 0;
    int64_t dim = 128;
    bool normalize = true; // unit L2 norm, as cosine-based metric losses and nearest-neighbour search expect
    bool layerNorm = false; // LayerNorm without affine parameters before the projection (ProxyNCA++)
};

class EmbeddingHeadImpl : public torch::nn::Module {
public:
    explicit EmbeddingHeadImpl(const EmbeddingHeadOptions& options);
    torch::Tensor forward(const torch::Tensor& features); // B x dim

private:
    bool normalize_;
    torch::nn::LayerNorm layerNorm_{nullptr};
    torch::nn::Linear fc{nullptr};
};
TORCH_MODULE(EmbeddingHead);

} // namespace tagscope
