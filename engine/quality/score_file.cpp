#include "quality/score_file.h"

#include "embedding/embedding_origin.h"
#include "quality/row_images.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>

namespace tagscope {

ScoreFile::ScoreFile(const std::string& npyPath, const Dataset& dataset)
    : reader_(std::make_unique<NpyRowReader>(npyPath))
    , dataset_(dataset)
{
    const std::string metadataPath = embeddingMetadataPath(npyPath);
    nlohmann::json metadata = nlohmann::json::object();
    if (std::ifstream in(metadataPath); in) {
        try {
            metadata = nlohmann::json::parse(in);
        } catch (const nlohmann::json::parse_error& error) {
            throw std::runtime_error(metadataPath + ": not valid JSON (" + error.what() + ")");
        }
        if (!metadata.is_object())
            throw std::runtime_error(metadataPath + ": expected a JSON object");
    }
    const std::size_t columns = reader_->cols();
    const auto tags = metadata.find("tags");
    if (tags != metadata.end()) {
        if (!tags->is_array())
            throw std::runtime_error(metadataPath + ": \"tags\" must be a list of LabelNames");
        if (tags->size() != columns)
            throw std::runtime_error(metadataPath + ": \"tags\" names " + std::to_string(tags->size()) + " tags, but " + npyPath + " has " +
                                     std::to_string(columns) + " columns");
        for (std::size_t c = 0; c < columns; ++c) {
            const nlohmann::json& name = (*tags)[c];
            const std::optional<std::uint32_t> tag = name.is_string() ? dataset.findTag(name.get<std::string>()) : std::nullopt;
            if (!tag)
                throw std::runtime_error(metadataPath + ": tags[" + std::to_string(c) + "] " + name.dump() + " is not a tag of the dataset " +
                                         dataset.root());
            columnTags_.push_back(*tag);
        }
    } else {
        if (columns != dataset.tagCount())
            throw std::runtime_error(npyPath + ": " + std::to_string(columns) + " columns, but the dataset " + dataset.root() + " has " +
                                     std::to_string(dataset.tagCount()) + " tags (name the columns with \"tags\" in " + metadataPath + ")");
        for (std::size_t c = 0; c < columns; ++c)
            columnTags_.push_back(static_cast<std::uint32_t>(c));
    }
    columnOfTag_.assign(dataset.tagCount(), -1);
    for (std::size_t c = 0; c < columns; ++c) {
        if (columnOfTag_[columnTags_[c]] >= 0)
            throw std::runtime_error(metadataPath + ": the tag " + dataset.tag(columnTags_[c]).labelName + " names two columns, " +
                                     std::to_string(columnOfTag_[columnTags_[c]]) + " and " + std::to_string(c));
        columnOfTag_[columnTags_[c]] = static_cast<std::int32_t>(c);
    }
    const auto inSample = metadata.find("in_sample");
    inSample_ = inSample != metadata.end() && inSample->is_boolean() && inSample->get<bool>();
    rowImages_ = readRowImages(npyPath, reader_->rows(), dataset);
    blockRows_ = std::clamp<std::size_t>((4u << 20) / std::max<std::size_t>(columns, 1), 1, 65536); // ~16 MB of floats
}

void ScoreFile::read(std::size_t first, std::size_t count, std::vector<float>& out) const
{
    reader_->read(first, count, out);
    const std::size_t columns = reader_->cols();
    for (std::size_t i = 0; i < out.size(); ++i) {
        const float p = out[i];
        if (p >= 0.0f && p <= 1.0f)
            continue;
        const std::size_t row = first + i / columns, column = i % columns;
        throw std::runtime_error(path() + ": row " + std::to_string(row) + " (image " + dataset_.imageName(rowImages_[row]) + "), tag " +
                                 dataset_.tag(columnTags_[column]).labelName + ": " +
                                 (std::isnan(p) ? std::string("NaN") : std::to_string(p) + " is not a probability in [0, 1]"));
    }
}

void ScoreFile::labelStates(std::size_t row, std::vector<LabelState>& out) const
{
    const std::uint32_t image = rowImages_[row];
    out.assign(columnTags_.size(), dataset_.unannotatedState());
    const LabelView labels = dataset_.labels(image);
    for (std::size_t l = 0; l < labels.count; ++l) {
        const std::int32_t column = columnOfTag_[labels.tags[l]];
        if (column >= 0)
            out[static_cast<std::size_t>(column)] = dataset_.labelState(image, labels.tags[l]);
    }
}

} // namespace tagscope
