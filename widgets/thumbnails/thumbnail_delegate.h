#pragma once
// Paints one grid tile: the thumbnail centred in a square, the image name elided below it.
#include <QStyledItemDelegate>

namespace tagscope::ui {

// The rounded tile of a grid cell at its natural size, centred in the cell (a view may widen cells to spread the
// columns) less `margin` on each side, filled when selected or hovered. Returns the tile.
QRectF paintTileBackground(QPainter* painter, const QStyleOptionViewItem& option, QSize natural, int margin);

class ThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ThumbnailDelegate(QObject* parent = nullptr);

    void setThumbnailSide(int side);
    int thumbnailSide() const { return side_; }
    QSize tileSize(const QFont& font) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int side_ = 128;
};

} // namespace tagscope::ui
