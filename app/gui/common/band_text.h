#pragma once
// Band rules and their cut-offs in the user's words, for the views that show bands (the analysis tab, the
// long-tail plot, the run comparison).
#include "dataset/band_rule.h"

#include <QCoreApplication>
#include <QString>

namespace tagscope::gui {

class BandText {
    Q_DECLARE_TR_FUNCTIONS(BandText)
public:
    static QString rule(const BandRule& rule);        // "absolute thresholds", "thirds of the tags", ...
    static QString rule(const std::string& ruleText); // a recorded rule; shown as written when it does not parse
    static QString cutOffs(qint64 headAbove, qint64 tailBelow); // "head over 100, tail under 20 training positives"
};

} // namespace tagscope::gui
