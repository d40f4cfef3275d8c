#include "cooccurrence_heatmap.h"

#include "common/number_format.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

namespace {

constexpr int kMaxLabelChars = 18;

QString axisName(const QString& name)
{
    return name.size() <= kMaxLabelChars ? name : name.left(kMaxLabelChars - 1) + QChar(0x2026);
}

// Sequential white-to-navy scale: light cells are rare pairs, dark cells tags that nearly always come together.
QCPColorGradient conditionalGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(0.2, QColor(0xc6, 0xdb, 0xef));
    gradient.setColorStopAt(0.45, QColor(0x6b, 0xae, 0xd6));
    gradient.setColorStopAt(0.7, QColor(0x21, 0x71, 0xb5));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(0xd9, 0xd9, 0xd9)); // the diagonal: P(A | A) = 1 says nothing
    return gradient;
}

} // namespace

double CooccurrenceMatrix::conditional(int a, int b) const
{
    const quint64 own = count(a, a);
    return own > 0 ? static_cast<double>(count(a, b)) / static_cast<double>(own) : 0.0;
}

CooccurrenceHeatmap::CooccurrenceHeatmap(QWidget* parent)
    : QWidget(parent), topCount_(new QSpinBox(this)), status_(new QLabel(this)), settle_(new QTimer(this)),
      plot_(new QCustomPlot(this))
{
    topCount_->setRange(2, kMaxTopCount);
    topCount_->setValue(kDefaultTopCount);
    topCount_->setToolTip(tr("How many of the most frequent tags the map compares"));
    auto* label = new QLabel(tr("&Most frequent tags:"), this);
    label->setBuddy(topCount_);
    status_->setObjectName(QStringLiteral("cooccurrenceStatus"));
    status_->setForegroundRole(QPalette::PlaceholderText);
    status_->setWordWrap(true); // the hint in one line would set the minimum width of the whole analysis area
    // Each step of the spin box would start a scan of every image; wait until the user stops clicking.
    settle_->setSingleShot(true);
    settle_->setInterval(350);
    connect(topCount_, qOverload<int>(&QSpinBox::valueChanged), settle_, qOverload<>(&QTimer::start));
    connect(settle_, &QTimer::timeout, this, [this] { Q_EMIT topCountChanged(topCount_->value()); });

    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 4, 8, 0);
    top->addWidget(label);
    top->addWidget(topCount_);
    top->addSpacing(12);
    top->addWidget(status_, 1);

    plot_->setMinimumHeight(180);
    plot_->axisRect()->setupFullAxesBox(false);
    plot_->xAxis2->setVisible(false);
    plot_->yAxis2->setVisible(false);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 3);
    }
    plot_->yAxis->setRangeReversed(true); // the most frequent tag in the top row
    plot_->xAxis->setTickLabelRotation(60);
    plot_->xAxis->setLabel(tr("Tag B"));
    plot_->yAxis->setLabel(tr("Tag A"));

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setGradient(conditionalGradient());
    map_->setDataRange(QCPRange(0, 1));
    scale_ = new QCPColorScale(plot_);
    scale_->setType(QCPAxis::atRight);
    scale_->setGradient(map_->gradient());
    scale_->setDataRange(QCPRange(0, 1));
    scale_->setLabel(tr("P(B | A)"));
    scale_->setBarWidth(12);
    map_->setColorScale(scale_);
    plot_->plotLayout()->addElement(0, 1, scale_);
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    scale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    const QPalette& p = palette();
    plot_->setBackground(p.brush(QPalette::Base));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, scale_->axis()}) {
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
    }

    connect(plot_, &QCustomPlot::mousePress, this, &CooccurrenceHeatmap::mousePressed);
    connect(plot_, &QCustomPlot::mouseRelease, this, &CooccurrenceHeatmap::mouseReleased);
    connect(plot_, &QCustomPlot::mouseMove, this, &CooccurrenceHeatmap::mouseMoved);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &CooccurrenceHeatmap::showContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(plot_, 1);
    setMatrix({});
}

void CooccurrenceHeatmap::setMatrix(CooccurrenceMatrix matrix)
{
    matrix_ = std::move(matrix);
    const int n = matrix_.size();
    map_->data()->setSize(std::max(1, n), std::max(1, n));
    map_->data()->setRange(QCPRange(0, std::max(1, n - 1)), QCPRange(0, std::max(1, n - 1)));
    map_->data()->fill(qQNaN());
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            map_->data()->setCell(b, a, cellValue(a, b));
    map_->setVisible(n > 1);
    // The colours span 0 to the largest off-diagonal share, rounded up to a tenth: nearly independent tags
    // (a few percent) would otherwise all look white against a 0..1 scale.
    double most = 0;
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b)
                most = std::max(most, matrix_.conditional(a, b));
    const double top = std::clamp(std::ceil(most * 10.0) / 10.0, 0.1, 1.0);
    map_->setDataRange(QCPRange(0, top));
    scale_->setDataRange(QCPRange(0, top));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, axisName(matrix_.names.value(i)));
    plot_->xAxis->setTicker(ticker);
    plot_->yAxis->setTicker(ticker);
    // Many tags: a smaller font keeps every name on its row.
    QFont tickFont = font();
    tickFont.setPointSizeF(font().pointSizeF() * (n > 40 ? 0.7 : n > 20 ? 0.82 : 0.9));
    plot_->xAxis->setTickLabelFont(tickFont);
    plot_->yAxis->setTickLabelFont(tickFont);
    plot_->xAxis->setRange(-0.5, std::max(1, n) - 0.5);
    plot_->yAxis->setRange(-0.5, std::max(1, n) - 0.5);
    setBusy(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void CooccurrenceHeatmap::setBusy(bool busy)
{
    if (busy)
        status_->setText(tr("Counting co-occurrences…"));
    else if (matrix_.size() > 1)
        status_->setText(tr("Row A, column B: the share of A's images that also show B. Click a cell to see the images with both."));
    else
        status_->setText(tr("Not enough tags with positives."));
}

int CooccurrenceHeatmap::topCount() const
{
    return topCount_->value();
}

void CooccurrenceHeatmap::setTopCount(int count)
{
    const QSignalBlocker blocker(topCount_);
    topCount_->setValue(count);
}

double CooccurrenceHeatmap::cellValue(int row, int column) const
{
    if (row == column)
        return qQNaN();
    return matrix_.conditional(row, column);
}

QPoint CooccurrenceHeatmap::cellCenter(int row, int column) const
{
    return QPoint(static_cast<int>(std::lround(plot_->xAxis->coordToPixel(column))),
                  static_cast<int>(std::lround(plot_->yAxis->coordToPixel(row))));
}

QPair<int, int> CooccurrenceHeatmap::cellAt(const QPoint& position) const
{
    const int n = matrix_.size();
    if (n < 2 || !plot_->axisRect()->rect().contains(position))
        return {-1, -1};
    const int column = static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(position.x())));
    const int row = static_cast<int>(std::lround(plot_->yAxis->pixelToCoord(position.y())));
    if (row < 0 || row >= n || column < 0 || column >= n)
        return {-1, -1};
    return {row, column};
}

QString CooccurrenceHeatmap::tooltipText(int row, int column) const
{
    const QString a = matrix_.names.value(row).toHtmlEscaped();
    const QString b = matrix_.names.value(column).toHtmlEscaped();
    if (row == column)
        return tr("<b>%1</b><br>%Ln image(s)", nullptr, static_cast<int>(matrix_.count(row, row))).arg(a);
    return tr("<b>%1</b> → <b>%2</b><br>images with %1: %3<br>with both: %4<br>P(%2 | %1) = %5<br>P(%1 | %2) = %6")
        .arg(a, b, groupedNumber(matrix_.count(row, row)), groupedNumber(matrix_.count(row, column)),
             percentText(matrix_.conditional(row, column)), percentText(matrix_.conditional(column, row)));
}

CsvRows CooccurrenceHeatmap::csvRows() const
{
    CsvRows rows{{QStringLiteral("tag_a"), QStringLiteral("tag_b"), QStringLiteral("images_a"), QStringLiteral("images_both"),
                  QStringLiteral("p_b_given_a")}};
    const int n = matrix_.size();
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            rows.push_back({matrix_.names.value(a), matrix_.names.value(b), QString::number(matrix_.count(a, a)),
                            QString::number(matrix_.count(a, b)), QString::number(matrix_.conditional(a, b), 'g', 6)});
    return rows;
}

void CooccurrenceHeatmap::mousePressed(QMouseEvent* event)
{
    pressPosition_ = event->position().toPoint();
}

void CooccurrenceHeatmap::mouseReleased(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - pressPosition_).manhattanLength() > 3)
        return;
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row >= 0)
        Q_EMIT cellClicked(matrix_.tags[row], matrix_.tags[column]);
}

void CooccurrenceHeatmap::mouseMoved(QMouseEvent* event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), tooltipText(row, column), plot_);
}

void CooccurrenceHeatmap::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    addExportActions(&menu, this, plot_, [this] { return csvRows(); }, QStringLiteral("tag-cooccurrence"));
    menu.exec(plot_->mapToGlobal(position));
}

} // namespace tagscope::ui
