#include "dataset/tag_search.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace tagscope {

namespace {

char lowerChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isWordStart(std::string_view text, std::size_t position)
{
    if (position == 0)
        return true;
    const char before = text[position - 1];
    return before == ' ' || before == '-' || before == '(' || before == '/' || before == ',' || before == '_';
}

// 0: whole name, 1: display name prefix, 2: word prefix, 3: elsewhere, 4: no match.
int matchRank(const Tag& tag, std::string_view lowerText)
{
    if (equalsIgnoringCase(tag.displayName, lowerText) || equalsIgnoringCase(tag.labelName, lowerText))
        return 0;
    const std::string_view display = tag.displayName;
    bool found = false;
    for (std::size_t from = 0; from <= display.size();) {
        const std::size_t at = findIgnoringCase(display.substr(from), lowerText);
        if (at == std::string_view::npos)
            break;
        const std::size_t position = from + at;
        if (position == 0)
            return 1;
        if (isWordStart(display, position))
            return 2;
        found = true;
        from = position + 1;
    }
    if (found || findIgnoringCase(tag.labelName, lowerText) != std::string_view::npos)
        return 3;
    return 4;
}

// Optimal string alignment distance between two lower-case strings: insertions, deletions, substitutions and
// swaps of neighbouring characters each cost one. Gives up (returns limit + 1) once every path costs more than
// `limit`, so scanning 20,000 tag names stays quick.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit)
{
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit)
        return limit + 1;
    std::vector<std::size_t> previous2(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t rowBest = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous2[j - 2] + 1);
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

std::string asciiLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = lowerChar(c);
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerChar(a[i]) != lowerChar(b[i]))
            return false;
    return true;
}

std::size_t findIgnoringCase(std::string_view haystack, std::string_view lowerNeedle)
{
    if (lowerNeedle.empty())
        return 0;
    if (lowerNeedle.size() > haystack.size())
        return std::string_view::npos;
    const std::size_t last = haystack.size() - lowerNeedle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        std::size_t j = 0;
        while (j < lowerNeedle.size() && lowerChar(haystack[i + j]) == lowerNeedle[j])
            ++j;
        if (j == lowerNeedle.size())
            return i;
    }
    return std::string_view::npos;
}

std::vector<std::uint32_t> searchTags(const Dataset& dataset, std::string_view text, std::size_t limit)
{
    const std::string lowerText = asciiLower(text);
    std::vector<std::pair<int, std::uint32_t>> found;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t) {
        const int rank = matchRank(dataset.tag(t), lowerText);
        if (rank < 4)
            found.emplace_back(rank, t);
    }
    auto better = [&](const std::pair<int, std::uint32_t>& a, const std::pair<int, std::uint32_t>& b) {
        return std::tie(a.first, dataset.tag(a.second).displayName, a.second)
            < std::tie(b.first, dataset.tag(b.second).displayName, b.second);
    };
    if (limit && limit < found.size()) {
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(limit), found.end(), better);
        found.resize(limit);
    } else {
        std::sort(found.begin(), found.end(), better);
    }
    std::vector<std::uint32_t> tags;
    tags.reserve(found.size());
    for (const auto& entry : found)
        tags.push_back(entry.second);
    return tags;
}

std::vector<std::uint32_t> closestTags(const Dataset& dataset, std::string_view text, std::size_t limit)
{
    std::vector<std::uint32_t> tags = searchTags(dataset, text, limit);
    if (limit && tags.size() >= limit)
        return tags;
    const std::string lowerText = asciiLower(text);
    const std::size_t slips = lowerText.size() <= 3 ? 1 : lowerText.size() <= 6 ? 2 : 3;
    std::vector<std::pair<std::size_t, std::uint32_t>> near;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t) {
        const std::size_t distance = editDistance(lowerText, asciiLower(dataset.tag(t).displayName), slips);
        if (distance <= slips && std::find(tags.begin(), tags.end(), t) == tags.end())
            near.emplace_back(distance, t);
    }
    std::sort(near.begin(), near.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.first, dataset.tag(a.second).displayName, a.second) < std::tie(b.first, dataset.tag(b.second).displayName, b.second);
    });
    for (const auto& entry : near) {
        if (limit && tags.size() >= limit)
            break;
        tags.push_back(entry.second);
    }
    return tags;
}

} // namespace tagscope
