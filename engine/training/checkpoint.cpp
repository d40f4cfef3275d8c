#include "training/checkpoint.h"

#include "common/atomic_file.h"
#include "common/zip_index.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <cstdio>
#include <mutex>
#include <filesystem>
#include <stdexcept>

#include <unistd.h>

namespace tagscope {

void saveCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer& optimizer,
                    const TrainingPosition& position, torch::nn::Module* lossState)
{
    try {
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive modelArchive, optimizerArchive;
        model.save(modelArchive);
        optimizer.save(optimizerArchive);
        archive.write("model", modelArchive);
        archive.write("optimizer", optimizerArchive);
        if (lossState) {
            torch::serialize::OutputArchive lossArchive;
            lossState->save(lossArchive);
            archive.write("loss", lossArchive);
        }
        archive.write("epoch", torch::tensor(position.epoch));
        archive.write("batch", torch::tensor(position.batch));
        archive.write("step", torch::tensor(position.step));
        archive.write("best_map", torch::tensor(position.bestMap, torch::kDouble));
        archive.write("epoch_loss_sum", torch::tensor(position.epochLossSum, torch::kDouble));
        archive.write("epoch_loss_batches", torch::tensor(position.epochLossBatches));
        archive.write("validation_loss_sum", torch::tensor(position.validationLossSum, torch::kDouble));
        archive.write("validation_loss_steps", torch::tensor(position.validationLossSteps));
        // Dropout and stochastic depth draw from the global generator: keep it so a resumed run continues exactly.
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        {
            std::lock_guard<std::mutex> lock(generator.mutex());
            archive.write("rng_state", generator.get_state());
        }
        // Through a stream: LibTorch's file writer ends the process when the disk fills (see atomic_file.h).
        writeStreamAtomically(path, "checkpoint", [&archive](std::ostream& out) { archive.save_to(out); });
    } catch (const c10::Error& error) {
        throw std::runtime_error(path + ": cannot write the checkpoint (" + error.what_without_backtrace() + ")");
    }
}

TrainingPosition loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer* optimizer,
                                torch::nn::Module* lossState)
{
    TrainingPosition position;
    checkTorchArchive(path, "checkpoint"); // a truncated or foreign file is named as such, before LibTorch reads it
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path);
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        model.load(modelArchive);
        if (optimizer) {
            torch::serialize::InputArchive optimizerArchive;
            archive.read("optimizer", optimizerArchive);
            optimizer->load(optimizerArchive);
        }
        if (lossState) {
            torch::serialize::InputArchive lossArchive;
            archive.read("loss", lossArchive);
            lossState->load(lossArchive);
        }
        // A fresh tensor per key: reading into a defined tensor would try to resize its storage in place.
        auto read = [&archive](const char* key) {
            torch::Tensor value;
            archive.read(key, value);
            return value;
        };
        position.epoch = read("epoch").item<std::int64_t>();
        position.batch = read("batch").item<std::int64_t>();
        position.step = read("step").item<std::int64_t>();
        position.bestMap = read("best_map").item<double>();
        // Absent from checkpoints of older versions: the resumed epoch then averages the batches after the resume.
        if (torch::Tensor sum, batches; archive.try_read("epoch_loss_sum", sum) && archive.try_read("epoch_loss_batches", batches)) {
            position.epochLossSum = sum.item<double>();
            position.epochLossBatches = batches.item<std::int64_t>();
        }
        if (torch::Tensor sum, steps; archive.try_read("validation_loss_sum", sum) && archive.try_read("validation_loss_steps", steps)) {
            position.validationLossSum = sum.item<double>();
            position.validationLossSteps = steps.item<std::int64_t>();
        }
        const torch::Tensor value = read("rng_state");
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        generator.set_state(value);
    } catch (const c10::Error& error) {
        throw std::runtime_error(path + ": not a usable checkpoint (" + error.what_without_backtrace() + ")");
    }
    return position;
}

} // namespace tagscope
