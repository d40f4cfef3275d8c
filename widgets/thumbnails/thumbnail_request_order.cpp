#include "thumbnail_request_order.h"

#include <algorithm>

namespace tagscope::ui {

QVector<int> thumbnailRequestOrder(const ThumbnailRequestWindow& w)
{
    QVector<int> rows;
    if (w.firstVisible < 0 || w.lastVisible < w.firstVisible || w.count <= 0)
        return rows;
    const int first = std::max(0, w.firstVisible);
    const int last = std::min(w.count - 1, w.lastVisible);
    const int columns = std::max(1, w.columns);
    const int ahead = std::max(0, w.linesAhead) * columns;
    rows.reserve(last - first + 1 + ahead + columns);
    for (int row = first; row <= last; ++row)
        rows.push_back(row);
    // Ahead rows are ordered by distance from the screen, so the next line to appear is decoded first.
    const bool down = w.direction >= 0;
    auto addAhead = [&](int from, int n, int step) {
        for (int i = 0, row = from; i < n && row >= 0 && row < w.count; ++i, row += step)
            rows.push_back(row);
    };
    if (down) {
        addAhead(last + 1, ahead, +1);
        addAhead(first - 1, columns, -1);
    } else {
        addAhead(first - 1, ahead, -1);
        addAhead(last + 1, columns, +1);
    }
    return rows;
}

} // namespace tagscope::ui
