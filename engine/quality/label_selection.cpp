#include "quality/label_selection.h"

#include "quality/cosine_distance.h"
#include "quality/outliers.h"

#include <algorithm>
#include <cmath>

namespace tagscope {

double labelUncertainty(float p, double positiveThreshold)
{
    const double q = positiveThreshold > 0 ? std::min(1.0, static_cast<double>(p) / (2 * positiveThreshold)) : 1.0;
    return 1.0 - std::abs(2 * q - 1);
}

std::vector<double> tagWeights(const std::vector<std::uint64_t>& positives)
{
    std::vector<double> weights;
    double sum = 0;
    for (std::uint64_t count : positives) {
        weights.push_back(1.0 / std::sqrt(static_cast<double>(count) + 1.0));
        sum += weights.back();
    }
    for (double& w : weights)
        w /= sum;
    return weights;
}

double medianLastNeighbourDistance(const NeighbourLists& neighbours)
{
    if (neighbours.queries == 0 || neighbours.k == 0)
        return 0;
    std::vector<double> last;
    for (std::size_t q = 0; q < neighbours.queries; ++q)
        last.push_back(neighbours.distanceRow(q)[neighbours.k - 1]);
    const std::size_t mid = last.size() / 2;
    std::nth_element(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(mid), last.end());
    if (last.size() % 2)
        return last[mid];
    const double upper = last[mid];
    return (*std::max_element(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(mid)) + upper) / 2;
}

std::optional<std::vector<std::uint32_t>> diverseSelection(const std::vector<double>& utility, const std::vector<std::uint32_t>& key,
                                                           const FloatMatrix& unit, double delta, std::size_t budget, const CancelToken* cancel)
{
    std::vector<std::uint32_t> live; // rows that can still be worth something
    for (std::size_t r = 0; r < utility.size(); ++r)
        if (utility[r] > 0)
            live.push_back(static_cast<std::uint32_t>(r));
    std::vector<double> nearest(utility.size(), 1.0);
    const auto diversity = [&](double distance) { return delta > 0 ? std::min(1.0, distance / delta) : (distance > 0 ? 1.0 : 0.0); };
    std::vector<std::uint32_t> chosen;
    while (chosen.size() < budget) {
        if (isCancelled(cancel))
            return std::nullopt;
        std::size_t best = live.size();
        double bestValue = 0;
        for (std::size_t i = 0; i < live.size(); ++i) {
            const std::uint32_t r = live[i];
            const double value = utility[r] * diversity(nearest[r]);
            if (value > bestValue || (value == bestValue && value > 0 && key[r] < key[live[best]])) {
                best = i;
                bestValue = value;
            }
        }
        if (best == live.size())
            break;
        const std::uint32_t pick = live[best];
        chosen.push_back(pick);
        live.erase(live.begin() + static_cast<std::ptrdiff_t>(best));
        for (std::uint32_t r : live)
            nearest[r] = std::min(nearest[r], cosineDistance(unit.row(pick), unit.row(r), unit.cols));
    }
    return chosen;
}

std::optional<std::vector<ImageToLabel>> selectImagesToLabel(const ScoreFile& scores, const std::vector<TagReview>& tags,
                                                            const NamedEmbedding& embedding, const std::vector<std::uint32_t>& columns,
                                                            std::size_t budget, const ProgressCallback& progress, const CancelToken* cancel)
{
    std::vector<std::uint64_t> positives;
    for (std::uint32_t c : columns)
        positives.push_back(tags[c].sums.positives);
    const std::vector<double> weights = tagWeights(positives);
    std::vector<std::int32_t> embeddingRowOfImage(scores.rowImages().empty() ? 0 : *std::max_element(scores.rowImages().begin(), scores.rowImages().end()) + 1, -1);
    for (std::size_t r = 0; r < embedding.images.size(); ++r)
        if (embedding.images[r] < embeddingRowOfImage.size())
            embeddingRowOfImage[embedding.images[r]] = static_cast<std::int32_t>(r);
    // Utility of each embedding row with a score row, streamed over the scores.
    std::vector<double> utility(embedding.images.size(), 0.0);
    std::vector<std::uint32_t> scoreRow(embedding.images.size(), 0);
    const std::size_t rows = scores.rows(), block = scores.blockRows();
    std::vector<float> values;
    std::vector<LabelState> states;
    for (std::size_t first = 0; first < rows; first += block) {
        if (isCancelled(cancel))
            return std::nullopt;
        const std::size_t count = std::min(block, rows - first);
        scores.read(first, count, values);
        for (std::size_t r = 0; r < count; ++r) {
            const std::int32_t e = embeddingRowOfImage[scores.rowImage(first + r)];
            if (e < 0)
                continue;
            scores.labelStates(first + r, states);
            const float* p = values.data() + r * scores.columns();
            double u = 0;
            for (std::size_t t = 0; t < columns.size(); ++t)
                if (states[columns[t]] == LabelState::Unknown)
                    u += weights[t] * labelUncertainty(p[columns[t]], tags[columns[t]].threshold.positive);
            utility[static_cast<std::size_t>(e)] = u;
            scoreRow[static_cast<std::size_t>(e)] = static_cast<std::uint32_t>(first + r);
        }
        reportProgress(progress, first + count, rows, "Uncertainty");
    }
    double delta = 0;
    if (embedding.unit.rows >= 2) {
        const std::optional<NeighbourLists> neighbours = cosineNeighbours(embedding.unit, kQualityNeighbours, progress, cancel);
        if (!neighbours)
            return std::nullopt;
        delta = medianLastNeighbourDistance(*neighbours);
    }
    const std::optional<std::vector<std::uint32_t>> chosen = diverseSelection(utility, embedding.images, embedding.unit, delta, budget, cancel);
    if (!chosen)
        return std::nullopt;
    std::vector<ImageToLabel> out;
    for (std::uint32_t e : *chosen) {
        ImageToLabel image;
        image.image = embedding.images[e];
        image.utility = utility[e];
        scores.read(scoreRow[e], 1, values);
        scores.labelStates(scoreRow[e], states);
        for (std::uint32_t c : columns)
            if (states[c] == LabelState::Unknown)
                image.questions.push_back({c, labelUncertainty(values[c], tags[c].threshold.positive)});
        std::stable_sort(image.questions.begin(), image.questions.end(),
                         [](const LabelQuestion& a, const LabelQuestion& b) { return a.uncertainty > b.uncertainty; });
        out.push_back(std::move(image));
    }
    return out;
}

std::vector<std::uint32_t> columnsInBands(const std::vector<TagBand>& bands, const std::vector<TagBand>& wanted)
{
    std::vector<std::uint32_t> columns;
    for (std::size_t c = 0; c < bands.size(); ++c)
        if (std::find(wanted.begin(), wanted.end(), bands[c]) != wanted.end())
            columns.push_back(static_cast<std::uint32_t>(c));
    return columns;
}

} // namespace tagscope
