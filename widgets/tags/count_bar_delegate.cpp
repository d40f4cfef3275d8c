#include "count_bar_delegate.h"

#include "common/tag_types.h"
#include "tag_table_model.h"

#include <QPainter>

#include <algorithm>

namespace tagscope::ui {

void CountBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const double fraction = std::clamp(index.data(TagTableModel::FractionRole).toDouble(), 0.0, 1.0);
    if (fraction <= 0.0)
        return;
    const auto band = static_cast<TagBand>(index.data(TagTableModel::BandRole).toInt());
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const int height = std::max(2, cell.height() / 8);
    const QRectF bar(cell.left(), cell.bottom() - height - 1, cell.width() * fraction, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor color = bandColor(band);
    color.setAlpha(option.state & QStyle::State_Selected ? 230 : 170);
    painter->setBrush(color);
    painter->drawRoundedRect(bar, height / 2.0, height / 2.0);
    painter->restore();
}

} // namespace tagscope::ui
