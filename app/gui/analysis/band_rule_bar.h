#pragma once
// The analysis tab's band rule: absolute thresholds of training positives, shares of the tags by rank, or thirds.
#include "dataset/band_rule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace tagscope::gui {

class BandRuleBar : public QWidget {
    Q_OBJECT
public:
    explicit BandRuleBar(QWidget* parent = nullptr);

    BandRule rule() const;
    void setRule(const BandRule& rule); // shows it without emitting ruleChanged
    void setLabelVisible(bool visible);  // off in a form row, whose label already names it; then no margins either

signals:
    void ruleChanged();

private:
    QLabel* label_;
    QComboBox* kind_;
    QStackedWidget* pages_;
    QSpinBox* headAbove_;
    QSpinBox* tailBelow_;
    QSpinBox* headPercent_;
    QSpinBox* tailPercent_;
};

} // namespace tagscope::gui
