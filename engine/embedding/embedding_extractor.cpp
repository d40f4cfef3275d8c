#include "embedding/embedding_extractor.h"

#include "common/npy.h"
#include "dataset/dataset_opener.h"
#include "embedding/content_hash.h"
#include "training/batch_source.h"
#include "training/packed_image_cache.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

std::optional<EmbeddingSet> readCache(const std::string& path, const nlohmann::json& expected)
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
    set.vectors = readFloatMatrix(path);
    const NpyArray rows = readNpy(embeddingImagesPath(path));
    const std::vector<std::int64_t> images = rows.toInt64();
    if (images.size() != set.vectors.rows)
        throw std::runtime_error(embeddingImagesPath(path) + ": " + std::to_string(images.size()) + " image indices for " +
                                 std::to_string(set.vectors.rows) + " embeddings");
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
    metadata["model"] = set.modelDescription;
    metadata["rows"] = set.vectors.rows;
    metadata["dimensions"] = set.vectors.cols;
    metadata["skipped_images"] = set.skippedImages;
    metadata["failures"] = set.failures;
    {
        std::ofstream out(embeddingMetadataPath(set.path) + suffix, std::ios::trunc);
        out << metadata.dump(1) << '\n';
        if (!out.flush())
            throw std::runtime_error(embeddingMetadataPath(set.path) + ": cannot write");
    }
    replaceFile(set.path + suffix, set.path);
    replaceFile(embeddingImagesPath(set.path) + suffix, embeddingImagesPath(set.path));
    replaceFile(embeddingMetadataPath(set.path) + suffix, embeddingMetadataPath(set.path));
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
                            '\n' + request.split + '\n' + (request.model.pooledFeatures ? "pooled" : "default");
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

    const OpenResult opened = openDataset(datasetPath, {}, progress, cancel);
    if (isCancelled(cancel))
        return std::nullopt;
    const Dataset& dataset = opened.import.dataset;
    std::vector<std::uint32_t> images;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        if (dataset.imageSplit(i) == *split)
            images.push_back(static_cast<std::uint32_t>(i));
    if (images.empty())
        throw std::invalid_argument("the " + request.split + " split of " + datasetPath + " has no images");

    ExtractionRequest resolved = request;
    resolved.dataset = datasetPath;
    const std::string output = request.output.empty() ? defaultEmbeddingPath(resolved) : request.output;
    const nlohmann::json expected = expectedMetadata(*model, absolute(datasetPath), request.split, dataset, images);
    if (request.reuseCache)
        if (std::optional<EmbeddingSet> cached = readCache(output, expected))
            return cached;

    PackedCacheReport report;
    auto cache = PackedImageCache::build(dataset, images, model->cacheSize(), PackedImageCache::defaultPath(dataset, request.split, model->cacheSize()),
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
    Batch batch;
    while (source.next(batch, cancel)) {
        const torch::Tensor vectors = model->embed(batch.images);
        if (vectors.dim() != 2)
            throw std::runtime_error(request.model.path + ": the model returned a " + std::to_string(vectors.dim()) +
                                     "-dimensional tensor per batch, not B x F");
        if (set.vectors.cols == 0)
            set.vectors.cols = static_cast<std::size_t>(vectors.size(1));
        const float* data = vectors.data_ptr<float>();
        set.vectors.values.insert(set.vectors.values.end(), data, data + vectors.numel());
        set.images.insert(set.images.end(), batch.imageIndices.begin(), batch.imageIndices.end());
        set.vectors.rows = set.images.size();
        reportProgress(progress, set.images.size(), total, "Embedding images");
    }
    if (isCancelled(cancel))
        return std::nullopt;
    if (set.images.empty())
        throw std::runtime_error("no image of the " + request.split + " split of " + datasetPath + " could be decoded");
    nlohmann::json metadata = expected;
    metadata["model_path"] = absolute(request.model.path); // lets a later session embed an outside image the same way
    writeCache(set, std::move(metadata));
    return set;
}

} // namespace tagscope
