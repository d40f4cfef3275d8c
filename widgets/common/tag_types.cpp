#include "tag_types.h"

#include <QCoreApplication>

namespace tagscope::ui {

QColor bandColor(TagBand band)
{
    // Colour-blind-safe trio (blue, orange, vermilion) that stays readable on light and dark themes.
    switch (band) {
    case TagBand::Head: return QColor(0x2f, 0x6f, 0xb3);
    case TagBand::Medium: return QColor(0xe6, 0x9f, 0x00);
    case TagBand::Tail: return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::gray;
}

QString bandDisplayName(TagBand band)
{
    switch (band) {
    case TagBand::Head: return QCoreApplication::translate("TagBand", "Head");
    case TagBand::Medium: return QCoreApplication::translate("TagBand", "Medium");
    case TagBand::Tail: return QCoreApplication::translate("TagBand", "Tail");
    }
    return {};
}

QString bandRangeText(TagBand band, const BandLimits& limits)
{
    switch (band) {
    case TagBand::Head: return QStringLiteral("> %1").arg(limits.headAbove);
    case TagBand::Medium: return QStringLiteral("%1–%2").arg(limits.tailBelow).arg(limits.headAbove);
    case TagBand::Tail: return QStringLiteral("< %1").arg(limits.tailBelow);
    }
    return {};
}

QString splitViewName(SplitView view)
{
    switch (view) {
    case SplitView::All: return QCoreApplication::translate("SplitView", "All images");
    case SplitView::Train: return QCoreApplication::translate("SplitView", "Train");
    case SplitView::Validation: return QCoreApplication::translate("SplitView", "Validation");
    case SplitView::Test: return QCoreApplication::translate("SplitView", "Test");
    }
    return {};
}

LabelCounts TagInfo::countsIn(SplitView view) const
{
    if (view == SplitView::All)
        return {positive, negative, unknown};
    return perSplit[static_cast<int>(view) - 1];
}

} // namespace tagscope::ui
