#pragma once
// A small CoAtNet-style hybrid (about 6 M parameters): a convolutional stem, two MBConv stages, then two
// transformer stages, each stage halving the resolution (total stride 32), average pooling and LayerNorm.
//
// Choice: the attention has no relative-position bias. CoAtNet's bias table is tied to one token grid, so it
// would fix the input size; instead each transformer stage starts with a 3x3 depthwise convolution added to its
// input (a conditional position encoding, as in CPVT), which gives tokens their position at any input size.
// The convolution stages before the transformers also encode position through their zero padding.
#include "models/backbone.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/modules/pooling.h>

#include <array>
#include <vector>

namespace tagscope {

struct CoAtNetOptions {
    int64_t stemChannels = 32;
    std::array<int64_t, 4> channels{48, 96, 192, 384}; // MBConv, MBConv, transformer, transformer
    std::array<int64_t, 4> depths{2, 2, 3, 2};
    int64_t headDim = 32;   // attention heads = channels / headDim
    double dropout = 0;     // in the transformer stages
    double dropPath = 0;    // stochastic depth of the last block; earlier blocks get linearly less
};

class SqueezeExciteImpl : public torch::nn::Module {
public:
    SqueezeExciteImpl(int64_t channels, int64_t reduced);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Conv2d fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(SqueezeExcite);

// Pre-norm inverted-residual block: BN, 1x1 expand (x4), 3x3 depthwise (carries the stride), squeeze-excite,
// 1x1 project. A changed shape takes the shortcut through pooling and a 1x1 convolution.
class MBConvImpl : public torch::nn::Module {
public:
    MBConvImpl(int64_t in, int64_t out, int64_t stride, double dropPath);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::BatchNorm2d norm{nullptr}, bn1{nullptr}, bn2{nullptr};
    torch::nn::Conv2d expand{nullptr}, depthwise{nullptr}, project{nullptr};
    SqueezeExcite se{nullptr};
    torch::nn::AvgPool2d pool{nullptr};
    torch::nn::Conv2d shortcut{nullptr};
    double dropPath_ = 0;
};
TORCH_MODULE(MBConv);

// Stride-2 3x3 convolution into the stage width, the depthwise position encoding, then transformer blocks
// on the flattened grid. Takes and returns B x C x H x W maps.
class TransformerStageImpl : public torch::nn::Module {
public:
    // One block per entry of dropPaths, which holds each block's stochastic-depth rate.
    TransformerStageImpl(int64_t in, int64_t dim, int64_t heads, double dropout, const std::vector<double>& dropPaths);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv2d downsample{nullptr}, pos_conv{nullptr};
    torch::nn::Sequential blocks{nullptr};
};
TORCH_MODULE(TransformerStage);

class CoAtNetImpl : public BackboneImpl {
public:
    explicit CoAtNetImpl(const CoAtNetOptions& options = {});
    torch::Tensor forward(torch::Tensor images) override;
    int64_t featureDim() const override { return options_.channels[3]; }

private:
    CoAtNetOptions options_;
    torch::nn::Sequential stem{nullptr}, stages{nullptr};
    torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(CoAtNet);

} // namespace tagscope
