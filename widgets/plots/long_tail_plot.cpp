#include "long_tail_plot.h"

#include "common/number_format.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QMenu>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tagscope::ui {

namespace {

constexpr int kPickRadius = 8; // pixels
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Training positives on a log axis: 1, 10, 100, 1K, 10K rather than powers in scientific notation.
class PositivesTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        return tick < 1 ? shortestNumber(tick) : compactNumber(static_cast<quint64>(std::llround(tick)), 1000);
    }
};

QColor lighter(const QColor& color, int alpha)
{
    QColor c = color;
    c.setAlpha(alpha);
    return c;
}

double meanAp(const QVector<TagPerformance>& tags, TagBand band, double* lowest, double* highest)
{
    double sum = 0;
    int count = 0;
    *lowest = std::numeric_limits<double>::infinity();
    *highest = 0;
    for (const TagPerformance& t : tags) {
        if (t.band != band || !std::isfinite(t.ap) || t.trainPositives <= 0)
            continue;
        sum += t.ap;
        ++count;
        *lowest = std::min(*lowest, t.trainPositives);
        *highest = std::max(*highest, t.trainPositives);
    }
    return count ? sum / count : kNaN;
}

const TagPerformance* findTag(const QVector<TagPerformance>& tags, const QString& labelName)
{
    for (const TagPerformance& t : tags)
        if (t.labelName == labelName)
            return &t;
    return nullptr;
}

QString apText(double ap)
{
    return std::isfinite(ap) ? decimalText(ap, 1) : QStringLiteral("–");
}

// Incompleteness classes: upper limits of the share of positives missing, and their colours (light to dark).
struct IncompletenessClass {
    double below;
    QColor color;
};
const IncompletenessClass kIncompletenessClasses[] = {
    {0.05, QColor(0x9c, 0xc9, 0xe0)}, {0.2, QColor(0xf2, 0xc1, 0x4e)}, {0.5, QColor(0xe6, 0x7e, 0x22)}, {1.01, QColor(0xc0, 0x39, 0x2b)}};

} // namespace

double incompleteness(double positives, double hiddenPositives)
{
    if (!std::isfinite(hiddenPositives) || hiddenPositives < 0 || positives < 0 || positives + hiddenPositives <= 0)
        return kNaN;
    return hiddenPositives / (positives + hiddenPositives);
}

LongTailPlot::LongTailPlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(360, 240);
    setMouseTracking(true);

    title_ = new QCPTextElement(plot_, QString());
    QFont titleFont = font();
    titleFont.setBold(true);
    title_->setFont(titleFont);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, title_);
    plot_->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new PositivesTicker));
    plot_->xAxis->setLabel(tr("Training positives of the tag (log scale)"));
    plot_->yAxis->setLabel(tr("Validation AP (%)"));
    plot_->xAxis->grid()->setSubGridVisible(false);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(small);
    plot_->legend->setRowSpacing(-2);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    connect(plot_, &QCustomPlot::mousePress, this, &LongTailPlot::mousePressed);
    connect(plot_, &QCustomPlot::mouseRelease, this, &LongTailPlot::mouseReleased);
    connect(plot_, &QCustomPlot::mouseMove, this, &LongTailPlot::mouseMoved);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &LongTailPlot::showContextMenu);
    applyPalette();
    clear();
}

void LongTailPlot::setRun(const QString& name, const QVector<TagPerformance>& tags)
{
    runName_ = name;
    run_ = tags;
    rebuild();
}

void LongTailPlot::setComparison(const QString& name, const QVector<TagPerformance>& tags)
{
    comparisonName_ = name;
    comparison_ = name.isEmpty() ? QVector<TagPerformance>() : tags;
    rebuild();
}

void LongTailPlot::setTagIncompleteness(const QVector<double>& byTag)
{
    hiddenByTag_ = byTag;
    rebuild();
}

double LongTailPlot::hiddenPositives(const TagPerformance& t) const
{
    return t.tag >= 0 && t.tag < hiddenByTag_.size() ? hiddenByTag_[t.tag] : kNaN;
}

void LongTailPlot::addIncompletenessSeries(double* minimum, double* maximum)
{
    const QString names[] = {tr("under 5% of positives missing"), tr("5–20% missing"), tr("20–50% missing"), tr("over half missing")};
    for (int c : {0, 1, 2, 3, -1}) { // "no estimate" (-1) last in the legend
        QVector<double> keys, values;
        for (const TagPerformance& t : run_) {
            if (!std::isfinite(t.ap) || t.trainPositives <= 0)
                continue;
            const double share = incompleteness(t.trainPositives, hiddenPositives(t));
            int cls = -1;
            if (std::isfinite(share))
                for (int k = 0; k < int(std::size(kIncompletenessClasses)); ++k)
                    if (share < kIncompletenessClasses[k].below) {
                        cls = k;
                        break;
                    }
            if (cls != c)
                continue;
            keys << t.trainPositives;
            values << t.ap;
            *minimum = std::min(*minimum, t.trainPositives);
            *maximum = std::max(*maximum, t.trainPositives);
        }
        QCPGraph* graph = plot_->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setAdaptiveSampling(false);
        const QColor color = c < 0 ? QColor(0x9e, 0x9e, 0x9e) : kIncompletenessClasses[c].color;
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color.darker(120), 1), color, 7));
        graph->setData(keys, values);
        graph->setName(c < 0 ? tr("no estimate") : names[c]);
        if (keys.isEmpty())
            graph->removeFromLegend();
    }
}

void LongTailPlot::clear()
{
    runName_.clear();
    comparisonName_.clear();
    run_.clear();
    comparison_.clear();
    rebuild();
}

int LongTailPlot::pointCount() const
{
    return static_cast<int>(std::count_if(run_.begin(), run_.end(), [](const TagPerformance& t) { return std::isfinite(t.ap) && t.trainPositives > 0; }));
}

int LongTailPlot::comparisonPointCount() const
{
    return static_cast<int>(
        std::count_if(comparison_.begin(), comparison_.end(), [](const TagPerformance& t) { return std::isfinite(t.ap) && t.trainPositives > 0; }));
}

double LongTailPlot::bandMean(TagBand band) const
{
    double lowest = 0, highest = 0;
    return meanAp(run_, band, &lowest, &highest);
}

void LongTailPlot::rebuild()
{
    plot_->clearPlottables();
    if (!plot_->layer(QStringLiteral("comparison")))
        plot_->addLayer(QStringLiteral("comparison"), plot_->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    const TagBand bands[] = {TagBand::Head, TagBand::Medium, TagBand::Tail};
    double minimum = std::numeric_limits<double>::infinity(), maximum = 0;
    auto addSeries = [&](const QVector<TagPerformance>& tags, bool comparison) {
        const bool byIncompleteness = !comparison && showsIncompleteness();
        if (byIncompleteness)
            addIncompletenessSeries(&minimum, &maximum);
        for (TagBand band : bands) {
            QCPGraph* graph = plot_->addGraph();
            graph->setLayer(comparison ? QStringLiteral("comparison") : QStringLiteral("main")); // the run's points on top
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setAdaptiveSampling(false); // every tag is a point someone may want to click
            const QColor color = bandColor(band);
            if (comparison)
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(lighter(color, 200), 1.3), Qt::NoBrush, 7));
            else
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color.darker(115), 1), lighter(color, 210), 7));
            QVector<double> keys, values;
            for (const TagPerformance& t : tags)
                if (t.band == band && std::isfinite(t.ap) && t.trainPositives > 0) {
                    keys << t.trainPositives;
                    values << t.ap;
                    minimum = std::min(minimum, t.trainPositives);
                    maximum = std::max(maximum, t.trainPositives);
                }
            graph->setData(keys, values);
            double lowest = 0, highest = 0;
            const double mean = meanAp(tags, band, &lowest, &highest);
            const QString who = comparison ? comparisonName_ : runName_;
            graph->setName(std::isfinite(mean) ? tr("%1 · %2 (mean AP %3)").arg(bandDisplayName(band), who, apText(mean))
                                               : tr("%1 · %2").arg(bandDisplayName(band), who));
            if (byIncompleteness) {
                // The points are drawn by incompleteness above; the band keeps its mean line, named in the legend.
                graph->setData(QVector<double>(), QVector<double>());
                graph->setScatterStyle(QCPScatterStyle::ssNone);
                graph->setLineStyle(QCPGraph::lsLine);
                graph->setPen(QPen(color, 2.2));
            }
            if (keys.isEmpty()) {
                graph->removeFromLegend();
                continue;
            }
            // The band's mean AP, drawn across the frequencies the band spans.
            QCPGraph* line = plot_->addGraph();
            line->setLayer(graph->layer());
            line->setPen(QPen(comparison ? lighter(color, 200) : color, comparison ? 1.4 : 2.2, comparison ? Qt::DashLine : Qt::SolidLine));
            line->setData({lowest / 1.15, highest * 1.15}, {mean, mean});
            line->removeFromLegend();
        }
    };
    addSeries(run_, false); // first in the legend
    if (!comparison_.isEmpty())
        addSeries(comparison_, true);

    if (run_.isEmpty())
        title_->setText(tr("Per-tag AP against training frequency: no validated run yet"));
    else if (comparisonName_.isEmpty())
        title_->setText(tr("Per-tag AP against training frequency — %1").arg(runName_));
    else
        title_->setText(tr("Per-tag AP against training frequency — %1 (filled) vs %2 (hollow)").arg(runName_, comparisonName_));
    plot_->legend->setVisible(pointCount() + comparisonPointCount() > 0);
    if (maximum > 0)
        plot_->xAxis->setRange(minimum / 1.6, maximum * 1.6);
    else
        plot_->xAxis->setRange(1, 1000);
    plot_->yAxis->setRange(-3, 103);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString LongTailPlot::labelNameAt(const QPoint& position) const
{
    QString best;
    double bestDistance = kPickRadius * kPickRadius + 1;
    auto consider = [&](const QVector<TagPerformance>& tags) {
        for (const TagPerformance& t : tags) {
            if (!std::isfinite(t.ap) || t.trainPositives <= 0)
                continue;
            const double dx = plot_->xAxis->coordToPixel(t.trainPositives) - position.x();
            const double dy = plot_->yAxis->coordToPixel(t.ap) - position.y();
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = t.labelName;
            }
        }
    };
    consider(run_);
    consider(comparison_);
    return best;
}

QPointF LongTailPlot::pixelOf(const QString& labelName) const
{
    const TagPerformance* t = findTag(run_, labelName);
    if (!t || !std::isfinite(t->ap) || t->trainPositives <= 0)
        return {-1, -1};
    return {plot_->xAxis->coordToPixel(t->trainPositives), plot_->yAxis->coordToPixel(t->ap)};
}

QString LongTailPlot::tooltipText(const QString& labelName) const
{
    const TagPerformance* t = findTag(run_, labelName);
    const TagPerformance* c = findTag(comparison_, labelName);
    const TagPerformance* any = t ? t : c;
    if (!any)
        return {};
    QString text = tr("<b>%1</b><br>%2 training positives · %3 band").arg(any->name.toHtmlEscaped(), groupedNumber(static_cast<quint64>(any->trainPositives)), bandDisplayName(any->band));
    if (t)
        text += tr("<br>AP %1% in %2").arg(apText(t->ap), runName_.toHtmlEscaped());
    if (c)
        text += tr("<br>AP %1% in %2").arg(apText(c->ap), comparisonName_.toHtmlEscaped());
    if (t && c && std::isfinite(t->ap) && std::isfinite(c->ap))
        text += tr("<br>difference %1%2 points").arg(t->ap >= c->ap ? QStringLiteral("+") : QString(), decimalText(t->ap - c->ap, 1));
    if (t && showsIncompleteness()) {
        const double hidden = hiddenPositives(*t);
        const double share = incompleteness(t->trainPositives, hidden);
        if (std::isfinite(share))
            text += tr("<br>about %1 positives hidden among its unknown labels (%2% of its positives missing)")
                        .arg(decimalText(hidden, 1), decimalText(100 * share, 1));
    }
    return text + tr("<br><i>Click to show its images</i>");
}

CsvRows LongTailPlot::csvRows() const
{
    CsvRows rows;
    rows.push_back({QStringLiteral("tag"), QStringLiteral("label_name"), QStringLiteral("band"), QStringLiteral("train_positives"),
                    QStringLiteral("ap"), QStringLiteral("comparison_ap")});
    for (const TagPerformance& t : run_) {
        const TagPerformance* c = findTag(comparison_, t.labelName);
        rows.push_back({t.name, t.labelName, bandDisplayName(t.band), QString::number(t.trainPositives, 'f', 0),
                        std::isfinite(t.ap) ? QString::number(t.ap, 'f', 3) : QString(),
                        c && std::isfinite(c->ap) ? QString::number(c->ap, 'f', 3) : QString()});
    }
    return rows;
}

void LongTailPlot::mousePressed(QMouseEvent* event)
{
    pressPosition_ = event->pos();
}

void LongTailPlot::mouseReleased(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || (event->pos() - pressPosition_).manhattanLength() > 4)
        return;
    const QString labelName = labelNameAt(event->pos());
    if (labelName.isEmpty())
        return;
    Q_EMIT tagClicked(labelName);
    const TagPerformance* t = findTag(run_, labelName);
    if (!t)
        t = findTag(comparison_, labelName);
    if (t && t->tag >= 0)
        Q_EMIT tagClicked(t->tag);
}

void LongTailPlot::mouseMoved(QMouseEvent* event)
{
    const QString labelName = labelNameAt(event->pos());
    plot_->setCursor(labelName.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (labelName.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(plot_->mapToGlobal(event->pos()), tooltipText(labelName), plot_);
}

void LongTailPlot::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    addExportActions(&menu, this, plot_, [this] { return csvRows(); }, QStringLiteral("long-tail"));
    menu.exec(plot_->mapToGlobal(position));
}

void LongTailPlot::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void LongTailPlot::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::Text);
    plot_->setBackground(p.brush(QPalette::Base));
    title_->setTextColor(text);
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(lighter(text, 140)));
        axis->setTickPen(QPen(lighter(text, 140)));
        axis->setSubTickPen(QPen(lighter(text, 90)));
        axis->setTickLabelColor(text);
        axis->setLabelColor(lighter(text, 200));
        axis->grid()->setPen(QPen(lighter(text, 40), 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot_->legend->setTextColor(text);
    plot_->legend->setBrush(lighter(p.color(QPalette::Base), 225));
    plot_->legend->setBorderPen(QPen(lighter(text, 60)));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tagscope::ui
