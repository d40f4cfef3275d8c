#pragma once
// Paints one neighbour: its thumbnail, rank and distance, and its tags as chips, those it shares with the query
// filled in the accent colour and the others outlined.
#include <QStyledItemDelegate>

namespace tagscope::ui {

class NeighbourDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit NeighbourDelegate(QObject* parent = nullptr);

    void setThumbnailSide(int side);
    int thumbnailSide() const { return side_; }
    QSize tileSize(const QFont& font) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor sharedTagColor();

private:
    int side_ = 128;
};

} // namespace tagscope::ui
