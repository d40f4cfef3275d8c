#pragma once
// The labels that review decisions changed on an opened dataset (quality/CORRECTIONS.md): which (image, tag) now
// has another state than its annotations give it, and which state it had. The filter term `corrected` and the
// window's marks read them; a decision that confirms what the annotations already say changes nothing and is not
// listed.
#include "dataset/dataset.h"

#include <cstdint>
#include <vector>

namespace tagscope {

struct CorrectedLabel {
    std::uint32_t image = 0; // index in the opened dataset (after any left-out images)
    std::uint32_t tag = 0;
    LabelState original = LabelState::Unknown; // Dataset::labelState before the decision
    LabelState corrected = LabelState::Unknown; // after it
};

// Ordered by image, then tag.
using CorrectedLabels = std::vector<CorrectedLabel>;

// The entry for (image, tag), or null: a binary search.
const CorrectedLabel* findCorrectedLabel(const CorrectedLabels& labels, std::uint32_t image, std::uint32_t tag);

// The images with at least one corrected label (of `tag` only, when given), ascending and without repeats.
std::vector<std::uint32_t> imagesWithCorrectedLabels(const CorrectedLabels& labels);
std::vector<std::uint32_t> imagesWithCorrectedLabel(const CorrectedLabels& labels, std::uint32_t tag);

} // namespace tagscope
