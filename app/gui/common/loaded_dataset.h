#pragma once
// A dataset as the GUI holds it: imported, with its report and statistics, shared read-only between the
// GUI thread and the workers that decode thumbnails or filter images.
#include "dataset/dataset.h"
#include "dataset/import_report.h"
#include "dataset/statistics.h"
#include "dataset/tag_index.h"

#include <QString>

namespace tagscope::gui {

struct LoadedDataset {
    QString path; // the folder the user opened
    Dataset dataset;
    ImportReport report;
    DatasetStatistics statistics;
    TagIndex index; // answers the grid's filters
};

} // namespace tagscope::gui
