#pragma once
// Label next: the images to send to annotators, chosen by the engine on a worker as `tagscope-cli next` chooses
// them (uncertainty at each tag's own threshold x class balance x diversity in the embedding) for a budget and the
// tags asked about, listed with their utility and their questions. The questions can be exported for annotators
// in the Open Images human-label layout (the file `next --csv` writes), or answered here: answerRequested() hands
// them, in order, to the page's card view.
#include "common/loaded_dataset.h"

#include "dataset/band_rule.h"
#include "embedding/float_matrix.h"
#include "quality/label_selection.h"

#include <QHash>
#include <QPair>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace tagscope {
class ScoreFile;
}

namespace tagscope::ui {
class ThumbnailDiskCache;
class ThumbnailLoader;
}

namespace tagscope::gui {

class ReviewTask;

class LabelNextView : public QWidget {
    Q_OBJECT
public:
    explicit LabelNextView(QWidget* parent = nullptr);

    // Chooses at once with the budget and tags shown; `rowImages` names the dataset image of each row of `vectors`.
    void setInputs(std::shared_ptr<const LoadedDataset> data, const QString& scoresPath, std::shared_ptr<const FloatMatrix> vectors,
                   std::vector<std::uint32_t> rowImages);
    // The opening the image numbers of the signals belong to (the window may have opened the dataset again since).
    const std::shared_ptr<const LoadedDataset>& dataset() const { return data_; }
    void setBandRule(const BandRule& rule); // the bands "medium and tail" means (default: the engine's rule)
    void setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);

    void setBudget(int images);
    int budget() const;
    // The tags asked about: those of the medium and tail bands (as `next` by default), every scored tag, or one.
    enum class TagChoice { MediumAndTail, All, One };
    void setTags(TagChoice choice, int tag = -1); // tag: a dataset tag index, for One
    void choose();                                // runs the selection again

    const std::vector<ImageToLabel>& chosen() const { return chosen_; }
    QVector<QPair<int, int>> questions() const; // (dataset image, dataset tag), in the list's order
    // The questions as `next --csv` writes them; the error naming the file, or "" when written.
    QString writeAnnotatorCsv(const QString& path) const;
    void answerHere();

    ReviewTask* task() const { return task_; }

Q_SIGNALS:
    void answerRequested(const QVector<QPair<int, int>>& imageAndTag);
    void imageChosen(int image);

private:
    void fillTagChoices();
    void showChosen();
    void exportForAnnotators();
    void requestThumbnails();
    void thumbnailArrived(int image);

    QSpinBox* budget_;
    QComboBox* tags_;
    QPushButton* choose_;
    QPushButton* export_;
    QPushButton* answer_;
    QLabel* summary_;
    ReviewTask* task_;
    QTreeWidget* list_;
    ui::ThumbnailLoader* loader_;
    QHash<int, QTreeWidgetItem*> itemOfImage_; // the list's row of each image chosen

    std::shared_ptr<const LoadedDataset> data_;
    QString scoresPath_;
    std::shared_ptr<const FloatMatrix> vectors_;
    std::vector<std::uint32_t> rowImages_;
    BandRule bandRule_;
    std::shared_ptr<const ScoreFile> scores_;
    std::vector<ImageToLabel> chosen_;
    std::size_t columnsAsked_ = 0;
    int tagChoice_ = -1; // -1 medium and tail, -2 all, else a dataset tag
};

} // namespace tagscope::gui
