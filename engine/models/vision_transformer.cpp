#include "models/vision_transformer.h"

#include "models/drop_path.h"
#include "models/init.h"
#include "models/transformer_block.h"

#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

VisionTransformerOptions vitTinyOptions(int64_t imageSize)
{
    VisionTransformerOptions o;
    o.imageSize = imageSize;
    o.dim = 192;
    o.heads = 3;
    return o;
}

VisionTransformerOptions vitSmallOptions(int64_t imageSize)
{
    VisionTransformerOptions o;
    o.imageSize = imageSize;
    o.dim = 384;
    o.heads = 6;
    return o;
}

PatchEmbedImpl::PatchEmbedImpl(int64_t patchSize, int64_t dim)
    : proj(register_module("proj", nn::Conv2d(nn::Conv2dOptions(3, dim, patchSize).stride(patchSize))))
{
}

torch::Tensor PatchEmbedImpl::forward(const torch::Tensor& images)
{
    return proj(images);
}

VisionTransformerImpl::VisionTransformerImpl(const VisionTransformerOptions& options) : options_(options)
{
    const int64_t size = options.imageSize, patch = options.patchSize;
    if (patch <= 0 || size < patch || size % patch != 0)
        throw std::invalid_argument("ViT input size " + std::to_string(size) + " must be a positive multiple of the patch size " +
                                    std::to_string(patch));
    gridSize_ = size / patch;

    patch_embed = register_module("patch_embed", PatchEmbed(patch, options.dim));
    cls_token = register_parameter("cls_token", torch::zeros({1, 1, options.dim}));
    pos_embed = register_parameter("pos_embed", torch::zeros({1, gridSize_ * gridSize_ + 1, options.dim}));
    pos_drop = register_module("pos_drop", nn::Dropout(options.dropout));
    blocks = register_module("blocks", nn::Sequential());
    for (int64_t i = 0; i < options.depth; ++i) {
        TransformerBlockOptions block;
        block.dim = options.dim;
        block.heads = options.heads;
        block.mlpRatio = options.mlpRatio;
        block.dropout = options.dropout;
        block.dropPath = dropPathRate(options.dropPath, i, options.depth);
        blocks->push_back(TransformerBlock(block));
    }
    norm = register_module("norm", transformerNorm(options.dim));

    // The usual ViT initialisation: truncated normal (std 0.02) for embeddings and linear weights, zero biases.
    truncatedNormal_(pos_embed, 0.02);
    truncatedNormal_(cls_token, 0.02);
    for (auto& module : blocks->modules(/*include_self=*/false))
        if (auto* linear = module->as<nn::Linear>()) {
            truncatedNormal_(linear->weight, 0.02);
            nn::init::zeros_(linear->bias);
        }
}

torch::Tensor VisionTransformerImpl::forward(torch::Tensor images)
{
    const torch::Tensor grid = patch_embed(images);
    if (grid.size(2) != gridSize_ || grid.size(3) != gridSize_)
        throw std::invalid_argument("ViT built for " + std::to_string(options_.imageSize) + " px inputs got " +
                                    std::to_string(images.size(2)) + "x" + std::to_string(images.size(3)));
    // B x C x h x w -> B x N x C; flatten reshapes (copying when it must), so channels-last grids work too.
    torch::Tensor tokens = grid.flatten(2).transpose(1, 2);
    tokens = torch::cat({cls_token.expand({tokens.size(0), -1, -1}), tokens}, 1) + pos_embed;
    tokens = norm(blocks->forward(pos_drop(tokens)));
    return tokens.select(1, 0);
}

} // namespace tagscope
