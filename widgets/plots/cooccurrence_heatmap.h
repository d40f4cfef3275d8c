#pragma once
// Co-occurrence of the N most frequent tags as a heatmap of P(B | A): row A, column B, the share of A's images
// that also show B. Hovering a cell names both tags with their counts; clicking it asks for the images with both.
#include "plot_export.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QSpinBox;
class QTimer;

namespace tagscope::ui {

struct CooccurrenceMatrix {
    QVector<int> tags;       // dataset tag indices, most frequent first
    QStringList names;
    QVector<quint64> counts; // size x size, row-major: images positive for both; the diagonal is the tag's positives

    int size() const { return static_cast<int>(tags.size()); }
    quint64 count(int a, int b) const { return counts[a * size() + b]; }
    double conditional(int a, int b) const; // P(b | a); 0 when a has no positives
};

class CooccurrenceHeatmap : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultTopCount = 30;
    static constexpr int kMaxTopCount = 100;

    explicit CooccurrenceHeatmap(QWidget* parent = nullptr);

    void setMatrix(CooccurrenceMatrix matrix);
    const CooccurrenceMatrix& matrix() const { return matrix_; }
    void setBusy(bool busy); // a new matrix is being computed
    int topCount() const;
    void setTopCount(int count);

    double cellValue(int row, int column) const; // as drawn: P(column | row), NaN on the diagonal
    QPoint cellCenter(int row, int column) const; // in plot() coordinates
    QPair<int, int> cellAt(const QPoint& position) const; // {row, column}, {-1, -1} outside
    QString tooltipText(int row, int column) const;
    CsvRows csvRows() const;
    QCustomPlot* plot() const { return plot_; }
    QSpinBox* topCountBox() const { return topCount_; }

Q_SIGNALS:
    void topCountChanged(int count);             // after the user settled on a new N
    void cellClicked(int tagA, int tagB);        // dataset tag indices; equal on the diagonal

private:
    void mousePressed(QMouseEvent* event);
    void mouseReleased(QMouseEvent* event);
    void mouseMoved(QMouseEvent* event);
    void showContextMenu(const QPoint& position);

    QSpinBox* topCount_;
    QLabel* status_;
    QTimer* settle_;
    QCustomPlot* plot_;
    QCPColorMap* map_;
    QCPColorScale* scale_;
    CooccurrenceMatrix matrix_;
    QPoint pressPosition_;
};

} // namespace tagscope::ui
