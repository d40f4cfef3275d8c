#include "thumbnail_grid_view.h"

#include "thumbnail_delegate.h"
#include "thumbnail_grid_model.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace tagscope::ui {

ThumbnailGridView::ThumbnailGridView(QWidget* parent) : QListView(parent), delegate_(new ThumbnailDelegate(this))
{
    // List mode flowing left to right with wrapping draws the same grid as IconMode, but its layout keeps
    // one int per row instead of IconMode's per-item geometry and spatial index: measured with 9M rows,
    // 0.33 s and 94 MB per layout against 1.2 s and 245 MB.
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setMovement(QListView::Static); // no item dragging, so folder drops reach the window
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setSpacing(0);
    setAcceptDrops(false);
    setDragEnabled(false);
    setItemDelegate(delegate_);
    setFrameShape(QFrame::NoFrame);
    updateGrid();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThumbnailGridView::reportVisibleRows);
}

void ThumbnailGridView::setGridModel(ThumbnailGridModel* model)
{
    model_ = model;
    setModel(model);
    delegate_->setThumbnailSide(model->thumbnailSide());
    updateGrid();
    connect(model, &QAbstractItemModel::modelReset, this, &ThumbnailGridView::reportVisibleRows);
}

void ThumbnailGridView::setThumbnailSide(int side)
{
    if (model_)
        model_->setThumbnailSide(side);
    delegate_->setThumbnailSide(side);
    updateGrid();
}

void ThumbnailGridView::setEmptyText(const QString& text)
{
    emptyText_ = text;
    viewport()->update();
}

QPair<int, int> ThumbnailGridView::visibleRows() const
{
    const int rows = model_ ? model_->rowCount() : 0;
    const QSize cell = gridSize();
    if (rows == 0 || cell.isEmpty())
        return {-1, -1};
    // Tiles sit on a fixed grid, so the rows on screen follow from the scroll position alone.
    const int columns = std::max(1, viewport()->width() / cell.width());
    const int topLine = verticalScrollBar()->value() / cell.height();
    const int lines = viewport()->height() / cell.height() + 2;
    const int first = std::min(rows - 1, topLine * columns);
    const int last = std::min(rows - 1, (topLine + lines) * columns - 1);
    return {first, last};
}

void ThumbnailGridView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (model_ && model_->rowCount() == 0 && !emptyText_.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
    }
}

void ThumbnailGridView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    updateGrid();
    reportVisibleRows();
}

void ThumbnailGridView::changeEvent(QEvent* event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGrid();
}

void ThumbnailGridView::updateGrid()
{
    // Cells share the spare width so the columns fill the view instead of leaving a gap on the right.
    const QSize tile = delegate_->tileSize(font());
    const int width = viewport()->width();
    const int columns = std::max(1, width / tile.width());
    const int cellWidth = width >= tile.width() ? width / columns : tile.width();
    const QSize cell(cellWidth, tile.height());
    if (cell != gridSize())
        setGridSize(cell);
    verticalScrollBar()->setSingleStep(tile.height() / 4);
}

void ThumbnailGridView::reportVisibleRows()
{
    if (!model_)
        return;
    const auto [first, last] = visibleRows();
    if (first >= 0)
        model_->setVisibleRows(first, last);
}

} // namespace tagscope::ui
