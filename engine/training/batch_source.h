#pragma once
// Training and evaluation batches for one split, as PyTorch's DataLoader makes them: worker threads read and
// decode the images (or take them from the packed cache), augment them and batch them ahead of the trainer in a
// bounded queue, with multilabel targets (1 / 0 / -1) for the chosen tags. Memory holds the queue, not the split.
#include "common/progress.h"
#include "dataset/dataset.h"

#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tagscope {

class ImageStream;
class PackedImageCache;

struct AugmentationOptions {
    bool randomResizedCrop = true; // scale (0.35, 1), ratio (3/4, 4/3); off: the whole cached image
    bool horizontalFlip = true;
    int randAugmentOps = 0;        // RandAugment N (0: off)
    int randAugmentMagnitude = 9;  // RandAugment M, 0..30
    double mixupAlpha = 0;         // Mixup Beta(alpha, alpha) (0: off); targets are mixed too (unknown stays unknown)
};

enum class SamplerKind { Random, Sequential, ClassAware, RepeatFactor, PK }; // PK: P classes x K images per batch

struct BatchOptions {
    int batchSize = 64;
    int inputSize = 64;
    bool training = true; // false: no augmentation, sequential order, last partial batch kept
    AugmentationOptions augmentation;
    SamplerKind sampler = SamplerKind::Random;
    double repeatThreshold = 0.001; // repeat-factor sampler (Gupta et al. 2019, LVIS): r = max(1, sqrt(t / f))
    int imagesPerClass = 4;         // PK sampler: K; P = batchSize / K
    // PK sampler: the class of each dataset image (-1: none, never drawn); empty: an image belongs to each of
    // its positive tags.
    std::vector<std::int32_t> imageClasses;
    std::uint64_t seed = 1;
    int workers = 2;                // decoding and augmentation threads
    int prefetch = 4;               // batches prepared ahead: the bound on the queue
    // Data-parallel training: this process serves its shard of every epoch (see shardForRank in distributed.h).
    int shardRank = 0;
    int shardCount = 1;
    std::vector<float> mean = {0.485f, 0.456f, 0.406f};
    std::vector<float> std = {0.229f, 0.224f, 0.225f};
};

struct Batch {
    // A missing or corrupt image leaves its place empty: B is then smaller than the batch size.
    torch::Tensor images;                 // B x 3 x S x S float32, normalised
    torch::Tensor targets;                // B x C float32: 1 positive, 0 negative, -1 unknown (soft when mixed up)
    std::vector<std::uint32_t> imageIndices; // dataset image index of each row
    std::int64_t index = 0;               // batch number within the epoch
};

// Targets of the given images for the given tags (column t = tags[t]). Unlabelled entries are -1, or 0 when
// the dataset's labels are exhaustive (COCO, class folders).
torch::Tensor targetMatrix(const Dataset& dataset, const std::vector<std::uint32_t>& images, const std::vector<std::uint32_t>& tags);

// Epochs visit the rows of the image stream (row r is dataset image images->images()[r]) in the sampler's
// order; an image that cannot be read is left out of its batch, which is then one image smaller. Which images
// fail never changes the order or the augmentation of the others.
class BatchSource {
public:
    BatchSource(std::shared_ptr<ImageStream> images, const Dataset& dataset, std::vector<std::uint32_t> tags, BatchOptions options);
    // Every row of a packed image cache (decoding the rows it lacks).
    BatchSource(std::shared_ptr<PackedImageCache> cache, const Dataset& dataset, std::vector<std::uint32_t> tags,
                BatchOptions options);
    ~BatchSource();

    // Starts an epoch: the order and every augmentation depend only on (seed, epoch, batch index), so a resumed
    // run sees the same batches. `firstBatch` skips ahead (resume mid-epoch).
    void startEpoch(int epoch, std::int64_t firstBatch = 0);
    // The next batch of the epoch, in order; false at its end or when cancelled. Without startEpoch, epoch 0.
    // A cancel stops the workers at once; the next call carries on with the same batch. With workers = 0 the
    // batch is made in the calling thread. A batch none of whose images could be read is passed over. Rethrows
    // an error a worker met (ImageStream::pixels: no image can be read at all).
    bool next(Batch& batch, const CancelToken* cancel = nullptr);
    // Of the epoch last started (epoch 0 before that). Training serves full batches only, unless the epoch holds
    // less than one; RepeatFactor epochs differ in length.
    std::int64_t batchesPerEpoch() const;
    std::size_t imageCount() const; // the images that can be drawn
    std::size_t queued() const;     // batches prepared and waiting: prefetch when the trainer is the slower side
    ImageStream& images() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope
