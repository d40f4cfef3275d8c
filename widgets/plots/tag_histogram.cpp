#include "tag_histogram.h"

#include "common/number_format.h"

#include <qcustomplot.h>

#include <QAction>
#include <QMenu>
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
        return tick >= 1.0 ? compactNumber(static_cast<quint64>(std::llround(tick)), 1000) : shortestNumber(tick);
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

// Line colours for the split overlay, apart from the three band colours: dark slate, purple, green.
QColor splitColor(SplitView split)
{
    switch (split) {
    case SplitView::Train: return QColor(0x3a, 0x3f, 0x4a);
    case SplitView::Validation: return QColor(0x88, 0x3a, 0xa8);
    case SplitView::Test: return QColor(0x00, 0x88, 0x4a);
    case SplitView::All: break;
    }
    return Qt::gray;
}

// A count on a log axis: zero has no place there, so it breaks the line instead.
double logValue(quint64 count)
{
    return count > 0 ? static_cast<double>(count) : qQNaN();
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
    plot_->axisRect()->setRangeZoomFactor(0.85); // small wheel steps: zooming feels smooth, not jumpy
    plot_->addLayer(QStringLiteral("bands"), plot_->layer(QStringLiteral("grid")), QCustomPlot::limBelow);

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
    for (QCPItemRect*& region : bandRegions_) {
        region = new QCPItemRect(plot_);
        region->setLayer(QStringLiteral("bands"));
        region->setSelectable(false);
        region->setPen(Qt::NoPen);
        region->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        region->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        region->setVisible(false);
    }
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
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, &TagHistogram::resetView);
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TagHistogram::clampRange);

    resetViewAction_ = new QAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("Reset View"), this);
    resetViewAction_->setToolTip(tr("Show all tags again (double-click does the same)"));
    connect(resetViewAction_, &QAction::triggered, this, &TagHistogram::resetView);
    stackAction_ = new QAction(tr("Stack Verified Negatives"), this);
    stackAction_->setCheckable(true);
    stackAction_->setToolTip(tr("Draw each tag's verified negatives on top of its positives"));
    connect(stackAction_, &QAction::toggled, this, &TagHistogram::setStackNegatives);
    splitsAction_ = new QAction(tr("Show Splits as Lines"), this);
    splitsAction_->setCheckable(true);
    splitsAction_->setToolTip(tr("Draw the positives of each split as a line over the bars"));
    connect(splitsAction_, &QAction::toggled, this, &TagHistogram::setShowSplits);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &TagHistogram::showContextMenu);

    applyPalette();
    clear();
}

void TagHistogram::setBars(QVector<HistogramBar> bars, const BandLimits& limits, const QString& axisLabel, const QString& unit,
                           double imbalanceRatio, SplitView barsSplit)
{
    barsSplit_ = barsSplit;
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

    title_->setText(tr("Tag frequency — %Ln tag(s), imbalance ratio %1", nullptr, static_cast<int>(bars_.size())).arg(ratioText(imbalanceRatio)));
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
    updateBandRegions();
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
    updateBandRegions();
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

void TagHistogram::setStackNegatives(bool stack)
{
    if (stack == stackNegatives_)
        return;
    stackNegatives_ = stack;
    stackAction_->setChecked(stack);
    rebuildPlottables();
    fitValueRange();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TagHistogram::setShowSplits(bool show)
{
    if (show == showSplits_)
        return;
    showSplits_ = show;
    splitsAction_->setChecked(show);
    rebuildPlottables();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QVector<SplitView> TagHistogram::overlaySplits() const
{
    QVector<SplitView> splits;
    for (SplitView split : {SplitView::Train, SplitView::Validation, SplitView::Test}) {
        if (split == barsSplit_)
            continue; // the bars already show it
        const int s = static_cast<int>(split) - 1;
        const bool any = std::any_of(bars_.begin(), bars_.end(), [s](const HistogramBar& bar) { return bar.perSplit[s].positive > 0; });
        if (any)
            splits.push_back(split);
    }
    return splits;
}

void TagHistogram::resetView()
{
    resetRange();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QPair<int, int> TagHistogram::bandRegion(TagBand band) const
{
    int first = 0, last = 0;
    for (int i = 0; i < bars_.size(); ++i)
        if (bars_[i].band == band) {
            if (first == 0)
                first = i + 1;
            last = i + 1;
        }
    return {first, last};
}

QString TagHistogram::tooltipText(int tag) const
{
    const int rank = rankOfTag(tag);
    if (rank <= 0)
        return {};
    const HistogramBar& bar = bars_[rank - 1];
    QString text = tr("<b>%1</b><br>%2 %3 · rank %4 · %5 band")
                       .arg(bar.name.toHtmlEscaped(), groupedNumber(bar.count), unit_.toHtmlEscaped(), groupedNumber(rank),
                            bandDisplayName(bar.band));
    QString rows;
    for (SplitView split : {SplitView::Train, SplitView::Validation, SplitView::Test}) {
        const LabelCounts& c = bar.perSplit[static_cast<int>(split) - 1];
        if (c.positive + c.negative + c.unknown == 0)
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(splitViewName(split), groupedNumber(c.positive), groupedNumber(c.negative), groupedNumber(c.unknown));
    }
    if (!rows.isEmpty())
        text += QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>")
                    .arg(tr("positive"), tr("negative"), tr("unknown"), rows);
    return text;
}

CsvRows TagHistogram::csvRows() const
{
    CsvRows rows;
    rows.push_back({QStringLiteral("rank"), QStringLiteral("tag"), QStringLiteral("band"), QStringLiteral("positive"),
                    QStringLiteral("negative"), QStringLiteral("train_positive"), QStringLiteral("train_negative"),
                    QStringLiteral("train_unknown"), QStringLiteral("validation_positive"), QStringLiteral("validation_negative"),
                    QStringLiteral("validation_unknown"), QStringLiteral("test_positive"), QStringLiteral("test_negative"),
                    QStringLiteral("test_unknown")});
    static const char* const bandNames[kBandCount] = {"head", "medium", "tail"};
    for (int i = 0; i < bars_.size(); ++i) {
        const HistogramBar& bar = bars_[i];
        QStringList row{QString::number(i + 1), bar.name, QLatin1String(bandNames[static_cast<int>(bar.band)]),
                        QString::number(bar.count), QString::number(bar.negative)};
        for (const LabelCounts& c : bar.perSplit)
            row << QString::number(c.positive) << QString::number(c.negative) << QString::number(c.unknown);
        rows.push_back(row);
    }
    return rows;
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
    if (bars_.isEmpty())
        return;
    // Creation order is drawing order: the stacked negatives behind the positives, the split lines on top.
    if (stackNegatives_)
        addNegativeSeries();
    addBandSeries();
    if (showSplits_)
        addSplitSeries();
}

void TagHistogram::addNegativeSeries()
{
    const QColor color(0x8a, 0x93, 0x9e);
    const QString name = tr("Verified negatives (stacked)");
    QVector<double> keys, values;
    keys.reserve(bars_.size());
    values.reserve(bars_.size());
    for (int i = 0; i < bars_.size(); ++i) {
        keys.push_back(i + 1);
        values.push_back(logValue(bars_[i].count + bars_[i].negative));
    }
    if (discrete_) {
        // Drawn from the axis to positives + negatives behind the positive bars, it reads as a stack.
        auto* series = new QCPBars(plot_->xAxis, plot_->yAxis);
        series->setName(name);
        series->setWidth(0.8);
        series->setBaseValue(1e-3);
        series->setAntialiased(false);
        series->setPen(QPen(color.darker(120)));
        series->setBrush(withAlpha(color, 150));
        series->setData(keys, values, true);
    } else {
        auto* series = new QCPGraph(plot_->xAxis, plot_->yAxis);
        series->setName(name);
        series->setLineStyle(QCPGraph::lsStepCenter);
        series->setPen(QPen(color.darker(120)));
        series->setBrush(withAlpha(color, 130));
        series->setAdaptiveSampling(true);
        series->setData(keys, values, true);
    }
}

void TagHistogram::addBandSeries()
{
    for (int b = 0; b < kBandCount; ++b) {
        const auto band = static_cast<TagBand>(b);
        const QColor color = bandColor(band);
        const QString name = tr("%1 (%2): %Ln tag(s)", nullptr, static_cast<int>(bandCounts_[b])).arg(bandDisplayName(band), bandRangeText(band, limits_));
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

void TagHistogram::addSplitSeries()
{
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    int n = 0;
    for (SplitView split : overlaySplits()) {
        const int s = static_cast<int>(split) - 1;
        auto* series = new QCPGraph(plot_->xAxis, plot_->yAxis);
        series->setName(tr("%1 positives").arg(splitViewName(split)));
        series->setLineStyle(discrete_ ? QCPGraph::lsStepCenter : QCPGraph::lsLine);
        QPen pen(splitColor(split), 1.6, styles[n++ % 3]);
        pen.setCosmetic(true);
        series->setPen(pen);
        series->setAdaptiveSampling(true);
        QVector<double> keys, values;
        keys.reserve(bars_.size());
        values.reserve(bars_.size());
        for (int i = 0; i < bars_.size(); ++i) {
            keys.push_back(i + 1);
            values.push_back(logValue(bars_[i].perSplit[s].positive));
        }
        series->setData(keys, values, true);
    }
}

void TagHistogram::updateBandRegions()
{
    for (int b = 0; b < kBandCount; ++b) {
        const QPair<int, int> region = bandRegion(static_cast<TagBand>(b));
        QCPItemRect* rect = bandRegions_[b];
        rect->setVisible(region.first > 0);
        rect->topLeft->setCoords(region.first - 0.5, 0);
        rect->bottomRight->setCoords(region.second + 0.5, 1);
        rect->setBrush(withAlpha(bandColor(static_cast<TagBand>(b)), 30));
    }
}

void TagHistogram::resetRange()
{
    const int n = std::max<int>(1, bars_.size());
    plot_->xAxis->setRange(0.5, n + 0.5);
    fitValueRange();
}

void TagHistogram::fitValueRange()
{
    quint64 most = 1;
    for (const HistogramBar& bar : bars_)
        most = std::max(most, stackNegatives_ ? bar.count + bar.negative : bar.count);
    most = std::max(most, limits_.headAbove);
    // Headroom above the tallest bar leaves room for the selected tag's label.
    const double upper = std::pow(10.0, std::ceil(std::log10(static_cast<double>(most) * 2.0)));
    plot_->yAxis->setRange(0.7, upper);
}

void TagHistogram::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(resetViewAction_);
    menu.addSeparator();
    menu.addAction(stackAction_);
    splitsAction_->setEnabled(!overlaySplits().isEmpty());
    menu.addAction(splitsAction_);
    menu.addSeparator();
    addExportActions(&menu, this, plot_, [this] { return csvRows(); }, QStringLiteral("tag-frequency"));
    menu.exec(plot_->mapToGlobal(position));
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
    QToolTip::showText(event->globalPosition().toPoint(), tooltipText(tag), plot_);
}

} // namespace tagscope::ui
