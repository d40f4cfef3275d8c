#pragma once
// A grid of thumbnails with uniform tiles; tells its ThumbnailGridModel which rows are on screen
// so that requests scrolled away are dropped before they are decoded.
#include <QListView>

namespace tagscope::ui {

class ThumbnailDelegate;
class ThumbnailGridModel;

class ThumbnailGridView : public QListView {
    Q_OBJECT
public:
    explicit ThumbnailGridView(QWidget* parent = nullptr);

    void setGridModel(ThumbnailGridModel* model);
    ThumbnailGridModel* gridModel() const { return model_; }
    void setThumbnailSide(int side);
    void setEmptyText(const QString& text); // shown when the model has no rows

    // First and last row at least partly on screen; {-1, -1} when there are none.
    QPair<int, int> visibleRows() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGrid();
    void reportVisibleRows();

    ThumbnailGridModel* model_ = nullptr;
    ThumbnailDelegate* delegate_;
    QString emptyText_;
};

} // namespace tagscope::ui
