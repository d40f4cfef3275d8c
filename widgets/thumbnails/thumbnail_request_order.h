#pragma once
// Which grid cells to decode, most urgent first: the cells on screen, then a few lines ahead in the
// scroll direction, then one line behind. Everything else is stale and gets dropped from the queue.
#include <QVector>

namespace tagscope::ui {

struct ThumbnailRequestWindow {
    int firstVisible = -1;
    int lastVisible = -1;
    int columns = 1;
    int count = 0;
    int linesAhead = 2;
    int direction = 1; // +1 scrolling down (or still), -1 scrolling up
};

QVector<int> thumbnailRequestOrder(const ThumbnailRequestWindow& window);

} // namespace tagscope::ui
