#pragma once
// The live curves of a training run: training loss per step (raw and smoothed), the validation metric per
// epoch, or per step for a run that validates every N steps (overall and per head / medium / tail band, with the
// frequency-prior baseline drawn across the panel as the line to beat) and the learning rate.
// Points arrive in batches from the worker; the widget replots at most every ~40 ms (about 25 Hz) however
// often they arrive. A second run can be drawn dashed behind the first for comparison.
#include "plot_export.h"

#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCPTextElement;
class QCustomPlot;

namespace tagscope::ui {

struct LossSample {
    double step = 0;
    double loss = 0;
    double smoothed = 0;
    double learningRate = 0;
};

struct EpochSample { // percentages; NaN where the epoch has no such figure
    double epoch = 0;
    double metric = 0;
    double head = 0, medium = 0, tail = 0;
    double priorBaseline = 0;
    double step = 0; // optimizer steps done when it was measured
};

class TrainingCurves : public QWidget {
    Q_OBJECT
public:
    static constexpr int kReplotIntervalMs = 40;

    explicit TrainingCurves(QWidget* parent = nullptr);

    void clear(); // also drops the comparison; keeps the planned epochs
    // The epochs the run is to train: the epoch axis spans them from the start (0: only the epochs drawn).
    void setPlannedEpochs(int epochs);
    // Validations placed at their step rather than their epoch (a run that validates every N steps); the axis
    // then spans `plannedSteps` from the start (0: only the steps drawn). Points already drawn are dropped.
    void setValidationBySteps(bool bySteps, qint64 plannedSteps = 0);
    bool validationBySteps() const { return bySteps_; }
    // "mAP", "Recall@1": the validation panel's axis. `perBand`: the metric has head / medium / tail figures and
    // a frequency-prior baseline (the multilabel mAP), drawn beside it.
    void setMetricName(const QString& name, bool perBand);
    // A sample whose step (epoch) is not beyond the last one replaces the curve from there on: a run resumed
    // from an earlier checkpoint redraws the part it repeats.
    void addSteps(const QVector<LossSample>& samples);
    void addEpochs(const QVector<EpochSample>& epochs);
    // Drawn dashed and grey under the current run; an empty name removes it.
    void setComparison(const QString& name, const QVector<LossSample>& steps, const QVector<EpochSample>& epochs);
    void setRunName(const QString& name); // in the legends

    int stepCount() const;
    int epochCount() const;
    int comparisonStepCount() const;
    int replotCount() const { return replots_; } // replots done so far: shows the coalescing
    QCustomPlot* plot() const { return plot_; }
    QCPAxis* epochAxis() const;
    QCPGraph* priorBaselineGraph() const { return prior_; }
    CsvRows csvRows() const; // step, loss, smoothed loss, learning rate; then epoch rows

protected:
    void changeEvent(QEvent* event) override;

private:
    void scheduleReplot();
    void replotNow();
    void applyPalette();
    void rescale();
    void resetValidationRange();
    double key(const EpochSample& e) const { return bySteps_ ? e.step : e.epoch; }
    void showContextMenu(const QPoint& position);

    QCustomPlot* plot_;
    QCPAxisRect* lossRect_;
    QCPAxisRect* metricRect_;
    QCPAxisRect* rateRect_;
    QCPTextElement* lossTitle_;
    QCPTextElement* metricTitle_;
    QCPTextElement* rateTitle_;
    QCPLegend* lossLegend_;
    QCPLegend* metricLegend_;
    QCPGraph* rawLoss_;
    QCPGraph* smoothedLoss_;
    QCPGraph* comparisonLoss_;
    QCPGraph* metric_;
    QCPGraph* bands_[3];
    QCPGraph* prior_;
    QCPGraph* comparisonMetric_;
    QCPGraph* rate_;
    QCPGraph* comparisonRate_;
    QTimer replotTimer_;
    QString metricName_;
    QString comparisonName_;
    double priorBaseline_; // the latest epoch's, drawn across the epoch axis; NaN when none
    int plannedEpochs_ = 0;
    bool bySteps_ = false;
    qint64 plannedSteps_ = 0;
    int replots_ = 0;
};

} // namespace tagscope::ui
