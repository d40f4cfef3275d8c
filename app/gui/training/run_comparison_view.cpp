#include "run_comparison_view.h"

#include "run_history_panel.h"

#include "common/band_text.h"
#include "common/number_format.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tagscope::gui {

namespace {

QString bandsText(const RunBands& bands) // "thirds of the tags (head over 60, tail under 40 training positives)"
{
    if (bands.rule.empty())
        return QStringLiteral("–");
    if (bands.headAbove < 0 || bands.tailBelow < 0)
        return BandText::rule(bands.rule);
    return QStringLiteral("%1 (%2)").arg(BandText::rule(bands.rule), BandText::cutOffs(bands.headAbove, bands.tailBelow));
}

// Config leaves by dotted key: "lr" -> 0.001, "loss_params.gamma_neg" -> 4. Compared as JSON values, so that
// 1e-4 and 0.0001 (or 2 and 2.0) are the same setting however a tool wrote them.
void flatten(const nlohmann::json& node, const QString& prefix, QMap<QString, nlohmann::json>& out)
{
    if (node.is_object() && !node.empty()) {
        for (const auto& [key, value] : node.items())
            flatten(value, prefix.isEmpty() ? QString::fromStdString(key) : prefix + QLatin1Char('.') + QString::fromStdString(key), out);
        return;
    }
    out.insert(prefix, node);
}

// The review decisions a run trained with, as its start line recorded them: a run before and one after a review
// differ here, and the hash tells two sets of decisions of the same size apart.
QString correctionsText(const RunRecord& run)
{
    const auto& c = run.metrics.corrections;
    if (!c.recorded)
        return QStringLiteral("–");
    if (c.hash.empty())
        return RunComparisonView::tr("none");
    return RunComparisonView::tr("%1, %2 (%3)")
        .arg(RunComparisonView::tr("%n label decision(s)", "", static_cast<int>(c.labels)),
             RunComparisonView::tr("%n image(s) left out", "", static_cast<int>(c.leftOut)), QString::fromStdString(c.hash));
}

QString valueText(const QMap<QString, nlohmann::json>& config, const QString& key)
{
    const auto it = config.find(key);
    if (it == config.end())
        return QStringLiteral("–");
    return it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump());
}

QString percent(double value)
{
    return std::isfinite(value) ? ui::decimalText(value, 1) : QStringLiteral("–");
}

const RunEpochPoint* bestEpoch(const RunRecord& run, const RunSummary& summary)
{
    for (const RunEpochPoint& e : run.metrics.epochs)
        if (e.epoch == summary.bestEpoch)
            return &e;
    return nullptr;
}

} // namespace

RunComparisonView::RunComparisonView(QWidget* parent) : QWidget(parent), caption_(new QLabel), table_(new QTableWidget)
{
    caption_->setWordWrap(true);
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setColumnCount(2);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(caption_);
    layout->addWidget(table_, 1);
    clear();
}

QString RunComparisonView::caption() const
{
    return caption_->text();
}

void RunComparisonView::clear()
{
    table_->setRowCount(0);
    table_->setHorizontalHeaderLabels({tr("First run"), tr("Second run")});
    caption_->setText(tr("Select two runs in the Runs tab and press Compare to see them side by side."));
    differences_ = 0;
}

void RunComparisonView::setRuns(const RunRecord& first, const RunRecord& second)
{
    const RunSummary a = summarizeRun(first), b = summarizeRun(second);
    table_->setHorizontalHeaderLabels({QString::fromStdString(a.name), QString::fromStdString(b.name)});
    QVector<std::tuple<QString, QString, QString>> results;
    const RunEpochPoint* bestA = bestEpoch(first, a);
    const RunEpochPoint* bestB = bestEpoch(second, b);
    auto band = [](const RunEpochPoint* e, double RunEpochPoint::*field) { return e ? percent(e->*field) : QStringLiteral("–"); };
    results.push_back({tr("Best"), RunHistoryPanel::metricText(a), RunHistoryPanel::metricText(b)});
    results.push_back({tr("Best epoch"), QString::number(a.bestEpoch), QString::number(b.bestEpoch)});
    results.push_back({tr("Head mAP at best"), band(bestA, &RunEpochPoint::mapHead), band(bestB, &RunEpochPoint::mapHead)});
    results.push_back({tr("Medium mAP at best"), band(bestA, &RunEpochPoint::mapMedium), band(bestB, &RunEpochPoint::mapMedium)});
    results.push_back({tr("Tail mAP at best"), band(bestA, &RunEpochPoint::mapTail), band(bestB, &RunEpochPoint::mapTail)});
    const bool bandsDiffer = !describeBandDifference({a, b}).empty();
    results.push_back({tr("Bands"), bandsText(a.bands), bandsText(b.bands)});
    results.push_back({tr("Epochs done"), QStringLiteral("%1 / %2").arg(a.epochsDone).arg(a.epochsPlanned),
                       QStringLiteral("%1 / %2").arg(b.epochsDone).arg(b.epochsPlanned)});
    if (a.stepsPlanned > 0 || b.stepsPlanned > 0)
        results.push_back({tr("Steps done"), RunHistoryPanel::progressText(a), RunHistoryPanel::progressText(b)});
    results.push_back({tr("Duration"), RunHistoryPanel::durationText(a.durationSeconds), RunHistoryPanel::durationText(b.durationSeconds)});
    results.push_back({tr("State"), RunHistoryPanel::stateText(a.state), RunHistoryPanel::stateText(b.state)});
    results.push_back({tr("Review corrections"), correctionsText(first), correctionsText(second)});

    QMap<QString, nlohmann::json> configA, configB;
    flatten(first.config, QString(), configA);
    flatten(second.config, QString(), configB);
    QStringList keys = configA.keys();
    for (const QString& key : configB.keys())
        if (!configA.contains(key))
            keys << key;
    QStringList differing, same;
    for (const QString& key : keys)
        (!configA.contains(key) || !configB.contains(key) || configA.value(key) != configB.value(key) ? differing : same) << key;
    differences_ = differing.size();

    table_->setRowCount(results.size() + differing.size() + same.size());
    int row = 0;
    QFont bold = table_->font();
    bold.setBold(true);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor tint = highlight;
    tint.setAlpha(40);
    auto addRow = [&](const QString& name, const QString& left, const QString& right, bool emphasise) {
        table_->setVerticalHeaderItem(row, new QTableWidgetItem(name));
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem(c == 0 ? left : right);
            if (emphasise) {
                item->setFont(bold);
                item->setBackground(tint);
            }
            table_->setItem(row, c, item);
        }
        ++row;
    };
    for (const auto& [name, left, right] : results)
        addRow(name, left, right, left != right && (name == tr("Best") || name == tr("Bands")));
    for (const QString& key : differing)
        addRow(key, valueText(configA, key), valueText(configB, key), true);
    for (const QString& key : same)
        addRow(key, valueText(configA, key), valueText(configB, key), false);
    QString caption = differing.isEmpty() ? tr("The two runs have the same settings.")
                                          : tr("%n setting(s) differ (highlighted, listed first after the results).", nullptr, differing.size());
    if (bandsDiffer)
        caption += QLatin1Char(' ') + tr("The runs use different bands, so their head, medium and tail mAPs do not compare.");
    caption_->setText(caption);
}

} // namespace tagscope::gui
