#include "grid_geometry.h"

#include <algorithm>

namespace tagscope::ui {

int GridGeometry::columns() const
{
    if (tile.width() <= 0)
        return 1;
    return std::max(1, viewportWidth / tile.width());
}

int GridGeometry::cellWidth() const
{
    return viewportWidth >= tile.width() ? viewportWidth / columns() : tile.width();
}

qint64 GridGeometry::lineCount() const
{
    const int perLine = columns();
    return (static_cast<qint64>(count) + perLine - 1) / perLine;
}

qint64 GridGeometry::contentHeight() const
{
    return lineCount() * cellHeight();
}

qint64 GridGeometry::maxScroll() const
{
    return std::max<qint64>(0, contentHeight() - viewportHeight);
}

GridGeometry::Range GridGeometry::visibleRange(qint64 scrollY) const
{
    if (count <= 0 || cellHeight() <= 0 || viewportHeight <= 0)
        return {};
    const qint64 lines = lineCount();
    const qint64 firstLine = std::clamp<qint64>(scrollY / cellHeight(), 0, lines - 1);
    const qint64 lastLine = std::clamp<qint64>((scrollY + viewportHeight - 1) / cellHeight(), firstLine, lines - 1);
    const qint64 perLine = columns();
    const qint64 first = firstLine * perLine;
    const qint64 last = std::min<qint64>(count - 1, (lastLine + 1) * perLine - 1);
    return {static_cast<int>(first), static_cast<int>(last)};
}

int GridGeometry::visibleLines() const
{
    return cellHeight() > 0 ? std::max(1, viewportHeight / cellHeight()) : 1;
}

int GridGeometry::indexAt(QPoint position, qint64 scrollY) const
{
    if (count <= 0 || cellHeight() <= 0 || position.x() < 0 || position.y() < 0)
        return -1;
    const int column = position.x() / cellWidth();
    if (column >= columns())
        return -1;
    const qint64 line = (scrollY + position.y()) / cellHeight();
    const qint64 index = line * columns() + column;
    return index < count ? static_cast<int>(index) : -1;
}

QRect GridGeometry::cellRect(int index, qint64 scrollY) const
{
    const int column = index % columns();
    const qint64 top = lineTop(index) - scrollY;
    return {column * cellWidth(), static_cast<int>(std::clamp<qint64>(top, -(1 << 30), 1 << 30)), cellWidth(), cellHeight()};
}

qint64 GridGeometry::lineTop(int index) const
{
    return static_cast<qint64>(index / columns()) * cellHeight();
}

} // namespace tagscope::ui
