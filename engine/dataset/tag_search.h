#pragma once
// Finding tags by part of their name, for the search box and for "did you mean" hints.
// Case-insensitive for ASCII letters; other UTF-8 bytes must match exactly.
#include "dataset/dataset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

// Tags whose display name or LabelName contains `text`, best first: whole-name matches, then display names
// starting with it, then a word of the display name starting with it, then any other match; ties by display
// name. An empty text lists every tag. `limit` 0: no limit.
std::vector<std::uint32_t> searchTags(const Dataset& dataset, std::string_view text, std::size_t limit = 0);

// Tags whose display name the user may have meant by `text`, for "did you mean" hints, best first: those
// searchTags finds, then names within a few typing slips (edit distance ignoring case, a swap of neighbouring
// letters counting as one slip; one slip for up to 3 letters, two up to 6, else three), the closest first.
std::vector<std::uint32_t> closestTags(const Dataset& dataset, std::string_view text, std::size_t limit);

// ASCII lower-casing and case-insensitive comparison helpers shared by the filter code.
std::string asciiLower(std::string_view text);
bool equalsIgnoringCase(std::string_view a, std::string_view b);
// Position of `lowerNeedle` (already lower-case) in `haystack` ignoring case, or npos.
std::size_t findIgnoringCase(std::string_view haystack, std::string_view lowerNeedle);

} // namespace tagscope
