#include "models/heads.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tagscope {

namespace nn = torch::nn;

std::vector<double> priorLogits(const std::vector<double>& priors)
{
    std::vector<double> logits;
    logits.reserve(priors.size());
    for (const double prior : priors) {
        if (!std::isfinite(prior) || prior < 0 || prior > 1)
            throw std::invalid_argument("class prior " + std::to_string(prior) + " is not a frequency in [0, 1]");
        const double p = std::clamp(prior, 1e-6, 1 - 1e-6);
        logits.push_back(std::log(p / (1 - p)));
    }
    return logits;
}

namespace {

// Checked before any layer is built, since a Linear with zero features fails with a less helpful message.
const ClassifierHeadOptions& checked(const ClassifierHeadOptions& options)
{
    if (options.inFeatures <= 0 || options.numClasses <= 0)
        throw std::invalid_argument("classifier head needs positive feature and class counts");
    if (!options.priors.empty() && static_cast<int64_t>(options.priors.size()) != options.numClasses)
        throw std::invalid_argument("classifier head: " + std::to_string(options.priors.size()) + " priors for " +
                                    std::to_string(options.numClasses) + " classes");
    return options;
}

const EmbeddingHeadOptions& checked(const EmbeddingHeadOptions& options)
{
    if (options.inFeatures <= 0 || options.dim <= 0)
        throw std::invalid_argument("embedding head needs positive feature and embedding sizes");
    return options;
}

} // namespace

ClassifierHeadImpl::ClassifierHeadImpl(const ClassifierHeadOptions& options)
    : dropout(register_module("dropout", nn::Dropout(checked(options).dropout))),
      fc(register_module("fc", nn::Linear(options.inFeatures, options.numClasses)))
{
    torch::NoGradGuard noGrad;
    // Small weights: the initial logits are then close to the bias, i.e. to the priors when they are given.
    fc->weight.normal_(0, 0.01);
    if (options.priors.empty())
        fc->bias.zero_();
    else
        fc->bias.copy_(torch::tensor(priorLogits(options.priors), torch::kDouble).to(fc->bias.dtype()));
}

torch::Tensor ClassifierHeadImpl::forward(const torch::Tensor& features)
{
    return fc(dropout(features));
}

EmbeddingHeadImpl::EmbeddingHeadImpl(const EmbeddingHeadOptions& options)
    : normalize_(checked(options).normalize), fc(register_module("fc", nn::Linear(options.inFeatures, options.dim)))
{
    if (options.layerNorm)
        layerNorm_ = register_module("layer_norm", nn::LayerNorm(nn::LayerNormOptions({options.inFeatures}).elementwise_affine(false)));
}

torch::Tensor EmbeddingHeadImpl::forward(const torch::Tensor& features)
{
    const torch::Tensor embedded = fc(layerNorm_ ? layerNorm_(features) : features);
    return normalize_ ? torch::nn::functional::normalize(embedded, torch::nn::functional::NormalizeFuncOptions().dim(1))
                      : embedded;
}

} // namespace tagscope
