#include "quality/row_images.h"

#include "common/npy.h"
#include "dataset/image_lookup.h"
#include "embedding/embedding_origin.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace tagscope {
namespace {

std::string rowsText(std::size_t rows) { return std::to_string(rows) + (rows == 1 ? " row" : " rows"); }

std::vector<std::uint32_t> fromIndexFile(const std::string& path, const std::string& npyPath, std::size_t rows, const Dataset& dataset)
{
    const NpyArray array = readNpy(path);
    if (array.shape.size() != 1)
        throw std::runtime_error(path + ": expected a 1-D array of dataset image indices, found " + std::to_string(array.shape.size()) +
                                 " dimensions");
    std::vector<std::int64_t> indices;
    try {
        indices = array.toInt64();
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(path + ": " + error.what());
    }
    if (indices.size() != rows)
        throw std::runtime_error(path + ": names " + rowsText(indices.size()) + ", but " + npyPath + " has " + rowsText(rows));
    std::vector<std::uint32_t> images(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        if (indices[r] < 0 || static_cast<std::uint64_t>(indices[r]) >= dataset.imageCount())
            throw std::runtime_error(path + ": row " + std::to_string(r) + " names image index " + std::to_string(indices[r]) +
                                     ", but the dataset " + dataset.root() + " has " + std::to_string(dataset.imageCount()) + " images");
        images[r] = static_cast<std::uint32_t>(indices[r]);
    }
    return images;
}

std::vector<std::uint32_t> fromNames(const std::string& path, const nlohmann::json& names, const std::string& npyPath, std::size_t rows,
                                     const Dataset& dataset)
{
    if (!names.is_array())
        throw std::runtime_error(path + ": \"images\" must be a list of ImageIDs or relative paths");
    if (names.size() != rows)
        throw std::runtime_error(path + ": \"images\" names " + rowsText(names.size()) + ", but " + npyPath + " has " + rowsText(rows));
    const ImageLookup lookup(dataset);
    std::vector<std::uint32_t> images(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        if (!names[r].is_string())
            throw std::runtime_error(path + ": images[" + std::to_string(r) + "] is not a string");
        const std::string name = names[r].get<std::string>();
        const std::optional<std::size_t> image = lookup.find(name);
        if (!image)
            throw std::runtime_error(path + ": images[" + std::to_string(r) + "] \"" + name + "\" is not an image of the dataset " + dataset.root());
        images[r] = static_cast<std::uint32_t>(*image);
    }
    return images;
}

} // namespace

std::vector<std::uint32_t> readRowImages(const std::string& npyPath, std::size_t rows, const Dataset& dataset)
{
    const std::string indexPath = embeddingImagesPath(npyPath);
    const std::string metadataPath = embeddingMetadataPath(npyPath);
    std::vector<std::uint32_t> images;
    if (std::filesystem::exists(indexPath)) {
        images = fromIndexFile(indexPath, npyPath, rows, dataset);
    } else {
        nlohmann::json metadata;
        std::ifstream in(metadataPath);
        if (in) {
            try {
                metadata = nlohmann::json::parse(in);
            } catch (const nlohmann::json::parse_error& error) {
                throw std::runtime_error(metadataPath + ": not valid JSON (" + error.what() + ")");
            }
        }
        const auto names = metadata.is_object() ? metadata.find("images") : metadata.end();
        if (!metadata.is_object() || names == metadata.end())
            throw std::runtime_error(npyPath + ": its rows name no images: write " + indexPath + " (dataset image indices) or \"images\" in " +
                                     metadataPath + " (ImageIDs or relative paths)");
        images = fromNames(metadataPath, *names, npyPath, rows, dataset);
    }
    // A row per image: a second row of the same image would count its labels twice.
    std::vector<std::uint32_t> firstRow(dataset.imageCount(), UINT32_MAX);
    for (std::size_t r = 0; r < images.size(); ++r) {
        if (firstRow[images[r]] != UINT32_MAX)
            throw std::runtime_error(npyPath + ": rows " + std::to_string(firstRow[images[r]]) + " and " + std::to_string(r) +
                                     " are the same image " + dataset.imageName(images[r]));
        firstRow[images[r]] = static_cast<std::uint32_t>(r);
    }
    return images;
}

} // namespace tagscope
