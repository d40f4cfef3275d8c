#include "embedding/embedding_origin.h"

#include "embedding/content_hash.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

std::string stemOf(const std::string& npyPath)
{
    const std::string suffix = ".npy";
    return npyPath.size() > suffix.size() && npyPath.compare(npyPath.size() - suffix.size(), suffix.size(), suffix) == 0
        ? npyPath.substr(0, npyPath.size() - suffix.size())
        : npyPath;
}

std::string absolute(const std::string& path) { return fs::absolute(fs::path(path)).lexically_normal().string(); }

std::string imagesText(std::uint64_t count) { return std::to_string(count) + (count == 1 ? " image" : " images"); }

std::string madeFrom(const EmbeddingOrigin& origin, const std::string& npyPath)
{
    return npyPath + " holds embeddings of the " + origin.split + " split of " + origin.dataset + " (" + imagesText(origin.splitImages) + ")";
}

} // namespace

std::string embeddingImagesPath(const std::string& npyPath) { return stemOf(npyPath) + ".images.npy"; }
std::string embeddingMetadataPath(const std::string& npyPath) { return stemOf(npyPath) + ".json"; }

std::string imageNamesHash(const Dataset& dataset, const std::vector<std::uint32_t>& images)
{
    std::string names;
    for (std::uint32_t image : images) {
        names += dataset.imageName(image);
        names += '\n';
    }
    return hexHash(hashBytes(names.data(), names.size()));
}

std::optional<EmbeddingOrigin> readEmbeddingOrigin(const std::string& npyPath)
{
    const std::string path = embeddingMetadataPath(npyPath);
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    nlohmann::json metadata;
    try {
        metadata = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error(path + ": not valid JSON (" + error.what() + ")");
    }
    const auto text = [&](const char* key) {
        const auto it = metadata.find(key);
        return it != metadata.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    EmbeddingOrigin origin;
    origin.dataset = text("dataset");
    origin.split = text("split");
    origin.splitHash = text("split_hash");
    if (origin.dataset.empty() || origin.split.empty() || origin.splitHash.empty())
        return std::nullopt;
    const auto count = metadata.find("split_images");
    if (count != metadata.end() && count->is_number_unsigned())
        origin.splitImages = count->get<std::uint64_t>();
    return origin;
}

std::optional<EmbeddingOrigin> checkEmbeddingDataset(const std::string& npyPath, const std::string& datasetPath, const Dataset& dataset)
{
    std::optional<EmbeddingOrigin> origin = readEmbeddingOrigin(npyPath);
    if (!origin)
        return std::nullopt;
    const std::optional<Split> split = splitFromName(origin->split);
    if (!split)
        throw std::runtime_error(embeddingMetadataPath(npyPath) + ": unknown split '" + origin->split + "'");
    const std::vector<std::uint32_t> splitImages = dataset.imagesOfSplit(*split);
    if (splitImages.size() == origin->splitImages && imageNamesHash(dataset, splitImages) == origin->splitHash)
        return origin;
    const std::string given = absolute(datasetPath);
    const std::string holds = "its " + origin->split + " split holds " +
                              (splitImages.empty() ? std::string("no images") : "other images (" + std::to_string(splitImages.size()) + ")");
    if (given == origin->dataset)
        throw std::runtime_error(madeFrom(*origin, npyPath) + ", but " + given + " has changed since: " + holds + ". Embed it again");
    throw std::runtime_error(madeFrom(*origin, npyPath) + ", not of " + given + ": " + holds + ". Give --dataset " + origin->dataset +
                             ", or embed " + given);
}

void checkRowsInOriginSplit(const EmbeddingOrigin& origin, const std::string& npyPath, const std::string& datasetPath,
                            const Dataset& dataset, const std::vector<std::uint32_t>& rowImages)
{
    const std::optional<Split> split = splitFromName(origin.split);
    for (std::size_t r = 0; r < rowImages.size(); ++r)
        if (!split || dataset.imageSplit(rowImages[r]) != *split)
            throw std::runtime_error(madeFrom(origin, npyPath) + ", but row " + std::to_string(r) + " names " + dataset.imageName(rowImages[r]) +
                                     ", an image of the " + splitName(dataset.imageSplit(rowImages[r])) + " split of " + absolute(datasetPath));
}

} // namespace tagscope
