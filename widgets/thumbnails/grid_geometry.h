#pragma once
// Where each cell of a uniform thumbnail grid lies, computed from the scroll position alone, so that
// finding the cells on screen or under the mouse costs the same for 100 images as for 10 million.
#include <QPoint>
#include <QRect>
#include <QSize>

namespace tagscope::ui {

struct GridGeometry {
    int count = 0;          // cells in the grid
    QSize tile;             // natural size of one tile
    int viewportWidth = 0;  // the columns fill this width
    int viewportHeight = 0;

    int columns() const;
    int cellWidth() const; // the spare width is shared between the columns
    int cellHeight() const { return tile.height(); }
    qint64 lineCount() const;
    qint64 contentHeight() const;
    qint64 maxScroll() const; // largest useful scroll offset

    // First and last cell at least partly visible at this scroll offset; first = last = -1 when none.
    struct Range {
        int first = -1;
        int last = -1;
        bool isEmpty() const { return first < 0; }
    };
    Range visibleRange(qint64 scrollY) const;
    int visibleLines() const; // whole lines that fit in the viewport (at least 1)

    // The cell under a viewport position, or -1.
    int indexAt(QPoint position, qint64 scrollY) const;
    // The cell's rectangle in viewport coordinates (only meaningful for cells near the viewport).
    QRect cellRect(int index, qint64 scrollY) const;
    qint64 lineTop(int index) const; // content y of the cell's line
};

} // namespace tagscope::ui
