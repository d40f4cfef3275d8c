#pragma once
// Checkpoints: model and optimizer state plus where the run stood, written atomically (temporary file, then
// rename) so that a crash or a full disk mid-write leaves the previous checkpoint loadable.
#include <torch/nn/module.h>
#include <torch/optim/optimizer.h>

#include <cstdint>
#include <string>

namespace tagscope {

struct TrainingPosition {
    std::int64_t epoch = 0;       // epoch to continue with
    std::int64_t batch = 0;       // first batch of that epoch not yet trained
    std::int64_t step = 0;        // optimizer steps taken so far
    double bestMap = -1;          // best validation mAP so far (metric learning: Recall@1 in percent)
    // The losses of the epoch's batches trained so far: a resumed epoch's train_loss averages the whole epoch.
    double epochLossSum = 0;
    std::int64_t epochLossBatches = 0;
    // The same since the last validation by steps, whose train_loss averages them.
    double validationLossSum = 0;
    std::int64_t validationLossSteps = 0;
};

// Throws std::runtime_error naming the file when it cannot be written; the previous file is then untouched.
// `lossState` is the trainable state of a metric loss (class weights, proxies), kept beside the model.
void saveCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer& optimizer,
                    const TrainingPosition& position, torch::nn::Module* lossState = nullptr);
// Throws std::runtime_error naming the file when it is missing, corrupt or from another model.
TrainingPosition loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                                torch::nn::Module* lossState = nullptr);

} // namespace tagscope
