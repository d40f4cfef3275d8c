#include "embedding/embedding_extractor.h"

#include "common/npy.h"
#include "common/npy_stream.h"
#include "dataset/dataset_opener.h"
#include "embedding/content_hash.h"
#include "training/batch_source.h"
#include "training/image_list.h"
#include "training/packed_image_cache.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

#include <unistd.h>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

constexpr int kFormatVersion = 1;

std::string absolute(const std::string& path) { return fs::absolute(fs::path(path)).lexically_normal().string(); }

// What the cached files must have been made from to be reused.
nlohmann::json expectedMetadata(const EmbeddingModel& model, const std::string& dataset, const std::string& split, const Dataset& data,
                                const std::vector<std::uint32_t>& images)
{
    return {{"format", "tagscope-embedding"},
            {"version", kFormatVersion},
            {"model_fingerprint", model.fingerprint()},
            {"kind", model.kind()},
            {"input_size", model.inputSize()},
            {"dataset", dataset},
            {"split", split},
            {"split_images", images.size()},
            {"split_hash", imageNamesHash(data, images)}};
}

std::optional<EmbeddingSet> readCache(const std::string& path, const nlohmann::json& expected, bool loadRows)
{
    std::ifstream in(embeddingMetadataPath(path));
    if (!in || !fs::exists(path) || !fs::exists(embeddingImagesPath(path)))
        return std::nullopt;
    nlohmann::json metadata;
    try {
        metadata = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error&) {
        return std::nullopt; // damaged: made again
    }
    for (const auto& [key, value] : expected.items())
        if (!metadata.contains(key) || metadata[key] != value)
            return std::nullopt;
    EmbeddingSet set;
    if (!loadRows) { // the files stay where they are; only their shape is reported
        set.vectors.rows = metadata.value("rows", std::size_t{0});
        set.vectors.cols = metadata.value("dimensions", std::size_t{0});
    } else {
        set.vectors = readFloatMatrix(path);
    }
    const NpyArray rows = readNpy(embeddingImagesPath(path));
    const std::vector<std::int64_t> images = rows.toInt64();
    if (images.size() != set.vectors.rows && loadRows)
        throw std::runtime_error(embeddingImagesPath(path) + ": " + std::to_string(images.size()) + " image indices for " +
                                 std::to_string(set.vectors.rows) + " embeddings");
    if (loadRows)
        for (std::int64_t image : images)
            set.images.push_back(static_cast<std::uint32_t>(image));
    set.path = path;
    set.modelFingerprint = metadata.value("model_fingerprint", "");
    set.kind = metadata.value("kind", "");
    set.modelDescription = metadata.value("model", "");
    set.skippedImages = metadata.value("skipped_images", std::uint64_t{0});
    set.failures = metadata.value("failures", std::vector<std::string>{});
    set.fromCache = true;
    return set;
}

void replaceFile(const std::string& temporary, const std::string& path)
{
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": cannot replace (" + error.message() + ")");
    }
}

void writeMetadata(const EmbeddingSet& set, nlohmann::json metadata, const std::string& suffix)
{
    metadata["model"] = set.modelDescription;
    metadata["rows"] = set.vectors.rows;
    metadata["dimensions"] = set.vectors.cols;
    metadata["skipped_images"] = set.skippedImages;
    metadata["failures"] = set.failures;
    std::ofstream out(embeddingMetadataPath(set.path) + suffix, std::ios::trunc);
    out << metadata.dump(1) << '\n';
    if (!out.flush())
        throw std::runtime_error(embeddingMetadataPath(set.path) + ": cannot write");
}

// The vectors and the image indices first, the metadata last: a reader that finds matching metadata finds the
// data it describes.
void writeCache(const EmbeddingSet& set, nlohmann::json metadata)
{
    const fs::path folder = fs::path(set.path).parent_path();
    if (!folder.empty()) {
        std::error_code error;
        fs::create_directories(folder, error);
        if (error)
            throw std::runtime_error(folder.string() + ": cannot create the folder (" + error.message() + ")");
    }
    const std::string suffix = ".tmp" + std::to_string(::getpid());
    writeFloatMatrix(set.path + suffix, set.vectors);
    std::vector<std::int64_t> images(set.images.begin(), set.images.end());
    writeNpyInt64(embeddingImagesPath(set.path) + suffix, images, {static_cast<std::int64_t>(images.size())});
    writeMetadata(set, std::move(metadata), suffix);
    replaceFile(set.path + suffix, set.path);
    replaceFile(embeddingImagesPath(set.path) + suffix, embeddingImagesPath(set.path));
    replaceFile(embeddingMetadataPath(set.path) + suffix, embeddingMetadataPath(set.path));
}

// The tags of a tagger's columns: its run's, else the dataset's when the widths agree.
std::vector<std::string> columnTags(std::vector<std::string> tags, std::size_t columns, const Dataset& dataset, const std::string& model,
                                    const std::string& datasetPath)
{
    if (tags.empty()) {
        if (columns != dataset.tagCount())
            throw std::runtime_error(model + ": " + std::to_string(columns) + " outputs, but " + datasetPath + " has " +
                                     std::to_string(dataset.tagCount()) + " tags and the model does not name its tags (a run's "
                                     "model.pt names them in the run's tags.json)");
        for (const Tag& tag : dataset.tags())
            tags.push_back(tag.labelName);
    }
    if (tags.size() != columns)
        throw std::runtime_error(model + ": " + std::to_string(columns) + " outputs for the " + std::to_string(tags.size()) + " tags of its run");
    return tags;
}

} // namespace

std::string defaultEmbeddingPath(const ExtractionRequest& request)
{
    std::string folder;
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        folder = std::string(cache) + "/tagscope/embeddings";
    else if (const char* home = std::getenv("HOME"); home && *home)
        folder = std::string(home) + "/.cache/tagscope/embeddings";
    else
        folder = "/tmp/tagscope-embeddings";
    const std::string key = absolute(request.model.path) + '\n' + (request.dataset.empty() ? std::string() : absolute(request.dataset)) +
                            '\n' + request.split + '\n' +
                            (request.model.probabilities ? "probabilities" : request.model.pooledFeatures ? "pooled" : "default") +
                            (request.applyCorrections ? "" : "\nwithout corrections");
    return folder + "/" + hexHash(hashBytes(key.data(), key.size())) + ".npy";
}

std::optional<EmbeddingSet> extractEmbeddings(const ExtractionRequest& request, const ProgressCallback& progress, const CancelToken* cancel)
{
    if (request.batchSize < 1)
        throw std::invalid_argument("the batch size must be at least 1");
    const std::optional<Split> split = splitFromName(request.split);
    if (!split)
        throw std::invalid_argument("unknown split '" + request.split + "' (expected train, validation or test)");
    reportProgress(progress, 0, 0, "Loading the model");
    std::unique_ptr<EmbeddingModel> model = EmbeddingModel::open(request.model);
    const std::string datasetPath = request.dataset.empty() ? model->runDataset() : request.dataset;
    if (datasetPath.empty())
        throw std::invalid_argument(request.model.path + ": a TorchScript model needs a dataset to embed");

    OpenOptions openOptions;
    openOptions.applyCorrections = request.applyCorrections;
    const OpenResult opened = openDataset(datasetPath, openOptions, progress, cancel);
    if (isCancelled(cancel))
        return std::nullopt;
    const Dataset& dataset = opened.import.dataset;
    std::vector<std::uint32_t> images = dataset.imagesOfSplit(*split);
    if (images.empty())
        throw std::invalid_argument("the " + request.split + " split of " + datasetPath + " has no images");
    std::string cacheName = request.split;
    if (!request.images.empty()) { // a part of the split (the held-out fold of a cross-validation)
        for (std::uint32_t image : request.images)
            if (!std::binary_search(images.begin(), images.end(), image))
                throw std::invalid_argument("image " + std::to_string(image) + " is not in the " + request.split + " split of " + datasetPath);
        images = request.images;
        cacheName += "-" + imageSubsetKey(images);
    }

    ExtractionRequest resolved = request;
    resolved.dataset = datasetPath;
    const std::string output = request.output.empty() ? defaultEmbeddingPath(resolved) : request.output;
    const nlohmann::json expected = expectedMetadata(*model, absolute(datasetPath), request.split, dataset, images);
    if (request.reuseCache)
        if (std::optional<EmbeddingSet> cached = readCache(output, expected, request.keepRows))
            return cached;

    PackedCacheReport report;
    auto cache = PackedImageCache::build(dataset, images, model->cacheSize(), PackedImageCache::defaultPath(dataset, cacheName, model->cacheSize()),
                                         [&](std::uint64_t done, std::uint64_t total, const std::string&) {
                                             reportProgress(progress, done, total, "Decoding images");
                                         },
                                         cancel, &report);
    if (!cache)
        return std::nullopt;
    BatchOptions options;
    options.batchSize = request.batchSize;
    options.inputSize = model->inputSize();
    options.training = false;
    options.sampler = SamplerKind::Sequential;
    options.workers = request.workers;
    BatchSource source(cache, dataset, {}, options);
    source.startEpoch(0);

    EmbeddingSet set;
    set.path = output;
    set.modelFingerprint = model->fingerprint();
    set.kind = model->kind();
    set.modelDescription = model->description();
    set.skippedImages = report.failed;
    set.failures = report.failures;
    const std::size_t total = source.imageCount();
    // Streaming: the rows go to temporary files as they come; the old metadata goes first, so that files half
    // replaced are never taken for a finished extraction.
    std::unique_ptr<NpyRowWriter> vectorWriter, imageWriter;
    if (!request.keepRows)
        std::remove(embeddingMetadataPath(output).c_str());
    std::vector<std::string> tags = model->tagLabelNames(); // probabilities: the LabelName of each column
    Batch batch;
    while (source.next(batch, cancel)) {
        const torch::Tensor vectors = model->embed(batch.images);
        if (vectors.dim() != 2)
            throw std::runtime_error(request.model.path + ": the model returned a " + std::to_string(vectors.dim()) +
                                     "-dimensional tensor per batch, not B x F");
        if (set.vectors.cols == 0) {
            set.vectors.cols = static_cast<std::size_t>(vectors.size(1));
            if (request.model.probabilities)
                tags = columnTags(std::move(tags), set.vectors.cols, dataset, request.model.path, datasetPath);
        }
        const float* data = vectors.data_ptr<float>();
        if (request.keepRows) {
            set.vectors.values.insert(set.vectors.values.end(), data, data + vectors.numel());
            set.images.insert(set.images.end(), batch.imageIndices.begin(), batch.imageIndices.end());
        } else {
            if (!vectorWriter) {
                vectorWriter = std::make_unique<NpyRowWriter>(output, "<f4", sizeof(float), set.vectors.cols);
                imageWriter = std::make_unique<NpyRowWriter>(embeddingImagesPath(output), "<i8", sizeof(std::int64_t), 0);
            }
            const std::vector<std::int64_t> indices(batch.imageIndices.begin(), batch.imageIndices.end());
            vectorWriter->append(data, indices.size());
            imageWriter->append(indices.data(), indices.size());
        }
        set.vectors.rows += batch.imageIndices.size();
        reportProgress(progress, set.vectors.rows, total, "Embedding images");
    }
    if (isCancelled(cancel))
        return std::nullopt;
    if (set.vectors.rows == 0)
        throw std::runtime_error("no image of the " + request.split + " split of " + datasetPath + " could be decoded");
    nlohmann::json metadata = expected;
    metadata["model_path"] = absolute(request.model.path); // lets a later session embed an outside image the same way
    // Scores of images the model trained on are over-confident: whoever reads them must know.
    metadata["model_train_split"] = model->runTrainSplit().empty() ? nlohmann::json(nullptr) : nlohmann::json(model->runTrainSplit());
    bool inSample = !model->runTrainSplit().empty() && model->runTrainSplit() == request.split &&
                    absolute(model->runDataset()) == absolute(datasetPath);
    if (inSample && !model->runTrainImages().empty()) { // a fold's model saw only the images of its list
        const std::vector<std::uint32_t> seen = listedImages(dataset, dataset.imagesOfSplit(*split), model->runTrainImages());
        inSample = std::any_of(images.begin(), images.end(), [&](std::uint32_t i) { return std::binary_search(seen.begin(), seen.end(), i); });
    }
    metadata["in_sample"] = inSample;
    if (request.model.probabilities)
        metadata["tags"] = tags;
    if (request.keepRows) {
        writeCache(set, std::move(metadata));
    } else {
        vectorWriter->finish();
        imageWriter->finish();
        const std::string suffix = ".tmp" + std::to_string(::getpid());
        writeMetadata(set, std::move(metadata), suffix);
        replaceFile(embeddingMetadataPath(output) + suffix, embeddingMetadataPath(output));
    }
    return set;
}

} // namespace tagscope
