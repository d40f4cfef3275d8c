#pragma once
// The GUI's door to K-fold cross-validation (engine/quality/cross_validation.h, LibTorch): run() trains and scores
// the folds in the calling thread (a worker), the other members are safe from the GUI thread. Run again on the same
// folder, it carries on where a cancelled or failed run stopped. Plain types in and out; engine messages are passed
// on as they are (this folder holds no user-visible text of its own).
#include <QByteArray>
#include <QString>

#include <memory>

namespace tagscope::gui {

struct CrossValidationJobRequest {
    QByteArray configJson; // a training config, as the training form or a run's config.json gives it
    int folds = 5;
    QString output;        // the folder of the folds and of oof.npy
};

struct CrossValidationJobResult {
    bool ok = false;
    bool cancelled = false; // what was done is kept in the folder for the next run
    QString error;          // the engine's message naming the file or fold
    QString scores;         // oof.npy (with oof.images.npy and oof.json)
    quint64 rows = 0, tags = 0;
    int foldsTrained = 0, foldsReused = 0;
};

class CrossValidationJob {
public:
    struct Progress {
        int fold = 0, folds = 0;      // the fold being trained or scored (1-based); 0 before the first
        quint64 done = 0, total = 0;  // within the fold: optimizer steps, or the preparation phase's items
        QString phase;                // the engine's latest message or phase
    };

    explicit CrossValidationJob(CrossValidationJobRequest request);
    ~CrossValidationJob();

    CrossValidationJobResult run(); // in the worker thread
    void cancel();
    Progress progress() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope::gui
