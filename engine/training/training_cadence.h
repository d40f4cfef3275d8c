#pragma once
// When a run stops, validates and writes checkpoints, counted in optimizer steps: a run of millions of images
// cannot wait for epoch ends to be measured or saved. Every rank of a data-parallel run decides the same from
// the step (time only decides checkpoints, which rank 0 alone writes).
#include "training/training_config.h"

#include <chrono>
#include <cstdint>

namespace tagscope {

class TrainingCadence {
public:
    TrainingCadence(const TrainingConfig& config, std::int64_t batchesPerEpoch);

    // min(epochs x batches per epoch, max_steps), whichever are set: what the schedule and the ETA count on.
    std::int64_t totalSteps() const { return totalSteps_; }
    // Epochs to show: those begun to reach totalSteps.
    int epochs() const { return epochs_; }
    // What ends a run: max_steps (when set), or the last epoch (when set). Epoch lengths can differ (the
    // repeat-factor sampler), so an epoch-counted run ends at its last epoch's end, not at totalSteps.
    std::int64_t stepLimit() const { return stepLimit_; }
    int epochLimit() const { return epochLimit_; }
    bool validatesBySteps() const { return evalEverySteps_ > 0; }
    // Validate after `step`: every eval_every_steps and at the run's last step; without eval_every_steps, at the
    // last step when it falls inside an epoch (epoch ends validate on their own).
    bool validationDue(std::int64_t step, bool endOfEpoch, bool lastStep) const;
    // Write a checkpoint after `step`: every checkpoint_every_steps, or checkpoint_every_minutes after the last one.
    bool checkpointDue(std::int64_t step) const;
    void checkpointWritten(); // restarts the minutes

private:
    std::int64_t totalSteps_ = 0;
    int epochs_ = 0;
    std::int64_t stepLimit_ = 0;
    int epochLimit_ = 0;
    std::int64_t evalEverySteps_ = 0;
    std::int64_t checkpointEverySteps_ = 0;
    std::chrono::steady_clock::duration checkpointInterval_{};
    std::chrono::steady_clock::time_point lastCheckpoint_ = std::chrono::steady_clock::now();
};

} // namespace tagscope
