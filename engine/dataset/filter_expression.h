#pragma once
// The filter language of the search box and of `tagscope-cli filter`:
//   cat                  images where the tag is positive (display name or LabelName, any case)
//   cat:positive         the same; also cat:negative (verified absent), cat:unknown (not annotated)
//   cat:machine>=0.7     a machine confidence of at least 0.7 (cat:machine: any machine label)
//   "Human face":negative   quotes around names with spaces, operators or quotes (\" and \\ inside)
//   split:train          also validation (val), test, unassigned
//   name:~2f0c  name:~"dogs/"   case-insensitive substring of the image name (ImageID or relative path)
//   corrected            images with a label that review decisions changed; corrected:cat for one tag
//   NOT a, !a, -a        a AND b, a & b        a OR b, a | b        ( ... )
// NOT binds tighter than AND, AND tighter than OR; AND, OR and NOT are keywords in any case.
#include "dataset/dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

enum class TagCondition : std::uint8_t { Positive, Negative, Unknown, Machine };

struct FilterNode {
    enum class Kind : std::uint8_t { Tag, Split, ImageName, Corrected, And, Or, Not };
    Kind kind = Kind::Tag;
    std::vector<FilterNode> children; // And, Or: two or more (nested ones are flattened); Not: one
    std::string text;                 // Tag, Corrected: the tag's name as written (Corrected: empty for any tag); ImageName: the substring
    TagCondition condition = TagCondition::Positive;
    float machineThreshold = 0.0f;    // Machine: confidence >= this
    Split split = Split::Train;
    std::uint32_t tag = 0;            // set by bindFilterTags
    std::size_t column = 0;           // 1-based column where the term or operator starts
};

struct FilterError {
    std::string message;
    std::size_t column = 0; // 1-based; the expression's length + 1 when the error is at its end
    std::vector<std::string> suggestions; // an unknown tag: the display names closest to it, best first
};

// "column 7: expected ')' ..." (with "; did you mean ...?" when there are suggestions) followed by the
// expression and a caret under the column.
std::string formatFilterError(const FilterError& error, std::string_view expression);

// The expression with the term that starts at `column` (1-based, as in FilterError) replaced by the tag name,
// quoted when the name needs quotes: how a suggestion corrects an unknown name. Unchanged when no name or quoted
// name starts there.
std::string replaceFilterTerm(std::string_view expression, std::size_t column, std::string_view tagName);

// The syntax tree, or nothing with `error` set.
std::optional<FilterNode> parseFilter(std::string_view expression, FilterError& error);

// Resolves each tag term (and corrected:TAG) against the dataset: LabelName first, then display name (exact case first, then
// any case). An unknown or ambiguous name fails with the term's column (and a few suggestions).
bool bindFilterTags(FilterNode& root, const Dataset& dataset, FilterError& error);

// Parse and bind in one step.
std::optional<FilterNode> compileFilter(std::string_view expression, const Dataset& dataset, FilterError& error);

// A fully parenthesised rendering, e.g. OR(AND(cat, NOT(dog:negative)), split:test): shows how the
// expression was read.
std::string describeFilter(const FilterNode& node);

} // namespace tagscope
