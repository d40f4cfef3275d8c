#pragma once
// Questions the GUI asks of an open dataset, answered with plain engine calls (safe on worker threads).
#include "dataset/dataset.h"

#include <QVector>

#include <functional>

namespace tagscope::gui {

// Images whose label for `tag` is in `state`, ascending; every image when tag < 0.
// Returns early (with a partial list) as soon as `stop` answers true; it is asked every few thousand images.
QVector<int> imagesWithLabel(const Dataset& dataset, int tag, LabelState state, const std::function<bool()>& stop = {});

// The display names of the image's tags in `state`, in tag order.
QStringList tagNamesOfImage(const Dataset& dataset, std::size_t image, LabelState state);

} // namespace tagscope::gui
