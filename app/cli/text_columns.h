#pragma once
// Fixed-width columns of UTF-8 text for terminals: a tag name in a table row is cut and padded by the columns it
// takes on screen (a CJK character takes two, a combining accent none), never inside a character.
#include <cstddef>
#include <string>
#include <string_view>

// `text` cut to at most `columns` terminal columns, before a character that would cross the edge, and padded with
// spaces to exactly `columns`. Bytes that are not valid UTF-8 become U+FFFD, so the result is always valid UTF-8;
// control characters (a tab, a line break) become spaces, so the row stays one line.
std::string fitToColumns(std::string_view text, std::size_t columns);

// Terminal columns taken by one code point: 0 for combining marks and zero-width characters, 2 for East Asian
// wide and fullwidth characters and most emoji, 1 otherwise.
int columnsOf(char32_t codePoint);
