#pragma once
// Small datasets and score files for the label-quality suites: datasets built label by label, and SCORES.npy
// written with its row and column names the way `predict` (or a script) writes them.
#include "common/npy.h"
#include "dataset/dataset.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <string>
#include <utility>
#include <vector>

// One image's annotated labels: (tag, state).
using ImageLabels = std::vector<std::pair<std::uint32_t, tagscope::LabelState>>;

// Tags "/m/t<t>" named "Tag <t>"; images with ImageIDs 1, 2, ... (so names are 0000000000000001, ...), in `splits`
// (train when empty).
inline tagscope::Dataset labelledDataset(std::uint32_t tags, const std::vector<ImageLabels>& images, bool exhaustive = false,
                                         const std::vector<tagscope::Split>& splits = {})
{
    using namespace tagscope;
    DatasetContents c;
    c.format = "test";
    c.root = "/nonexistent/test-dataset";
    c.exhaustiveLabels = exhaustive;
    for (std::uint32_t t = 0; t < tags; ++t)
        c.tags.push_back({"/m/t" + std::to_string(t), "Tag " + std::to_string(t)});
    c.labelOffsets.push_back(0);
    for (std::size_t i = 0; i < images.size(); ++i) {
        c.imageIds.push_back(i + 1);
        c.imageSplits.push_back(static_cast<std::uint8_t>(splits.empty() ? Split::Train : splits[i]));
        ImageLabels sorted = images[i];
        std::sort(sorted.begin(), sorted.end());
        for (const auto& [tag, state] : sorted) {
            c.labelTags.push_back(tag);
            c.labelFlags.push_back(static_cast<std::uint8_t>(state));
        }
        c.labelOffsets.push_back(c.labelTags.size());
    }
    return Dataset(std::move(c));
}

// Writes `stem`.npy (rows x columns) and `stem`.images.npy (the dataset image of each row); `json`, when not
// empty, as `stem`.json. Returns the .npy path.
inline QString writeScores(const QString& stem, const std::vector<float>& values, std::size_t columns, const std::vector<std::int64_t>& images,
                           const QByteArray& json = {})
{
    const std::string npy = (stem + ".npy").toStdString();
    tagscope::writeNpy(npy, values, {static_cast<std::int64_t>(values.size() / columns), static_cast<std::int64_t>(columns)});
    if (!images.empty())
        tagscope::writeNpyInt64((stem + ".images.npy").toStdString(), images, {static_cast<std::int64_t>(images.size())});
    if (!json.isEmpty()) {
        QFile file(stem + ".json");
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(stem + ".json"));
    }
    return QString::fromStdString(npy);
}

inline std::vector<std::int64_t> identityRows(std::size_t n)
{
    std::vector<std::int64_t> rows(n);
    for (std::size_t i = 0; i < n; ++i)
        rows[i] = static_cast<std::int64_t>(i);
    return rows;
}
