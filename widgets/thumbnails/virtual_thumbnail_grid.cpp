#include "virtual_thumbnail_grid.h"

#include "thumbnail_delegate.h"
#include "thumbnail_grid_model.h"
#include "thumbnail_request_order.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QToolTip>

#include <algorithm>
#include <climits>

namespace tagscope::ui {

namespace {
constexpr qint64 kMaxScrollBarValue = INT_MAX / 2;
}

VirtualThumbnailGrid::VirtualThumbnailGrid(QWidget* parent) : QAbstractScrollArea(parent), delegate_(new ThumbnailDelegate(this))
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    // Scrolling and repaints come in bursts; the decode queue is rebuilt once per burst.
    requestTimer_.setSingleShot(true);
    requestTimer_.setInterval(0);
    connect(&requestTimer_, &QTimer::timeout, this, &VirtualThumbnailGrid::sendRequests);
    updateTileSize();
}

void VirtualThumbnailGrid::updateTileSize()
{
    tile_ = delegate_->tileSize(font());
}

void VirtualThumbnailGrid::setGridModel(ThumbnailGridModel* model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    delegate_->setThumbnailSide(model->thumbnailSide());
    updateTileSize();
    connect(model, &QAbstractItemModel::modelReset, this, &VirtualThumbnailGrid::modelReset);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) { rowsChanged(topLeft.row(), bottomRight.row()); });
    connect(model, &QObject::destroyed, this, [this] { model_ = nullptr; });
    modelReset();
}

void VirtualThumbnailGrid::setThumbnailSide(int side)
{
    const int anchorRow = current_ >= 0 ? current_ : visibleRows().first;
    if (model_) {
        resizingTiles_ = true; // the model resets for the new side, but its rows stay: so do the current row and selection
        model_->setThumbnailSide(side);
        resizingTiles_ = false;
    }
    delegate_->setThumbnailSide(side);
    updateTileSize();
    updateScrollBar();
    if (anchorRow >= 0)
        scrollToRow(anchorRow, ScrollHint::PositionAtCenter); // keep the user's place while zooming
    viewport()->update();
    scheduleRequests();
}

int VirtualThumbnailGrid::thumbnailSide() const
{
    return delegate_->thumbnailSide();
}

void VirtualThumbnailGrid::setEmptyText(const QString& text)
{
    emptyText_ = text;
    updateGeometry();
    viewport()->update();
}

QRect VirtualThumbnailGrid::emptyTextRect() const
{
    // Centred with a margin where there is room for one: a short grid gives the text all its height, not a
    // strip 48 px shorter that cut the wrapped lines at the top and bottom.
    const QRect area = viewport()->rect().adjusted(24, 0, -24, 0);
    const QRect needed = viewport()->fontMetrics().boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
    const int margin = std::clamp((area.height() - needed.height()) / 2, 0, 24);
    return area.adjusted(0, margin, 0, -margin);
}

QSize VirtualThumbnailGrid::minimumSizeHint() const
{
    // Tall enough for the empty text, wrapped at the width the grid has.
    const QSize base = QAbstractScrollArea::minimumSizeHint();
    if (emptyText_.isEmpty())
        return base;
    const int width = std::max(base.width(), viewport()->width()) - 48;
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, std::max(80, width), 100000), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
    return {base.width(), std::max(base.height(), needed.height() + 2 * frameWidth() + 8)};
}

void VirtualThumbnailGrid::setLinesAhead(int lines)
{
    linesAhead_ = std::max(0, lines);
}

int VirtualThumbnailGrid::rowCount() const
{
    return model_ ? model_->rowCount() : 0;
}

GridGeometry VirtualThumbnailGrid::gridGeometry() const
{
    GridGeometry g;
    g.count = rowCount();
    g.tile = tile_;
    g.viewportWidth = viewport()->width();
    g.viewportHeight = viewport()->height();
    return g;
}

QPair<int, int> VirtualThumbnailGrid::visibleRows() const
{
    const GridGeometry::Range range = gridGeometry().visibleRange(scrollY_);
    return {range.first, range.last};
}

int VirtualThumbnailGrid::rowAt(const QPoint& viewportPosition) const
{
    return gridGeometry().indexAt(viewportPosition, scrollY_);
}

QRect VirtualThumbnailGrid::visualRect(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return gridGeometry().cellRect(row, scrollY_);
}

// ---- Scrolling ----

void VirtualThumbnailGrid::setScrollOffset(qint64 y)
{
    y = std::clamp<qint64>(y, 0, gridGeometry().maxScroll());
    if (y != scrollY_)
        direction_ = y > scrollY_ ? 1 : -1;
    scrollY_ = y;
    syncingScrollBar_ = true;
    verticalScrollBar()->setValue(static_cast<int>(y / scrollUnit_));
    syncingScrollBar_ = false;
    viewport()->update();
    scheduleRequests();
}

void VirtualThumbnailGrid::scrollContentsBy(int, int)
{
    if (syncingScrollBar_)
        return;
    const qint64 value = verticalScrollBar()->value();
    // At the bar's end, land exactly on the last line even when one step spans several pixels.
    const qint64 y = value >= verticalScrollBar()->maximum() ? gridGeometry().maxScroll() : value * scrollUnit_;
    if (y != scrollY_)
        direction_ = y > scrollY_ ? 1 : -1;
    scrollY_ = y;
    viewport()->update();
    scheduleRequests();
}

void VirtualThumbnailGrid::scrollToRow(int row, ScrollHint hint)
{
    if (row < 0 || row >= rowCount())
        return;
    const GridGeometry g = gridGeometry();
    const qint64 top = g.lineTop(row);
    const qint64 bottom = top + g.cellHeight();
    switch (hint) {
    case ScrollHint::PositionAtTop: setScrollOffset(top); break;
    case ScrollHint::PositionAtCenter: setScrollOffset(top - (g.viewportHeight - g.cellHeight()) / 2); break;
    case ScrollHint::EnsureVisible:
        if (top < scrollY_)
            setScrollOffset(top);
        else if (bottom > scrollY_ + g.viewportHeight)
            setScrollOffset(bottom - g.viewportHeight);
        break;
    }
}

void VirtualThumbnailGrid::updateScrollBar()
{
    const GridGeometry g = gridGeometry();
    const qint64 maxScroll = g.maxScroll();
    scrollUnit_ = std::max<qint64>(1, (maxScroll + kMaxScrollBarValue - 1) / kMaxScrollBarValue);
    QScrollBar* bar = verticalScrollBar();
    syncingScrollBar_ = true;
    bar->setRange(0, static_cast<int>((maxScroll + scrollUnit_ - 1) / scrollUnit_));
    bar->setPageStep(static_cast<int>(std::max<qint64>(1, g.viewportHeight / scrollUnit_)));
    bar->setSingleStep(static_cast<int>(std::max<qint64>(1, g.cellHeight() / 4 / scrollUnit_)));
    syncingScrollBar_ = false;
    setScrollOffset(scrollY_); // clamps to the new content height
}

// ---- Thumbnail requests ----

void VirtualThumbnailGrid::scheduleRequests()
{
    if (model_ && !requestTimer_.isActive())
        requestTimer_.start();
}

void VirtualThumbnailGrid::sendRequests()
{
    if (!model_)
        return;
    const GridGeometry g = gridGeometry();
    const GridGeometry::Range range = g.visibleRange(scrollY_);
    ThumbnailRequestWindow window;
    window.firstVisible = range.first;
    window.lastVisible = range.last;
    window.columns = g.columns();
    window.count = g.count;
    window.linesAhead = linesAhead_;
    window.direction = direction_;
    model_->requestRows(thumbnailRequestOrder(window));
}

// ---- Model changes ----

void VirtualThumbnailGrid::modelReset()
{
    if (resizingTiles_) {
        hovered_ = -1;
        return; // setThumbnailSide lays the same rows out again
    }
    const bool hadCurrent = current_ >= 0;
    const bool hadSelection = !selection_.isEmpty();
    current_ = anchor_ = hovered_ = -1;
    selection_.clear();
    updateScrollBar();
    viewport()->update();
    scheduleRequests();
    if (hadCurrent)
        Q_EMIT currentRowChanged(-1);
    if (hadSelection)
        Q_EMIT selectionChanged();
}

void VirtualThumbnailGrid::rowsChanged(int first, int last)
{
    const auto [visibleFirst, visibleLast] = visibleRows();
    if (last < visibleFirst || first > visibleLast)
        return;
    if (first == last)
        updateRow(first);
    else
        viewport()->update();
}

void VirtualThumbnailGrid::updateRow(int row)
{
    const QRect rect = visualRect(row);
    if (rect.intersects(viewport()->rect()))
        viewport()->update(rect);
}

// ---- Selection ----

bool VirtualThumbnailGrid::isSelected(int row) const
{
    return std::any_of(selection_.begin(), selection_.end(), [row](const QPair<int, int>& r) { return row >= r.first && row <= r.second; });
}

int VirtualThumbnailGrid::selectedCount() const
{
    int count = 0;
    for (const auto& range : selection_)
        count += range.second - range.first + 1;
    return count;
}

QVector<int> VirtualThumbnailGrid::selectedRows(int limit) const
{
    auto ranges = selection_;
    std::sort(ranges.begin(), ranges.end());
    QVector<int> rows;
    for (const auto& range : ranges)
        for (int row = range.first; row <= range.second && rows.size() < limit; ++row)
            rows.push_back(row);
    return rows;
}

void VirtualThumbnailGrid::selectAll()
{
    if (rowCount() == 0)
        return;
    selection_ = {{0, rowCount() - 1}};
    viewport()->update();
    Q_EMIT selectionChanged();
}

void VirtualThumbnailGrid::setSelectedRows(const QVector<int>& rows)
{
    selection_.clear();
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        if (!selection_.isEmpty() && selection_.back().second + 1 >= row)
            selection_.back().second = std::max(selection_.back().second, row);
        else
            selection_.push_back({row, row});
    }
    viewport()->update();
    Q_EMIT selectionChanged();
}

void VirtualThumbnailGrid::clearSelection()
{
    if (selection_.isEmpty())
        return;
    selection_.clear();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void VirtualThumbnailGrid::selectRange(int from, int to)
{
    selection_ = {{std::min(from, to), std::max(from, to)}};
}

void VirtualThumbnailGrid::toggleRow(int row)
{
    for (int i = 0; i < selection_.size(); ++i) {
        const auto range = selection_[i];
        if (row < range.first || row > range.second)
            continue;
        // Split the range around the row.
        selection_.remove(i);
        if (range.first < row)
            selection_.push_back({range.first, row - 1});
        if (row < range.second)
            selection_.push_back({row + 1, range.second});
        return;
    }
    selection_.push_back({row, row});
}

void VirtualThumbnailGrid::setCurrentRow(int row)
{
    if (row >= rowCount())
        row = rowCount() - 1;
    if (row < 0) {
        clearSelection();
        if (current_ >= 0) {
            current_ = anchor_ = -1;
            viewport()->update();
            Q_EMIT currentRowChanged(-1);
        }
        return;
    }
    moveCurrent(row, Qt::NoModifier);
}

void VirtualThumbnailGrid::moveCurrent(int row, Qt::KeyboardModifiers modifiers)
{
    row = std::clamp(row, 0, std::max(0, rowCount() - 1));
    if (rowCount() == 0)
        return;
    if (modifiers & Qt::ShiftModifier) {
        if (anchor_ < 0)
            anchor_ = current_ >= 0 ? current_ : row;
        selectRange(anchor_, row);
    } else if (!(modifiers & Qt::ControlModifier)) {
        anchor_ = row;
        selection_ = {{row, row}};
    }
    const bool changed = row != current_;
    current_ = row;
    scrollToRow(row);
    viewport()->update();
    Q_EMIT selectionChanged();
    if (changed)
        Q_EMIT currentRowChanged(row);
}

// ---- Painting ----

void VirtualThumbnailGrid::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    if (rowCount() == 0) {
        if (model_ && !emptyText_.isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(emptyTextRect(), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        }
        return;
    }
    const GridGeometry g = gridGeometry();
    const GridGeometry::Range range = g.visibleRange(scrollY_);
    QStyleOptionViewItem option;
    option.initFrom(this);
    option.font = font();
    option.widget = this;
    const QStyle::State base = option.state & ~(QStyle::State_MouseOver | QStyle::State_HasFocus);
    bool evicted = false;
    for (int row = range.first; row <= range.last; ++row) {
        option.rect = g.cellRect(row, scrollY_);
        if (!option.rect.intersects(event->rect()))
            continue;
        option.state = base;
        if (isSelected(row))
            option.state |= QStyle::State_Selected;
        if (row == hovered_)
            option.state |= QStyle::State_MouseOver;
        if (row == current_ && hasFocus())
            option.state |= QStyle::State_HasFocus;
        const QModelIndex index = model_->index(row);
        delegate_->paint(&painter, option, index);
        evicted |= index.data(ThumbnailGridModel::ThumbnailStateRole).toInt() == int(ThumbnailLoader::State::Missing);
    }
    // A cell on screen whose thumbnail is neither cached nor queued (evicted, or the queue was full).
    if (evicted)
        scheduleRequests();
}

void VirtualThumbnailGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    scheduleRequests();
}

void VirtualThumbnailGrid::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateTileSize();
        updateScrollBar();
    }
}

void VirtualThumbnailGrid::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    updateRow(current_);
}

void VirtualThumbnailGrid::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    updateRow(current_);
}

// ---- Input ----

void VirtualThumbnailGrid::keyPressEvent(QKeyEvent* event)
{
    const int count = rowCount();
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const GridGeometry g = gridGeometry();
    const int columns = g.columns();
    const int page = g.visibleLines() * columns;
    const int from = current_ >= 0 ? current_ : 0;
    int to = -1;
    switch (event->key()) {
    case Qt::Key_Left: to = from - 1; break;
    case Qt::Key_Right: to = from + 1; break;
    case Qt::Key_Up: to = from - columns; break;
    case Qt::Key_Down: to = from + columns; break;
    case Qt::Key_PageUp: to = from - page; break;
    case Qt::Key_PageDown: to = from + page; break;
    case Qt::Key_Home: to = 0; break;
    case Qt::Key_End: to = count - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current_ >= 0)
            Q_EMIT activated(current_);
        return;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    if (current_ < 0)
        to = 0; // the first key press lands on the first image
    // Up or Down past the end stays in the grid; Left/Right at the ends do nothing.
    if (to < 0 || to >= count) {
        const bool vertical = event->key() != Qt::Key_Left && event->key() != Qt::Key_Right;
        if (!vertical)
            return;
        to = std::clamp(to, 0, count - 1);
    }
    moveCurrent(to, event->modifiers());
}

void VirtualThumbnailGrid::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = rowAt(event->position().toPoint());
    if (row < 0) {
        if (event->button() == Qt::LeftButton && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            clearSelection();
        return;
    }
    if (event->button() == Qt::RightButton) {
        if (!isSelected(row))
            moveCurrent(row, Qt::NoModifier);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (event->modifiers() & Qt::ControlModifier) {
        toggleRow(row);
        anchor_ = row;
        moveCurrent(row, Qt::ControlModifier);
    } else {
        moveCurrent(row, event->modifiers() & Qt::ShiftModifier);
    }
}

void VirtualThumbnailGrid::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row == hovered_)
        return;
    const int old = hovered_;
    hovered_ = row;
    updateRow(old);
    updateRow(row);
}

void VirtualThumbnailGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT activated(row);
}

void VirtualThumbnailGrid::contextMenuEvent(QContextMenuEvent* event)
{
    Q_EMIT contextMenuRequested(rowAt(event->pos()), event->globalPos()); // pos is in viewport coordinates here
}

bool VirtualThumbnailGrid::viewportEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        const QString text = row >= 0 && model_ ? model_->index(row).data(Qt::ToolTipRole).toString() : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport(), visualRect(row));
        return true;
    }
    case QEvent::Leave:
        if (hovered_ >= 0) {
            const int old = hovered_;
            hovered_ = -1;
            updateRow(old);
        }
        break;
    default: break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace tagscope::ui
