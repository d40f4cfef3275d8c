#include "dataset/band_rule.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tagscope {

const char* bandName(TagBand band)
{
    switch (band) {
    case TagBand::Head: return "head";
    case TagBand::Medium: return "medium";
    case TagBand::Tail: return "tail";
    }
    return "tail";
}

TagBand bandFor(std::uint64_t positives, const BandThresholds& thresholds)
{
    if (positives > thresholds.headAbove)
        return TagBand::Head;
    if (positives < thresholds.tailBelow)
        return TagBand::Tail;
    return TagBand::Medium;
}

BandRule BandRule::fixed(std::uint64_t headAbove, std::uint64_t tailBelow)
{
    BandRule rule;
    rule.absolute = {headAbove, tailBelow};
    return rule;
}

BandRule BandRule::quantile(double headShare, double tailShare)
{
    BandRule rule;
    rule.kind = Kind::Quantile;
    rule.headShare = headShare;
    rule.tailShare = tailShare;
    return rule;
}

bool BandRule::operator==(const BandRule& o) const
{
    if (kind != o.kind)
        return false;
    return kind == Kind::Absolute ? absolute == o.absolute : headShare == o.headShare && tailShare == o.tailShare;
}

namespace {

std::vector<std::string> splitColons(const std::string& text)
{
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == ':')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

bool parseCount(const std::string& text, std::uint64_t* value)
{
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) || text.size() > 18)
        return false;
    *value = std::strtoull(text.c_str(), nullptr, 10);
    return true;
}

bool parseShare(const std::string& text, double* value)
{
    if (text.empty())
        return false;
    char* end = nullptr;
    *value = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size() && *value >= 0 && *value <= 1;
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

const BandRule kThirds = BandRule::quantile(1.0 / 3.0, 1.0 / 3.0);

} // namespace

std::optional<BandRule> parseBandRule(const std::string& text, std::string* error)
{
    auto fail = [&](const std::string& why) -> std::optional<BandRule> {
        if (error)
            *error = "bands '" + text + "': " + why +
                     " (expected absolute:HEAD_ABOVE:TAIL_BELOW, quantile:HEAD_SHARE:TAIL_SHARE, absolute or thirds)";
        return std::nullopt;
    };
    if (text == "absolute")
        return BandRule{};
    if (text == "thirds")
        return kThirds;
    const std::vector<std::string> parts = splitColons(text);
    if (parts[0] != "absolute" && parts[0] != "quantile")
        return fail("unknown kind '" + parts[0] + "'");
    if (parts.size() != 3)
        return fail("needs two numbers after '" + parts[0] + ":'");
    if (parts[0] == "absolute") {
        std::uint64_t head = 0, tail = 0;
        if (!parseCount(parts[1], &head) || !parseCount(parts[2], &tail))
            return fail("thresholds must be whole numbers of positives");
        if (tail > head + 1)
            return fail("the tail threshold is above the head threshold");
        return BandRule::fixed(head, tail);
    }
    double head = 0, tail = 0;
    if (!parseShare(parts[1], &head) || !parseShare(parts[2], &tail))
        return fail("shares must be numbers from 0 to 1");
    if (head + tail > 1 + 1e-9)
        return fail("the shares add up to more than 1");
    return BandRule::quantile(head, tail);
}

std::string formatBandRule(const BandRule& rule)
{
    if (rule.kind == BandRule::Kind::Absolute)
        return "absolute:" + std::to_string(rule.absolute.headAbove) + ":" + std::to_string(rule.absolute.tailBelow);
    if (rule == kThirds)
        return "thirds";
    return "quantile:" + formatNumber(rule.headShare) + ":" + formatNumber(rule.tailShare);
}

ResolvedBands resolveBands(const std::vector<std::uint64_t>& positives, const BandRule& rule)
{
    ResolvedBands resolved;
    resolved.thresholds = rule.absolute;
    const std::size_t n = positives.size();
    if (rule.kind == BandRule::Kind::Quantile && n > 0) {
        std::vector<std::uint64_t> sorted = positives;
        std::sort(sorted.begin(), sorted.end());
        const auto share = [n](double s) { return std::min(n, static_cast<std::size_t>(std::llround(s * static_cast<double>(n)))); };
        const std::size_t tailTags = share(rule.tailShare);
        const std::size_t headTags = share(rule.headShare);
        // Tail: counts below the (tailTags+1)-th rarest; head: counts above the (headTags+1)-th most frequent.
        resolved.thresholds.tailBelow = tailTags < n ? sorted[tailTags] : sorted.back() + 1;
        resolved.thresholds.headAbove = headTags < n ? sorted[n - 1 - headTags] : (sorted.front() ? sorted.front() - 1 : 0);
    }
    resolved.bands.resize(n);
    for (std::size_t t = 0; t < n; ++t) {
        resolved.bands[t] = bandFor(positives[t], resolved.thresholds);
        ++resolved.counts[static_cast<int>(resolved.bands[t])];
    }
    return resolved;
}

} // namespace tagscope
