#pragma once
// Trains a multilabel tagger, or with a metric-learning loss an embedding (validated by Recall@K and MAP@R), on a
// dataset split with the configured backbone and loss, in a run directory:
// config.json, tags.json, metrics.jsonl (a line per logged step, per validation and per epoch),
// checkpoints/last.pt and best.pt (atomic), and model.pt, a TorchScript export that torch.jit.load opens in Python.
// The images are streamed (training_images.h): the first step comes as soon as the first batch is decoded.
// A run directory holding a checkpoint is resumed where it stopped, exactly, also in the middle of an epoch.
#include "common/progress.h"
#include "training/multilabel_metrics.h"
#include "training/retrieval_metrics.h"
#include "training/training_config.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

namespace tagscope {

struct TrainingProgress {
    std::string phase; // "Opening the dataset", "Decoding images", "Training", "Evaluating"
    std::uint64_t done = 0, total = 0; // for the preparation phases
    int epoch = 0, epochs = 0;
    std::int64_t batch = 0, batchesPerEpoch = 0, step = 0, totalSteps = 0;
    double loss = 0, smoothedLoss = 0, learningRate = 0, imagesPerSecond = 0, etaSeconds = 0;
};

struct EpochSummary { // also what a validation every N steps found
    int epoch = 0;
    std::int64_t step = 0; // optimizer steps done
    double trainLoss = 0;  // mean over the epoch, or since the previous validation
    MultilabelMetrics validation;
    bool metricLearning = false; // a metric loss: `retrieval` holds the validation figures instead
    RetrievalMetrics retrieval;
    double seconds = 0;
    bool best = false;
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void progress(const TrainingProgress&) {}
    virtual void epochFinished(const EpochSummary&) {}
    virtual void validated(const EpochSummary&) {} // a validation every eval_every_steps (or at max_steps)
    virtual void message(const std::string&) {}
};

// Pause and resume from another thread; the trainer waits between batches while paused.
class PauseGate {
public:
    void pause();
    void resume();
    bool paused() const;
    // True while the trainer waits here: the batch under way when pause() came has finished, no other starts.
    bool holding() const;
    void waitWhilePaused(const CancelToken* cancel); // returns at resume or cancel

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool paused_ = false;
    bool holding_ = false;
};

struct TrainingResult {
    enum class Status { Finished, Cancelled, Failed };
    Status status = Status::Finished;
    std::string message;
    int epochsDone = 0;
    std::int64_t stepsDone = 0;
    std::optional<double> bestMap; // in percent; metric learning: the best validation Recall@1. None until validated
    std::uint64_t skippedImages = 0; // missing or corrupt, left out of training
};

// Errors before training starts (a bad dataset path, an impossible config) are thrown as std::runtime_error /
// std::invalid_argument, and like any error that stops the run they leave an "error" line in metrics.jsonl, so
// that the run reads as failed; a cancelled run writes a checkpoint; a NaN or infinite loss stops the run as
// Failed with the last good checkpoint kept. A relative dataset path is recorded absolute in config.json.
TrainingResult trainModel(const TrainingConfig& config, const std::string& runDirectory, TrainingObserver* observer = nullptr,
                          const CancelToken* cancel = nullptr, PauseGate* pause = nullptr);

} // namespace tagscope
