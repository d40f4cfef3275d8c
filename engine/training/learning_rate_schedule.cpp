#include "training/learning_rate_schedule.h"

#include <algorithm>
#include <cmath>

namespace tagscope {

double learningRateFactor(const ScheduleShape& s, std::int64_t step)
{
    const double pi = 3.14159265358979323846;
    const double total = static_cast<double>(std::max<std::int64_t>(1, s.totalSteps));
    const double t = static_cast<double>(step);
    if (s.kind == "onecycle") {
        // Smith & Topin 2019 with cosine phases: 30% rising from 1/25 to 1, then down to 1/25e4.
        const double peak = 0.3 * total;
        if (t < peak)
            return 1.0 / 25 + (1 - 1.0 / 25) * (1 - std::cos(pi * t / peak)) / 2;
        const double fall = std::min(1.0, (t - peak) / std::max(1.0, total - peak));
        const double floor = 1.0 / 25 / 1e4;
        return floor + (1 - floor) * (1 + std::cos(pi * fall)) / 2;
    }
    const double warmup = s.warmupEpochs * static_cast<double>(s.stepsPerEpoch);
    if (warmup > 0 && t < warmup)
        return (t + 1) / warmup;
    if (s.kind == "cosine") {
        const double progress = std::min(1.0, (t - warmup) / std::max(1.0, total - warmup));
        return (1 + std::cos(pi * progress)) / 2;
    }
    if (s.kind == "step" && s.stepSize > 0) {
        const auto epoch = static_cast<double>(step / std::max<std::int64_t>(1, s.stepsPerEpoch));
        return std::pow(s.stepGamma, std::floor(epoch / s.stepSize));
    }
    return 1.0;
}

} // namespace tagscope
