#include "imbalance_summary_view.h"

#include "common/number_format.h"
#include "tags/label_state_bar.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <cmath>

namespace tagscope::ui {

namespace {

QString colorSwatch(const QColor& color)
{
    return QStringLiteral("<span style='color:%1'>■</span>").arg(color.name());
}

// The figures' column: scrolls when the pane is shorter than the figures, so that no number is ever squeezed
// below its font's height; as wide as the figures need, with room for the scroll bar.
class FigureColumn : public QScrollArea {
public:
    explicit FigureColumn(QWidget* figures)
    {
        setWidget(figures);
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Expanding);
    }
    QSize sizeHint() const override { return widget()->sizeHint() + QSize(verticalScrollBar()->sizeHint().width(), 0); }
    QSize minimumSizeHint() const override
    {
        return {widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(), 3 * fontMetrics().height()};
    }
};

double meanPositives(const QVector<quint64>& histogram)
{
    double images = 0, positives = 0;
    for (int k = 0; k < histogram.size(); ++k) {
        images += static_cast<double>(histogram[k]);
        positives += static_cast<double>(histogram[k]) * k;
    }
    return images > 0 ? positives / images : 0.0;
}

} // namespace

ImbalanceSummaryView::ImbalanceSummaryView(QWidget* parent)
    : QWidget(parent), split_(new QComboBox(this)), stateBar_(new LabelStateBar(this)), stateLegend_(new QLabel(this)),
      plot_(new QCustomPlot(this))
{
    for (int v = 0; v < kSplitViewCount; ++v)
        split_->addItem(splitViewName(static_cast<SplitView>(v)), v);
    split_->setToolTip(tr("The images the figures describe"));
    connect(split_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        view_ = static_cast<SplitView>(split_->itemData(index).toInt());
        showSplit();
    });

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(4);
    ratio_ = addFigure(grid, 0, 0, QStringLiteral("ratio"), tr("Imbalance ratio"),
                       tr("Positives of the most frequent tag divided by those of the least frequent tag that has any"));
    gini_ = addFigure(grid, 0, 1, QStringLiteral("gini"), tr("Gini coefficient"),
                      tr("0 when every tag has as many positives as any other, close to 1 when a few tags have nearly all"));
    effective_ = addFigure(grid, 1, 0, QStringLiteral("effective"), tr("Effective number of tags"),
                           tr("exp(entropy) of the positives over the tags: how many equally frequent tags would be as diverse"));
    top1_ = addFigure(grid, 1, 1, QStringLiteral("top1"), tr("Positives in the top 1% of tags"),
                      tr("Share of all positive labels that belong to the most frequent 1% of tags"));
    images_ = addFigure(grid, 2, 0, QStringLiteral("images"), tr("Images"), tr("Images in the split shown"));
    mean_ = addFigure(grid, 2, 1, QStringLiteral("mean"), tr("Positive tags per image (mean)"),
                      tr("Average number of tags present on an image"));

    auto* splitRow = new QHBoxLayout;
    auto* splitLabel = new QLabel(tr("&Split:"), this);
    splitLabel->setBuddy(split_);
    splitRow->addWidget(splitLabel);
    splitRow->addWidget(split_);
    splitRow->addStretch();

    auto* stateTitle = new QLabel(tr("<b>Label states</b> (images × tags)"), this);
    stateBar_->setToolTip(tr("Share of the image × tag matrix that is labelled positive, verified negative, or not labelled at all"));
    stateLegend_->setTextFormat(Qt::RichText);
    stateLegend_->setObjectName(QStringLiteral("labelStateLegend"));
    stateLegend_->setWordWrap(true);

    auto* figures = new QWidget;
    auto* left = new QVBoxLayout(figures);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(4);
    left->addLayout(splitRow);
    left->addLayout(grid);
    left->addSpacing(4);
    left->addWidget(stateTitle);
    left->addWidget(stateBar_);
    left->addWidget(stateLegend_);
    left->addStretch();

    plot_->setMinimumSize(260, 140);
    plot_->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(plot_, tr("Positive tags per image"));
    QFont bold = font();
    bold.setBold(true);
    title->setFont(bold);
    plot_->plotLayout()->addElement(0, 0, title);
    plot_->xAxis->setLabel(tr("Positive tags on the image"));
    plot_->yAxis->setLabel(tr("Images"));
    plot_->xAxis->grid()->setVisible(false);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // integer ticks only, thinned when crowded
    plot_->xAxis->setTicker(ticker);
    plot_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot_, &QWidget::customContextMenuRequested, this, &ImbalanceSummaryView::showContextMenu);
    const QPalette& p = palette();
    plot_->setBackground(p.brush(QPalette::Base));
    title->setTextColor(p.color(QPalette::Text));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(16);
    layout->addWidget(new FigureColumn(figures), 0);
    layout->addWidget(plot_, 1);
    clear();
}

QLabel* ImbalanceSummaryView::addFigure(QGridLayout* grid, int row, int column, const QString& name, const QString& caption,
                                        const QString& explanation)
{
    auto* value = new QLabel(this);
    value->setObjectName(name + QStringLiteral("Value"));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QLabel(caption, this);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* box = new QVBoxLayout;
    box->setSpacing(0);
    box->addWidget(value);
    box->addWidget(text);
    value->setToolTip(explanation);
    text->setToolTip(explanation);
    grid->addLayout(box, row, column);
    return value;
}

void ImbalanceSummaryView::setFigures(const QVector<ImbalanceFigures>& perSplit)
{
    figures_ = perSplit;
    figures_.resize(kSplitViewCount);
    auto* items = qobject_cast<QStandardItemModel*>(split_->model());
    for (int v = 1; v < kSplitViewCount && items; ++v)
        items->item(v)->setEnabled(figures_[v].images > 0);
    if (figures_[static_cast<int>(view_)].images == 0)
        setSplitView(SplitView::All);
    showSplit();
}

void ImbalanceSummaryView::clear()
{
    figures_.clear();
    for (QLabel* label : {ratio_, gini_, effective_, top1_, images_, mean_})
        label->setText(QStringLiteral("…"));
    stateBar_->setShares(0, 0, 0);
    stateLegend_->setText(tr("Computing…"));
    plot_->clearPlottables();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ImbalanceSummaryView::setSplitView(SplitView view)
{
    split_->setCurrentIndex(split_->findData(static_cast<int>(view)));
}

QString ImbalanceSummaryView::valueText(const QString& figure) const
{
    const auto* label = findChild<QLabel*>(figure + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

QString ImbalanceSummaryView::labelStateText() const
{
    return stateLegend_->text();
}

CsvRows ImbalanceSummaryView::csvRows() const
{
    CsvRows rows{{QStringLiteral("positive_tags"), QStringLiteral("images")}};
    if (static_cast<int>(view_) < figures_.size()) {
        const QVector<quint64>& histogram = figures_[static_cast<int>(view_)].positivesPerImage;
        for (int k = 0; k < histogram.size(); ++k)
            rows.push_back({QString::number(k), QString::number(histogram[k])});
    }
    return rows;
}

void ImbalanceSummaryView::showSplit()
{
    if (static_cast<int>(view_) >= figures_.size())
        return;
    const ImbalanceFigures& f = figures_[static_cast<int>(view_)];
    ratio_->setText(ratioText(f.imbalanceRatio));
    gini_->setText(QLocale().toString(f.gini, 'f', 3));
    effective_->setText(tr("%1 of %2").arg(QLocale().toString(f.effectiveTags, 'f', 1), groupedNumber(static_cast<quint64>(f.tags))));
    const int topTags = std::max(1, (f.tags + 99) / 100);
    top1_->setText(tr("%1 (%Ln tag(s))", nullptr, topTags).arg(percentText(f.topOnePercentShare)));
    images_->setText(groupedNumber(f.images));
    mean_->setText(QLocale().toString(meanPositives(f.positivesPerImage), 'f', 2));
    stateBar_->setShares(f.positiveShare, f.negativeShare, f.unknownShare);
    stateLegend_->setText(tr("%1 positive %2 · %3 verified negative %4 · %5 unknown %6")
                              .arg(colorSwatch(LabelStateBar::stateColor(0)), percentText(f.positiveShare),
                                   colorSwatch(LabelStateBar::stateColor(1)), percentText(f.negativeShare),
                                   colorSwatch(LabelStateBar::stateColor(2)), percentText(f.unknownShare)));

    plot_->clearPlottables();
    auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
    bars->setWidth(0.75);
    bars->setPen(Qt::NoPen);
    bars->setBrush(LabelStateBar::stateColor(0));
    QVector<double> keys, values;
    double most = 1;
    for (int k = 0; k < f.positivesPerImage.size(); ++k) {
        keys.push_back(k);
        values.push_back(static_cast<double>(f.positivesPerImage[k]));
        most = std::max(most, values.back());
    }
    bars->setData(keys, values, true);
    plot_->xAxis->setRange(-0.6, std::max(1, static_cast<int>(f.positivesPerImage.size())) - 0.4);
    plot_->yAxis->setRange(0, most * 1.08);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ImbalanceSummaryView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    addExportActions(&menu, this, plot_, [this] { return csvRows(); }, QStringLiteral("positives-per-image"));
    menu.exec(plot_->mapToGlobal(position));
}

} // namespace tagscope::ui
