#pragma once
// A model's probabilities for a dataset: SCORES.npy (rows x tags, float32 in [0, 1]) with SCORES.json naming the
// columns ("tags": [LabelName, ...]; absent, the dataset's tag order) and saying whether the scores are
// "in_sample" (from a model that trained on those images), and the rows named as row_images.h describes.
// The values are read a block of rows at a time, never all at once.
#include "common/npy_rows.h"
#include "dataset/dataset.h"

#include <memory>
#include <string>
#include <vector>

namespace tagscope {

class ScoreFile {
public:
    // Throws std::runtime_error naming the file and the problem: unreadable, not 2-D float32, rows or columns
    // that do not match their names or the dataset, an unknown tag or image, a tag named twice.
    ScoreFile(const std::string& npyPath, const Dataset& dataset);

    const std::string& path() const { return reader_->path(); }
    std::size_t rows() const { return reader_->rows(); }
    std::size_t columns() const { return reader_->cols(); }
    std::uint32_t rowImage(std::size_t row) const { return rowImages_[row]; }
    const std::vector<std::uint32_t>& rowImages() const { return rowImages_; }
    std::uint32_t columnTag(std::size_t column) const { return columnTags_[column]; }
    const std::vector<std::uint32_t>& columnTags() const { return columnTags_; }
    bool inSample() const { return inSample_; }

    // Rows read at a time by the passes over the scores (default: a few MB of values).
    std::size_t blockRows() const { return blockRows_; }
    void setBlockRows(std::size_t rows) { blockRows_ = rows ? rows : 1; }

    // Rows [first, first + count), row-major. Throws naming the file, row and tag when a value is NaN or outside
    // [0, 1] (logits instead of probabilities).
    void read(std::size_t first, std::size_t count, std::vector<float>& out) const;

    // The label states of `row`'s image for each column, as Dataset::labelState gives them (on a partially
    // annotated dataset a tag the annotations leave out is unknown, never negative).
    void labelStates(std::size_t row, std::vector<LabelState>& out) const;

private:
    std::unique_ptr<NpyRowReader> reader_;
    const Dataset& dataset_;
    std::vector<std::uint32_t> rowImages_;
    std::vector<std::uint32_t> columnTags_;
    std::vector<std::int32_t> columnOfTag_; // -1 for tags without a column
    bool inSample_ = false;
    std::size_t blockRows_ = 1;
};

} // namespace tagscope
