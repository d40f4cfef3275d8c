#pragma once
// Draws a small bar under a count, in the tag's band colour, so the long tail is visible while scrolling the table.
#include <QStyledItemDelegate>

namespace tagscope::ui {

class CountBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tagscope::ui
