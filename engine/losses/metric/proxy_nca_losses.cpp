// Proxy-based losses (engine/losses/README.md), one learnable proxy per class, D = squared Euclidean distances
// between X = scale * norm(f) and P = scale * norm(proxies):
//   ProxyNCA   (Movshovitz-Attias et al. 2017): D_y + log sum_{c != y} exp(-D_c), the positive proxy left out of
//              the denominator (so the loss can go below zero);
//   ProxyNCA++ (Teh et al. 2020): -log_softmax(-D)_y, positive included; scale 3 is the temperature 1/9.
// Proxies start at randn / 8 and form their own optimiser group: ProxyNCA++'s "fast-moving proxies" train with a
// learning rate far above the backbone's (recipe: Adam, proxy lr 400, eps 1).
#include "losses/metric/class_weights.h"
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

#include <limits>

namespace tagscope {
namespace {

class ProxyNcaLoss : public MetricLoss {
public:
    ProxyNcaLoss(bool plusPlus, const LossParameters& p, const LossContext& context)
        : plusPlus_(plusPlus), scale_(p.number("scale")), proxyLr_(p.number("proxy_lr")), proxyEps_(p.number("proxy_eps")),
          proxies_(context.classes, context.embeddingDim, ClassWeightsImpl::Init::ScaledNormal)
    {
    }

    bool classBased() const override { return true; }
    std::shared_ptr<torch::nn::Module> module() override { return proxies_.ptr(); }
    torch::Tensor classWeights() override { return proxies_->weight; }
    std::vector<LossParameterGroup> parameterGroups() override { return {{"proxies", {proxies_->weight}, proxyLr_, proxyEps_}}; }

    torch::Tensor compute(const torch::Tensor& f, const torch::Tensor& targets) override
    {
        const torch::Tensor labels = classIdsOf(targets, plusPlus_ ? "proxynca_pp" : "proxynca", proxies_->weight.size(0)).to(f.device());
        const torch::Tensor d = squaredDistances(scale_ * unitRows(f), scale_ * unitRows(proxies_->weight));
        const torch::Tensor dTarget = d.gather(1, labels.unsqueeze(1)).squeeze(1);
        if (plusPlus_)
            return -torch::log_softmax(-d, 1).gather(1, labels.unsqueeze(1)).mean();
        const torch::Tensor others = (-d).scatter(1, labels.unsqueeze(1), -std::numeric_limits<double>::infinity());
        return (dTarget + torch::logsumexp(others, 1)).mean();
    }

private:
    bool plusPlus_;
    double scale_, proxyLr_, proxyEps_;
    ClassWeights proxies_;
};

RegisteredLoss proxyEntry(bool plusPlus, const char* name, const char* title, const char* summary, double scale, double lr, double eps)
{
    LossDescription d;
    d.name = name;
    d.title = title;
    d.family = "metric";
    d.summary = summary;
    d.parameters = {
        {"scale", LossParameter::Type::Number, scale, 0.01, 100, {}, "Embeddings and proxies are normalised, then scaled by this"},
        {"proxy_lr", LossParameter::Type::Number, lr, 0, 1e4, {}, "Learning rate of the proxies (0: the model's)"},
        {"proxy_eps", LossParameter::Type::Number, eps, 0, 10, {}, "Adam epsilon of the proxies (0: the optimiser's)"},
    };
    return {d, [plusPlus, loss = std::string(name)](const LossParameters& p, const LossContext& context) {
                requireClassShape(context, loss);
                return std::make_unique<ProxyNcaLoss>(plusPlus, p, context);
            }};
}

} // namespace

RegisteredLoss proxyNcaLossEntry()
{
    return proxyEntry(false, "proxynca", "ProxyNCA",
                      "Neighbourhood component analysis against one learnable proxy per class instead of other images: "
                      "no pair or triplet mining needed.",
                      1, 0, 0);
}

RegisteredLoss proxyNcaPlusPlusLossEntry()
{
    return proxyEntry(true, "proxynca_pp", "ProxyNCA++",
                      "ProxyNCA with a low temperature, the positive proxy in the denominator and fast-moving proxies; "
                      "pair it with max pooling, a LayerNorm head and a few epochs of backbone warm-up.",
                      3, 400, 1);
}

} // namespace tagscope
