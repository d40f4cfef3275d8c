#include "quality/cross_validation.h"

#include "common/atomic_file.h"
#include "common/npy.h"
#include "common/npy_stream.h"
#include "dataset/dataset_opener.h"
#include "embedding/embedding_extractor.h"
#include "quality/folds.h"
#include "training/image_list.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string foldsText(const Dataset& dataset, const std::vector<std::uint32_t>& images, const std::vector<int>& folds)
{
    std::string text = "ImageID,Fold\n";
    for (std::size_t i = 0; i < images.size(); ++i)
        text += dataset.imageName(images[i]) + "," + std::to_string(folds[i] + 1) + "\n";
    return text;
}

} // namespace

std::optional<CrossValidationResult> crossValidate(const CrossValidationRequest& request, TrainingObserver* observer, const CancelToken* cancel)
{
    const auto say = [&](const std::string& text) {
        if (observer)
            observer->message(text);
    };
    const TrainingConfig& config = request.config;
    const std::optional<Split> split = splitFromName(config.trainSplit);
    if (!split)
        throw std::invalid_argument("train_split: unknown split '" + config.trainSplit + "'");
    std::error_code error;
    fs::create_directories(request.output, error);
    if (error)
        throw std::runtime_error(request.output + ": cannot create the folder (" + error.message() + ")");

    // The folds, written once; a folder holding other folds (other images, another seed) is not mixed with these.
    OpenOptions openOptions;
    openOptions.applyCorrections = config.useCorrections; // the folds are drawn from the labels the runs train on
    const OpenResult opened = openDataset(config.dataset, openOptions, {}, cancel);
    if (isCancelled(cancel))
        return std::nullopt;
    const Dataset& dataset = opened.import.dataset;
    const std::vector<std::uint32_t> images = dataset.imagesOfSplit(*split);
    const std::vector<int> folds = assignFolds(dataset, images, request.folds, config.seed);
    const std::string foldsFile = request.output + "/folds.csv";
    const std::string text = foldsText(dataset, images, folds);
    if (fs::exists(foldsFile)) {
        if (readText(foldsFile) != text)
            throw std::runtime_error(foldsFile + ": the folder holds the folds of other images, another fold count or another seed; "
                                                 "choose another output folder");
    } else {
        writeStreamAtomically(foldsFile, "folds", [&](std::ostream& out) { out << text; });
    }

    CrossValidationResult result;
    std::vector<std::string> foldScores;
    nlohmann::json tags;
    for (int k = 0; k < request.folds; ++k) {
        const std::string folder = request.output + "/fold-" + std::to_string(k + 1);
        const std::string scores = folder + "/scores.npy";
        std::vector<std::uint32_t> training, heldOut;
        for (std::size_t i = 0; i < images.size(); ++i)
            (folds[i] == k ? heldOut : training).push_back(images[i]);
        if (fs::exists(embeddingMetadataPath(scores))) { // written last: the fold is complete
            say("fold " + std::to_string(k + 1) + "/" + std::to_string(request.folds) + ": scored before, kept");
            ++result.foldsReused;
        } else {
            fs::create_directories(folder, error);
            say("fold " + std::to_string(k + 1) + "/" + std::to_string(request.folds) + ": training on " + std::to_string(training.size()) +
                " images, scoring the other " + std::to_string(heldOut.size()));
            TrainingConfig foldConfig = config;
            foldConfig.trainImages = folder + "/train-images.csv";
            writeImageList(foldConfig.trainImages, dataset, training);
            const TrainingResult trained = trainModel(foldConfig, folder + "/run", observer, cancel);
            if (trained.status == TrainingResult::Status::Cancelled)
                return std::nullopt;
            if (trained.status == TrainingResult::Status::Failed)
                throw std::runtime_error("fold " + std::to_string(k + 1) + " (" + folder + "/run): " + trained.message);
            ExtractionRequest scoring;
            scoring.model.path = folder + "/run";
            scoring.model.device = config.device;
            scoring.model.probabilities = true;
            scoring.keepRows = false;
            scoring.dataset = config.dataset;
            scoring.split = config.trainSplit;
            scoring.images = heldOut; // only the images this fold's model never saw
            scoring.output = scores;
            scoring.batchSize = config.batchSize;
            scoring.workers = config.workers;
            if (!extractEmbeddings(scoring, {}, cancel))
                return std::nullopt;
            ++result.foldsTrained;
        }
        std::ifstream in(embeddingMetadataPath(scores));
        const nlohmann::json metadata = nlohmann::json::parse(in, nullptr, false);
        if (!metadata.is_object() || !metadata.contains("tags"))
            throw std::runtime_error(embeddingMetadataPath(scores) + ": not the scores of a fold");
        if (k == 0)
            tags = metadata["tags"];
        else if (metadata["tags"] != tags)
            throw std::runtime_error(embeddingMetadataPath(scores) + ": its tags differ from fold 1's");
        foldScores.push_back(scores);
    }

    // The folds' rows one after another, a fold in memory at a time.
    result.scores = request.output + "/oof.npy";
    result.tags = tags.size();
    NpyRowWriter rows(result.scores, "<f4", sizeof(float), result.tags);
    NpyRowWriter rowImages(embeddingImagesPath(result.scores), "<i8", sizeof(std::int64_t), 0);
    for (const std::string& scores : foldScores) {
        const NpyArray values = readNpy(scores);
        const std::vector<std::int64_t> indices = readNpy(embeddingImagesPath(scores)).toInt64();
        if (values.type != NpyType::Float32 || values.shape.size() != 2 || values.shape[0] != static_cast<std::int64_t>(indices.size()) ||
            values.shape[1] != static_cast<std::int64_t>(result.tags))
            throw std::runtime_error(scores + ": not " + std::to_string(indices.size()) + " rows of " + std::to_string(result.tags) + " probabilities");
        rows.append(values.data.data(), indices.size());
        rowImages.append(indices.data(), indices.size());
    }
    result.rows = rows.rows();
    rows.finish();
    rowImages.finish();
    const nlohmann::json metadata = {{"format", "tagscope-scores"},
                                     {"kind", "out-of-fold probabilities"},
                                     {"tags", tags},
                                     {"split", config.trainSplit},
                                     {"in_sample", false},
                                     {"folds", request.folds},
                                     {"seed", config.seed},
                                     {"dataset", fs::absolute(config.dataset).lexically_normal().string()},
                                     {"split_images", images.size()},
                                     {"split_hash", imageNamesHash(dataset, images)},
                                     {"rows", result.rows},
                                     {"model", "cross-validation in " + request.output + " (" + std::to_string(request.folds) + " folds)"}};
    writeStreamAtomically(embeddingMetadataPath(result.scores), "scores description", [&](std::ostream& out) { out << metadata.dump(1) << '\n'; });
    return result;
}

} // namespace tagscope
