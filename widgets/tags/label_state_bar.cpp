#include "label_state_bar.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

namespace {
constexpr int kMinimumSlice = 3; // pixels for a share that is small but not zero
}

LabelStateBar::LabelStateBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LabelStateBar::setShares(double positive, double negative, double unknown)
{
    shares_[0] = std::max(0.0, positive);
    shares_[1] = std::max(0.0, negative);
    shares_[2] = std::max(0.0, unknown);
    update();
}

QColor LabelStateBar::stateColor(int state)
{
    switch (state) {
    case 0: return QColor(0x2a, 0x9d, 0x5c); // positive: green
    case 1: return QColor(0x5b, 0x6b, 0x82); // verified negative: slate
    default: return QColor(0xc9, 0xcd, 0xd3); // unknown: light grey, the absence of a label
    }
}

QSize LabelStateBar::sizeHint() const
{
    return {240, fontMetrics().height() + 6};
}

QSize LabelStateBar::minimumSizeHint() const
{
    return {60, fontMetrics().height() + 6};
}

void LabelStateBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double total = shares_[0] + shares_[1] + shares_[2];
    QPainterPath clip;
    clip.addRoundedRect(area, 4, 4);
    painter.setClipPath(clip);
    painter.fillRect(area, palette().color(QPalette::AlternateBase));
    if (total > 0) {
        // Widths from the shares, then small non-zero slices widened to kMinimumSlice at the unknown's expense.
        double widths[3];
        for (int s = 0; s < 3; ++s)
            widths[s] = area.width() * shares_[s] / total;
        for (int s = 0; s < 2; ++s)
            if (shares_[s] > 0 && widths[s] < kMinimumSlice) {
                widths[2] -= kMinimumSlice - widths[s];
                widths[s] = kMinimumSlice;
            }
        double x = area.left();
        for (int s = 0; s < 3; ++s) {
            const double w = std::max(0.0, widths[s]);
            painter.fillRect(QRectF(x, area.top(), w, area.height()), stateColor(s));
            x += w;
        }
    }
    painter.setClipping(false);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area, 4, 4);
}

} // namespace tagscope::ui
