#pragma once
// Head / medium / tail bands of tags by training positives, and the rule that draws them for a dataset.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

enum class TagBand : std::uint8_t { Head = 0, Medium = 1, Tail = 2 };
const char* bandName(TagBand band);

// Effective cut-offs: head > headAbove positives, tail < tailBelow, medium in between.
// The default is the convention of the long-tailed multilabel benchmarks of Wu et al. 2020
// (Distribution-Balanced loss, VOC-MLT / COCO-MLT): head > 100 images, medium 20..100, tail < 20.
struct BandThresholds {
    std::uint64_t headAbove = 100;
    std::uint64_t tailBelow = 20;
    bool operator==(const BandThresholds& o) const { return headAbove == o.headAbove && tailBelow == o.tailBelow; }
};
TagBand bandFor(std::uint64_t positives, const BandThresholds& thresholds);

// How bands are drawn: fixed thresholds, or shares of the tags ranked by positives (so that a dataset where
// every tag has thousands of images still has a tail). Text form, for configs and the command line:
//   absolute:HEAD_ABOVE:TAIL_BELOW   e.g. absolute:100:20 (the default; "absolute" alone means that)
//   quantile:HEAD_SHARE:TAIL_SHARE   e.g. quantile:0.25:0.25, shares in [0, 1] summing to at most 1
//   thirds                           quantile with a third of the tags in each of head and tail
struct BandRule {
    enum class Kind : std::uint8_t { Absolute, Quantile };
    Kind kind = Kind::Absolute;
    BandThresholds absolute;
    double headShare = 0; // quantile: share of tags, the most frequent, in the head
    double tailShare = 0; // quantile: share of tags, the rarest, in the tail

    static BandRule fixed(std::uint64_t headAbove, std::uint64_t tailBelow);
    static BandRule quantile(double headShare, double tailShare);
    bool operator==(const BandRule& o) const;
    bool operator!=(const BandRule& o) const { return !(*this == o); }
};

// nullopt with *error set ("bands 'quantile:0.8:0.5': the shares add up to more than 1") for a bad spec.
std::optional<BandRule> parseBandRule(const std::string& text, std::string* error);
std::string formatBandRule(const BandRule& rule);

// A rule applied to per-tag training positives.
struct ResolvedBands {
    BandThresholds thresholds; // the effective cut-offs, also for quantile rules
    std::vector<TagBand> bands;
    std::array<std::uint64_t, 3> counts{}; // tags per band, indexed by TagBand
};

// Quantile rules turn the shares into cut-offs on the sorted counts: with n tags, the tail takes the
// round(tailShare * n) rarest and the head the round(headShare * n) most frequent, but a band never splits
// tags with the same count: tags tied at a cut-off all go to medium. So the result depends only on the counts
// (not on the tag order) and a band can hold fewer tags than its share; when all counts are equal every tag
// is medium. Tags with no positive count as the rarest.
ResolvedBands resolveBands(const std::vector<std::uint64_t>& positives, const BandRule& rule);

} // namespace tagscope
