#pragma once
// Vision Transformer (ViT-Tiny/Small, patch 16): patch embedding, class token, learned position embedding
// sized for the configured input, pre-norm blocks, final LayerNorm; features are the class token.
// Parameter names follow timm (patch_embed.proj, cls_token, pos_embed, blocks.N..., norm).
#include "models/backbone.h"

#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/normalization.h>

namespace tagscope {

struct VisionTransformerOptions {
    int64_t imageSize = 224; // square inputs; a multiple of patchSize
    int64_t patchSize = 16;
    int64_t dim = 192;
    int64_t depth = 12;
    int64_t heads = 3;
    double mlpRatio = 4.0;
    double dropout = 0;  // on the embedded tokens, after attention and in the MLPs
    double dropPath = 0; // stochastic depth of the last block; earlier blocks get linearly less
};

VisionTransformerOptions vitTinyOptions(int64_t imageSize);  // dim 192, 3 heads
VisionTransformerOptions vitSmallOptions(int64_t imageSize); // dim 384, 6 heads

class PatchEmbedImpl : public torch::nn::Module {
public:
    PatchEmbedImpl(int64_t patchSize, int64_t dim);
    torch::Tensor forward(const torch::Tensor& images); // B x C x h x w

private:
    torch::nn::Conv2d proj{nullptr};
};
TORCH_MODULE(PatchEmbed);

class VisionTransformerImpl : public BackboneImpl {
public:
    explicit VisionTransformerImpl(const VisionTransformerOptions& options);
    torch::Tensor forward(torch::Tensor images) override;
    int64_t featureDim() const override { return options_.dim; }

private:
    VisionTransformerOptions options_;
    int64_t gridSize_ = 0;
    PatchEmbed patch_embed{nullptr};
    torch::Tensor cls_token, pos_embed;
    torch::nn::Dropout pos_drop{nullptr};
    torch::nn::Sequential blocks{nullptr};
    torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(VisionTransformer);

} // namespace tagscope
