#pragma once
// The embedding map's legend: one swatch per colour with its label and point count, or the density ramp from
// sparse to dense, and a hollow swatch for the points drawn as rings (those outside the browser's filter).
#include <QColor>
#include <QLabel>
#include <QString>
#include <QVector>

namespace tagscope::ui {

struct LegendEntry {
    QColor colour;
    QString label;
    qint64 count = -1; // -1: not shown
};

class MapLegend : public QLabel {
    Q_OBJECT
public:
    explicit MapLegend(QWidget* parent = nullptr);

    void setEntries(const QString& title, const QVector<LegendEntry>& entries);
    void setDensity(const QString& title, const QVector<QColor>& ramp); // light (sparse) to dark (dense)
    void setHollowEntry(const LegendEntry& entry); // after the colours, drawn as a ring; an empty label: none
    const QVector<LegendEntry>& entries() const { return entries_; }

private:
    void render();

    QString title_;
    QVector<LegendEntry> entries_;
    QVector<QColor> ramp_;
    LegendEntry hollow_;
};

} // namespace tagscope::ui
