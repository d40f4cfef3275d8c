#include "embedding_query.h"

#include "embedding/embedding_model.h"
#include "embedding/image_file_embedding.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace tagscope::gui {

namespace {

// EMB.npy -> EMB.json, as embedding_extractor.h names it.
std::string metadataPath(const std::string& npyPath)
{
    const std::string suffix = ".npy";
    const bool hasSuffix = npyPath.size() > suffix.size() && npyPath.compare(npyPath.size() - suffix.size(), suffix.size(), suffix) == 0;
    return (hasSuffix ? npyPath.substr(0, npyPath.size() - suffix.size()) : npyPath) + ".json";
}

nlohmann::json readMetadata(const std::string& embeddingPath)
{
    if (embeddingPath.empty())
        return {};
    std::ifstream in(metadataPath(embeddingPath));
    if (!in)
        return {};
    nlohmann::json metadata = nlohmann::json::parse(in, nullptr, false);
    return metadata.is_discarded() || !metadata.is_object() ? nlohmann::json() : metadata;
}

EmbeddingModelSource sourceFor(const std::string& modelPath, const std::string& embeddingPath)
{
    EmbeddingModelSource source;
    source.path = modelPath;
    const nlohmann::json metadata = readMetadata(embeddingPath);
    if (!metadata.is_object())
        return source;
    if (metadata.contains("input_size") && metadata["input_size"].is_number_integer())
        source.inputSize = metadata["input_size"].get<int>();
    source.pooledFeatures = metadata.value("kind", std::string()) == "pooled features";
    return source;
}

} // namespace

std::string ImageFileEmbedder::recordedModel(const std::string& embeddingPath)
{
    const nlohmann::json metadata = readMetadata(embeddingPath);
    if (!metadata.is_object() || !metadata.contains("model_path") || !metadata["model_path"].is_string())
        return {};
    const std::string path = metadata["model_path"].get<std::string>();
    std::error_code error;
    return std::filesystem::exists(path, error) ? path : std::string();
}

struct ImageFileEmbedder::Impl {
    std::string key; // the model path and the choices it was opened with
    std::unique_ptr<EmbeddingModel> model;
};

ImageFileEmbedder::ImageFileEmbedder() : impl_(std::make_unique<Impl>()) {}
ImageFileEmbedder::~ImageFileEmbedder() = default;

std::vector<float> ImageFileEmbedder::embed(const std::string& modelPath, const std::string& embeddingPath, const std::string& imagePath)
{
    const std::lock_guard<std::mutex> lock(mutex_);
    const EmbeddingModelSource source = sourceFor(modelPath, embeddingPath);
    const std::string key = source.path + '\n' + std::to_string(source.inputSize) + (source.pooledFeatures ? "\npooled" : "\ndefault");
    if (!impl_->model || impl_->key != key) {
        impl_->model.reset();
        impl_->model = EmbeddingModel::open(source);
        impl_->key = key;
    }
    return embedImageFile(*impl_->model, imagePath);
}

} // namespace tagscope::gui
