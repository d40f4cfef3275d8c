// CosFace (Wang et al. 2018) and ArcFace (Deng et al. 2019), engine/losses/README.md: softmax cross-entropy over
// s * cos(theta) between normalised embeddings and normalised class weights, with a margin on the target class:
//   CosFace  s * (cos theta_y - m)
//   ArcFace  s * cos(theta_y + m) while theta_y + m stays below pi (cos theta_y > cos(pi - m)); beyond, where
//            cos(theta + m) would stop decreasing, the fallback s * (cos theta_y - sin(pi - m) * m) keeps the
//            target logit monotonic. cos is clamped to [-1, 1] and sin theta = sqrt(clamp(1 - cos^2, 0, 1)).
#include "losses/metric/class_weights.h"
#include "losses/metric/metric_loss.h"
#include "losses/metric/metric_losses.h"

#include <torch/torch.h>

#include <cmath>

namespace tagscope {
namespace {

class AdditiveMarginLoss : public MetricLoss {
public:
    enum class Margin { Cosine, Angular };

    AdditiveMarginLoss(Margin margin, const LossParameters& p, const LossContext& context)
        : margin_(margin), s_(p.number("s")), m_(p.number("m")),
          weights_(context.classes, context.embeddingDim, ClassWeightsImpl::Init::XavierUniform)
    {
    }

    bool classBased() const override { return true; }
    std::shared_ptr<torch::nn::Module> module() override { return weights_.ptr(); }
    torch::Tensor classWeights() override { return weights_->weight; }

    torch::Tensor compute(const torch::Tensor& x, const torch::Tensor& targets) override
    {
        const torch::Tensor labels = classIdsOf(targets, margin_ == Margin::Cosine ? "cosface" : "arcface", weights_->weight.size(0))
                                         .to(x.device())
                                         .unsqueeze(1);
        const torch::Tensor cosine = torch::clamp(torch::mm(unitRows(x), unitRows(weights_->weight).t()), -1, 1);
        const torch::Tensor cosTarget = cosine.gather(1, labels);
        torch::Tensor target;
        if (margin_ == Margin::Cosine) {
            target = cosTarget - m_;
        } else {
            const torch::Tensor sine = torch::sqrt(torch::clamp(1 - cosTarget * cosTarget, 0, 1));
            const torch::Tensor shifted = cosTarget * std::cos(m_) - sine * std::sin(m_);
            target = torch::where(cosTarget > std::cos(M_PI - m_), shifted, cosTarget - std::sin(M_PI - m_) * m_);
        }
        const torch::Tensor logits = s_ * cosine.scatter(1, labels, target);
        return torch::nn::functional::cross_entropy(logits, labels.squeeze(1));
    }

private:
    Margin margin_;
    double s_, m_;
    ClassWeights weights_;
};

RegisteredLoss marginEntry(AdditiveMarginLoss::Margin margin, const char* name, const char* title, const char* summary, double m,
                           const char* mHelp)
{
    LossDescription d;
    d.name = name;
    d.title = title;
    d.family = "metric";
    d.summary = summary;
    d.parameters = {
        {"s", LossParameter::Type::Number, 64, 0.1, 1000, {}, "Scale of the cosine logits"},
        {"m", LossParameter::Type::Number, m, 0, 1.5, {}, mHelp},
    };
    return {d, [margin, loss = std::string(name)](const LossParameters& p, const LossContext& context) {
                requireClassShape(context, loss);
                return std::make_unique<AdditiveMarginLoss>(margin, p, context);
            }};
}

} // namespace

RegisteredLoss cosFaceLossEntry()
{
    return marginEntry(AdditiveMarginLoss::Margin::Cosine, "cosface", "CosFace (large margin cosine loss)",
                       "Softmax over scaled cosines with the margin subtracted from the target cosine: stable, few "
                       "hyper-parameters, strong on face and product retrieval.",
                       0.35, "Cosine margin subtracted from the target class");
}

RegisteredLoss arcFaceLossEntry()
{
    return marginEntry(AdditiveMarginLoss::Margin::Angular, "arcface", "ArcFace (additive angular margin)",
                       "Softmax over scaled cosines with the margin added to the target angle: the geodesic margin; the "
                       "usual first choice for class-based embedding training.",
                       0.5, "Angular margin added to the target angle (radians)");
}

} // namespace tagscope
