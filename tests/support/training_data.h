#pragma once
// A small real dataset for the training pipeline's tests: the Fashion Mosaic demo (64-pixel JPEGs) with one
// training image overwritten by garbage and one deleted.
#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

struct TrainingData {
    tagscope::Dataset dataset;
    std::vector<std::uint32_t> train;      // training images, in dataset order
    std::vector<std::uint32_t> validation;
    std::uint32_t corrupt = 0;             // its file holds no image
    std::uint32_t missing = 0;             // its file is gone
};

inline TrainingData makeTrainingData(const QString& folder, std::size_t images = 240)
{
    using namespace tagscope;
    DemoOptions options;
    options.outputFolder = folder.toStdString();
    options.images = images;
    options.seed = 3;
    options.imageSize = 64;
    options.threads = 2;
    generateDemoDataset(options);
    TrainingData data;
    data.dataset = loadDataset(folder.toStdString()).dataset;
    for (std::uint32_t i = 0; i < data.dataset.imageCount(); ++i) {
        if (data.dataset.imageSplit(i) == Split::Train)
            data.train.push_back(i);
        else if (data.dataset.imageSplit(i) == Split::Validation)
            data.validation.push_back(i);
    }
    data.corrupt = data.train.at(3);
    data.missing = data.train.at(7);
    QFile corrupt(QString::fromStdString(data.dataset.imagePath(data.corrupt)));
    if (!corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate) || corrupt.write("this is not a JPEG") < 0)
        qFatal("cannot overwrite %s", qPrintable(corrupt.fileName()));
    corrupt.close();
    if (!QFile::remove(QString::fromStdString(data.dataset.imagePath(data.missing))))
        qFatal("cannot delete an image of the demo");
    return data;
}
