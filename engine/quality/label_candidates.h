#pragma once
// Candidate label errors (Confident Learning's self-confidence order; quality/README.md):
//   missing positive  an unknown label with p >= t+          score p
//   wrong positive    a positive label with 1 - p >= t-     score 1 - p
//   wrong negative    a verified negative with p >= t+      score p
// Each tag keeps its counts, its hidden-positive estimate and its best K candidates of each kind in bounded heaps,
// so a pass over millions of score rows holds only tags x kinds x K candidates.
#include "dataset/dataset.h"
#include "quality/fixed_sum.h"
#include "quality/tag_thresholds.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

enum class CandidateKind : std::uint8_t { MissingPositive = 0, WrongPositive = 1, WrongNegative = 2 };
constexpr std::size_t kCandidateKinds = 3;
const char* candidateKindName(CandidateKind kind); // "missing", "wrong-positive", "wrong-negative"
std::optional<CandidateKind> candidateKindFromName(const std::string& name);

struct LabelCandidate {
    std::uint32_t row = 0;    // row of the scores
    std::uint32_t column = 0; // column of the scores (a tag)
    float p = 0;
    double score = 0; // double: 1 - p keeps the order of probabilities below float's resolution near 1
};

// Within a tag: higher score first; equal scores by lower row (so results do not depend on the order rows came in).
bool rankedBefore(const LabelCandidate& a, const LabelCandidate& b);

struct Flag {
    CandidateKind kind;
    double score;
};
// Whether the label (state, p) of a tag with threshold `t` is a candidate, and of which kind.
std::optional<Flag> flagLabel(LabelState state, float p, const TagThreshold& t);

// The tag's expected share of a positive behind an unknown label with probability p: min(1, p / t+).
double hiddenPositiveShare(float p, const TagThreshold& t);

// The best K candidates offered, in a heap whose top is the worst kept.
class TopCandidates {
public:
    explicit TopCandidates(std::size_t k = 0) : k_(k) {}
    void offer(const LabelCandidate& candidate);
    void merge(const TopCandidates& other); // the best K of both
    std::vector<LabelCandidate> sorted() const; // best first

private:
    std::size_t k_;
    std::vector<LabelCandidate> heap_;
    // The worst kept score once the heap is full: most offers are rejected on it without touching the heap.
    double floor_ = 0;
};

struct TagCandidates {
    std::array<std::uint64_t, kCandidateKinds> counts{};
    FixedSum hiddenPositives; // E_j = sum over unknown labels of min(1, p / t+)
    std::array<TopCandidates, kCandidateKinds> top;
};

class CandidateCollector {
public:
    CandidateCollector(std::vector<TagThreshold> thresholds, std::size_t topK);
    // One score row: p and states hold one value per column.
    void addRow(std::uint32_t row, const float* p, const LabelState* states);
    // Adds what another collector (of the same thresholds, over other rows) found.
    void merge(const CandidateCollector& other);
    const TagCandidates& tag(std::size_t column) const { return tags_[column]; }
    // The K images with the lowest label-quality scores, as their weakest labels.
    const TopCandidates& weakestImages() const { return weakestImages_; }
    const std::vector<TagThreshold>& thresholds() const { return thresholds_; }

private:
    std::vector<TagThreshold> thresholds_;
    std::vector<TagCandidates> tags_;
    TopCandidates weakestImages_;
};

// Candidates of several tags in one list: higher score first, equal scores by the rarer tag (fewer positives in
// `positives`, indexed by column; then the lower column), then the lower row. At most k (0: all).
std::vector<LabelCandidate> rankAcrossTags(std::vector<LabelCandidate> candidates, const std::vector<std::uint64_t>& positives, std::size_t k);

// An image's label-quality score: the lowest self-confidence of its labelled entries (p for a positive, 1 - p for
// a verified negative); low means suspicious. NaN when the image has no labelled entry.
double imageLabelQuality(const float* p, const LabelState* states, std::size_t columns);
// The entry that sets it, as a candidate: its column, p, and score 1 - the image's label-quality score (so that
// the usual order puts the most suspicious image first). nullopt when the image has no labelled entry.
std::optional<LabelCandidate> weakestLabel(std::uint32_t row, const float* p, const LabelState* states, std::size_t columns);

} // namespace tagscope
