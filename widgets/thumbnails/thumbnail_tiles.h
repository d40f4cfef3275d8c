#pragma once
// The tiles the grid shows instead of a thumbnail: one while it loads, one when the image is missing or corrupt.
#include <QImage>

namespace tagscope::ui {

QImage placeholderImage(int side); // soft grey tile with a faint picture glyph
QImage missingImage(int side);     // tinted tile with a crossed-out picture glyph

} // namespace tagscope::ui
