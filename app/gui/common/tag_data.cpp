#include "tag_data.h"

#include "common/number_format.h"

namespace tagscope::gui {

namespace {
ui::TagBand toUiBand(TagBand band)
{
    switch (band) {
    case TagBand::Head: return ui::TagBand::Head;
    case TagBand::Medium: return ui::TagBand::Medium;
    case TagBand::Tail: return ui::TagBand::Tail;
    }
    return ui::TagBand::Tail;
}
ui::LabelCounts labelCounts(const TagCounts& counts)
{
    return {counts.positive, counts.negative, counts.unknown};
}

void fillSplits(ui::LabelCounts (&perSplit)[3], const DatasetStatistics& statistics, std::size_t tag)
{
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        perSplit[static_cast<int>(split)] = labelCounts(statistics.splits[static_cast<int>(split)].tags[tag]);
}
} // namespace

ui::SplitView TagData::bandSplitView(const DatasetStatistics& statistics)
{
    return statistics.splits[static_cast<int>(Split::Train)].images > 0 ? ui::SplitView::Train : ui::SplitView::All;
}

QVector<quint64> TagData::imageCounts(const DatasetStatistics& statistics)
{
    return {statistics.all.images, statistics.splits[static_cast<int>(Split::Train)].images,
            statistics.splits[static_cast<int>(Split::Validation)].images, statistics.splits[static_cast<int>(Split::Test)].images};
}

const SplitStatistics& TagData::bandSplit(const DatasetStatistics& statistics)
{
    const SplitStatistics& train = statistics.splits[static_cast<int>(Split::Train)];
    return train.images > 0 ? train : statistics.all;
}

QString TagData::bandSplitLabel(const DatasetStatistics& statistics)
{
    return statistics.splits[static_cast<int>(Split::Train)].images > 0 ? tr("Positive images (train split)")
                                                                        : tr("Positive images");
}

QString TagData::bandSplitUnit(const DatasetStatistics& statistics)
{
    return statistics.splits[static_cast<int>(Split::Train)].images > 0 ? tr("train positives") : tr("positives");
}

QVector<ui::TagInfo> TagData::tagRows(const LoadedDataset& data)
{
    const Dataset& dataset = data.dataset;
    const SplitStatistics& all = data.statistics.all;
    QVector<ui::TagInfo> rows;
    rows.reserve(static_cast<int>(dataset.tagCount()));
    for (std::size_t t = 0; t < dataset.tagCount(); ++t) {
        ui::TagInfo row;
        row.tag = static_cast<int>(t);
        row.name = QString::fromStdString(dataset.tag(t).displayName);
        row.labelName = QString::fromStdString(dataset.tag(t).labelName);
        row.positive = all.tags[t].positive;
        row.negative = all.tags[t].negative;
        row.unknown = all.tags[t].unknown;
        row.band = toUiBand(data.statistics.bands[t]);
        fillSplits(row.perSplit, data.statistics, t);
        rows.push_back(std::move(row));
    }
    return rows;
}

QVector<ui::HistogramBar> TagData::histogramBars(const LoadedDataset& data)
{
    const Dataset& dataset = data.dataset;
    const SplitStatistics& split = bandSplit(data.statistics);
    QVector<ui::HistogramBar> bars;
    bars.reserve(static_cast<int>(dataset.tagCount()));
    for (std::size_t t = 0; t < dataset.tagCount(); ++t) {
        ui::HistogramBar bar;
        bar.tag = static_cast<int>(t);
        bar.name = QString::fromStdString(dataset.tag(t).displayName);
        bar.count = split.tags[t].positive;
        bar.negative = split.tags[t].negative;
        bar.band = toUiBand(data.statistics.bands[t]);
        fillSplits(bar.perSplit, data.statistics, t);
        bars.push_back(std::move(bar));
    }
    return bars;
}

ui::BandLimits TagData::bandLimits(const DatasetStatistics& statistics)
{
    return {statistics.thresholds.headAbove, statistics.thresholds.tailBelow};
}

QString TagData::summary(const LoadedDataset& data)
{
    const SplitStatistics& all = data.statistics.all;
    return tr("%1 · %2 · %3 positive · %4 negative · %5 unknown labels · imbalance %6")
        .arg(tr("%Ln image(s)", nullptr, static_cast<int>(all.images)), tr("%Ln tag(s)", nullptr, static_cast<int>(data.dataset.tagCount())),
             ui::compactNumber(all.positive),
             ui::compactNumber(all.negative), ui::compactNumber(all.unknown), ui::ratioText(bandSplit(data.statistics).imbalanceRatio));
}

} // namespace tagscope::gui
