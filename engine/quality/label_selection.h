#pragma once
// What to label next (quality/README.md): B images chosen greedily for uncertainty x class balance x diversity,
// each with its questions (the unknown labels of the chosen tags, most uncertain first). Uncertainty sits at a
// tag's own positive threshold; rare tags weigh more (class-balanced selection, Bengar et al. WACV 2022); an
// image close to one already chosen is worth less.
#include "common/progress.h"
#include "embedding/neighbour_lists.h"
#include "quality/label_review.h"
#include "quality/named_embedding.h"

#include <optional>
#include <vector>

namespace tagscope {

// u = 1 - |2q - 1| with q = min(1, p / (2 t+)): 1 at p = t+, 0 at p = 0 and at p >= 2 t+.
double labelUncertainty(float p, double positiveThreshold);

// w_j = 1 / sqrt(positives_j + 1), normalised to sum to 1.
std::vector<double> tagWeights(const std::vector<std::uint64_t>& positives);

// The median over rows of the distance to the k-th nearest neighbour (the last of each list).
double medianLastNeighbourDistance(const NeighbourLists& neighbours);

// Greedy diverse selection over the rows of `unit`: while fewer than `budget` are chosen, pick the row with the
// highest utility[r] x min(1, D_r / delta), D_r the cosine distance to the nearest row chosen so far (1 before
// the first), equal values by the lower key[r]. Rows whose value is 0 are never picked, so fewer than `budget`
// may come back. nullopt when cancelled.
std::optional<std::vector<std::uint32_t>> diverseSelection(const std::vector<double>& utility, const std::vector<std::uint32_t>& key,
                                                           const FloatMatrix& unit, double delta, std::size_t budget,
                                                           const CancelToken* cancel = nullptr);

// The tags asked about by default: those of the medium and tail bands, where new labels help most.
inline const std::vector<TagBand>& defaultSelectionBands()
{
    static const std::vector<TagBand> bands{TagBand::Medium, TagBand::Tail};
    return bands;
}
// The score columns whose band is one of `wanted`, ascending (`bands`: one per column, as columnBands gives them).
std::vector<std::uint32_t> columnsInBands(const std::vector<TagBand>& bands, const std::vector<TagBand>& wanted);

struct LabelQuestion {
    std::uint32_t column = 0; // score column (a tag)
    double uncertainty = 0;
};
struct ImageToLabel {
    std::uint32_t image = 0; // dataset image
    double utility = 0;      // U_i
    std::vector<LabelQuestion> questions;
};

// Images that have both a score row and an embedding row compete; `columns` are the tags T (score columns);
// `tags` the thresholds and counts of every column (scoreThresholds). nullopt when cancelled.
std::optional<std::vector<ImageToLabel>> selectImagesToLabel(const ScoreFile& scores, const std::vector<TagReview>& tags,
                                                            const NamedEmbedding& embedding, const std::vector<std::uint32_t>& columns,
                                                            std::size_t budget, const ProgressCallback& progress = {},
                                                            const CancelToken* cancel = nullptr);

} // namespace tagscope
