#pragma once
// The embedding map's legend: one swatch per colour with its label and point count, or the density ramp from
// sparse to dense, and a line saying what is dimmed.
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
    void setNote(const QString& note);                                   // e.g. the filter's dimming; empty: none
    const QVector<LegendEntry>& entries() const { return entries_; }

private:
    void render();

    QString title_;
    QVector<LegendEntry> entries_;
    QVector<QColor> ramp_;
    QString note_;
};

} // namespace tagscope::ui
