#pragma once
// Out-of-fold tag probabilities of a training split (engine/quality/CROSS_VALIDATION.md): K runs of one training
// config, each on K-1 folds of the split's images, each scoring the fold it did not see. The output folder holds
// folds.csv (each image's fold), fold-<k>/ (train-images.csv, the run, its scores of the held-out fold) and, once
// every fold is scored, oof.npy (rows x tags float32), oof.images.npy (the dataset image of each row) and oof.json
// (tags, split, folds, in_sample false, the dataset and its split's image hash). Run again on the same folder, it
// carries on where it stopped: a scored fold is kept, a run with a checkpoint resumes.
#include "common/progress.h"
#include "training/trainer.h"

#include <optional>
#include <string>

namespace tagscope {

struct CrossValidationRequest {
    TrainingConfig config; // the training split is the one scored; the folds are seeded with config.seed
    int folds = 5;
    std::string output;
};

struct CrossValidationResult {
    std::string scores; // oof.npy
    std::size_t rows = 0, tags = 0;
    int foldsTrained = 0, foldsReused = 0;
};

// Throws std::runtime_error naming the file or fold at fault (a run that failed, an output folder holding the folds
// of other images or another seed); nullopt when cancelled (what is done is kept for the next call).
std::optional<CrossValidationResult> crossValidate(const CrossValidationRequest& request, TrainingObserver* observer = nullptr,
                                                   const CancelToken* cancel = nullptr);

} // namespace tagscope
