#pragma once
// The thumbnail grid's view of an open dataset: names, tooltips and thumbnails decoded by the engine.
#include "loaded_dataset.h"

#include "thumbnails/image_source.h"

#include <QCoreApplication>

#include <memory>

namespace tagscope::gui {

class DatasetImageSource : public ui::ImageSource {
    Q_DECLARE_TR_FUNCTIONS(DatasetImageSource)
public:
    explicit DatasetImageSource(std::shared_ptr<const LoadedDataset> data);

    QString imageName(int image) const override;
    QString imageToolTip(int image) const override;
    QImage loadThumbnail(int image, int maxSide, QString* error) const override;
    QString imagePath(int image) const override;

private:
    std::shared_ptr<const LoadedDataset> data_; // keeps the dataset alive while decodes run
};

} // namespace tagscope::gui
