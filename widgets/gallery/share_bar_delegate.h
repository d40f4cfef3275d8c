#pragma once
// Paints a share (0..1, in Qt::UserRole) as a bar filling the cell from the left, under its text: the neighbour
// gallery's "share of neighbours carrying this tag" column.
#include <QColor>
#include <QStyledItemDelegate>

namespace tagscope::ui {

class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ShareBarDelegate(QColor color, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QColor color_;
};

} // namespace tagscope::ui
