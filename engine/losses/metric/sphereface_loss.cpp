// SphereFace / A-Softmax (Liu et al. 2017; engine/losses/README.md). Class weights are normalised, features are
// not. The target logit is (|x| psi(theta) + lambda |x| cos theta) / (1 + lambda) with
// psi(theta) = (-1)^k cos(m theta) - 2k for theta in [k pi / m, (k + 1) pi / m]; other logits are |x| cos theta;
// then softmax cross-entropy, mean over the batch. As in the original, cos(m theta) is the Chebyshev polynomial
// T_m(cos theta) (so the gradient needs no acos) and k is found by comparing cos theta with cos(j pi / m).
// lambda = max(lambda_min, lambda_base * (1 + lambda_gamma * iteration)^-lambda_power) anneals per iteration,
// the iteration being the `iteration` parameter plus the training step.
#include "losses/metric/class_weights.h"
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace tagscope {
namespace {

class SphereFaceLoss : public MetricLoss {
public:
    SphereFaceLoss(const LossParameters& p, const LossContext& context)
        : m_(static_cast<int>(p.number("m"))), iteration_(static_cast<std::int64_t>(p.number("iteration"))),
          lambdaBase_(p.number("lambda_base")), lambdaGamma_(p.number("lambda_gamma")), lambdaPower_(p.number("lambda_power")),
          lambdaMin_(p.number("lambda_min")),
          weights_(context.classes, context.embeddingDim, ClassWeightsImpl::Init::XavierUniform)
    {
    }

    bool classBased() const override { return true; }
    bool wantsNormalizedEmbeddings() const override { return false; }
    void setIteration(std::int64_t step) override { step_ = step; }
    std::shared_ptr<torch::nn::Module> module() override { return weights_.ptr(); }
    torch::Tensor classWeights() override { return weights_->weight; }

    double lambda() const
    {
        const double iteration = static_cast<double>(iteration_ + step_);
        return std::max(lambdaMin_, lambdaBase_ * std::pow(1 + lambdaGamma_ * iteration, -lambdaPower_));
    }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const torch::Tensor labels = classIdsOf(targets, "sphereface", weights_->weight.size(0)).to(x.device());
        const torch::Tensor w = unitRows(weights_->weight);
        const torch::Tensor xw = torch::mm(x, w.t()); // |x| cos theta
        const torch::Tensor norm = torch::clamp_min(x.norm(2, 1, true), 1e-12);
        const torch::Tensor cosTarget = torch::clamp(xw.gather(1, labels.unsqueeze(1)) / norm, -1, 1);
        const torch::Tensor k = intervalOf(cosTarget);
        const torch::Tensor sign = 1 - 2 * torch::remainder(k, 2); // (-1)^k
        const torch::Tensor psi = sign * chebyshev(cosTarget) - 2 * k;
        const double l = lambda();
        const torch::Tensor target = (norm * psi + l * norm * cosTarget) / (1 + l);
        const torch::Tensor logits = xw.scatter(1, labels.unsqueeze(1), target);
        return torch::nn::functional::cross_entropy(logits, labels);
    }

private:
    // T_m(c) = cos(m acos c), by the recurrence T_{n+1} = 2 c T_n - T_{n-1}.
    torch::Tensor chebyshev(const torch::Tensor& c) const
    {
        torch::Tensor previous = torch::ones_like(c), current = c;
        for (int n = 1; n < m_; ++n) {
            torch::Tensor next = 2 * c * current - previous;
            previous = current;
            current = next;
        }
        return current;
    }

    // k with theta in [k pi / m, (k + 1) pi / m]: the number of j in 1..m-1 with cos theta <= cos(j pi / m).
    torch::Tensor intervalOf(const torch::Tensor& c) const
    {
        torch::NoGradGuard noGrad;
        torch::Tensor k = torch::zeros_like(c);
        for (int j = 1; j < m_; ++j)
            k = k + c.le(std::cos(j * M_PI / m_)).to(c.dtype());
        return k;
    }

    int m_;
    std::int64_t iteration_;
    std::int64_t step_ = 0;
    double lambdaBase_, lambdaGamma_, lambdaPower_, lambdaMin_;
    ClassWeights weights_;
};

} // namespace

RegisteredLoss sphereFaceLossEntry()
{
    LossDescription d;
    d.name = "sphereface";
    d.title = "SphereFace (A-Softmax)";
    d.family = "metric";
    d.summary = "Multiplicative angular margin on a softmax over normalised class weights; the margin is phased in "
                "by annealing lambda from 1000 down to 5 over the first iterations.";
    d.parameters = {
        {"m", LossParameter::Type::Integer, 4, 1, 10, {}, "Angular margin multiplier"},
        {"iteration", LossParameter::Type::Integer, 0, 0, 1e12, {}, "Iteration the lambda schedule starts at (training adds its step)"},
        {"lambda_base", LossParameter::Type::Number, 1000, 0, 1e6, {}, "Lambda at iteration 0"},
        {"lambda_gamma", LossParameter::Type::Number, 0.12, 0, 100, {}, "Annealing speed"},
        {"lambda_power", LossParameter::Type::Number, 1, 0, 10, {}, "Annealing exponent"},
        {"lambda_min", LossParameter::Type::Number, 5, 0, 1e6, {}, "Lambda never drops below this"},
    };
    return {d, [](const LossParameters& p, const LossContext& context) {
                requireClassShape(context, "sphereface");
                return std::make_unique<SphereFaceLoss>(p, context);
            }};
}

} // namespace tagscope
