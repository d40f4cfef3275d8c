#pragma once
// The engine's imbalance summary and tag co-occurrence, computed for an open dataset and turned into the plain
// figures the summary view and the heatmap show. Safe on worker threads; each call scans every image.
#include "common/loaded_dataset.h"

#include "plots/cooccurrence_heatmap.h"
#include "plots/imbalance_summary_view.h"

#include <functional>

namespace tagscope::gui {

// Indexed by ui::SplitView (all, train, validation, test); a split without images gets empty figures.
// Stops early, leaving the remaining splits empty, once `stop` answers true.
QVector<ui::ImbalanceFigures> imbalanceFigures(const LoadedDataset& data, const std::function<bool()>& stop = {});

// Co-occurrence of the `topCount` tags with the most positives in the split the histogram shows.
ui::CooccurrenceMatrix topTagCooccurrence(const LoadedDataset& data, int topCount);

} // namespace tagscope::gui
