#pragma once
// Embeddings of every image of a dataset split, batched on the model's device, cached on disk: EMB.npy (rows x
// dimensions, float32), EMB.images.npy (the dataset image index of each row, int64) and EMB.json (the model's
// fingerprint and path, the dataset, split and image list it was made from). A later request for the same model,
// dataset and split reads the files instead of running the model.
#include "common/progress.h"
#include "embedding/embedding_model.h"
#include "embedding/embedding_origin.h" // the sidecar files
#include "embedding/float_matrix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

struct ExtractionRequest {
    EmbeddingModelSource model;
    std::string dataset;         // empty: a run's own training dataset
    std::string split = "validation";
    std::string output;          // EMB.npy; empty: defaultEmbeddingPath()
    int batchSize = 64;
    int workers = 2;             // image preparation threads
    bool reuseCache = true;      // false: always run the model (and replace the files)
    // false: each batch's rows go straight to the files and are not kept (memory bounded by a batch, for outputs
    // as large as a split's tag probabilities); the result's vectors then hold the shape only (no values).
    bool keepRows = true;
    std::vector<std::uint32_t> images; // only these images of the split (ascending dataset indices); empty: all of it
    bool applyCorrections = true;      // false: the dataset as its files give it, with no image left out
};

struct EmbeddingSet {
    FloatMatrix vectors;                 // one row per image that could be decoded (shape only without keepRows)
    std::vector<std::uint32_t> images;   // dataset image index of each row
    std::string path;                    // the .npy holding the vectors
    std::string modelFingerprint;
    std::string kind;                    // "embedding head", "pooled features" or "torchscript"
    std::string modelDescription;
    bool fromCache = false;
    std::uint64_t skippedImages = 0;     // missing or corrupt: no row
    std::vector<std::string> failures;   // "path: reason", the first 100
};

// Throws std::runtime_error naming the file (model, dataset, output) for unusable input or a failed write,
// std::invalid_argument for an unknown split or an empty one. nullopt when cancelled; the files of an earlier
// extraction are then left as they were.
std::optional<EmbeddingSet> extractEmbeddings(const ExtractionRequest& request, const ProgressCallback& progress = {},
                                              const CancelToken* cancel = nullptr);

// $XDG_CACHE_HOME/tagscope/embeddings/<hash of model path, dataset and split>.npy
std::string defaultEmbeddingPath(const ExtractionRequest& request);

} // namespace tagscope
