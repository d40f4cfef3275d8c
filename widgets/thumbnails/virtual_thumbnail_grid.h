#pragma once
// A thumbnail grid whose layout is arithmetic: the cells on screen follow from the scroll offset, so
// layout, painting and hit testing cost the same for 10 million images as for 100 (QListView lays out
// every row). It paints through ThumbnailDelegate, keeps a current row and a selection, and tells its
// ThumbnailGridModel which rows to decode: the visible ones first, then a few lines ahead.
#include "grid_geometry.h"

#include <QAbstractScrollArea>
#include <QPair>
#include <QTimer>
#include <QVector>

namespace tagscope::ui {

class ThumbnailDelegate;
class ThumbnailGridModel;

class VirtualThumbnailGrid : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ScrollHint { EnsureVisible, PositionAtTop, PositionAtCenter };

    explicit VirtualThumbnailGrid(QWidget* parent = nullptr);

    void setGridModel(ThumbnailGridModel* model);
    ThumbnailGridModel* gridModel() const { return model_; }
    void setThumbnailSide(int side); // keeps the current row and the selection, the current row in view
    int thumbnailSide() const;
    void setEmptyText(const QString& text); // shown when the model has no rows
    QString emptyText() const { return emptyText_; }
    QRect emptyTextRect() const;            // where it is drawn, in viewport coordinates
    QSize minimumSizeHint() const override;
    void setLinesAhead(int lines);          // lines decoded beyond the screen in the scroll direction

    GridGeometry gridGeometry() const;
    QPair<int, int> visibleRows() const; // first and last row at least partly on screen; {-1, -1} when none
    int rowAt(const QPoint& viewportPosition) const;
    QRect visualRect(int row) const; // in viewport coordinates

    qint64 scrollOffset() const { return scrollY_; }
    void setScrollOffset(qint64 y);
    void scrollToRow(int row, ScrollHint hint = ScrollHint::EnsureVisible);
    void scrollToTop() { setScrollOffset(0); }

    int currentRow() const { return current_; }
    void setCurrentRow(int row); // selects only that row and scrolls it into view; -1 clears
    bool isSelected(int row) const;
    int selectedCount() const;
    QVector<int> selectedRows(int limit = 100000) const; // ascending, at most `limit`
    void setSelectedRows(const QVector<int>& rows); // ascending; the current row stays as it is
    void selectAll();
    void clearSelection();

Q_SIGNALS:
    void currentRowChanged(int row);
    void selectionChanged();
    void activated(int row); // double click, Enter
    void contextMenuRequested(int row, const QPoint& globalPosition); // row -1: empty space

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void modelReset();
    void rowsChanged(int first, int last);
    void updateScrollBar();
    void scheduleRequests();
    void sendRequests();
    void moveCurrent(int row, Qt::KeyboardModifiers modifiers);
    void selectRange(int from, int to);
    void toggleRow(int row);
    void updateRow(int row);
    int rowCount() const;
    void updateTileSize();

    ThumbnailGridModel* model_ = nullptr;
    ThumbnailDelegate* delegate_;
    QString emptyText_;
    QSize tile_; // the delegate's tile for the current font and side, kept: font metrics are not free
    qint64 scrollY_ = 0;
    qint64 scrollUnit_ = 1; // pixels per scroll-bar step: keeps huge grids inside the bar's int range
    int direction_ = 1;
    int linesAhead_ = 3;
    int current_ = -1;
    int anchor_ = -1;
    int hovered_ = -1;
    QVector<QPair<int, int>> selection_; // inclusive row ranges, so "select all" on 10M rows stays small
    QTimer requestTimer_;
    bool syncingScrollBar_ = false;
    bool resizingTiles_ = false; // setThumbnailSide is under way
};

} // namespace tagscope::ui
