#pragma once
// The files beside an embedding EMB.npy and where it came from. `tagscope-cli embed` writes EMB.images.npy (the
// dataset image of each row) and EMB.json, which records the dataset, the split and a hash of the split's image
// names. Commands that attach a dataset's image names and paths to an embedding's rows check that record first:
// one dataset's names must never be attached to another dataset's vectors.
#include "dataset/dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

std::string embeddingImagesPath(const std::string& npyPath);   // EMB.npy -> EMB.images.npy
std::string embeddingMetadataPath(const std::string& npyPath); // EMB.npy -> EMB.json

// The names of `images`, hashed in that order: the same images under another folder hash alike.
std::string imageNamesHash(const Dataset& dataset, const std::vector<std::uint32_t>& images);

struct EmbeddingOrigin {
    std::string dataset;           // absolute path of the dataset given to `embed`
    std::string split;             // train, validation or test
    std::uint64_t splitImages = 0; // images in that split then
    std::string splitHash;         // imageNamesHash of them
};

// What EMB.json records; nullopt when there is no EMB.json or it names no dataset (a file from another tool).
// Throws std::runtime_error naming EMB.json when it is not valid JSON.
std::optional<EmbeddingOrigin> readEmbeddingOrigin(const std::string& npyPath);

// Checks that `dataset` (opened from `datasetPath`) is the one the embedding `npyPath` was made from: its split of
// the recorded name holds the same images, by name and in order (a copy of the dataset in another folder passes).
// Throws std::runtime_error naming the embedding, the dataset and split it came from and `datasetPath` otherwise.
// Returns the record, or nullopt for an embedding without one (unchecked).
std::optional<EmbeddingOrigin> checkEmbeddingDataset(const std::string& npyPath, const std::string& datasetPath, const Dataset& dataset);

// Checks that every row's image (indices into `dataset`, already in range) belongs to the split the embedding
// was made from; throws std::runtime_error naming the first row that does not.
void checkRowsInOriginSplit(const EmbeddingOrigin& origin, const std::string& npyPath, const std::string& datasetPath,
                            const Dataset& dataset, const std::vector<std::uint32_t>& rowImages);

} // namespace tagscope
