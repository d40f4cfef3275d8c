#pragma once
// The neighbour gallery written out: a CSV of the neighbours (rank, image, path, distance, tags) for
// spreadsheets and scripts.
#include "dataset/dataset.h"

#include <QString>

namespace tagscope::ui {
class NeighbourGalleryModel;
}

namespace tagscope::gui {

// Header: query, rank, image, name, path, distance, shared_tags, tags (tags separated by " | "). Returns an
// error message naming the file, or an empty string when written.
QString writeNeighbourCsv(const QString& path, const ui::NeighbourGalleryModel& model, const Dataset& dataset);

// A CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& value);

} // namespace tagscope::gui
