#include "models/transformer_block.h"

#include "models/drop_path.h"

#include <cmath>
#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

nn::LayerNorm transformerNorm(int64_t dim)
{
    return nn::LayerNorm(nn::LayerNormOptions({dim}).eps(1e-6));
}

SelfAttentionImpl::SelfAttentionImpl(int64_t dim, int64_t heads, double dropoutRate)
    : heads_(heads),
      qkv(register_module("qkv", nn::Linear(dim, dim * 3))),
      proj(register_module("proj", nn::Linear(dim, dim))),
      dropout(register_module("dropout", nn::Dropout(dropoutRate)))
{
    if (heads <= 0 || dim % heads != 0)
        throw std::invalid_argument("attention width " + std::to_string(dim) + " is not divisible by " + std::to_string(heads) +
                                    " heads");
    scale_ = 1.0 / std::sqrt(static_cast<double>(dim / heads));
}

torch::Tensor SelfAttentionImpl::forward(const torch::Tensor& tokens)
{
    const int64_t batch = tokens.size(0), count = tokens.size(1), dim = tokens.size(2);
    // B x N x 3C -> 3 x B x heads x N x headDim; reshape (not view) because the permuted input is not contiguous.
    const torch::Tensor parts = qkv(tokens).reshape({batch, count, 3, heads_, dim / heads_}).permute({2, 0, 3, 1, 4});
    const torch::Tensor q = parts[0] * scale_, k = parts[1], v = parts[2];
    const torch::Tensor weights = torch::softmax(torch::matmul(q, k.transpose(-2, -1)), -1);
    const torch::Tensor mixed = torch::matmul(weights, v).transpose(1, 2).reshape({batch, count, dim});
    return dropout(proj(mixed));
}

MlpImpl::MlpImpl(int64_t dim, int64_t hidden, double dropoutRate)
    : fc1(register_module("fc1", nn::Linear(dim, hidden))),
      fc2(register_module("fc2", nn::Linear(hidden, dim))),
      dropout(register_module("dropout", nn::Dropout(dropoutRate)))
{
}

torch::Tensor MlpImpl::forward(const torch::Tensor& tokens)
{
    return dropout(fc2(dropout(torch::gelu(fc1(tokens)))));
}

TransformerBlockImpl::TransformerBlockImpl(const TransformerBlockOptions& o)
    : norm1(register_module("norm1", transformerNorm(o.dim))),
      norm2(register_module("norm2", transformerNorm(o.dim))),
      attn(register_module("attn", SelfAttention(o.dim, o.heads, o.dropout))),
      mlp(register_module("mlp", Mlp(o.dim, static_cast<int64_t>(o.dim * o.mlpRatio), o.dropout))),
      dropPath_(o.dropPath)
{
}

torch::Tensor TransformerBlockImpl::forward(torch::Tensor tokens)
{
    tokens = tokens + dropPath(attn(norm1(tokens)), dropPath_, is_training());
    return tokens + dropPath(mlp(norm2(tokens)), dropPath_, is_training());
}

} // namespace tagscope
