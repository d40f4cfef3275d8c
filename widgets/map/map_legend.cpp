#include "map_legend.h"

#include "common/number_format.h"

namespace tagscope::ui {

MapLegend::MapLegend(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setContentsMargins(6, 2, 6, 2);
}

void MapLegend::setEntries(const QString& title, const QVector<LegendEntry>& entries)
{
    title_ = title;
    entries_ = entries;
    ramp_.clear();
    render();
}

void MapLegend::setDensity(const QString& title, const QVector<QColor>& ramp)
{
    title_ = title;
    entries_.clear();
    ramp_ = ramp;
    render();
}

void MapLegend::setHollowEntry(const LegendEntry& entry)
{
    hollow_ = entry;
    render();
}

void MapLegend::render()
{
    QString html = QStringLiteral("<span style='font-weight:600'>%1</span>&nbsp;&nbsp;").arg(title_.toHtmlEscaped());
    const QString swatch = QStringLiteral("<span style='color:%1; font-size:large'>&#9679;</span>");
    const QString ring = QStringLiteral("<span style='color:%1; font-size:large'>&#9675;</span>");
    // An entry never breaks across lines: its swatch, label and count are joined by non-breaking spaces.
    auto entryHtml = [](const QString& mark, const LegendEntry& entry) {
        QString text = mark.arg(entry.colour.name()) + QStringLiteral("&nbsp;") + entry.label.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        if (entry.count >= 0)
            text += QStringLiteral("&nbsp;<span style='color:gray'>%1</span>").arg(groupedNumber(static_cast<quint64>(entry.count)));
        return text + QStringLiteral("&nbsp;&nbsp;&nbsp; ");
    };
    for (const LegendEntry& entry : entries_)
        html += entryHtml(swatch, entry);
    if (!ramp_.isEmpty()) {
        html += tr("sparse") + QStringLiteral("&nbsp;");
        for (const QColor& colour : ramp_)
            html += swatch.arg(colour.name());
        html += QStringLiteral("&nbsp;") + tr("dense") + QStringLiteral("&nbsp;&nbsp;&nbsp; ");
    }
    if (!hollow_.label.isEmpty())
        html += entryHtml(ring, hollow_);
    setText(html);
}

} // namespace tagscope::ui
