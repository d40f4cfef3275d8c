#include "share_bar_delegate.h"

#include "common/number_format.h"

#include <QPainter>

#include <algorithm>

namespace tagscope::ui {

ShareBarDelegate::ShareBarDelegate(QColor color, QObject* parent) : QStyledItemDelegate(parent), color_(color) {}

QRectF ShareBarDelegate::barArea(const QStyleOptionViewItem& option) const
{
    const int textRoom = option.fontMetrics.horizontalAdvance(percentText(1.0)) + 10;
    const QRectF cell = QRectF(option.rect).adjusted(3, 3, -3 - textRoom, -3);
    return cell.width() > 0 ? cell : QRectF(cell.topLeft(), QSizeF(0, cell.height()));
}

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double share = std::clamp(index.data(Qt::UserRole).toDouble(), 0.0, 1.0);
    if (share > 0) {
        const QRectF cell = barArea(option);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor fill = color_;
        fill.setAlpha(70);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(cell.left(), cell.top(), cell.width() * share, cell.height()), 2, 2);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace tagscope::ui
