#include "embedding/layout_csv.h"

#include "common/npy.h"
#include "embedding/embedding_origin.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace tagscope {

namespace {

void checkImages(const std::vector<std::uint32_t>& imageIds, const Dataset& dataset, const std::string& path)
{
    for (std::size_t r = 0; r < imageIds.size(); ++r)
        if (imageIds[r] >= dataset.imageCount())
            throw std::invalid_argument(path + ": row " + std::to_string(r) + " names image " + std::to_string(imageIds[r]) +
                                        ", but the dataset has " + std::to_string(dataset.imageCount()) + " images");
}

void finish(std::ofstream& out, const std::string& path)
{
    out.flush();
    if (!out)
        throw std::runtime_error(path + ": cannot write");
}

} // namespace

std::string rowImagesPath(const std::string& npyPath) { return embeddingImagesPath(npyPath); }

std::vector<std::uint32_t> readRowImages(const std::string& npyPath, std::size_t rows, std::size_t datasetImages)
{
    const std::string sidecar = rowImagesPath(npyPath);
    std::vector<std::uint32_t> images;
    if (std::ifstream(sidecar).good()) {
        const std::vector<std::int64_t> indices = readNpy(sidecar).toInt64();
        if (indices.size() != rows)
            throw std::runtime_error(sidecar + ": " + std::to_string(indices.size()) + " image indices for " + std::to_string(rows) + " rows");
        for (std::size_t r = 0; r < indices.size(); ++r) {
            if (indices[r] < 0 || static_cast<std::uint64_t>(indices[r]) >= datasetImages)
                throw std::runtime_error(sidecar + ": row " + std::to_string(r) + " names image " + std::to_string(indices[r]) +
                                         ", but the dataset has " + std::to_string(datasetImages) + " images");
            images.push_back(static_cast<std::uint32_t>(indices[r]));
        }
        return images;
    }
    if (rows != datasetImages)
        throw std::runtime_error(npyPath + ": " + std::to_string(rows) + " rows, but the dataset has " + std::to_string(datasetImages) +
                                 " images and there is no " + sidecar + " saying which image each row belongs to");
    images.resize(rows);
    for (std::size_t r = 0; r < rows; ++r)
        images[r] = static_cast<std::uint32_t>(r);
    return images;
}

std::string csvQuoted(const std::string& field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void writeLayoutCsv(const std::string& path, const std::vector<float>& xy, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset)
{
    if (xy.size() != imageIds.size() * 2)
        throw std::invalid_argument(path + ": " + std::to_string(xy.size() / 2) + " layout rows for " + std::to_string(imageIds.size()) + " images");
    checkImages(imageIds, dataset, path);
    std::ofstream out(path, std::ios::trunc);
    if (!out)
        throw std::runtime_error(path + ": cannot open for writing");
    out << "row,image_index,image_name,path,x,y\n";
    char number[64];
    for (std::size_t r = 0; r < imageIds.size(); ++r) {
        out << r << ',' << imageIds[r] << ',' << csvQuoted(dataset.imageName(imageIds[r])) << ',' << csvQuoted(dataset.imagePath(imageIds[r]));
        std::snprintf(number, sizeof number, ",%.9g,%.9g\n", static_cast<double>(xy[2 * r]), static_cast<double>(xy[2 * r + 1]));
        out << number;
    }
    finish(out, path);
}

void writeImageListCsv(const std::string& path, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset)
{
    checkImages(imageIds, dataset, path);
    std::ofstream out(path, std::ios::trunc);
    if (!out)
        throw std::runtime_error(path + ": cannot open for writing");
    out << "image_index,image_name,path\n";
    for (std::uint32_t image : imageIds)
        out << image << ',' << csvQuoted(dataset.imageName(image)) << ',' << csvQuoted(dataset.imagePath(image)) << '\n';
    finish(out, path);
}

} // namespace tagscope
