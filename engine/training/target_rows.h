#pragma once
// Dense multilabel target rows from the dataset's sparse (CSR) labels, for a chosen list of tags.
#include "dataset/dataset.h"

#include <cstdint>
#include <vector>

namespace tagscope {

class TargetRows {
public:
    TargetRows(const Dataset& dataset, const std::vector<std::uint32_t>& tags);

    std::size_t columns() const { return columns_; }
    // Writes columns() values: 1 positive, 0 verified negative, -1 unknown (0 when the labels are exhaustive).
    void fill(std::uint32_t image, float* row) const;
    // Appends the columns where `image` is positive, ascending.
    void positives(std::uint32_t image, std::vector<std::uint32_t>& out) const;

private:
    const Dataset& dataset_;
    std::size_t columns_;
    std::vector<std::int32_t> columnOfTag_; // -1 for tags not chosen
};

} // namespace tagscope
