#include "thumbnail_tiles.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tagscope::ui {

namespace {

QImage blankTile(int side, const QColor& fill)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    const qreal radius = side * 0.06;
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1.0, side - 1.0), radius, radius);
    return image;
}

// A framed landscape (hills and a sun), the usual picture symbol, centred and a third of the tile wide.
void drawPictureGlyph(QPainter& painter, int side, const QColor& color)
{
    const qreal w = side * 0.36, h = side * 0.28;
    const QRectF frame((side - w) / 2, (side - h) / 2, w, h);
    const qreal stroke = std::max(1.5, side / 64.0);
    painter.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(frame, stroke * 1.5, stroke * 1.5);
    QPainterPath hills;
    hills.moveTo(frame.left() + stroke, frame.bottom() - stroke);
    hills.lineTo(frame.left() + w * 0.35, frame.top() + h * 0.45);
    hills.lineTo(frame.left() + w * 0.55, frame.top() + h * 0.7);
    hills.lineTo(frame.left() + w * 0.72, frame.top() + h * 0.52);
    hills.lineTo(frame.right() - stroke, frame.bottom() - stroke);
    hills.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(hills);
    const qreal sun = h * 0.16;
    painter.drawEllipse(QPointF(frame.left() + w * 0.75, frame.top() + h * 0.28), sun, sun);
}

} // namespace

QImage placeholderImage(int side)
{
    QImage image = blankTile(side, QColor(0xe8, 0xeb, 0xef));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    drawPictureGlyph(painter, side, QColor(0xcc, 0xd1, 0xd8));
    return image;
}

QImage missingImage(int side)
{
    QImage image = blankTile(side, QColor(0xf7, 0xe4, 0xe1));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0xc2, 0x4a, 0x3c);
    drawPictureGlyph(painter, side, ink.lighter(150));
    // A bold slash across the picture says "this one will not load", not "still loading".
    const qreal stroke = std::max(2.0, side / 40.0);
    painter.setPen(QPen(ink, stroke, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(side * 0.30, side * 0.70), QPointF(side * 0.70, side * 0.30));
    return image;
}

} // namespace tagscope::ui
