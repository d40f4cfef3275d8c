#pragma once
// The GUI's door to embedding extraction (engine/embedding/embedding_extractor.h, LibTorch): run() extracts in
// the calling thread (a worker), the other members are safe from the GUI thread. Plain types in and out; engine
// messages are passed on as they are (this folder holds no user-visible text of its own).
#include "embedding/float_matrix.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope::gui {

struct EmbeddingExtractionRequest {
    QString model;        // run folder, checkpoint or TorchScript file
    QString dataset;      // the dataset folder; empty: the run's training dataset
    QString split = QStringLiteral("validation");
    QString device = QStringLiteral("auto");
    bool pooledFeatures = false;
    bool probabilities = false; // the tag probabilities of a tagger, as tagscope-cli predict writes them
    bool reuseCache = true;
    bool applyCorrections = true; // false: the dataset as its files give it (the window's View > Show Review Corrections)
};

struct EmbeddingExtractionResult {
    bool ok = false;
    bool cancelled = false;
    QString error;        // the engine's message naming the file
    std::shared_ptr<const FloatMatrix> vectors;
    std::vector<std::uint32_t> images;
    QString path;         // the .npy holding the vectors (with its .images.npy and .json)
    QString description;  // "run runs/x (best.pt), embedding head, 128-d"
    bool fromCache = false;
    quint64 skippedImages = 0;
    QStringList failures;
};

class EmbeddingExtraction {
public:
    struct Progress {
        quint64 done = 0, total = 0;
        QString phase;
    };

    explicit EmbeddingExtraction(EmbeddingExtractionRequest request);
    ~EmbeddingExtraction();

    EmbeddingExtractionResult run(); // in the worker thread
    void cancel();
    Progress progress() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope::gui
