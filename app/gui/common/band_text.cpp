#include "band_text.h"

#include <cmath>

namespace tagscope::gui {

QString BandText::rule(const BandRule& rule)
{
    if (rule.kind == BandRule::Kind::Absolute)
        return tr("absolute thresholds");
    if (formatBandRule(rule) == "thirds")
        return tr("thirds of the tags");
    const auto percent = [](double share) { return QString::number(std::round(share * 1000) / 10); };
    return tr("the most frequent %1% and the rarest %2% of the tags").arg(percent(rule.headShare), percent(rule.tailShare));
}

QString BandText::rule(const std::string& ruleText)
{
    const std::optional<BandRule> parsed = parseBandRule(ruleText, nullptr);
    return parsed ? rule(*parsed) : QString::fromStdString(ruleText);
}

QString BandText::cutOffs(qint64 headAbove, qint64 tailBelow)
{
    return tr("head over %1, tail under %2 training positives").arg(headAbove).arg(tailBelow);
}

} // namespace tagscope::gui
