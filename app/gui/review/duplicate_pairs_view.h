#pragma once
// Duplicates and leaks: the near-duplicate pairs of the open embeddings (cosine distance up to a threshold, found
// by the engine on a worker the way `tagscope-cli duplicates` finds them), one pair at a time side by side with
// their distance and splits, a Leak badge when the splits differ. K keeps both, L leaves out the left image, R the
// right one; the view never writes a correction, it asks for them by signal. The leaks can be exported as CSV.
#include "common/loaded_dataset.h"

#include "embedding/float_matrix.h"

#include <QVector>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace tagscope::ui {
class ThumbnailLoader;
class ThumbnailDiskCache;
}

namespace tagscope::gui {

class DuplicatePairListModel;
class ReviewTask;

struct DuplicatePair {
    int a = -1, b = -1; // dataset images, a's row before b's
    double distance = 0;
    bool leak = false;
};

class DuplicatePairsView : public QWidget {
    Q_OBJECT
public:
    enum class Decision { Open, KeptBoth, LeftLeftOut, RightLeftOut };

    explicit DuplicatePairsView(QWidget* parent = nullptr);
    ~DuplicatePairsView() override;

    // Starts the search; `rowImages` names the dataset image of each row of `vectors`.
    void setInputs(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> rowImages);
    // The opening the image numbers of the signals belong to (the window may have opened the dataset again since).
    const std::shared_ptr<const LoadedDataset>& dataset() const { return data_; }
    void setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);

    void setDistance(double distance); // searches again
    double distance() const;
    void setLeaksOnly(bool leaksOnly);

    const std::vector<DuplicatePair>& pairs() const { return pairs_; }
    const QVector<int>& shownPairs() const { return shown_; } // indices into pairs(), as listed
    int currentPair() const { return current_; }              // index into pairs(), -1 when none
    void setCurrentPair(int pair);
    Decision decision(int pair) const { return decisions_[static_cast<std::size_t>(pair)]; }

    void keepBoth();
    void leaveOutLeft();
    void leaveOutRight();
    void nextPair();
    void previousPair();

    // ImageA,ImageB,SplitA,SplitB,Distance for every leak; the error naming the file, or "" when written.
    QString writeLeakCsv(const QString& path) const;

    ReviewTask* task() const { return task_; }

Q_SIGNALS:
    void leaveOutRequested(const QVector<int>& images);
    void keepRequested(const QVector<int>& images);
    void imageChosen(int image);

private:
    struct Side;
    void search();
    void showPairs(std::vector<DuplicatePair> pairs, double share);
    void rebuildList();
    void showCurrent();
    void decide(Decision decision);
    void thumbnailArrived(int image);
    void exportLeaks();
    void updateSummary();

    QDoubleSpinBox* distance_;
    QCheckBox* leaksOnly_;
    QPushButton* export_;
    QLabel* summary_;
    ReviewTask* task_;
    QTreeView* list_;
    DuplicatePairListModel* model_;
    std::unique_ptr<Side> left_, right_;
    QLabel* pairDistance_;
    QPushButton* keep_;
    QPushButton* leaveLeft_;
    QPushButton* leaveRight_;
    QPushButton* previous_;
    QPushButton* next_;
    QTimer* searchDelay_;
    ui::ThumbnailLoader* loader_;

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const FloatMatrix> vectors_;
    std::vector<std::uint32_t> rowImages_;
    std::vector<DuplicatePair> pairs_;
    std::vector<Decision> decisions_;
    QVector<int> shown_;
    int current_ = -1;
    double indistinctShare_ = 0;
};

} // namespace tagscope::gui
