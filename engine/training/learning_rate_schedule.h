#pragma once
// Learning-rate multiplier for a step: linear warm-up, then cosine decay to zero, one-cycle, step decay or
// constant. One function, so the trainer, a resumed run and the GUI's preview agree on every step.
#include <cstdint>
#include <string>

namespace tagscope {

struct ScheduleShape {
    std::string kind = "cosine"; // cosine, onecycle, step, constant
    std::int64_t totalSteps = 1;
    std::int64_t stepsPerEpoch = 1;
    double warmupEpochs = 0;
    int stepSize = 0;   // step: epochs between decays (0: never)
    double stepGamma = 0.1;
};

double learningRateFactor(const ScheduleShape& shape, std::int64_t step);

} // namespace tagscope
