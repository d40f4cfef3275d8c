#pragma once
// The smoothed training loss the trainer reports and the plots draw: an exponential moving average with weight
// 0.98 per step, debiased as TensorBoard's smoothing is. The average starts from zero and is divided by the
// weight it has gathered so far, 1 - 0.98^n after n steps, so the first steps read as the mean of the losses seen
// rather than clinging to the first one (an average started at the step-1 loss stays near it for ~100 steps).
// Steps may come apart (a run logs every log_every steps): each one then counts as that many steps.
#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope {

class LossSmoothing {
public:
    static constexpr double kWeight = 0.98; // per step

    LossSmoothing() = default;
    // Continues a smoothing that reached `smoothed` after `steps` steps (a plot picking up where it stopped).
    static LossSmoothing after(double smoothed, double steps)
    {
        LossSmoothing s;
        if (std::isfinite(smoothed) && steps > 0) {
            s.remaining_ = std::pow(kWeight, steps);
            s.biased_ = smoothed * (1 - s.remaining_);
        }
        return s;
    }

    // Adds the loss of a step `steps` steps after the previous one (at least 1) and returns the smoothed loss.
    // A loss that is not finite is shown as it is and starts the average afresh.
    double add(double loss, double steps = 1)
    {
        if (!std::isfinite(loss)) {
            *this = LossSmoothing();
            return loss;
        }
        const double keep = std::pow(kWeight, std::max(1.0, steps));
        biased_ = keep * biased_ + (1 - keep) * loss;
        remaining_ *= keep;
        return value();
    }

    // NaN before the first loss.
    double value() const { return remaining_ < 1 ? biased_ / (1 - remaining_) : std::numeric_limits<double>::quiet_NaN(); }

private:
    double biased_ = 0;    // the average started from zero
    double remaining_ = 1; // kWeight^steps: the weight still on the zero it started from
};

} // namespace tagscope
