#pragma once
// A dataset folder read as the window holds it (see DatasetController): imported, with its statistics and the
// tag index the grid's filters use.
#include "common/loaded_dataset.h"
#include "dataset/dataset_loader.h"

#include <QString>

#include <memory>

inline std::shared_ptr<tagscope::gui::LoadedDataset> loadAsTheWindowDoes(const QString& path)
{
    auto data = std::make_shared<tagscope::gui::LoadedDataset>();
    tagscope::ImportResult result = tagscope::loadDataset(path.toStdString());
    data->path = path;
    data->dataset = std::move(result.dataset);
    data->statistics = tagscope::computeStatistics(data->dataset);
    data->index = tagscope::TagIndex(data->dataset);
    return data;
}
