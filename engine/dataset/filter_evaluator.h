#pragma once
// Evaluates a bound filter (see filter_expression.h) over the tag index. Tag terms borrow the index's sorted
// lists, splits its bitsets; AND intersects the smallest operands first (galloping when the sizes differ
// a lot) and turns NOT operands into differences; name:~ terms scan only the images that the other AND
// operands left. Tag states are Dataset::labelState's: unknown is NOT (positive OR negative), so it is never
// stored, and with exhaustive labels (COCO, class folders) negative is NOT positive and unknown matches nothing.
// `corrected` terms read the labels the review decisions changed (null: none were applied, so they match nothing).
#include "dataset/corrected_labels.h"
#include "dataset/filter_expression.h"
#include "dataset/image_set.h"
#include "dataset/tag_index.h"

#include <cstdint>
#include <vector>

namespace tagscope {

// The matching images as a set (possibly a complement or a bitset): for callers that only count, page
// through, or combine further.
ImageSet evaluateFilterSet(const FilterNode& root, const TagIndex& index, const Dataset& dataset,
                           const CorrectedLabels* corrected = nullptr);

// The matching image indices, ascending.
std::vector<std::uint32_t> evaluateFilter(const FilterNode& root, const TagIndex& index, const Dataset& dataset,
                                          const CorrectedLabels* corrected = nullptr);

// How many images match, without listing them.
std::uint64_t countFilter(const FilterNode& root, const TagIndex& index, const Dataset& dataset,
                          const CorrectedLabels* corrected = nullptr);

} // namespace tagscope
