#pragma once
// The review of a dataset's labels against a model's scores, streamed: a first pass over the score rows sums
// each tag's thresholds, a second flags candidates into per-tag bounded lists, the rows of each block shared among
// every core. Memory: a block of rows plus, per thread, at most tags x kinds x topK candidates, whatever the
// number of rows.
#include "common/progress.h"
#include "dataset/band_rule.h"
#include "quality/label_candidates.h"
#include "quality/score_file.h"

#include <optional>

namespace tagscope {

struct TagReview {
    TagLabelSums sums;        // positives, verified negatives and unknowns among the scored images
    TagThreshold threshold;
    TagBand band = TagBand::Medium;
    std::array<std::uint64_t, kCandidateKinds> counts{};
    double hiddenPositives = 0;
    std::array<std::vector<LabelCandidate>, kCandidateKinds> top; // best first
};

struct LabelReview {
    std::vector<TagReview> tags; // one per score column
    // The topK images with the lowest label-quality scores, lowest first, each as its weakest label
    // (score = 1 - the image's label-quality score).
    std::vector<LabelCandidate> weakestImages;
    std::vector<std::uint64_t> positives() const; // per column, for rankAcrossTags
};

// The tags' bands under `bandRule`, drawn from the dataset's training positives, one per score column.
std::vector<TagBand> columnBands(const ScoreFile& scores, const Dataset& dataset, const BandRule& bandRule);

// Pass one alone: the per-tag sums and thresholds (also what `next` needs). nullopt when cancelled.
std::optional<std::vector<TagReview>> scoreThresholds(const ScoreFile& scores, const std::vector<TagBand>& bands,
                                                      const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Both passes. Throws like ScoreFile::read on a bad value; nullopt when cancelled.
std::optional<LabelReview> reviewLabels(const ScoreFile& scores, const Dataset& dataset, const BandRule& bandRule, std::size_t topK,
                                        const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

} // namespace tagscope
