#include "text_columns.h"

#include <algorithm>
#include <iterator>

namespace {

struct Range {
    char32_t first, last;
};

bool inRanges(char32_t c, const Range* begin, const Range* end)
{
    const Range* it = std::upper_bound(begin, end, c, [](char32_t value, const Range& range) { return value < range.first; });
    return it != begin && c <= std::prev(it)->last;
}

// Combining marks of the common scripts, zero-width spaces and joiners, variation selectors.
constexpr Range kZeroWidth[] = {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
                                {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
                                {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0900, 0x0902},
                                {0x093A, 0x093A}, {0x093C, 0x093C}, {0x0941, 0x0948}, {0x094D, 0x094D}, {0x0951, 0x0957},
                                {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
                                {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0x302A, 0x302D},
                                {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF}};

// East Asian Wide and Fullwidth blocks (Hangul Jamo, CJK, Hiragana, Katakana, Hangul syllables, fullwidth forms)
// and the emoji blocks terminals draw two columns wide.
constexpr Range kDoubleWidth[] = {{0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},  {0x2E80, 0x303E},
                                  {0x3041, 0x3098},   {0x309B, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},  {0xA000, 0xA4CF},
                                  {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},  {0xFE30, 0xFE6F},
                                  {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD},
                                  {0x30000, 0x3FFFD}};

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at text[i], advancing i past it; an invalid or truncated sequence (overlong forms,
// surrogates, values past U+10FFFF included) yields U+FFFD and skips one byte.
char32_t decode(std::string_view text, std::size_t& i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    // Sequence length, payload bits of the lead byte and the smallest code point that needs this length.
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t c = lead & (0x7F >> length);
    const char32_t minimum = length == 4 ? 0x10000 : length == 3 ? 0x800 : 0x80;
    if (lead < 0xC2 || lead > 0xF4) { // a continuation byte, or a lead byte no valid sequence starts with
        ++i;
        return kReplacement;
    }
    if (i + length > text.size()) {
        ++i;
        return kReplacement;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        c = c << 6 | (byte(i + k) & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return kReplacement;
    }
    i += length;
    return c;
}

void append(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | c >> 6);
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | c >> 12);
        out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | c >> 18);
        out += static_cast<char>(0x80 | (c >> 12 & 0x3F));
        out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace

int columnsOf(char32_t c)
{
    if (inRanges(c, std::begin(kZeroWidth), std::end(kZeroWidth)))
        return 0;
    if (inRanges(c, std::begin(kDoubleWidth), std::end(kDoubleWidth)))
        return 2;
    return 1;
}

std::string fitToColumns(std::string_view text, std::size_t columns)
{
    std::string out;
    out.reserve(text.size() + columns);
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = decode(text, i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            c = ' '; // a tab or line break inside a name must not break the row
        const std::size_t width = static_cast<std::size_t>(columnsOf(c));
        if (used + width > columns)
            break;
        append(out, c);
        used += width;
    }
    out.append(columns - used, ' ');
    return out;
}
