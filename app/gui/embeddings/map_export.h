#pragma once
// What the embedding map exports: the 2-D coordinates (CSV with image indices, names and paths, or .npy with an
// .images.npy sidecar naming each row's image, as the embedding files do) and the selection (CSV of image
// indices, names and paths). Throws std::runtime_error naming the file when it cannot be written.
#include "dataset/dataset.h"

#include <QString>
#include <QVector>

#include <cstdint>
#include <vector>

namespace tagscope::gui {

void exportLayout(const QString& path, const std::vector<float>& xy, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset);
void exportImageList(const QString& path, const QVector<int>& images, const Dataset& dataset);

} // namespace tagscope::gui
