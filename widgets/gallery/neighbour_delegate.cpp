#include "neighbour_delegate.h"

#include "neighbour_gallery_model.h"
#include "thumbnails/thumbnail_delegate.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tagscope::ui {

namespace {
constexpr int kPadding = 6;
constexpr int kTileMargin = 3;
constexpr int kChipRows = 3;
constexpr qreal kChipGap = 3;
constexpr qreal kChipPadding = 4;

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.82));
    return font;
}

qreal chipHeight(const QFont& font)
{
    return QFontMetricsF(smallFont(font)).height() + 2;
}
} // namespace

NeighbourDelegate::NeighbourDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor NeighbourDelegate::sharedTagColor()
{
    return QColor(0x2e, 0x7d, 0x5b); // green: "in common with the query"
}

void NeighbourDelegate::setThumbnailSide(int side)
{
    side_ = side;
}

QSize NeighbourDelegate::tileSize(const QFont& font) const
{
    const qreal line = QFontMetricsF(smallFont(font)).height();
    const qreal chips = kChipRows * chipHeight(font) + (kChipRows - 1) * kChipGap;
    return {side_ + 2 * kPadding + 2 * kTileMargin, int(side_ + 2 * kPadding + 4 + line + 4 + chips + 2 * kTileMargin)};
}

QSize NeighbourDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return tileSize(option.font);
}

void NeighbourDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF tile = paintTileBackground(painter, option, tileSize(option.font), kTileMargin);
    const QPalette& palette = option.palette;

    const QRectF square(tile.left() + kPadding, tile.top() + kPadding, side_, side_);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        QRectF target(QPointF(), QSizeF(image.size()).scaled(square.size(), Qt::KeepAspectRatio));
        target.moveCenter(square.center());
        painter->drawImage(target, image);
        if (!image.hasAlphaChannel()) {
            painter->setPen(QPen(QColor(0, 0, 0, 40), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }

    // Rank on the left, distance on the right.
    const QFont font = smallFont(option.font);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const QRectF line(square.left(), square.bottom() + 4, side_, metrics.height());
    QColor text = palette.color(QPalette::Text);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("#%1").arg(index.data(NeighbourGalleryModel::RankRole).toInt()));
    QColor dim = text;
    dim.setAlphaF(0.65);
    painter->setPen(dim);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                      QString::number(double(index.data(NeighbourGalleryModel::DistanceRole).toFloat()), 'f', 3));

    // Tag chips, shared ones first, wrapped over a few rows; what does not fit is counted.
    const QStringList tags = index.data(NeighbourGalleryModel::TagsRole).toStringList();
    const QVariantList flags = index.data(NeighbourGalleryModel::SharedFlagsRole).toList();
    QVector<int> order(tags.size());
    for (int i = 0; i < tags.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return flags.value(a).toBool() && !flags.value(b).toBool(); });
    // Lay the chips out row by row; when they do not all fit, the last row ends with "+N" for the rest.
    const qreal height = chipHeight(option.font);
    const qreal top = line.bottom() + 4;
    struct Chip {
        int tag;
        QString label;
        QRectF rect;
        int row;
    };
    QVector<Chip> chips;
    qreal x = square.left();
    int row = 0;
    for (int i : order) {
        const QString label = metrics.elidedText(tags[i], Qt::ElideRight, side_ - 2 * kChipPadding);
        const qreal width = metrics.horizontalAdvance(label) + 2 * kChipPadding;
        if (x > square.left() && x + width > square.right() + 0.5) {
            ++row;
            x = square.left();
        }
        if (row >= kChipRows)
            break;
        chips.push_back({i, label, QRectF(x, top + row * (height + kChipGap), width, height), row});
        x += width + kChipGap;
    }
    int hidden = int(tags.size()) - int(chips.size());
    auto moreWidth = [&](int count) { return metrics.horizontalAdvance(QStringLiteral("+%1").arg(count)) + 2; };
    while (hidden > 0 && !chips.isEmpty() && chips.last().row == kChipRows - 1 &&
           chips.last().rect.right() + kChipGap + moreWidth(hidden) > square.right() + 0.5) {
        chips.removeLast();
        ++hidden;
    }
    const QColor shared = NeighbourDelegate::sharedTagColor();
    for (const Chip& chip : chips) {
        if (flags.value(chip.tag).toBool()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(shared);
            painter->drawRoundedRect(chip.rect, 3, 3);
            painter->setPen(Qt::white);
        } else {
            QColor outline = text;
            outline.setAlphaF(0.3);
            painter->setPen(QPen(outline, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(chip.rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->setPen(dim);
        }
        painter->drawText(chip.rect, Qt::AlignCenter, chip.label);
    }
    if (hidden > 0) {
        const bool onLastRow = !chips.isEmpty() && chips.last().row == kChipRows - 1;
        const qreal moreX = onLastRow ? chips.last().rect.right() + kChipGap : square.left();
        const QRectF more(moreX, top + (kChipRows - 1) * (height + kChipGap), square.right() - moreX, height);
        painter->setPen(dim);
        painter->drawText(more, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("+%1").arg(hidden));
    }
    painter->restore();
}

} // namespace tagscope::ui
