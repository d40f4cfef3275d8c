#pragma once
// Validation metrics for multilabel tagging, as the ASL authors compute mAP (engine/training/METRICS.md):
// per tag, AP = sum over positives of precision at their rank / (positives + 1e-8); mAP = 100 x mean over tags.
// Partial labels: unannotated entries (-1) are skipped, and tags without both a positive and a negative among
// the annotated entries are left out (and counted, so the UI can say so).
#include "dataset/statistics.h"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace tagscope {

struct MultilabelMetrics {
    double map = 0;                         // 100 x mean AP over evaluated tags
    std::vector<double> tagAp;              // per tag, NaN when left out
    std::array<double, 3> bandMap{};        // head, medium, tail (NaN when a band has no evaluated tag)
    std::array<std::size_t, 3> bandTags{};  // evaluated tags per band
    std::vector<double> bestF1;             // per tag, at its best threshold (NaN when left out)
    std::vector<double> bestThreshold;
    double priorBaselineMap = 0;            // what scoring every image by the tag's frequency achieves
    std::size_t tagsEvaluated = 0;
    std::size_t tagsLeftOut = 0;
};

// AP of one tag over annotated entries (targets 1 / 0; -1 skipped); NaN without both kinds.
double averagePrecision(const float* scores, const std::int8_t* targets, std::size_t count, std::size_t stride = 1);

// scores and targets are N x C row-major; `bands` (C entries) split the mAP into head / medium / tail.
MultilabelMetrics evaluateMultilabel(const std::vector<float>& scores, const std::vector<std::int8_t>& targets, std::size_t tags,
                                     const std::vector<TagBand>& bands);

} // namespace tagscope
