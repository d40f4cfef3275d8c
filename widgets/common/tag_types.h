#pragma once
// Plain tag data the widgets show. The application fills it from the engine's statistics, so the
// widgets never see engine types.
#include <QColor>
#include <QString>
#include <QVector>
#include <QtGlobal>

namespace tagscope::ui {

// Head/medium/tail split of tags by their number of positive images.
enum class TagBand { Head = 0, Medium = 1, Tail = 2 };
constexpr int kBandCount = 3;

struct BandLimits {
    quint64 headAbove = 100; // head: more positives than this
    quint64 tailBelow = 20;  // tail: fewer positives than this
};

// Which images a count covers: all of them, or one split.
enum class SplitView { All = 0, Train = 1, Validation = 2, Test = 3 };
constexpr int kSplitViewCount = 4;
QString splitViewName(SplitView view); // "All images", "Train", ... (translated)

struct LabelCounts {
    quint64 positive = 0;
    quint64 negative = 0; // verified absent
    quint64 unknown = 0;
};

// One row of the tag table.
struct TagInfo {
    int tag = -1;      // index in the dataset
    QString name;      // what users read
    QString labelName; // stable identifier, e.g. "/m/014j1m"
    quint64 positive = 0;
    quint64 negative = 0; // verified absent
    quint64 unknown = 0;
    TagBand band = TagBand::Tail;
    LabelCounts perSplit[3]; // train, validation, test
    LabelCounts countsIn(SplitView view) const;
};

// One bar of the frequency histogram.
struct HistogramBar {
    int tag = -1;
    QString name;
    quint64 count = 0; // positives in the split the bars show
    TagBand band = TagBand::Tail;
    quint64 negative = 0; // verified negatives in that split, stacked on the positives on request
    LabelCounts perSplit[3]; // train, validation, test: the overlay lines and the tooltip
};

QColor bandColor(TagBand band);
QString bandDisplayName(TagBand band);                   // "Head", "Medium", "Tail" (translated)
QString bandRangeText(TagBand band, const BandLimits& limits); // "> 100", "20–100", "< 20"

} // namespace tagscope::ui
