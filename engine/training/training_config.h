#pragma once
// Everything a training run needs, read from JSON (the CLI's --config, the GUI's form, a run's config.json).
// Unknown keys and bad values are errors that name the key.
#include "models/backbone_factory.h"
#include "training/batch_source.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct TrainingConfig {
    std::string dataset;
    std::string trainSplit = "train";
    std::string valSplit = "validation";
    BackboneConfig backbone;
    int cacheSize = 0; // side of the images as decoded (and packed); 0: 8/7 of the input size, for random crops
    // Images are streamed from their files; the packed image cache keeps them decoded for later epochs: "auto"
    // when the splits fit cacheBudgetGb, "on" whatever their size, "off" never.
    std::string cache = "auto";
    double cacheBudgetGb = 0; // 0: a quarter of the free space of the cache folder, at most 50 GB
    std::string loss = "asl";
    nlohmann::json lossParams = nlohmann::json::object();
    std::string optimizer = "adamw"; // adamw, sgd
    double lr = 1e-3;
    double weightDecay = 1e-4;
    double momentum = 0.9;
    bool nesterov = false;
    std::string schedule = "cosine"; // cosine, onecycle, step, constant
    double warmupEpochs = 0;
    int stepSize = 0; // step schedule: epochs between decays
    double stepGamma = 0.1;
    int epochs = 10;            // 0: as many as maxSteps needs
    std::int64_t maxSteps = 0;  // optimizer steps to train (0: epochs decide); with epochs, whichever ends first
    std::int64_t evalEverySteps = 0;          // validate every N steps and at the end (0: after each epoch)
    std::int64_t checkpointEverySteps = 0;    // also write checkpoints/last.pt mid-epoch (0: at epoch ends only)
    double checkpointEveryMinutes = 0;
    int batchSize = 64;
    std::uint64_t seed = 1;
    std::string device = "auto"; // auto, cpu, cuda, cuda:N
    int threads = 0;             // 0: every core
    int workers = 2;
    AugmentationOptions augmentation;
    SamplerKind sampler = SamplerKind::Random;
    double repeatThreshold = 0.001;
    double dropout = 0;
    double labelSmoothing = 0;
    double gradClip = 0;
    std::string amp = "off"; // off, bf16, fp16 (CUDA)
    bool channelsLast = false;
    std::string tags = "trainable"; // trainable, all
    int minTagPositives = 1;        // tags with fewer training positives are left out
    std::string bands = "absolute:100:20"; // head / medium / tail rule of the band mAPs (dataset/band_rule.h syntax)
    std::size_t maxTrainImages = 0; // 0: all
    // A list of training images (training/image_list.h): the run trains on the images of the training split that it
    // names, e.g. the other folds of a cross-validation. Empty: the whole split.
    std::string trainImages;
    // Train on the labels as reviewed (quality/corrections.h) or, false, as the dataset's files give them.
    bool useCorrections = true;
    std::size_t maxValImages = 0;   // a fixed, seeded sample of the validation split that every evaluation scores (0: all)
    int logEvery = 10; // steps between lines in metrics.jsonl
    int embeddingDim = 0;
    // Metric learning (a loss of the "metric" family, engine/losses/README.md): the embedding head's output is
    // trained (the backbone's pooled features when embedding_dim is 0) and validated with Recall@K and MAP@R.
    std::vector<std::string> classTags; // class-based losses: an image's class is its one positive among these tags (empty: all)
    int imagesPerClass = 4;             // "pk" sampler: K images of each of batch_size / K classes
    std::string pooling = "average";    // average, max: the backbone's global pooling
    bool embeddingLayerNorm = false;    // LayerNorm (no affine) before the embedding projection
    int backboneWarmupEpochs = 0;       // first epochs with the backbone frozen: only the heads and the loss's state train
    double gradClipValue = 0;           // clamp each gradient entry to [-v, v] (0: off)
    std::int64_t injectNanAtStep = 0; // fault injection for testing the NaN guard: the loss of that step becomes NaN
    std::string classPriors;          // selective partial-label mode: a class_priors.json, or a run directory holding one
    double distributedTimeout = 900;  // seconds a rank waits for the others (incl. rank 0 validating) before giving up
};

// Throws std::invalid_argument naming the key (e.g. "optimizer: expected one of adamw, sgd").
TrainingConfig trainingConfigFromJson(const nlohmann::json& json);
nlohmann::json toJson(const TrainingConfig& config);

// What differs between two configs, key by key ("lr 0.001 -> 0.01, backbone.name small_cnn -> resnet18"); empty
// when nothing does. A config that no longer parses (from an older version) is compared as written.
std::string describeConfigChanges(const nlohmann::json& before, const nlohmann::json& after);

} // namespace tagscope
