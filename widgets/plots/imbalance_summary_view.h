#pragma once
// "How skewed are the tags?" in a few numbers: imbalance ratio, Gini coefficient, effective number of tags, the
// positives' share of the most frequent 1% of tags, the shares of positive / negative / unknown labels, and a bar
// chart of how many positive tags an image has. The application passes plain figures per split.
#include "common/tag_types.h"
#include "plot_export.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QGridLayout;
class QLabel;

namespace tagscope::ui {

class LabelStateBar;

struct ImbalanceFigures {
    quint64 images = 0;
    int tags = 0;
    double imbalanceRatio = 0;     // most / least frequent tag with positives
    double gini = 0;               // 0: positives spread evenly over the tags, towards 1: all on one tag
    double effectiveTags = 0;      // exp(entropy) of the positives over the tags
    double topOnePercentShare = 0; // of all positives, on the most frequent 1% of tags
    double positiveShare = 0;      // of the images x tags label matrix
    double negativeShare = 0;
    double unknownShare = 0;
    QVector<quint64> positivesPerImage; // [k]: images with exactly k positive tags
};

class ImbalanceSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ImbalanceSummaryView(QWidget* parent = nullptr);

    // Indexed by SplitView; a split with no images cannot be chosen.
    void setFigures(const QVector<ImbalanceFigures>& perSplit);
    void clear(); // shows that the figures are being computed
    void setSplitView(SplitView view);
    SplitView splitView() const { return view_; }

    QString valueText(const QString& figure) const; // by name: "ratio", "gini", "effective", "top1", "images", "mean"
    QString labelStateText() const;
    LabelStateBar* labelStateBar() const { return stateBar_; }
    QCustomPlot* plot() const { return plot_; }
    QComboBox* splitCombo() const { return split_; }
    CsvRows csvRows() const; // positives per image of the split shown

private:
    QLabel* addFigure(QGridLayout* grid, int row, int column, const QString& name, const QString& caption,
                      const QString& explanation);
    void showSplit();
    void showContextMenu(const QPoint& position);

    QComboBox* split_;
    QLabel* ratio_;
    QLabel* gini_;
    QLabel* effective_;
    QLabel* top1_;
    QLabel* images_;
    QLabel* mean_;
    LabelStateBar* stateBar_;
    QLabel* stateLegend_;
    QCustomPlot* plot_;
    QVector<ImbalanceFigures> figures_;
    SplitView view_ = SplitView::All;
};

} // namespace tagscope::ui
