#pragma once
// Outliers: the images of the open embeddings farthest from their 10 nearest neighbours (mean cosine distance,
// computed by the engine on a worker as `tagscope-cli outliers` does), the top q percent as thumbnails with their
// score, farthest first. A selection can be left out of the dataset or kept; the view asks for that by signal and
// never writes a correction itself.
#include "common/loaded_dataset.h"

#include "embedding/float_matrix.h"

#include <QVector>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace tagscope::ui {
class ThumbnailDiskCache;
}

namespace tagscope::gui {

class ReviewTask;
class ReviewThumbnailList;

struct OutlierImage {
    int image = -1;
    double score = 0; // mean cosine distance to the 10 nearest neighbours
};

class OutlierView : public QWidget {
    Q_OBJECT
public:
    explicit OutlierView(QWidget* parent = nullptr);

    void setInputs(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> rowImages);
    // The opening the image numbers of the signals belong to (the window may have opened the dataset again since).
    const std::shared_ptr<const LoadedDataset>& dataset() const { return data_; }
    void setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);

    void setPercent(double percent); // the share listed; no new search
    double percent() const;
    const std::vector<OutlierImage>& outliers() const { return outliers_; } // farthest first

    void leaveOutSelection();
    void keepSelection();

    ReviewThumbnailList* list() const { return list_; }
    ReviewTask* task() const { return task_; }

Q_SIGNALS:
    void leaveOutRequested(const QVector<int>& images);
    void keepRequested(const QVector<int>& images);
    void imageChosen(int image);

private:
    void showOutliers();
    void answer(bool leaveOut);
    void updateSummary();

    QDoubleSpinBox* percent_;
    QLabel* summary_;
    QPushButton* leaveOut_;
    QPushButton* keep_;
    ReviewTask* task_;
    ReviewThumbnailList* list_;
    std::shared_ptr<const LoadedDataset> data_;
    std::vector<double> meanDistances_; // per embedding row
    std::vector<std::uint32_t> rowImages_;
    std::vector<OutlierImage> outliers_;
    QVector<int> decided_; // left out or kept: off the list
};

} // namespace tagscope::gui
