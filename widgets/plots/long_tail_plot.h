#pragma once
// The long-tail view of a trained model: each tag's validation AP against its number of training positives
// (log axis), coloured by head / medium / tail band, with each band's mean AP drawn across the band. An
// earlier run can be overlaid with hollow markers: this is where one sees whether a loss helped the rare tags.
// Clicking a point asks for the tag's images. With the review's estimate of hidden positives, the run's points are
// coloured by how incomplete each tag's annotation looks instead, so the tags worth reviewing stand out.
#include "common/tag_types.h"
#include "plot_export.h"

#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

class QCPGraph;
class QCPTextElement;
class QCustomPlot;
class QMouseEvent;

namespace tagscope::ui {

struct TagPerformance {
    QString labelName; // stable identifier: what a click reports
    QString name;
    double trainPositives = 0;
    double ap = 0; // percent; NaN when the tag could not be evaluated (left out of the plot)
    TagBand band = TagBand::Tail;
    int tag = -1; // the tag's index in the open dataset; -1 when it has none there
};

// The share of a tag's positives that the annotations miss, as estimated from the hidden positives E among its
// unknown labels: E / (positives + E). NaN when there is no estimate.
double incompleteness(double positives, double hiddenPositives);

class LongTailPlot : public QWidget {
    Q_OBJECT
public:
    explicit LongTailPlot(QWidget* parent = nullptr);

    void setRun(const QString& name, const QVector<TagPerformance>& tags);
    void setComparison(const QString& name, const QVector<TagPerformance>& tags); // an empty name removes it
    void clear();
    // The estimate of hidden positives per dataset tag index (NaN: none; empty: colour by band again).
    void setTagIncompleteness(const QVector<double>& byTag);
    bool showsIncompleteness() const { return !hiddenByTag_.isEmpty(); }

    int pointCount() const;           // evaluated tags of the run
    int comparisonPointCount() const;
    double bandMean(TagBand band) const; // mean AP of the run's evaluated tags in the band; NaN when none
    QString labelNameAt(const QPoint& position) const; // the point nearest, within a few pixels; "" when none
    QPointF pixelOf(const QString& labelName) const;   // where the run's point for the tag is drawn; (-1, -1) if none
    QString tooltipText(const QString& labelName) const;
    CsvRows csvRows() const; // tag, band, training positives, AP, comparison AP
    QCustomPlot* plot() const { return plot_; }

Q_SIGNALS:
    void tagClicked(const QString& labelName);
    void tagClicked(int tag); // the dataset tag index, when the point has one

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addIncompletenessSeries(double* minimum, double* maximum);
    double hiddenPositives(const TagPerformance& t) const;
    void applyPalette();
    void mousePressed(QMouseEvent* event);
    void mouseReleased(QMouseEvent* event);
    void mouseMoved(QMouseEvent* event);
    void showContextMenu(const QPoint& position);

    QCustomPlot* plot_;
    QCPTextElement* title_;
    QString runName_, comparisonName_;
    QVector<TagPerformance> run_, comparison_;
    QVector<double> hiddenByTag_;
    QPoint pressPosition_;
};

} // namespace tagscope::ui
