#include "models/coatnet.h"

#include "models/drop_path.h"
#include "models/init.h"
#include "models/transformer_block.h"

#include <algorithm>
#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

SqueezeExciteImpl::SqueezeExciteImpl(int64_t channels, int64_t reduced)
    : fc1(register_module("fc1", nn::Conv2d(nn::Conv2dOptions(channels, reduced, 1)))),
      fc2(register_module("fc2", nn::Conv2d(nn::Conv2dOptions(reduced, channels, 1))))
{
}

torch::Tensor SqueezeExciteImpl::forward(const torch::Tensor& x)
{
    const torch::Tensor gate = torch::sigmoid(fc2(torch::silu(fc1(x.mean({2, 3}, /*keepdim=*/true)))));
    return x * gate;
}

MBConvImpl::MBConvImpl(int64_t in, int64_t out, int64_t stride, double dropPath) : dropPath_(dropPath)
{
    const int64_t hidden = in * 4;
    norm = register_module("norm", nn::BatchNorm2d(in));
    expand = register_module("expand", nn::Conv2d(nn::Conv2dOptions(in, hidden, 1).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(hidden));
    depthwise = register_module(
        "depthwise", nn::Conv2d(nn::Conv2dOptions(hidden, hidden, 3).stride(stride).padding(1).groups(hidden).bias(false)));
    bn2 = register_module("bn2", nn::BatchNorm2d(hidden));
    se = register_module("se", SqueezeExcite(hidden, std::max<int64_t>(8, in / 4)));
    project = register_module("project", nn::Conv2d(nn::Conv2dOptions(hidden, out, 1)));
    if (stride != 1)
        pool = register_module("pool", nn::AvgPool2d(nn::AvgPool2dOptions(3).stride(stride).padding(1)));
    if (stride != 1 || in != out)
        shortcut = register_module("shortcut", nn::Conv2d(nn::Conv2dOptions(in, out, 1)));
}

torch::Tensor MBConvImpl::forward(torch::Tensor x)
{
    torch::Tensor branch = torch::gelu(bn1(expand(norm(x))));
    branch = project(se(torch::gelu(bn2(depthwise(branch)))));
    torch::Tensor identity = pool ? pool(x) : x;
    if (shortcut)
        identity = shortcut(identity);
    return identity + dropPath(branch, dropPath_, is_training());
}

TransformerStageImpl::TransformerStageImpl(int64_t in, int64_t dim, int64_t heads, double dropout,
                                           const std::vector<double>& dropPaths)
    : downsample(register_module("downsample", nn::Conv2d(nn::Conv2dOptions(in, dim, 3).stride(2).padding(1)))),
      pos_conv(register_module("pos_conv", nn::Conv2d(nn::Conv2dOptions(dim, dim, 3).padding(1).groups(dim)))),
      blocks(register_module("blocks", nn::Sequential()))
{
    for (const double rate : dropPaths) {
        TransformerBlockOptions block;
        block.dim = dim;
        block.heads = heads;
        block.dropout = dropout;
        block.dropPath = rate;
        blocks->push_back(TransformerBlock(block));
    }
}

torch::Tensor TransformerStageImpl::forward(torch::Tensor x)
{
    x = downsample(x);
    x = x + pos_conv(x);
    const int64_t batch = x.size(0), dim = x.size(1), height = x.size(2), width = x.size(3);
    torch::Tensor tokens = blocks->forward(x.flatten(2).transpose(1, 2));
    return tokens.transpose(1, 2).reshape({batch, dim, height, width});
}

CoAtNetImpl::CoAtNetImpl(const CoAtNetOptions& options) : options_(options)
{
    const auto& c = options.channels;
    for (const int64_t width : {c[2], c[3]})
        if (width % options.headDim != 0)
            throw std::invalid_argument("CoAtNet transformer width " + std::to_string(width) + " is not a multiple of the head size " +
                                        std::to_string(options.headDim));

    stem = register_module("stem", nn::Sequential(
        nn::Conv2d(nn::Conv2dOptions(3, options.stemChannels, 3).stride(2).padding(1).bias(false)),
        nn::BatchNorm2d(options.stemChannels), nn::GELU(),
        nn::Conv2d(nn::Conv2dOptions(options.stemChannels, options.stemChannels, 3).padding(1).bias(false))));

    const auto& d = options.depths;
    const int64_t total = d[0] + d[1] + d[2] + d[3];
    int64_t index = 0;
    auto nextRates = [&](int64_t count) {
        std::vector<double> rates;
        for (int64_t i = 0; i < count; ++i)
            rates.push_back(dropPathRate(options.dropPath, index++, total));
        return rates;
    };

    // One flat sequence (MBConv blocks, then whole transformer stages): LibTorch cannot nest Sequentials.
    stages = register_module("stages", nn::Sequential());
    int64_t in = options.stemChannels;
    for (int stage = 0; stage < 2; ++stage) {
        int64_t stride = 2; // the first block of each stage halves the resolution
        for (const double rate : nextRates(d[stage])) {
            stages->push_back(MBConv(in, c[stage], stride, rate));
            in = c[stage];
            stride = 1;
        }
    }
    for (int stage = 2; stage < 4; ++stage) {
        stages->push_back(TransformerStage(in, c[stage], c[stage] / options.headDim, options.dropout, nextRates(d[stage])));
        in = c[stage];
    }
    norm = register_module("norm", transformerNorm(c[3]));

    // Convolutions keep LibTorch's default initialisation (each is followed by BatchNorm or sits in a residual
    // branch); the transformer linears get the ViT initialisation.
    for (auto& module : modules(/*include_self=*/false))
        if (auto* linear = module->as<nn::Linear>()) {
            truncatedNormal_(linear->weight, 0.02);
            nn::init::zeros_(linear->bias);
        }
}

torch::Tensor CoAtNetImpl::forward(torch::Tensor images)
{
    return norm(stages->forward(stem->forward(images)).mean({2, 3}));
}

} // namespace tagscope
