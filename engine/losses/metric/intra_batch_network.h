#pragma once
// The message-passing network of "Learning Intra-Batch Connections for Deep Metric Learning" (Seidenschwarz,
// Elezi and Leal-Taixe, ICML 2021; engine/losses/README.md): the embeddings of a batch form a graph, one layer of
// multi-head dot-product attention passes messages along its edges, and a classifier (BatchNorm -> Linear)
// reads both the backbone embeddings and the refined ones. Used at training time only: retrieval uses the
// backbone embeddings.
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

namespace tagscope {

struct IntraBatchOptions {
    std::int64_t dim = 512;
    std::int64_t classes = 0;
    std::int64_t heads = 2;
    std::int64_t ffMultiplier = 4;  // feed-forward width = ffMultiplier x dim (512-2048-512 in the paper)
    double attentionDropout = 0.1;
    double dropout = 0.1;           // after the attention, inside and after the feed-forward block
    double edgeThreshold = -1;      // below 0: fully connected (the paper's setting); else edges with ReLU(corr) > it
};

// One attention layer: residual + LayerNorm around the attention, then around the feed-forward block.
class MessagePassingLayerImpl : public torch::nn::Module {
public:
    explicit MessagePassingLayerImpl(const IntraBatchOptions& options);
    torch::Tensor forward(const torch::Tensor& nodes, const torch::Tensor& edges); // B x D, B x B bool

private:
    std::int64_t heads_;
    torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr}, out{nullptr}, ff1{nullptr}, ff2{nullptr};
    torch::nn::Dropout attentionDropout{nullptr}, dropout1{nullptr}, dropout2{nullptr}, ffDropout{nullptr};
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
};
TORCH_MODULE(MessagePassingLayer);

class IntraBatchNetworkImpl : public torch::nn::Module {
public:
    explicit IntraBatchNetworkImpl(const IntraBatchOptions& options);

    struct Outputs {
        torch::Tensor backboneLogits; // B x classes
        torch::Tensor messageLogits;  // B x classes, after message passing
        torch::Tensor refined;        // B x dim
    };
    Outputs forward(const torch::Tensor& embeddings);

    // Which node sends to which (B x B bool, self included): the graph of the batch. Similarity is the cosine of
    // the mean-centred vectors (their correlation), negatives set to 0.
    torch::Tensor edges(const torch::Tensor& embeddings) const;

private:
    double edgeThreshold_;
    MessagePassingLayer layer{nullptr};
    torch::nn::BatchNorm1d backboneNorm{nullptr}, messageNorm{nullptr};
    torch::nn::Linear backboneClassifier{nullptr}, messageClassifier{nullptr};
};
TORCH_MODULE(IntraBatchNetwork);

} // namespace tagscope
