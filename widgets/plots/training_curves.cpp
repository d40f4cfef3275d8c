#include "training_curves.h"

#include "common/tag_types.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QMenu>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tagscope::ui {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QPen pen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCosmetic(true);
    return p;
}

const QColor kLossColor(0x2f, 0x6f, 0xb3);
const QColor kMetricColor(0x1b, 0x7f, 0x5a);
const QColor kRateColor(0x88, 0x3a, 0xa8);

// Removes the points at or after `key` when `key` does not extend the graph, so that a repeated stretch
// (a resumed run) replaces the old one instead of folding the line back.
void truncateFrom(QCPGraph* graph, double key)
{
    if (!graph->data()->isEmpty() && key <= (graph->data()->constEnd() - 1)->key)
        graph->data()->removeAfter(key - 0.5);
}

void addPoint(QCPGraph* graph, double key, double value)
{
    if (std::isfinite(value))
        graph->addData(key, value);
}

QCPRange finiteValueRange(const QVector<QCPGraph*>& graphs, bool* found)
{
    QCPRange range;
    *found = false;
    for (QCPGraph* graph : graphs) {
        bool ok = false;
        const QCPRange r = graph->getValueRange(ok);
        if (!ok || !graph->visible())
            continue;
        range = *found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        *found = true;
    }
    return range;
}

} // namespace

TrainingCurves::TrainingCurves(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot(this)), priorBaseline_(std::numeric_limits<double>::quiet_NaN())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(420, 260);
    plot_->setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    plot_->setNoAntialiasingOnDrag(true);

    // Three panels: the loss on the left, the validation metric and the learning rate stacked on the right.
    plot_->plotLayout()->clear();
    QFont titleFont = font();
    titleFont.setBold(true);
    // A grid joins the plot before its children do, so that they know their plot.
    auto* right = new QCPLayoutGrid;
    QCPLayoutGrid* metricPanel = nullptr;
    auto makePanel = [&](QCPLayoutGrid* parent, int row, int column, QCPTextElement** title, const QString& text) {
        auto* grid = new QCPLayoutGrid;
        parent->addElement(row, column, grid);
        metricPanel = grid;
        *title = new QCPTextElement(plot_, text, titleFont);
        auto* rect = new QCPAxisRect(plot_);
        grid->addElement(0, 0, *title);
        grid->addElement(1, 0, rect);
        grid->setRowStretchFactors({0.001, 1});
        grid->setRowSpacing(0);
        return rect;
    };
    lossRect_ = makePanel(plot_->plotLayout(), 0, 0, &lossTitle_, tr("Training loss"));
    plot_->plotLayout()->addElement(0, 1, right);
    metricRect_ = makePanel(right, 0, 0, &metricTitle_, tr("Validation mAP"));
    QCPLayoutGrid* metricGrid = metricPanel;
    rateRect_ = makePanel(right, 1, 0, &rateTitle_, tr("Learning rate"));
    right->setRowStretchFactors({1.4, 1});
    plot_->plotLayout()->setColumnStretchFactors({1.3, 1});

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    auto makeLegend = [&](QCPAxisRect* rect) {
        auto* legend = new QCPLegend;
        rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        legend->setLayer(QStringLiteral("legend"));
        legend->setFont(small);
        legend->setRowSpacing(-2);
        legend->setIconSize(16, 8);
        return legend;
    };
    lossLegend_ = makeLegend(lossRect_);
    // The validation legend gets a row of its own under the title: the curves fill that panel top to bottom.
    metricLegend_ = new QCPLegend;
    auto* legendRow = new QCPLayoutGrid;
    metricGrid->insertRow(1);
    metricGrid->addElement(1, 0, legendRow);
    legendRow->addElement(0, 0, new QCPLayoutElement(plot_));
    legendRow->addElement(0, 1, metricLegend_);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot_));
    legendRow->setColumnStretchFactors({1, 0.001, 1}); // the legend keeps its natural width, centred
    metricGrid->setRowStretchFactors({0.001, 0.001, 1});
    metricLegend_->setLayer(QStringLiteral("legend"));
    metricLegend_->setFont(small);
    metricLegend_->setFillOrder(QCPLegend::foColumnsFirst);
    metricLegend_->setWrap(4);
    metricLegend_->setRowSpacing(0);
    metricLegend_->setColumnSpacing(10);
    metricLegend_->setIconSize(16, 8);
    metricLegend_->setMargins(QMargins(4, 0, 4, 0));

    auto addGraph = [this](QCPAxisRect* rect, const QPen& linePen, const QString& name) {
        QCPGraph* graph = plot_->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        graph->setPen(linePen);
        graph->setName(name);
        graph->removeFromLegend();
        return graph;
    };
    comparisonLoss_ = addGraph(lossRect_, pen(QColor(0x80, 0x80, 0x80), 1.6, Qt::DashLine), QString());
    rawLoss_ = addGraph(lossRect_, pen(withAlpha(kLossColor, 90), 1), tr("per step"));
    smoothedLoss_ = addGraph(lossRect_, pen(kLossColor, 2), tr("smoothed"));
    rawLoss_->addToLegend(lossLegend_);
    smoothedLoss_->addToLegend(lossLegend_);

    comparisonMetric_ = addGraph(metricRect_, pen(QColor(0x80, 0x80, 0x80), 1.6, Qt::DashLine), QString());
    prior_ = addGraph(metricRect_, pen(QColor(0x90, 0x90, 0x90), 1, Qt::DotLine), tr("frequency prior"));
    const TagBand bands[] = {TagBand::Head, TagBand::Medium, TagBand::Tail};
    for (int b = 0; b < 3; ++b) {
        bands_[b] = addGraph(metricRect_, pen(bandColor(bands[b]), 1.2), bandDisplayName(bands[b]));
        bands_[b]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    }
    metric_ = addGraph(metricRect_, pen(kMetricColor, 2.2), tr("all tags"));
    metric_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    comparisonMetric_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    for (QCPGraph* g : {metric_, bands_[0], bands_[1], bands_[2], prior_})
        g->addToLegend(metricLegend_);

    comparisonRate_ = addGraph(rateRect_, pen(QColor(0x80, 0x80, 0x80), 1.4, Qt::DashLine), QString());
    rate_ = addGraph(rateRect_, pen(kRateColor, 1.8), tr("learning rate"));

    lossRect_->axis(QCPAxis::atBottom)->setLabel(tr("Step"));
    rateRect_->axis(QCPAxis::atBottom)->setLabel(tr("Step"));
    metricRect_->axis(QCPAxis::atBottom)->setLabel(tr("Epoch"));
    QSharedPointer<QCPAxisTickerFixed> epochTicker(new QCPAxisTickerFixed);
    epochTicker->setTickStep(1);
    epochTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    metricRect_->axis(QCPAxis::atBottom)->setTicker(epochTicker);
    QSharedPointer<QCPAxisTickerFixed> integerTicker(new QCPAxisTickerFixed);
    integerTicker->setTickStep(1);
    integerTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    lossRect_->axis(QCPAxis::atBottom)->setTicker(integerTicker);
    rateRect_->axis(QCPAxis::atBottom)->setTicker(integerTicker);
    rateRect_->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("gb"));
    rateRect_->axis(QCPAxis::atLeft)->setNumberPrecision(2);
    rateRect_->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    metricRect_->axis(QCPAxis::atLeft)->ticker()->setTickCount(4);

    replotTimer_.setSingleShot(true);
    replotTimer_.setInterval(kReplotIntervalMs);
    connect(&replotTimer_, &QTimer::timeout, this, &TrainingCurves::replotNow);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &TrainingCurves::showContextMenu);

    setMetricName(tr("mAP"), true);
    applyPalette();
    clear();
}

void TrainingCurves::clear()
{
    for (int i = 0; i < plot_->graphCount(); ++i)
        plot_->graph(i)->data()->clear();
    priorBaseline_ = std::numeric_limits<double>::quiet_NaN();
    setComparison(QString(), {}, {});
    lossRect_->axis(QCPAxis::atBottom)->setRange(0, 10);
    lossRect_->axis(QCPAxis::atLeft)->setRange(0, 1);
    rateRect_->axis(QCPAxis::atBottom)->setRange(0, 10);
    rateRect_->axis(QCPAxis::atLeft)->setRange(0, 1e-3);
    resetValidationRange();
    metricRect_->axis(QCPAxis::atLeft)->setRange(0, 100);
    scheduleReplot();
}

void TrainingCurves::setPlannedEpochs(int epochs)
{
    if (std::max(0, epochs) == plannedEpochs_)
        return;
    plannedEpochs_ = std::max(0, epochs);
    if (metric_->data()->isEmpty() && comparisonMetric_->data()->isEmpty())
        resetValidationRange();
    scheduleReplot();
}

void TrainingCurves::setValidationBySteps(bool bySteps, qint64 plannedSteps)
{
    plannedSteps_ = std::max<qint64>(0, plannedSteps);
    if (bySteps != bySteps_) {
        bySteps_ = bySteps;
        for (QCPGraph* g : {metric_, bands_[0], bands_[1], bands_[2], comparisonMetric_})
            g->data()->clear(); // their keys were the other kind
        metricRect_->axis(QCPAxis::atBottom)->setLabel(bySteps_ ? tr("Step") : tr("Epoch"));
    }
    if (metric_->data()->isEmpty() && comparisonMetric_->data()->isEmpty())
        resetValidationRange();
    scheduleReplot();
}

void TrainingCurves::resetValidationRange()
{
    QCPAxis* axis = metricRect_->axis(QCPAxis::atBottom);
    if (bySteps_)
        axis->setRange(0, double(std::max<qint64>(10, plannedSteps_)));
    else
        axis->setRange(0.5, std::max(1, plannedEpochs_) + 0.5);
}

QCPAxis* TrainingCurves::epochAxis() const
{
    return metricRect_->axis(QCPAxis::atBottom);
}

void TrainingCurves::setMetricName(const QString& name, bool perBand)
{
    metricName_ = name;
    metricTitle_->setText(tr("Validation %1").arg(name));
    metricRect_->axis(QCPAxis::atLeft)->setLabel(tr("%1 (%)").arg(name));
    metric_->setName(tr("all tags"));
    for (QCPGraph* g : {bands_[0], bands_[1], bands_[2], prior_}) {
        g->setVisible(perBand);
        if (perBand)
            g->addToLegend(metricLegend_);
        else
            g->removeFromLegend(metricLegend_);
    }
    scheduleReplot();
}

void TrainingCurves::setRunName(const QString& name)
{
    smoothedLoss_->setName(name.isEmpty() ? tr("smoothed") : tr("%1 (smoothed)").arg(name));
    scheduleReplot();
}

void TrainingCurves::addSteps(const QVector<LossSample>& samples)
{
    if (samples.isEmpty())
        return;
    const double first = samples.front().step;
    for (QCPGraph* g : {rawLoss_, smoothedLoss_, rate_})
        truncateFrom(g, first);
    for (const LossSample& s : samples) {
        addPoint(rawLoss_, s.step, s.loss);
        addPoint(smoothedLoss_, s.step, s.smoothed);
        addPoint(rate_, s.step, s.learningRate);
    }
    scheduleReplot();
}

void TrainingCurves::addEpochs(const QVector<EpochSample>& epochs)
{
    if (epochs.isEmpty())
        return;
    for (QCPGraph* g : {metric_, bands_[0], bands_[1], bands_[2]})
        truncateFrom(g, key(epochs.front()));
    for (const EpochSample& e : epochs) {
        addPoint(metric_, key(e), e.metric);
        addPoint(bands_[0], key(e), e.head);
        addPoint(bands_[1], key(e), e.medium);
        addPoint(bands_[2], key(e), e.tail);
        if (std::isfinite(e.priorBaseline)) // the same validation images every epoch: one line
            priorBaseline_ = e.priorBaseline;
    }
    scheduleReplot();
}

void TrainingCurves::setComparison(const QString& name, const QVector<LossSample>& steps, const QVector<EpochSample>& epochs)
{
    comparisonName_ = name;
    for (QCPGraph* g : {comparisonLoss_, comparisonMetric_, comparisonRate_}) {
        g->data()->clear();
        g->setName(name);
        g->removeFromLegend();
    }
    if (!name.isEmpty()) {
        for (const LossSample& s : steps) {
            addPoint(comparisonLoss_, s.step, s.smoothed);
            addPoint(comparisonRate_, s.step, s.learningRate);
        }
        for (const EpochSample& e : epochs)
            if (!bySteps_ || e.step > 0) // a run logged before steps were: no step to place it at
                addPoint(comparisonMetric_, key(e), e.metric);
        comparisonLoss_->addToLegend(lossLegend_);
        comparisonMetric_->addToLegend(metricLegend_);
    }
    scheduleReplot();
}

int TrainingCurves::stepCount() const
{
    return smoothedLoss_->dataCount();
}

int TrainingCurves::epochCount() const
{
    return metric_->dataCount();
}

int TrainingCurves::comparisonStepCount() const
{
    return comparisonLoss_->dataCount();
}

void TrainingCurves::scheduleReplot()
{
    if (!replotTimer_.isActive())
        replotTimer_.start();
}

void TrainingCurves::replotNow()
{
    rescale();
    ++replots_;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingCurves::rescale()
{
    auto fitKeys = [](QCPAxisRect* rect, const QVector<QCPGraph*>& graphs, double minimumSpan, double margin) {
        bool found = false;
        QCPRange keys;
        for (QCPGraph* g : graphs) {
            bool ok = false;
            const QCPRange r = g->getKeyRange(ok);
            if (!ok)
                continue;
            keys = found ? QCPRange(std::min(keys.lower, r.lower), std::max(keys.upper, r.upper)) : r;
            found = true;
        }
        if (found)
            rect->axis(QCPAxis::atBottom)->setRange(keys.lower - margin, std::max(keys.upper, keys.lower + minimumSpan) + margin);
    };
    fitKeys(lossRect_, {rawLoss_, smoothedLoss_, comparisonLoss_}, 10, 0);
    fitKeys(rateRect_, {rate_, comparisonRate_}, 10, 0);
    // Epochs: the planned ones, or those drawn (one epoch is a point in the middle, not the start of 1 to 5).
    if (bySteps_) { // from step 0 to the planned steps, or to the last drawn
        double last = 10;
        for (QCPGraph* g : {metric_, comparisonMetric_}) {
            bool ok = false;
            const QCPRange keys = g->getKeyRange(ok);
            if (ok)
                last = std::max(last, keys.upper);
        }
        metricRect_->axis(QCPAxis::atBottom)->setRange(0, std::max(double(plannedSteps_), last));
    } else {
        fitKeys(metricRect_, {metric_, comparisonMetric_}, std::max(0, plannedEpochs_ - 1), 0.5);
    }
    // The frequency prior does not change with training: a line across the panel, visible from the first epoch.
    prior_->data()->clear();
    if (std::isfinite(priorBaseline_)) {
        const QCPRange epochs = metricRect_->axis(QCPAxis::atBottom)->range();
        prior_->addData(epochs.lower, priorBaseline_);
        prior_->addData(epochs.upper, priorBaseline_);
    }

    // Losses of different kinds (ASL sums, DB averages) differ by orders of magnitude: a comparison whose scale
    // is far from the run's gets the right-hand axis.
    bool found = false, comparisonFound = false;
    const QCPRange own = finiteValueRange({smoothedLoss_}, &found);
    const QCPRange other = finiteValueRange({comparisonLoss_}, &comparisonFound);
    const bool separate = found && comparisonFound && own.upper > 0 && other.upper > 0 &&
                          std::max(own.upper, other.upper) > 3 * std::min(own.upper, other.upper);
    QCPAxis* right = lossRect_->axis(QCPAxis::atRight);
    comparisonLoss_->setValueAxis(separate ? right : lossRect_->axis(QCPAxis::atLeft));
    right->setVisible(separate);
    comparisonLoss_->setName(separate ? tr("%1 (right axis)").arg(comparisonName_) : comparisonName_);
    auto fitLoss = [](QCPAxis* axis, const QVector<QCPGraph*>& raw, const QVector<QCPGraph*>& smooth) {
        bool any = false;
        QCPRange range = finiteValueRange(raw + smooth, &any);
        if (!any)
            return;
        // Spikes of the raw loss early on would flatten the rest: the smoothed curves set the scale, the raw one
        // may leave it by a quarter.
        const QCPRange smoothed = finiteValueRange(smooth, &any);
        if (any)
            range = QCPRange(std::max(range.lower, smoothed.lower - 0.25 * smoothed.size()),
                             std::min(range.upper, smoothed.upper + 0.25 * std::max(smoothed.size(), smoothed.upper * 0.2)));
        const double pad = std::max(range.size() * 0.06, 1e-6);
        axis->setRange(std::max(0.0, range.lower - pad), range.upper + pad);
    };
    if (separate) {
        fitLoss(lossRect_->axis(QCPAxis::atLeft), {rawLoss_}, {smoothedLoss_});
        fitLoss(right, {}, {comparisonLoss_});
    } else {
        fitLoss(lossRect_->axis(QCPAxis::atLeft), {rawLoss_}, {smoothedLoss_, comparisonLoss_});
    }
    const QCPRange metric = finiteValueRange({metric_, bands_[0], bands_[1], bands_[2], prior_, comparisonMetric_}, &found);
    if (found)
        metricRect_->axis(QCPAxis::atLeft)->setRange(std::max(0.0, std::floor(metric.lower / 10) * 10), std::min(100.0, std::ceil(metric.upper / 10 + 0.01) * 10));
    const QCPRange rate = finiteValueRange({rate_, comparisonRate_}, &found);
    if (found)
        rateRect_->axis(QCPAxis::atLeft)->setRange(0, rate.upper > 0 ? rate.upper * 1.1 : 1e-3);
}

CsvRows TrainingCurves::csvRows() const
{
    CsvRows rows;
    rows.push_back({QStringLiteral("step"), QStringLiteral("loss"), QStringLiteral("smoothed_loss"), QStringLiteral("learning_rate")});
    auto raw = rawLoss_->data()->constBegin();
    auto smooth = smoothedLoss_->data()->constBegin();
    auto lr = rate_->data()->constBegin();
    for (; raw != rawLoss_->data()->constEnd(); ++raw) {
        QStringList row{QString::number(raw->key), QString::number(raw->value, 'g', 8)};
        row << (smooth != smoothedLoss_->data()->constEnd() && smooth->key == raw->key ? QString::number((smooth++)->value, 'g', 8) : QString());
        row << (lr != rate_->data()->constEnd() && lr->key == raw->key ? QString::number((lr++)->value, 'g', 8) : QString());
        rows.push_back(row);
    }
    rows.push_back({bySteps_ ? QStringLiteral("step") : QStringLiteral("epoch"), metricName_, QStringLiteral("head"), QStringLiteral("medium"), QStringLiteral("tail")});
    for (auto it = metric_->data()->constBegin(); it != metric_->data()->constEnd(); ++it) {
        QStringList row{QString::number(it->key), QString::number(it->value, 'f', 3)};
        for (QCPGraph* band : bands_) {
            const auto found = band->data()->findBegin(it->key, false);
            row << (found != band->data()->constEnd() && found->key == it->key ? QString::number(found->value, 'f', 3) : QString());
        }
        rows.push_back(row);
    }
    return rows;
}

void TrainingCurves::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    addExportActions(&menu, this, plot_, [this] { return csvRows(); }, QStringLiteral("training-curves"));
    menu.exec(plot_->mapToGlobal(position));
}

void TrainingCurves::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TrainingCurves::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    plot_->setBackground(p.brush(QPalette::Base));
    for (QCPTextElement* title : {lossTitle_, metricTitle_, rateTitle_})
        title->setTextColor(text);
    for (QCPAxisRect* rect : {lossRect_, metricRect_, rateRect_})
        for (QCPAxis* axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atRight)}) {
            axis->setBasePen(QPen(withAlpha(text, 140)));
            axis->setTickPen(QPen(withAlpha(text, 140)));
            axis->setSubTickPen(QPen(withAlpha(text, 90)));
            axis->setTickLabelColor(text);
            axis->setLabelColor(withAlpha(text, 200));
            axis->grid()->setPen(QPen(withAlpha(text, 40), 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    lossLegend_->setBrush(withAlpha(p.color(QPalette::Base), 220));
    lossLegend_->setBorderPen(QPen(withAlpha(text, 60)));
    metricLegend_->setBrush(Qt::NoBrush);
    metricLegend_->setBorderPen(Qt::NoPen);
    for (QCPLegend* legend : {lossLegend_, metricLegend_})
        legend->setTextColor(text);
    scheduleReplot();
}

} // namespace tagscope::ui
