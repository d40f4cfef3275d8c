#pragma once
// Pre-norm transformer encoder block on token sequences (B x N x C), shared by the ViT and CoAtNet backbones.
// Parameter names follow timm (norm1, attn.qkv, attn.proj, norm2, mlp.fc1, mlp.fc2) so converted weights map.
#include <torch/nn/module.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

namespace tagscope {

struct TransformerBlockOptions {
    int64_t dim = 192;
    int64_t heads = 3;
    double mlpRatio = 4.0;
    double dropout = 0;  // after the attention projection and in the MLP
    double dropPath = 0; // stochastic depth of this block
};

class SelfAttentionImpl : public torch::nn::Module {
public:
    SelfAttentionImpl(int64_t dim, int64_t heads, double dropout);
    torch::Tensor forward(const torch::Tensor& tokens);

private:
    int64_t heads_;
    double scale_;
    torch::nn::Linear qkv{nullptr}, proj{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(SelfAttention);

class MlpImpl : public torch::nn::Module {
public:
    MlpImpl(int64_t dim, int64_t hidden, double dropout);
    torch::Tensor forward(const torch::Tensor& tokens);

private:
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(Mlp);

class TransformerBlockImpl : public torch::nn::Module {
public:
    explicit TransformerBlockImpl(const TransformerBlockOptions& options);
    torch::Tensor forward(torch::Tensor tokens);

private:
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    SelfAttention attn{nullptr};
    Mlp mlp{nullptr};
    double dropPath_ = 0;
};
TORCH_MODULE(TransformerBlock);

// LayerNorm with timm's epsilon (1e-6) used across the transformer backbones.
torch::nn::LayerNorm transformerNorm(int64_t dim);

} // namespace tagscope
