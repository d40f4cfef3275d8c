#pragma once
// Tag frequency histogram: one bar per tag, most frequent first, on a log axis, coloured by band, with the
// band thresholds drawn across and each band's ranks shaded behind the bars. Up to kMaxDiscreteBars tags are
// drawn as separate bars; beyond that (20k tags and more) each band is one filled step line, which QCustomPlot
// samples down to the pixel columns. On request verified negatives are stacked on the positives and the
// train / validation / test positives are drawn as lines over the bars. Wheel and drag zoom and pan the x axis.
#include "common/tag_types.h"
#include "plot_export.h"

#include <QHash>
#include <QPoint>
#include <QWidget>

class QAction;
class QCPItemRect;
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
    // `barsSplit` is the split the bars count; the overlay draws the other splits.
    void setBars(QVector<HistogramBar> bars, const BandLimits& limits, const QString& axisLabel, const QString& unit,
                 double imbalanceRatio, SplitView barsSplit = SplitView::All);
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

    void setStackNegatives(bool stack); // verified negatives on top of the positives
    bool stacksNegatives() const { return stackNegatives_; }
    void setShowSplits(bool show); // per-split positives as lines
    bool showsSplits() const { return showSplits_; }
    QVector<SplitView> overlaySplits() const; // the splits drawn as lines, when shown
    void resetView();

    // Ranks (1-based, inclusive) shaded for a band; {0, 0} when the band has no tag.
    QPair<int, int> bandRegion(TagBand band) const;
    QString tooltipText(int tag) const; // rich text: name, rank, band and the counts per split
    // The labels of the band cut-offs beside the plot: "head > 100" and "tail < 20", or one label naming both
    // when the two lines are too close for two.
    QStringList thresholdLabels() const;
    CsvRows csvRows() const;            // rank, tag, band, positives, verified negatives and per-split counts

    QAction* resetViewAction() const { return resetViewAction_; }
    QAction* stackNegativesAction() const { return stackAction_; }
    QAction* showSplitsAction() const { return splitsAction_; }

Q_SIGNALS:
    void tagClicked(int tag);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void setThresholdTicks();
    void rebuildPlottables();
    void addBandSeries();
    void addNegativeSeries();
    void addSplitSeries();
    void updateBandRegions();
    void resetRange();
    void fitValueRange();
    void showContextMenu(const QPoint& position);
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
    QCPItemRect* bandRegions_[kBandCount];
    QAction* resetViewAction_;
    QAction* stackAction_;
    QAction* splitsAction_;

    QVector<HistogramBar> bars_;
    QHash<int, int> rankByTag_;
    BandLimits limits_;
    QString unit_;
    int bandCounts_[kBandCount] = {0, 0, 0};
    bool discrete_ = true;
    bool stackNegatives_ = false;
    bool showSplits_ = false;
    SplitView barsSplit_ = SplitView::All;
    int selectedTag_ = -1;
    QPoint pressPosition_;
};

} // namespace tagscope::ui
