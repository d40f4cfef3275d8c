#include "quality/tag_thresholds.h"

#include <array>

namespace tagscope {

void TagLabelSums::add(LabelState state, float p)
{
    switch (state) {
    case LabelState::Positive:
        ++positives;
        positiveP.add(p);
        break;
    case LabelState::Negative:
        ++negatives;
        negativeComplement.add(1.0 - static_cast<double>(p));
        break;
    case LabelState::Unknown: ++unknowns; break;
    }
}

void TagLabelSums::add(const TagLabelSums& other)
{
    positives += other.positives;
    negatives += other.negatives;
    unknowns += other.unknowns;
    positiveP.add(other.positiveP);
    negativeComplement.add(other.negativeComplement);
}

namespace {

// The mean of the own thresholds of the tags with enough labels, per band, and over all bands.
struct FallbackMeans {
    std::array<double, 3> band{};
    double all = 0.5;
};

template <typename Own, typename Enough>
FallbackMeans fallbackMeans(std::size_t tags, const std::vector<TagBand>& bands, Own own, Enough enough)
{
    std::array<double, 3> sum{};
    std::array<std::uint64_t, 3> count{};
    double allSum = 0;
    std::uint64_t allCount = 0;
    for (std::size_t t = 0; t < tags; ++t)
        if (enough(t)) {
            const auto b = static_cast<std::size_t>(bands[t]);
            sum[b] += own(t);
            ++count[b];
            allSum += own(t);
            ++allCount;
        }
    FallbackMeans means;
    if (allCount)
        means.all = allSum / static_cast<double>(allCount);
    for (std::size_t b = 0; b < 3; ++b)
        means.band[b] = count[b] ? sum[b] / static_cast<double>(count[b]) : means.all;
    return means;
}

} // namespace

std::vector<TagThreshold> tagThresholds(const std::vector<TagLabelSums>& sums, const std::vector<TagBand>& bands)
{
    const std::size_t n = sums.size();
    const auto enoughPositives = [&](std::size_t t) { return sums[t].positives >= kMinThresholdLabels; };
    const auto enoughNegatives = [&](std::size_t t) { return sums[t].negatives >= kMinThresholdLabels; };
    const auto ownPositive = [&](std::size_t t) { return sums[t].positiveP.value() / static_cast<double>(sums[t].positives); };
    const auto ownNegative = [&](std::size_t t) { return sums[t].negativeComplement.value() / static_cast<double>(sums[t].negatives); };
    const FallbackMeans positive = fallbackMeans(n, bands, ownPositive, enoughPositives);
    const FallbackMeans negative = fallbackMeans(n, bands, ownNegative, enoughNegatives);
    std::vector<TagThreshold> thresholds(n);
    for (std::size_t t = 0; t < n; ++t) {
        const auto b = static_cast<std::size_t>(bands[t]);
        TagThreshold& th = thresholds[t];
        th.fewPositives = !enoughPositives(t);
        th.fewNegatives = !enoughNegatives(t);
        th.positive = th.fewPositives ? positive.band[b] : ownPositive(t);
        th.negative = th.fewNegatives ? negative.band[b] : ownNegative(t);
    }
    return thresholds;
}

} // namespace tagscope
