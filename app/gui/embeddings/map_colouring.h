#pragma once
// How the embedding map colours its points: by a tag's label state (positive / verified negative / unknown), by
// split, by whether the model's prediction for a tag is right, or by density; and which points the browser's
// filter leaves emphasised. Every function maps the layout's rows (row r is dataset image imageIds[r]) to one
// colour class per row, with the palette and the legend that go with it.
#include "common/loaded_dataset.h"

#include "embedding/float_matrix.h"
#include "map/map_legend.h"

#include <QCoreApplication>
#include <QRgb>
#include <QString>
#include <QVector>

#include <cstdint>
#include <memory>
#include <vector>

namespace tagscope::gui {

enum class MapColourMode { Tag, Split, Correctness, Density };

struct MapColouring {
    std::shared_ptr<std::vector<std::uint8_t>> classes; // one per row
    QVector<QRgb> palette;
    QString title;
    QVector<ui::LegendEntry> legend;                    // with the number of rows of each class
    bool density = false;
};

// The model's scores for the dataset's tags: row r holds image imageIds[r]'s score for each tag (column t is
// the dataset's tag t), as probabilities or logits (a score outside [0, 1] marks logits).
struct MapPredictions {
    std::shared_ptr<const FloatMatrix> scores;
    std::vector<std::uint32_t> imageIds;
    QString path;
};

class MapColours {
    Q_DECLARE_TR_FUNCTIONS(MapColours)
public:
    enum TagClass : std::uint8_t { Positive = 0, Negative = 1, Unknown = 2 };
    enum SplitClass : std::uint8_t { Train = 0, Validation = 1, Test = 2, Unassigned = 3 };
    enum CorrectnessClass : std::uint8_t { TruePositive = 0, FalseNegative = 1, FalsePositive = 2, TrueNegative = 3, NotJudged = 4 };

    static MapColouring byTag(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds, int tag);
    static MapColouring bySplit(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds);
    // Rows without a known label or without a score are "not judged". Throws std::invalid_argument when the
    // predictions have fewer columns than the dataset has tags.
    static MapColouring byCorrectness(const LoadedDataset& data, const std::vector<std::uint32_t>& imageIds, int tag,
                                      const MapPredictions& predictions, double threshold = 0.5);
    static MapColouring byDensity(std::size_t rows);

    // A run's scores (columns in the order of the run's tags.json) rearranged to the dataset's tags, matched by
    // label name; a dataset tag the run did not learn gets NaN (its rows are not judged). Throws
    // std::runtime_error naming tags.json when it cannot be read or matches none of the dataset's tags.
    static std::shared_ptr<const FloatMatrix> alignToDataset(const FloatMatrix& scores, const QString& runTagsJson, const Dataset& dataset);

    // 1 for rows whose image is in `filtered` (ascending dataset image indices), 0 for the rest.
    static std::shared_ptr<std::vector<std::uint8_t>> emphasis(const std::vector<std::uint32_t>& imageIds, const QVector<int>& filtered,
                                                               std::size_t datasetImages, std::size_t* emphasised = nullptr);
};

} // namespace tagscope::gui
