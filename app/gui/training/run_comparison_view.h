#pragma once
// Two runs side by side: their results (best metric, per-band mAP at the best epoch, epochs, duration) and
// every setting of their configs, the settings that differ first and highlighted.
#include "training/run_history.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tagscope::gui {

class RunComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit RunComparisonView(QWidget* parent = nullptr);

    void setRuns(const RunRecord& first, const RunRecord& second);
    void clear();
    QTableWidget* table() const { return table_; }
    int differenceCount() const { return differences_; } // settings that differ
    QString caption() const; // what the table shows: differing settings, and bands that do not compare

private:
    QLabel* caption_;
    QTableWidget* table_;
    int differences_ = 0;
};

} // namespace tagscope::gui
