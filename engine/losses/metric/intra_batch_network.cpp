#include "losses/metric/intra_batch_network.h"

#include <torch/nn/init.h>
#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

namespace {

nn::Linear xavierLinear(std::int64_t in, std::int64_t out)
{
    nn::Linear linear(in, out);
    torch::NoGradGuard noGrad;
    nn::init::xavier_uniform_(linear->weight);
    linear->bias.zero_();
    return linear;
}

// BNNeck as in the authors' code: BatchNorm with a fixed zero shift, then a bias-free Linear with small weights.
nn::BatchNorm1d neck(std::int64_t dim)
{
    nn::BatchNorm1d norm(dim);
    norm->bias.set_requires_grad(false);
    return norm;
}

nn::Linear classifier(std::int64_t dim, std::int64_t classes)
{
    nn::Linear linear(nn::LinearOptions(dim, classes).bias(false));
    torch::NoGradGuard noGrad;
    linear->weight.normal_(0, 0.001);
    return linear;
}

const IntraBatchOptions& checked(const IntraBatchOptions& o)
{
    if (o.dim <= 0 || o.classes < 2)
        throw std::invalid_argument("intra_batch: needs a positive embedding size and at least two classes");
    if (o.heads < 1 || o.dim % o.heads != 0)
        throw std::invalid_argument("intra_batch: the embedding size " + std::to_string(o.dim) + " must be a multiple of heads (" +
                                    std::to_string(o.heads) + ")");
    return o;
}

} // namespace

MessagePassingLayerImpl::MessagePassingLayerImpl(const IntraBatchOptions& o) : heads_(checked(o).heads)
{
    query = register_module("query", xavierLinear(o.dim, o.dim));
    key = register_module("key", xavierLinear(o.dim, o.dim));
    value = register_module("value", xavierLinear(o.dim, o.dim));
    out = register_module("out", xavierLinear(o.dim, o.dim));
    ff1 = register_module("ff1", nn::Linear(o.dim, o.ffMultiplier * o.dim));
    ff2 = register_module("ff2", nn::Linear(o.ffMultiplier * o.dim, o.dim));
    attentionDropout = register_module("attention_dropout", nn::Dropout(o.attentionDropout));
    dropout1 = register_module("dropout1", nn::Dropout(o.dropout));
    dropout2 = register_module("dropout2", nn::Dropout(o.dropout));
    ffDropout = register_module("ff_dropout", nn::Dropout(o.dropout));
    norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
    norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
}

torch::Tensor MessagePassingLayerImpl::forward(const torch::Tensor& nodes, const torch::Tensor& edges)
{
    const std::int64_t b = nodes.size(0), d = nodes.size(1), h = heads_, hd = d / h;
    auto split = [&](const torch::Tensor& x) { return x.view({b, h, hd}).transpose(0, 1); }; // H x B x hd
    const torch::Tensor q = split(query(nodes)), k = split(key(nodes)), v = split(value(nodes));
    torch::Tensor scores = torch::matmul(q, k.transpose(1, 2)) / std::sqrt(static_cast<double>(hd)); // H x B(to) x B(from)
    scores = scores.masked_fill(edges.logical_not().unsqueeze(0), -std::numeric_limits<double>::infinity());
    // An extra zero logit in the softmax lets a node attend to nothing (the authors' softmax adds exp(0) to the
    // denominator); it is dropped after normalising.
    scores = torch::cat({scores, torch::zeros({h, b, 1}, scores.options())}, 2);
    const torch::Tensor attention = attentionDropout(torch::softmax(scores, 2).narrow(2, 0, b));
    const torch::Tensor messages = out(torch::matmul(attention, v).transpose(0, 1).reshape({b, d}));
    torch::Tensor x = norm1(nodes + dropout1(messages));
    x = norm2(x + dropout2(ff2(ffDropout(torch::relu(ff1(x))))));
    return x;
}

IntraBatchNetworkImpl::IntraBatchNetworkImpl(const IntraBatchOptions& o) : edgeThreshold_(checked(o).edgeThreshold)
{
    layer = register_module("layer", MessagePassingLayer(o));
    backboneNorm = register_module("backbone_norm", neck(o.dim));
    messageNorm = register_module("message_norm", neck(o.dim));
    backboneClassifier = register_module("backbone_classifier", classifier(o.dim, o.classes));
    messageClassifier = register_module("message_classifier", classifier(o.dim, o.classes));
}

torch::Tensor IntraBatchNetworkImpl::edges(const torch::Tensor& embeddings) const
{
    const std::int64_t b = embeddings.size(0);
    const auto options = torch::TensorOptions().dtype(torch::kBool).device(embeddings.device());
    if (edgeThreshold_ < 0)
        return torch::ones({b, b}, options);
    torch::NoGradGuard noGrad;
    const torch::Tensor centred = embeddings - embeddings.mean(1, true);
    const torch::Tensor unit = centred / torch::clamp_min(centred.norm(2, 1, true), 1e-12);
    return torch::relu(torch::mm(unit, unit.t())).gt(edgeThreshold_);
}

IntraBatchNetworkImpl::Outputs IntraBatchNetworkImpl::forward(const torch::Tensor& embeddings)
{
    Outputs o;
    o.refined = layer(embeddings, edges(embeddings));
    o.backboneLogits = backboneClassifier(backboneNorm(embeddings));
    o.messageLogits = messageClassifier(messageNorm(o.refined));
    return o;
}

} // namespace tagscope
