#pragma once
// The grid mode of a tag's review: its candidates as thumbnails, highest score first, each with the model's
// probability under it and the tag's threshold in the header. The user selects many at once (click, Shift and
// Ctrl-click, a rubber band, Ctrl+A) and answers them all with one key: Y "all show the tag", N "none shows it".
// Answered images leave the grid. The grid never writes a correction: it asks for them with answered().
#include "common/loaded_dataset.h"

#include "thumbnails/image_source.h"

#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPushButton;

namespace tagscope::ui {
class ThumbnailDiskCache;
}

namespace tagscope::gui {

class ReviewThumbnailList;

struct GridCandidate {
    int image = -1;   // dataset image
    double p = 0;     // the model's probability for the tag
    double score = 0; // the candidate's review score (the order)
};

class ReviewGrid : public QWidget {
    Q_OBJECT
public:
    explicit ReviewGrid(QWidget* parent = nullptr);

    // Where the thumbnails come from: the dataset's images (DatasetImageSource) unless a source is given.
    void setDataset(std::shared_ptr<const LoadedDataset> data);
    void setImageSource(std::shared_ptr<const ui::ImageSource> source);
    void setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);

    void setCandidates(const QString& tagName, double threshold, const std::vector<GridCandidate>& candidates);

    QVector<int> remainingImages() const; // not answered yet, in score order
    QVector<int> selectedImages() const;
    int answeredCount() const { return answered_; }
    ReviewThumbnailList* list() const { return list_; }

    // Answers the selection (what Y and N do): emits answered() and takes the images off the grid.
    void answerSelection(bool present);

Q_SIGNALS:
    void answered(const QVector<int>& images, bool present);
    void imageChosen(int image);

private:
    void showRemaining(const QVector<int>& select);
    void updateHeader();

    QLabel* header_;
    QLabel* hint_;
    QPushButton* yes_;
    QPushButton* no_;
    ReviewThumbnailList* list_;
    QString tagName_;
    double threshold_ = 0;
    std::vector<GridCandidate> candidates_; // score order
    QVector<int> remaining_;
    int answered_ = 0;
};

} // namespace tagscope::gui
