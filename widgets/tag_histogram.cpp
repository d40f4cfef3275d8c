#include "tag_histogram.h"

#include "number_format.h"

#include <qcustomplot.h>

#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

namespace {

// Log ticks labelled 1, 10, 100, 1K, 10K, 1M rather than in scientific notation.
class CompactLogTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return tick >= 1.0 ? compactNumber(static_cast<quint64>(std::llround(tick)), 1000) : QString::number(tick);
    }
};

QPen dashedPen(const QColor& color)
{
    QPen pen(color, 1.2, Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TagHistogram::TagHistogram(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumHeight(160);

    plot_->setNoAntialiasingOnDrag(true);
    plot_->setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);

    title_ = new QCPTextElement(plot_, QString());
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.05);
    title_->setFont(titleFont);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, title_);

    plot_->xAxis->setLabel(tr("Tags, most frequent first"));
    plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new CompactLogTicker));
    plot_->yAxis->grid()->setSubGridVisible(false);
    plot_->xAxis->grid()->setVisible(false);

    // The legend gets its own row under the title, laid out horizontally, so it never hides a bar.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(small);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setColumnSpacing(18);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setBrush(Qt::NoBrush);
    plot_->legend->setMargins(QMargins(4, 0, 4, 0));
    auto* legendRow = new QCPLayoutGrid;
    plot_->plotLayout()->insertRow(1);
    plot_->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 2));
    legendRow->addElement(0, 0, new QCPLayoutElement(plot_));
    legendRow->addElement(0, 1, plot_->legend); // moves it out of the axis rect's inset layout
    legendRow->addElement(0, 2, new QCPLayoutElement(plot_));
    legendRow->setColumnStretchFactors({1, 0.001, 1}); // the legend keeps its natural width, centred
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);

    auto makeLine = [this] {
        auto* line = new QCPItemStraightLine(plot_);
        line->setLayer(QStringLiteral("axes"));
        line->setSelectable(false);
        return line;
    };
    headLine_ = makeLine();
    tailLine_ = makeLine();
    // The thresholds are named on a right-hand axis, outside the bars, where no bar can hide them.
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis2->setTickLabelFont(small);
    plot_->yAxis2->setSubTicks(false);
    plot_->yAxis2->setTickLength(0, 4);
    plot_->yAxis2->grid()->setVisible(false);
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot_->yAxis2, qOverload<const QCPRange&>(&QCPAxis::setRange));
    selectedLine_ = makeLine();
    selectedLabel_ = new QCPItemText(plot_);
    selectedLabel_->setLayer(QStringLiteral("axes"));
    selectedLabel_->setSelectable(false);
    selectedLabel_->setPadding(QMargins(4, 1, 4, 1));
    selectedLabel_->position->setAxes(plot_->xAxis, plot_->yAxis);
    selectedLabel_->position->setAxisRect(plot_->axisRect());
    selectedLabel_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    selectedLabel_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    selectedLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont bold = small;
    bold.setBold(true);
    selectedLabel_->setFont(bold);

    connect(plot_, &QCustomPlot::mousePress, this, &TagHistogram::mousePressed);
    connect(plot_, &QCustomPlot::mouseRelease, this, &TagHistogram::mouseReleased);
    connect(plot_, &QCustomPlot::mouseMove, this, &TagHistogram::mouseMoved);
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] {
        resetRange();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TagHistogram::clampRange);

    applyPalette();
    clear();
}

void TagHistogram::setBars(QVector<HistogramBar> bars, const BandLimits& limits, const QString& axisLabel, const QString& unit,
                           double imbalanceRatio)
{
    std::stable_sort(bars.begin(), bars.end(), [](const HistogramBar& a, const HistogramBar& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.name < b.name;
    });
    bars_ = std::move(bars);
    limits_ = limits;
    rankByTag_.clear();
    rankByTag_.reserve(bars_.size());
    std::fill(std::begin(bandCounts_), std::end(bandCounts_), 0);
    for (int i = 0; i < bars_.size(); ++i) {
        rankByTag_.insert(bars_[i].tag, i + 1);
        ++bandCounts_[static_cast<int>(bars_[i].band)];
    }
    discrete_ = bars_.size() <= kMaxDiscreteBars;

    title_->setText(tr("Tag frequency — %1 tags, imbalance ratio %2").arg(groupedNumber(bars_.size()), ratioText(imbalanceRatio)));
    unit_ = unit;
    plot_->yAxis->setLabel(axisLabel);
    headLine_->point1->setCoords(0, static_cast<double>(limits.headAbove));
    headLine_->point2->setCoords(1, static_cast<double>(limits.headAbove));
    tailLine_->point1->setCoords(0, static_cast<double>(limits.tailBelow));
    tailLine_->point2->setCoords(1, static_cast<double>(limits.tailBelow));
    headLine_->setVisible(!bars_.isEmpty());
    tailLine_->setVisible(!bars_.isEmpty());
    setThresholdTicks();

    rebuildPlottables();
    resetRange();
    selectedTag_ = -1;
    updateSelectionMarker();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TagHistogram::clear()
{
    bars_.clear();
    rankByTag_.clear();
    std::fill(std::begin(bandCounts_), std::end(bandCounts_), 0);
    plot_->clearPlottables();
    title_->setText(tr("Tag frequency"));
    headLine_->setVisible(false);
    tailLine_->setVisible(false);
    setThresholdTicks();
    selectedTag_ = -1;
    updateSelectionMarker();
    plot_->legend->setVisible(false);
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(0.7, 1000);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TagHistogram::setSelectedTag(int tag)
{
    if (tag == selectedTag_)
        return;
    selectedTag_ = rankByTag_.contains(tag) ? tag : -1;
    updateSelectionMarker();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int TagHistogram::rankOfTag(int tag) const
{
    return rankByTag_.value(tag, 0);
}

int TagHistogram::tagAtPixel(const QPoint& position) const
{
    if (bars_.isEmpty() || !plot_->axisRect()->rect().contains(position))
        return -1;
    const int rank = static_cast<int>(std::lround(plot_->xAxis->pixelToCoord(position.x())));
    return rank >= 1 && rank <= bars_.size() ? bars_[rank - 1].tag : -1;
}

QString TagHistogram::title() const
{
    return title_->text();
}

void TagHistogram::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TagHistogram::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor faint = withAlpha(text, 40);
    plot_->setBackground(p.brush(QPalette::Base));
    title_->setTextColor(text);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(withAlpha(text, 140)));
        axis->setTickPen(QPen(withAlpha(text, 140)));
        axis->setSubTickPen(QPen(withAlpha(text, 90)));
        axis->setTickLabelColor(text);
        axis->setLabelColor(withAlpha(text, 200));
        axis->grid()->setPen(QPen(faint, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot_->legend->setTextColor(text);
    const QColor lineColor = withAlpha(text, 120);
    headLine_->setPen(dashedPen(lineColor));
    tailLine_->setPen(dashedPen(lineColor));
    plot_->yAxis2->setBasePen(Qt::NoPen);
    plot_->yAxis2->setTickPen(QPen(lineColor));
    plot_->yAxis2->setTickLabelColor(withAlpha(text, 190));
    QPen selectedPen(p.color(QPalette::Highlight), 1.5);
    selectedPen.setCosmetic(true);
    selectedLine_->setPen(selectedPen);
    selectedLabel_->setColor(p.color(QPalette::HighlightedText));
    selectedLabel_->setBrush(p.color(QPalette::Highlight));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TagHistogram::setThresholdTicks()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    if (!bars_.isEmpty()) {
        ticker->addTick(static_cast<double>(limits_.headAbove), tr("head > %1").arg(groupedNumber(limits_.headAbove)));
        ticker->addTick(static_cast<double>(limits_.tailBelow), tr("tail < %1").arg(groupedNumber(limits_.tailBelow)));
    }
    plot_->yAxis2->setTicker(ticker);
}

void TagHistogram::rebuildPlottables()
{
    plot_->clearPlottables();
    plot_->legend->setVisible(!bars_.isEmpty());
    for (int b = 0; b < kBandCount; ++b) {
        const auto band = static_cast<TagBand>(b);
        const QColor color = bandColor(band);
        const QString name = tr("%1 (%2): %3 tags")
                                 .arg(bandDisplayName(band), bandRangeText(band, limits_), groupedNumber(bandCounts_[b]));
        // Zero counts have no place on a log axis; they are left out rather than drawn as a sliver.
        if (discrete_) {
            auto* series = new QCPBars(plot_->xAxis, plot_->yAxis);
            series->setName(name);
            series->setWidth(0.8);
            series->setBaseValue(1e-3);
            series->setAntialiased(false);
            series->setPen(QPen(color.darker(115)));
            series->setBrush(color);
            QVector<double> keys, values;
            for (int i = 0; i < bars_.size(); ++i)
                if (bars_[i].band == band && bars_[i].count > 0) {
                    keys.push_back(i + 1);
                    values.push_back(static_cast<double>(bars_[i].count));
                }
            series->setData(keys, values, true);
        } else {
            // One filled step line per band; NaN breaks it where another band's tags interrupt it.
            auto* series = new QCPGraph(plot_->xAxis, plot_->yAxis);
            series->setName(name);
            series->setLineStyle(QCPGraph::lsStepCenter);
            series->setPen(QPen(color.darker(110)));
            series->setBrush(withAlpha(color, 200));
            series->setAdaptiveSampling(true);
            QVector<double> keys, values;
            keys.reserve(bars_.size());
            values.reserve(bars_.size());
            bool inRun = false;
            for (int i = 0; i < bars_.size(); ++i) {
                const bool mine = bars_[i].band == band && bars_[i].count > 0;
                if (mine) {
                    if (!inRun && !keys.isEmpty()) {
                        keys.push_back(i + 0.5);
                        values.push_back(qQNaN());
                    }
                    keys.push_back(i + 1);
                    values.push_back(static_cast<double>(bars_[i].count));
                }
                inRun = mine;
            }
            series->setData(keys, values, true);
        }
    }
}

void TagHistogram::resetRange()
{
    const int n = std::max<int>(1, bars_.size());
    plot_->xAxis->setRange(0.5, n + 0.5);
    quint64 most = 1;
    for (const HistogramBar& bar : bars_)
        most = std::max(most, bar.count);
    most = std::max(most, limits_.headAbove);
    // Headroom above the tallest bar leaves room for the selected tag's label.
    const double upper = std::pow(10.0, std::ceil(std::log10(static_cast<double>(most) * 2.0)));
    plot_->yAxis->setRange(0.7, upper);
}

void TagHistogram::clampRange()
{
    if (bars_.isEmpty())
        return;
    const double lower = 0.5, upper = bars_.size() + 0.5;
    QCPRange range = plot_->xAxis->range();
    const double minimumSize = std::min(upper - lower, 5.0);
    if (range.size() < minimumSize)
        range = QCPRange(range.center() - minimumSize / 2, range.center() + minimumSize / 2);
    if (range.size() > upper - lower)
        range = QCPRange(lower, upper);
    if (range.lower < lower)
        range = QCPRange(lower, lower + range.size());
    if (range.upper > upper)
        range = QCPRange(upper - range.size(), upper);
    if (range != plot_->xAxis->range())
        plot_->xAxis->setRange(range);
}

void TagHistogram::updateSelectionMarker()
{
    const int rank = rankOfTag(selectedTag_);
    const bool visible = selectedTag_ >= 0 && rank > 0;
    selectedLine_->setVisible(visible);
    selectedLabel_->setVisible(visible);
    if (!visible)
        return;
    const HistogramBar& bar = bars_[rank - 1];
    selectedLine_->point1->setCoords(rank, 1);
    selectedLine_->point2->setCoords(rank, 10);
    selectedLabel_->position->setCoords(rank, 0.02);
    // Near the right edge the label goes to the left of the line so it stays inside the plot.
    const bool rightHalf = rank > bars_.size() / 2;
    selectedLabel_->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    selectedLabel_->setText(tr("%1: %2 %3").arg(bar.name, groupedNumber(bar.count), unit_));
}

void TagHistogram::mousePressed(QMouseEvent* event)
{
    pressPosition_ = event->position().toPoint();
}

void TagHistogram::mouseReleased(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->position().toPoint() - pressPosition_).manhattanLength() > 3)
        return; // a drag pans the axis; only a click picks a tag
    const int tag = tagAtPixel(event->position().toPoint());
    if (tag >= 0)
        Q_EMIT tagClicked(tag);
}

void TagHistogram::mouseMoved(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int tag = tagAtPixel(event->position().toPoint());
    if (tag < 0) {
        QToolTip::hideText();
        return;
    }
    const int rank = rankOfTag(tag);
    const HistogramBar& bar = bars_[rank - 1];
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("<b>%1</b><br>%2 %3<br>rank %4 · %5 band")
                           .arg(bar.name.toHtmlEscaped(), groupedNumber(bar.count), unit_.toHtmlEscaped(), groupedNumber(rank),
                                bandDisplayName(bar.band)),
                       plot_);
}

} // namespace tagscope::ui
