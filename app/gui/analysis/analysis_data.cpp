#include "analysis_data.h"

#include "common/tag_data.h"

#include "dataset/imbalance_summary.h"

namespace tagscope::gui {

namespace {

ui::ImbalanceFigures toFigures(const ImbalanceSummary& summary, const SplitStatistics& split, std::size_t tags)
{
    ui::ImbalanceFigures figures;
    figures.images = split.images;
    figures.tags = static_cast<int>(tags);
    figures.imbalanceRatio = summary.imbalanceRatio;
    figures.gini = summary.gini;
    figures.effectiveTags = summary.effectiveTags;
    figures.topOnePercentShare = summary.topOnePercentShare;
    figures.positiveShare = summary.positiveShare;
    figures.negativeShare = summary.negativeShare;
    figures.unknownShare = summary.unknownShare;
    figures.positivesPerImage = QVector<quint64>(summary.positivesPerImage.begin(), summary.positivesPerImage.end());
    return figures;
}

} // namespace

QVector<ui::ImbalanceFigures> imbalanceFigures(const LoadedDataset& data, const std::function<bool()>& stop)
{
    QVector<ui::ImbalanceFigures> figures(ui::kSplitViewCount);
    const std::size_t tags = data.dataset.tagCount();
    figures[0] = toFigures(summarizeImbalance(data.statistics.all), data.statistics.all, tags);
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        if (stop && stop())
            break;
        const SplitStatistics& statistics = data.statistics.splits[static_cast<int>(split)];
        if (statistics.images > 0)
            figures[static_cast<int>(split) + 1] =
                toFigures(summarizeImbalance(statistics), statistics, tags);
    }
    return figures;
}

ui::CooccurrenceMatrix topTagCooccurrence(const LoadedDataset& data, int topCount)
{
    const SplitStatistics& split = TagData::bandSplit(data.statistics);
    std::vector<std::uint32_t> top;
    for (std::uint32_t tag : tagsByFrequency(split, data.dataset)) {
        if (static_cast<int>(top.size()) >= topCount || split.tags[tag].positive == 0)
            break;
        top.push_back(tag);
    }
    const Cooccurrence cooccurrence = computeCooccurrence(data.dataset, top);
    ui::CooccurrenceMatrix matrix;
    const int n = static_cast<int>(top.size());
    matrix.counts.reserve(n * n);
    for (int a = 0; a < n; ++a) {
        matrix.tags.push_back(static_cast<int>(top[a]));
        matrix.names.push_back(QString::fromStdString(data.dataset.tag(top[a]).displayName));
        for (int b = 0; b < n; ++b)
            matrix.counts.push_back(cooccurrence.counts[a][b]);
    }
    return matrix;
}

} // namespace tagscope::gui
