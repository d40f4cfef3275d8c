#include "thumbnail_delegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace tagscope::ui {

namespace {
constexpr int kPadding = 6;   // around the picture, inside the tile
constexpr int kTextGap = 4;   // between picture and name
constexpr int kTileMargin = 3; // between neighbouring tiles

QFont nameFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return font;
}
} // namespace

ThumbnailDelegate::ThumbnailDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ThumbnailDelegate::setThumbnailSide(int side)
{
    side_ = side;
}

QSize ThumbnailDelegate::tileSize(const QFont& font) const
{
    const QFontMetrics metrics(nameFont(font));
    return {side_ + 2 * kPadding + 2 * kTileMargin, side_ + 2 * kPadding + kTextGap + metrics.height() + 2 * kTileMargin};
}

QRectF paintTileBackground(QPainter* painter, const QStyleOptionViewItem& option, QSize natural, int margin)
{
    QRectF tile(0, 0, natural.width() - 2 * margin, natural.height() - 2 * margin);
    tile.moveCenter(QRectF(option.rect).center());
    tile.moveTop(option.rect.top() + margin);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 70 : 28);
        painter->setPen(selected ? QPen(option.palette.color(QPalette::Highlight), 1.5) : Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(tile.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    }
    return tile;
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return tileSize(option.font);
}

void ThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const QRectF tile = paintTileBackground(painter, option, tileSize(option.font), kTileMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    if (option.state & QStyle::State_HasFocus) { // the keyboard's position, also when it is not selected
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(2.5, 2.5, -2.5, -2.5), 5, 5);
    }

    // The picture keeps its aspect ratio inside the square; small images are scaled up to fill it.
    const QRectF square(tile.left() + kPadding, tile.top() + kPadding, side_, side_);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        QSizeF size = QSizeF(image.size()).scaled(square.size(), Qt::KeepAspectRatio);
        QRectF target(QPointF(), size);
        target.moveCenter(square.center());
        painter->drawImage(target, image);
        if (!image.hasAlphaChannel()) { // placeholder tiles have their own rounded shape
            painter->setPen(QPen(QColor(0, 0, 0, 40), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }

    const QFont font = nameFont(option.font);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRectF textRect(tile.left() + 2, square.bottom() + kTextGap, tile.width() - 4, metrics.height());
    const QString name = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, int(textRect.width()));
    QColor textColor = palette.color(QPalette::Text);
    if (!selected)
        textColor.setAlphaF(0.7);
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, name);
    painter->restore();
}

} // namespace tagscope::ui
