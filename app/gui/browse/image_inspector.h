#pragma once
// The selected image, large, with its name, path and split, and its tags grouped by label state
// (positive, verified negative, machine with confidence), each with the tag's positive count.
// The picture is decoded off the GUI thread; Previous/Next step through the grid's filtered images.
#include "common/loaded_dataset.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace tagscope::ui {
class ImagePreview;
}

namespace tagscope::gui {

struct PreviewResult {
    QImage image;
    QString error; // names the file when the image is null
};

class ImageInspector : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCorrectedRole = Qt::UserRole + 1; // true on a tag row whose label a review decision changed
    explicit ImageInspector(QWidget* parent = nullptr);
    ~ImageInspector() override;

    void setDataset(std::shared_ptr<const LoadedDataset> data); // clears the shown image
    // Shows `image` (-1: none), the `position`-th (0-based) of `total` images in the grid.
    void showImage(int image, int position, int total);
    int image() const { return image_; }
    bool isLoading() const { return loadingImage_ >= 0; }

    ui::ImagePreview* preview() const { return preview_; }
    QTreeWidget* tagTree() const { return tags_; }
    QString titleText() const;

Q_SIGNALS:
    void stepRequested(int delta); // -1 previous, +1 next

private:
    void startLoad();
    void loadFinished();
    void fillTags();

    std::shared_ptr<const LoadedDataset> data_;
    int image_ = -1;
    int loadingImage_ = -1; // the image being decoded now, -1 when idle
    QFutureWatcher<PreviewResult> watcher_;

    ui::ImagePreview* preview_;
    QLabel* title_;
    QLabel* path_;
    QLabel* position_;
    QToolButton* previous_;
    QToolButton* next_;
    QTreeWidget* tags_;
};

} // namespace tagscope::gui
