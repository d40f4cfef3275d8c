#pragma once
// Paints one grid tile: the thumbnail centred in a square, the image name elided below it.
#include <QStyledItemDelegate>

namespace tagscope::ui {

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
