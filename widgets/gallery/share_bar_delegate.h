#pragma once
// Paints a share (0..1, in Qt::UserRole) as a bar filling the cell from the left up to its right-aligned text,
// which stays clear of it: the neighbour gallery's "share of neighbours carrying this tag" column.
#include <QColor>
#include <QStyledItemDelegate>

namespace tagscope::ui {

class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ShareBarDelegate(QColor color, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where a full bar would reach: the cell less its margins and the room the widest share ("100.0%") takes.
    QRectF barArea(const QStyleOptionViewItem& option) const;

private:
    QColor color_;
};

} // namespace tagscope::ui
