#pragma once
// The in-memory dataset: images, tags and, per image, its labels in CSR form.
// An Open Images-scale dataset (9M images, 20k tags, 60M labels) costs about 9 bytes a label
// plus 17 bytes an image, a few GB at most; nothing is stored for the (vast) unknown majority.
#include "dataset/string_pool.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tagscope {

enum class LabelState : std::uint8_t { Unknown = 0, Positive = 1, Negative = 2 };

enum class Split : std::uint8_t { Train = 0, Validation = 1, Test = 2, Unassigned = 3 };
constexpr int kSplitCount = 4;
const char* splitName(Split split);
std::optional<Split> splitFromName(std::string_view name);

// Per-label flags: the state in the low two bits, and whether a machine confidence is attached.
namespace label_flags {
constexpr std::uint8_t kStateMask = 0x3;
constexpr std::uint8_t kHasMachineConfidence = 0x4;
inline LabelState state(std::uint8_t flags) { return static_cast<LabelState>(flags & kStateMask); }
} // namespace label_flags

struct Tag {
    std::string labelName;   // stable identifier, e.g. Open Images "/m/014j1m"
    std::string displayName; // what users read, e.g. "Apple"
    bool trainable = true;   // false when a trainable-classes list exists and omits the tag
};

// Everything an importer produces; Dataset checks it and adds lookups.
struct DatasetContents {
    std::string format; // "openimages", ...
    std::string root;   // folder the dataset was read from
    // True when every tag absent from an image is known to be absent (COCO, class folders): unknown then
    // means negative. False for partially annotated datasets (Open Images), where unknown is unknown.
    bool exhaustiveLabels = false;
    std::vector<Tag> tags;
    std::vector<std::uint64_t> imageIds; // Open Images ImageIDs (empty when images are paths)
    StringPool imagePaths;               // relative to root (empty when images are ImageIDs)
    std::vector<std::uint8_t> imageSplits;
    std::array<std::string, kSplitCount> splitImageFolders; // absolute; empty when the split has none
    std::vector<std::uint64_t> labelOffsets; // imageCount + 1 entries
    std::vector<std::uint32_t> labelTags;    // ascending within each image
    std::vector<std::uint8_t> labelFlags;    // see label_flags
    std::vector<float> labelConfidence;      // empty, or one per label (machine confidence or 1/0)
};

struct LabelView {
    const std::uint32_t* tags = nullptr;
    const std::uint8_t* flags = nullptr;
    const float* confidence = nullptr; // null when the dataset has no machine labels
    std::size_t count = 0;
};

class Dataset {
public:
    Dataset() = default;
    explicit Dataset(DatasetContents contents); // throws std::invalid_argument on inconsistent contents

    const std::string& format() const { return c_.format; }
    const std::string& root() const { return c_.root; }
    bool exhaustiveLabels() const { return c_.exhaustiveLabels; }

    std::size_t imageCount() const { return c_.imageSplits.size(); }
    Split imageSplit(std::size_t image) const { return static_cast<Split>(c_.imageSplits[image]); }
    std::vector<std::uint32_t> imagesOfSplit(Split split) const; // in dataset order
    bool hasImageIds() const { return !c_.imageIds.empty(); }
    std::uint64_t imageId(std::size_t image) const { return c_.imageIds[image]; }
    std::string imageName(std::size_t image) const;      // ImageID in hex, or the relative path
    std::string imagePath(std::size_t image) const;      // absolute path, empty when no image folder is known
    std::optional<std::size_t> findImage(std::string_view name) const; // by ImageID (hex) or relative path

    std::size_t tagCount() const { return c_.tags.size(); }
    const Tag& tag(std::size_t index) const { return c_.tags[index]; }
    const std::vector<Tag>& tags() const { return c_.tags; }
    std::optional<std::uint32_t> findTag(std::string_view labelName) const;

    std::uint64_t labelCount() const { return c_.labelTags.size(); }
    LabelView labels(std::size_t image) const;
    // The state of a tag on an image as every view reads it (filters, map, inspector, statistics, training,
    // export): the annotated state, and for a tag the annotations leave out (or leave unknown) the dataset's
    // unannotatedState().
    LabelState labelState(std::size_t image, std::uint32_t tag) const;
    // What a missing annotation means: a verified negative when the labels are exhaustive (COCO, class
    // folders), unknown otherwise (Open Images, lists).
    LabelState unannotatedState() const { return c_.exhaustiveLabels ? LabelState::Negative : LabelState::Unknown; }
    std::optional<float> machineConfidence(std::size_t image, std::uint32_t tag) const;
    bool hasMachineConfidence() const { return !c_.labelConfidence.empty(); }

    const DatasetContents& contents() const { return c_; }
    std::size_t memoryBytes() const;

private:
    std::optional<std::size_t> labelIndex(std::size_t image, std::uint32_t tag) const;

    DatasetContents c_;
    std::unordered_map<std::string, std::uint32_t> tagByLabelName_;
};

std::string formatImageId(std::uint64_t id);                    // 16 lower-case hex digits
std::optional<std::uint64_t> parseImageId(std::string_view text); // exactly 16 hex digits

} // namespace tagscope
