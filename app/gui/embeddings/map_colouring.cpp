#include "map_colouring.h"

#include "map/point_raster.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace tagscope::gui {

namespace {

// Positive stands out (warm), verified negative recedes (cool), unknown is neutral.
const QRgb kPositive = qRgb(222, 84, 44);
const QRgb kNegative = qRgb(52, 116, 178);
const QRgb kUnknown = qRgb(176, 176, 176);

QVector<ui::LegendEntry> legendFor(const QVector<QRgb>& palette, const QStringList& labels, const std::vector<std::uint8_t>& classes)
{
    std::vector<qint64> counts(static_cast<std::size_t>(labels.size()), 0);
    for (std::uint8_t c : classes)
        if (c < counts.size())
            ++counts[c];
    QVector<ui::LegendEntry> legend;
    for (int i = 0; i < labels.size(); ++i)
        legend.push_back({QColor(palette[i]), labels[i], counts[static_cast<std::size_t>(i)]});
    return legend;
}

QString tagName(const LoadedDataset& data, int tag)
{
    return QString::fromStdString(data.dataset.tag(static_cast<std::size_t>(tag)).displayName);
}

} // namespace

MapColouring MapColours::byTag(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds, int tag)
{
    MapColouring result;
    result.classes = std::make_shared<std::vector<std::uint8_t>>(imageIds.size(), std::uint8_t{Unknown});
    result.palette = {kPositive, kNegative, kUnknown};
    if (tag < 0 || static_cast<std::size_t>(tag) >= data.dataset.tagCount()) {
        result.title = tr("No tag chosen");
        result.legend = legendFor(result.palette, {tr("Positive"), tr("Verified negative"), tr("Unknown")}, *result.classes);
        return result;
    }
    for (std::size_t r = 0; r < imageIds.size(); ++r) {
        if (imageIds[r] >= data.dataset.imageCount())
            continue;
        switch (data.dataset.labelState(imageIds[r], static_cast<std::uint32_t>(tag))) { // exhaustive labels: never unknown
        case LabelState::Positive: (*result.classes)[r] = Positive; break;
        case LabelState::Negative: (*result.classes)[r] = Negative; break;
        case LabelState::Unknown: break;
        }
    }
    result.title = tagName(data, tag);
    result.legend = legendFor(result.palette, {tr("Positive"), tr("Verified negative"), tr("Unknown")}, *result.classes);
    return result;
}

MapColouring MapColours::bySplit(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds)
{
    MapColouring result;
    result.classes = std::make_shared<std::vector<std::uint8_t>>(imageIds.size(), std::uint8_t{Unassigned});
    for (std::size_t r = 0; r < imageIds.size(); ++r)
        if (imageIds[r] < data.dataset.imageCount())
            (*result.classes)[r] = static_cast<std::uint8_t>(data.dataset.imageSplit(imageIds[r]));
    result.palette = {qRgb(76, 114, 176), qRgb(221, 132, 82), qRgb(85, 168, 104), qRgb(150, 150, 150)};
    result.title = tr("Split");
    result.legend = legendFor(result.palette, {tr("Train"), tr("Validation"), tr("Test"), tr("No split")}, *result.classes);
    return result;
}

MapColouring MapColours::byCorrectness(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds, int tag,
                                       const MapPredictions& predictions, double threshold)
{
    if (!predictions.scores || tag < 0 || static_cast<std::size_t>(tag) >= data.dataset.tagCount())
        throw std::invalid_argument("no predictions or no tag to judge");
    if (predictions.scores->cols < data.dataset.tagCount())
        throw std::invalid_argument(predictions.path.toStdString() + ": " + std::to_string(predictions.scores->cols) +
                                    " score columns, but the dataset has " + std::to_string(data.dataset.tagCount()) + " tags");
    const MapColouring states = byTag(data, imageIds, tag);
    // Logits when any score of the column leaves [0, 1]: the threshold then applies after a sigmoid.
    const FloatMatrix& scores = *predictions.scores;
    bool logits = false;
    for (std::size_t r = 0; r < scores.rows && !logits; ++r) {
        const float s = scores.at(r, static_cast<std::size_t>(tag));
        logits = !std::isnan(s) && (s < 0.0f || s > 1.0f);
    }
    const double cut = logits ? std::log(threshold / (1.0 - threshold)) : threshold;
    std::vector<int> scoreRow(data.dataset.imageCount(), -1);
    for (std::size_t r = 0; r < predictions.imageIds.size(); ++r)
        if (predictions.imageIds[r] < scoreRow.size())
            scoreRow[predictions.imageIds[r]] = static_cast<int>(r);

    MapColouring result;
    result.classes = std::make_shared<std::vector<std::uint8_t>>(imageIds.size(), std::uint8_t{NotJudged});
    for (std::size_t r = 0; r < imageIds.size(); ++r) {
        const std::uint8_t state = (*states.classes)[r];
        const int s = imageIds[r] < scoreRow.size() ? scoreRow[imageIds[r]] : -1;
        if (state == Unknown || s < 0)
            continue;
        const float score = scores.at(static_cast<std::size_t>(s), static_cast<std::size_t>(tag));
        if (std::isnan(score)) // the model did not learn this tag
            continue;
        const bool predicted = score >= cut;
        (*result.classes)[r] = state == Positive ? (predicted ? TruePositive : FalseNegative) : (predicted ? FalsePositive : TrueNegative);
    }
    result.palette = {qRgb(44, 160, 44), qRgb(214, 39, 40), qRgb(255, 151, 30), qRgb(158, 190, 218), qRgb(200, 200, 200)};
    result.title = tr("%1: model at %2").arg(tagName(data, tag)).arg(threshold);
    result.legend = legendFor(result.palette,
                              {tr("True positive"), tr("Missed (false negative)"), tr("False positive"), tr("True negative"), tr("Not judged")},
                              *result.classes);
    return result;
}

std::shared_ptr<const FloatMatrix> MapColours::alignToDataset(const FloatMatrix& scores, const QString& runTagsJson, const Dataset& dataset)
{
    QFile file(runTagsJson);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(runTagsJson.toStdString() + ": cannot open the run's list of tags");
    const QJsonArray tags = QJsonDocument::fromJson(file.readAll()).array();
    if (static_cast<std::size_t>(tags.size()) != scores.cols)
        throw std::runtime_error(runTagsJson.toStdString() + ": " + std::to_string(tags.size()) + " tags for " + std::to_string(scores.cols) +
                                 " score columns");
    std::vector<int> columnOf(dataset.tagCount(), -1);
    int matched = 0;
    for (int c = 0; c < tags.size(); ++c)
        if (const auto tag = dataset.findTag(tags[c].toObject().value(QStringLiteral("label_name")).toString().toStdString())) {
            columnOf[*tag] = c;
            ++matched;
        }
    if (matched == 0)
        throw std::runtime_error(runTagsJson.toStdString() + ": none of the run's tags is a tag of the open dataset");
    auto aligned = std::make_shared<FloatMatrix>(scores.rows, dataset.tagCount(), std::numeric_limits<float>::quiet_NaN());
    for (std::size_t r = 0; r < scores.rows; ++r)
        for (std::size_t t = 0; t < columnOf.size(); ++t)
            if (columnOf[t] >= 0)
                aligned->at(r, t) = scores.at(r, static_cast<std::size_t>(columnOf[t]));
    return aligned;
}

MapColouring MapColours::byDensity(std::size_t rows)
{
    MapColouring result;
    result.classes = std::make_shared<std::vector<std::uint8_t>>(rows, std::uint8_t{0});
    result.palette = {ui::PointRasteriser::densityRamp().value(160)};
    result.title = tr("Density");
    result.density = true;
    return result;
}

std::shared_ptr<std::vector<std::uint8_t>> MapColours::emphasis(const std::vector<std::uint32_t>& imageIds, const QVector<int>& filtered,
                                                                std::size_t datasetImages, std::size_t* emphasised)
{
    std::vector<std::uint8_t> inFilter(datasetImages, 0);
    for (int image : filtered)
        if (image >= 0 && static_cast<std::size_t>(image) < datasetImages)
            inFilter[static_cast<std::size_t>(image)] = 1;
    auto result = std::make_shared<std::vector<std::uint8_t>>(imageIds.size(), std::uint8_t{0});
    std::size_t count = 0;
    for (std::size_t r = 0; r < imageIds.size(); ++r)
        if (imageIds[r] < datasetImages && inFilter[imageIds[r]]) {
            (*result)[r] = 1;
            ++count;
        }
    if (emphasised)
        *emphasised = count;
    return result;
}

} // namespace tagscope::gui
