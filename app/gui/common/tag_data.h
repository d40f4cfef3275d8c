#pragma once
// Turns the engine's statistics into the plain rows the widgets show, and the words for the status bar.
#include "loaded_dataset.h"

#include "common/tag_types.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace tagscope::gui {

class TagData {
    Q_DECLARE_TR_FUNCTIONS(TagData)
public:
    // Bands are computed on the train split when it has images, else on all images; the histogram
    // shows that same split so its bars and threshold lines agree.
    static const SplitStatistics& bandSplit(const DatasetStatistics& statistics);
    static QString bandSplitLabel(const DatasetStatistics& statistics); // the histogram's axis title
    static QString bandSplitUnit(const DatasetStatistics& statistics);  // follows a count: "train positives"

    static ui::SplitView bandSplitView(const DatasetStatistics& statistics); // the split bandSplit() returns
    static QVector<quint64> imageCounts(const DatasetStatistics& statistics); // all, train, validation, test

    // Bands by `rule`, resolved on bandSplit() as computeStatistics() does.
    static ResolvedBands resolve(const DatasetStatistics& statistics, const BandRule& rule);
    static QVector<ui::TagInfo> tagRows(const LoadedDataset& data, const std::vector<TagBand>& bands);
    static QVector<ui::HistogramBar> histogramBars(const LoadedDataset& data, const std::vector<TagBand>& bands);
    static ui::BandLimits bandLimits(const BandThresholds& thresholds);
    static QString summary(const LoadedDataset& data); // images, tags, labels by state, imbalance
};

} // namespace tagscope::gui
