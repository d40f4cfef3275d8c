#pragma once
// Tag frequency histogram: one bar per tag, most frequent first, on a log axis, coloured by band, with the
// band thresholds drawn across. Up to kMaxDiscreteBars tags are drawn as separate bars; beyond that (20k
// tags and more) each band is one filled step line, which QCustomPlot samples down to the pixel columns.
#include "tag_types.h"

#include <QHash>
#include <QPoint>
#include <QWidget>

class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;

namespace tagscope::ui {

class TagHistogram : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxDiscreteBars = 1500;

    explicit TagHistogram(QWidget* parent = nullptr);

    // `axisLabel` names what the bars count ("Positive images (train split)"); `unit` follows a count in the
    // selected tag's label ("train positives").
    void setBars(QVector<HistogramBar> bars, const BandLimits& limits, const QString& axisLabel, const QString& unit,
                 double imbalanceRatio);
    void clear();
    void setSelectedTag(int tag); // -1: none
    int selectedTag() const { return selectedTag_; }

    const QVector<HistogramBar>& bars() const { return bars_; } // sorted as drawn
    int rankOfTag(int tag) const;                             // 1-based, 0 when absent
    int tagAtPixel(const QPoint& position) const;             // -1 outside the bars
    int bandTagCount(TagBand band) const { return bandCounts_[static_cast<int>(band)]; }
    bool drawsDiscreteBars() const { return discrete_; }
    QString title() const;
    QCustomPlot* plot() const { return plot_; }

Q_SIGNALS:
    void tagClicked(int tag);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void setThresholdTicks();
    void rebuildPlottables();
    void resetRange();
    void clampRange();
    void updateSelectionMarker();
    void mousePressed(QMouseEvent* event);
    void mouseReleased(QMouseEvent* event);
    void mouseMoved(QMouseEvent* event);

    QCustomPlot* plot_;
    QCPTextElement* title_;
    QCPItemStraightLine* headLine_;
    QCPItemStraightLine* tailLine_;
    QCPItemStraightLine* selectedLine_;
    QCPItemText* selectedLabel_;

    QVector<HistogramBar> bars_;
    QHash<int, int> rankByTag_;
    BandLimits limits_;
    QString unit_;
    int bandCounts_[kBandCount] = {0, 0, 0};
    bool discrete_ = true;
    int selectedTag_ = -1;
    QPoint pressPosition_;
};

} // namespace tagscope::ui
