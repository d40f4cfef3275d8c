#pragma once
// A dataset as the GUI holds it: imported, with its report and statistics, shared read-only between the
// GUI thread and the workers that decode thumbnails or filter images.
#include "dataset/corrected_labels.h"
#include "dataset/dataset.h"
#include "dataset/import_report.h"
#include "dataset/statistics.h"
#include "dataset/tag_index.h"
#include "quality/corrections.h"

#include <QString>

namespace tagscope::gui {

struct LoadedDataset {
    QString path; // the folder the user opened
    Dataset dataset;
    ImportReport report;
    DatasetStatistics statistics;
    TagIndex index; // answers the grid's filters
    // The review decisions (quality/CORRECTIONS.md): whether they were asked for, and what was applied.
    // corrections.changed lists the labels they changed, ordered by image and tag.
    bool correctionsRequested = true;
    AppliedCorrections corrections;

    const CorrectedLabels& correctedLabels() const { return corrections.changed; }
    // The label's entry when a decision changed it, else null.
    const CorrectedLabel* correctedLabel(int image, int tag) const
    {
        if (image < 0 || tag < 0 || corrections.changed.empty())
            return nullptr;
        return findCorrectedLabel(corrections.changed, static_cast<std::uint32_t>(image), static_cast<std::uint32_t>(tag));
    }
    std::size_t correctedLabelCount() const { return corrections.changed.size(); }
    std::size_t leftOutCount() const { return corrections.leftOut; }
};

} // namespace tagscope::gui
