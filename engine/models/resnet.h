#pragma once
// ResNet-18/34/50 with torchvision's topology and parameter names (conv1, bn1, layer1.0.conv1, ...,
// downsample.0/1), so weights converted from torchvision map one to one. ResNet-50 is "v1.5": the stride of
// a downsampling bottleneck sits on its 3x3 convolution. The fc layer is left out: heads live in heads.h.
#include "models/backbone.h"

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/pooling.h>

namespace tagscope {

struct ResNetOptions {
    int depth = 18;                // 18, 34 or 50
    bool zeroInitResidual = false; // last BN gamma of each block at 0: every block starts as the identity
    double dropPath = 0;           // stochastic depth on the residual branches, rising linearly with depth
};

class ResNetBasicBlockImpl : public torch::nn::Module {
public:
    static constexpr int64_t expansion = 1;
    ResNetBasicBlockImpl(int64_t inChannels, int64_t channels, int64_t stride, double dropPath);
    torch::Tensor forward(torch::Tensor x);
    torch::nn::BatchNorm2d lastNorm() const { return bn2; }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Sequential downsample{nullptr};
    double dropPath_ = 0;
};
TORCH_MODULE(ResNetBasicBlock);

class ResNetBottleneckImpl : public torch::nn::Module {
public:
    static constexpr int64_t expansion = 4;
    ResNetBottleneckImpl(int64_t inChannels, int64_t channels, int64_t stride, double dropPath);
    torch::Tensor forward(torch::Tensor x);
    torch::nn::BatchNorm2d lastNorm() const { return bn3; }

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
    double dropPath_ = 0;
};
TORCH_MODULE(ResNetBottleneck);

class ResNetImpl : public BackboneImpl {
public:
    explicit ResNetImpl(const ResNetOptions& options);
    torch::Tensor forward(torch::Tensor images) override;
    int64_t featureDim() const override { return featureDim_; }
    bool setGlobalPooling(GlobalPooling pooling) override
    {
        pooling_ = pooling;
        return true;
    }

private:
    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::MaxPool2d maxpool{nullptr};
    torch::nn::Sequential layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    int64_t featureDim_ = 0;
    GlobalPooling pooling_ = GlobalPooling::Average;
};
TORCH_MODULE(ResNet);

} // namespace tagscope
