#pragma once
// Inverted index over a Dataset: for each tag, the sorted ids of the images where it is annotated positive,
// annotated negative, or carries a machine confidence (with the confidences alongside). The other images have
// the dataset's unannotatedState(): unknown, computed only when asked, or on exhaustive labels (COCO, class
// folders) negative, which filters read as "not positive" (see filter_evaluator.h).
// Ids are uint32: 9M images with 9.4M labels cost ~38 MB of lists and ~1 MB a split bitset.
#include "dataset/dataset.h"

#include <array>
#include <cstdint>
#include <vector>

namespace tagscope {

// A read-only run of sorted image ids.
struct ImageIdSpan {
    const std::uint32_t* data = nullptr;
    std::size_t size = 0;
    const std::uint32_t* begin() const { return data; }
    const std::uint32_t* end() const { return data + size; }
    bool empty() const { return size == 0; }
    std::uint32_t operator[](std::size_t i) const { return data[i]; }
};

struct TagIndexOptions {
    int threads = 0; // 0: as many as pay off, up to one per core
};

class TagIndex {
public:
    TagIndex() = default;
    // Throws std::invalid_argument when the dataset has 2^32 images or more.
    explicit TagIndex(const Dataset& dataset, const TagIndexOptions& options = {});

    std::size_t imageCount() const { return imageCount_; }
    std::size_t tagCount() const { return positive_.offsets.empty() ? 0 : positive_.offsets.size() - 1; }

    ImageIdSpan positives(std::uint32_t tag) const { return positive_.span(tag); }
    ImageIdSpan negatives(std::uint32_t tag) const { return negative_.span(tag); }
    // Images with a machine confidence for the tag, whatever their state; machineConfidences() runs alongside
    // (null when the dataset stores no confidences).
    ImageIdSpan machineLabelled(std::uint32_t tag) const { return machine_.span(tag); }
    const float* machineConfidences(std::uint32_t tag) const
    {
        return machineConfidence_.empty() ? nullptr : machineConfidence_.data() + machine_.offsets[tag];
    }

    // Computed on request (sorted): images with a machine confidence >= threshold; images whose state for the
    // tag is unknown (none when the labels are exhaustive).
    std::vector<std::uint32_t> machineAtLeast(std::uint32_t tag, float threshold) const;
    std::vector<std::uint32_t> unknowns(std::uint32_t tag) const;

    // One bit per image, set when the image belongs to the split (bit i of word i / 64).
    const std::vector<std::uint64_t>& splitBits(Split split) const { return splitBits_[static_cast<int>(split)]; }
    std::size_t splitImageCount(Split split) const { return splitCounts_[static_cast<int>(split)]; }

    std::size_t memoryBytes() const;

private:
    // Compressed sparse rows: the ids of row t are ids[offsets[t] .. offsets[t + 1]).
    struct Lists {
        std::vector<std::uint64_t> offsets;
        std::vector<std::uint32_t> ids;
        ImageIdSpan span(std::uint32_t tag) const
        {
            return {ids.data() + offsets[tag], static_cast<std::size_t>(offsets[tag + 1] - offsets[tag])};
        }
    };

    void buildLists(const Dataset& dataset, std::size_t threads);
    void buildSplits(const Dataset& dataset, std::size_t threads);

    std::size_t imageCount_ = 0;
    bool exhaustiveLabels_ = false;
    Lists positive_;
    Lists negative_;
    Lists machine_;
    std::vector<float> machineConfidence_;
    std::array<std::vector<std::uint64_t>, kSplitCount> splitBits_;
    std::array<std::size_t, kSplitCount> splitCounts_{};
};

} // namespace tagscope
