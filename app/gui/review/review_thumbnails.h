#pragma once
// Thumbnails of the review views (the candidates of a tag, the outliers): the window's thumbnail machinery
// (ThumbnailGridModel, its loader and ThumbnailDelegate) in a QListView, for its multi-selection (click, Shift and
// Ctrl-click, rubber band, Ctrl+A). Each image shows a caption (its probability, its score) instead of its name;
// thumbnails are decoded for the rows on screen first. The lists are a review's few thousand images at most.
#include "thumbnails/thumbnail_grid_model.h"

#include <QHash>
#include <QListView>
#include <QTimer>

namespace tagscope::gui {

class CaptionedThumbnailModel : public ui::ThumbnailGridModel {
    Q_OBJECT
public:
    using ui::ThumbnailGridModel::ThumbnailGridModel;

    // The images in this order, each with its caption and tooltip line.
    void setCaptionedImages(const QVector<int>& images, const QHash<int, QString>& captions, const QHash<int, QString>& toolTips);
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QHash<int, QString> captions_;
    QHash<int, QString> toolTips_;
};

class ReviewThumbnailList : public QListView {
    Q_OBJECT
public:
    explicit ReviewThumbnailList(QWidget* parent = nullptr);

    CaptionedThumbnailModel* thumbnails() const { return model_; }
    QVector<int> selectedImages() const; // in the list's order
    void selectImages(const QVector<int>& images);

Q_SIGNALS:
    void imageChosen(int image); // the current image changed (click, keys)

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void requestVisible();

    CaptionedThumbnailModel* model_;
    QTimer requestTimer_;
};

} // namespace tagscope::gui
