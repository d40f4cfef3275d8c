#include "models/resnet.h"

#include "models/drop_path.h"

#include <array>
#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

// torchvision's shortcut when the shape changes: 1x1 convolution with the block's stride, then BN.
nn::Sequential shortcut(int64_t in, int64_t out, int64_t stride)
{
    if (stride == 1 && in == out)
        return nullptr;
    return nn::Sequential(conv(in, out, 1, stride), nn::BatchNorm2d(out));
}

} // namespace

ResNetBasicBlockImpl::ResNetBasicBlockImpl(int64_t inChannels, int64_t channels, int64_t stride, double dropPath)
    : conv1(register_module("conv1", conv(inChannels, channels, 3, stride))),
      conv2(register_module("conv2", conv(channels, channels, 3, 1))),
      bn1(register_module("bn1", nn::BatchNorm2d(channels))),
      bn2(register_module("bn2", nn::BatchNorm2d(channels))),
      dropPath_(dropPath)
{
    if (auto s = shortcut(inChannels, channels, stride))
        downsample = register_module("downsample", s);
}

torch::Tensor ResNetBasicBlockImpl::forward(torch::Tensor x)
{
    const torch::Tensor identity = downsample ? downsample->forward(x) : x;
    torch::Tensor out = torch::relu(bn1(conv1(x)));
    out = bn2(conv2(out));
    return torch::relu(identity + tagscope::dropPath(out, dropPath_, is_training()));
}

ResNetBottleneckImpl::ResNetBottleneckImpl(int64_t inChannels, int64_t channels, int64_t stride, double dropPath)
    : conv1(register_module("conv1", conv(inChannels, channels, 1, 1))),
      conv2(register_module("conv2", conv(channels, channels, 3, stride))),
      conv3(register_module("conv3", conv(channels, channels * expansion, 1, 1))),
      bn1(register_module("bn1", nn::BatchNorm2d(channels))),
      bn2(register_module("bn2", nn::BatchNorm2d(channels))),
      bn3(register_module("bn3", nn::BatchNorm2d(channels * expansion))),
      dropPath_(dropPath)
{
    if (auto s = shortcut(inChannels, channels * expansion, stride))
        downsample = register_module("downsample", s);
}

torch::Tensor ResNetBottleneckImpl::forward(torch::Tensor x)
{
    const torch::Tensor identity = downsample ? downsample->forward(x) : x;
    torch::Tensor out = torch::relu(bn1(conv1(x)));
    out = torch::relu(bn2(conv2(out)));
    out = bn3(conv3(out));
    return torch::relu(identity + tagscope::dropPath(out, dropPath_, is_training()));
}

namespace {

struct Layout {
    bool bottleneck;
    std::array<int64_t, 4> blocks;
};

Layout layoutFor(int depth)
{
    switch (depth) {
    case 18: return {false, {2, 2, 2, 2}};
    case 34: return {false, {3, 4, 6, 3}};
    case 50: return {true, {3, 4, 6, 3}};
    default: throw std::invalid_argument("ResNet depth must be 18, 34 or 50, not " + std::to_string(depth));
    }
}

// Fills layer1..layer4; inChannels ends as the feature width.
template <typename Block>
void makeStages(const std::array<int64_t, 4>& blocks, const ResNetOptions& options, int64_t& inChannels,
                std::array<nn::Sequential, 4>& layers)
{
    const int64_t total = blocks[0] + blocks[1] + blocks[2] + blocks[3];
    int64_t index = 0;
    for (std::size_t stage = 0; stage < 4; ++stage) {
        const int64_t channels = int64_t{64} << stage;
        layers[stage] = nn::Sequential();
        for (int64_t b = 0; b < blocks[stage]; ++b) {
            const int64_t stride = (stage > 0 && b == 0) ? 2 : 1;
            Block block(inChannels, channels, stride, dropPathRate(options.dropPath, index++, total));
            if (options.zeroInitResidual)
                nn::init::zeros_(block->lastNorm()->weight);
            layers[stage]->push_back(block);
            inChannels = channels * Block::Impl::expansion;
        }
    }
}

} // namespace

ResNetImpl::ResNetImpl(const ResNetOptions& options)
{
    const Layout layout = layoutFor(options.depth);
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(3, 64, 7).stride(2).padding(3).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(64));
    maxpool = register_module("maxpool", nn::MaxPool2d(nn::MaxPool2dOptions(3).stride(2).padding(1)));

    int64_t channels = 64;
    std::array<nn::Sequential, 4> layers{nullptr, nullptr, nullptr, nullptr};
    if (layout.bottleneck)
        makeStages<ResNetBottleneck>(layout.blocks, options, channels, layers);
    else
        makeStages<ResNetBasicBlock>(layout.blocks, options, channels, layers);
    layer1 = register_module("layer1", layers[0]);
    layer2 = register_module("layer2", layers[1]);
    layer3 = register_module("layer3", layers[2]);
    layer4 = register_module("layer4", layers[3]);
    featureDim_ = channels;

    // torchvision's initialisation (BatchNorm keeps its defaults, gamma 1 and beta 0, or the zero-init above).
    for (auto& module : modules(/*include_self=*/false))
        if (auto* c = module->as<nn::Conv2d>())
            nn::init::kaiming_normal_(c->weight, 0, torch::kFanOut, torch::kReLU);
}

torch::Tensor ResNetImpl::forward(torch::Tensor images)
{
    torch::Tensor x = maxpool(torch::relu(bn1(conv1(images))));
    x = layer4->forward(layer3->forward(layer2->forward(layer1->forward(x))));
    return pooling_ == GlobalPooling::Max ? x.amax({2, 3}) : x.mean({2, 3});
}

} // namespace tagscope
