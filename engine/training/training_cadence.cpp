#include "training/training_cadence.h"

#include <algorithm>
#include <limits>

namespace tagscope {

TrainingCadence::TrainingCadence(const TrainingConfig& config, std::int64_t batchesPerEpoch)
    : evalEverySteps_(config.evalEverySteps), checkpointEverySteps_(config.checkpointEverySteps)
{
    const std::int64_t perEpoch = std::max<std::int64_t>(batchesPerEpoch, 1);
    totalSteps_ = config.epochs > 0 ? perEpoch * config.epochs : std::numeric_limits<std::int64_t>::max();
    if (config.maxSteps > 0)
        totalSteps_ = std::min(totalSteps_, config.maxSteps);
    epochs_ = static_cast<int>(std::min<std::int64_t>((totalSteps_ + perEpoch - 1) / perEpoch, std::numeric_limits<int>::max()));
    stepLimit_ = config.maxSteps > 0 ? config.maxSteps : std::numeric_limits<std::int64_t>::max();
    epochLimit_ = config.epochs > 0 ? config.epochs : std::numeric_limits<int>::max();
    if (config.checkpointEveryMinutes > 0)
        checkpointInterval_ = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
            std::chrono::duration<double, std::ratio<60>>(config.checkpointEveryMinutes));
}

bool TrainingCadence::validationDue(std::int64_t step, bool endOfEpoch, bool lastStep) const
{
    if (evalEverySteps_ > 0)
        return step % evalEverySteps_ == 0 || lastStep;
    return lastStep && !endOfEpoch;
}

bool TrainingCadence::checkpointDue(std::int64_t step) const
{
    if (checkpointEverySteps_ > 0 && step % checkpointEverySteps_ == 0)
        return true;
    return checkpointInterval_.count() > 0 && std::chrono::steady_clock::now() - lastCheckpoint_ >= checkpointInterval_;
}

void TrainingCadence::checkpointWritten() { lastCheckpoint_ = std::chrono::steady_clock::now(); }

} // namespace tagscope
