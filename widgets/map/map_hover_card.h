#pragma once
// The card the embedding map shows under the pointer: the hovered image's thumbnail (from the browser's
// thumbnail loader and its cache) beside its name, split and tags (the image source's tooltip text).
#include "thumbnails/image_source.h"

#include <QFrame>
#include <QPointer>

#include <memory>

class QLabel;

namespace tagscope::ui {

class ThumbnailLoader;

class MapHoverCard : public QFrame {
    Q_OBJECT
public:
    explicit MapHoverCard(QWidget* parent = nullptr);

    void setLoader(ThumbnailLoader* loader); // the browser's: thumbnails are shared and cached once
    void showImage(int image, const QPoint& globalPosition);
    int image() const { return image_; }
    void dismiss();

private:
    void thumbnailArrived(int image);
    void place(const QPoint& globalPosition);

    QPointer<ThumbnailLoader> loader_;
    QLabel* picture_;
    QLabel* text_;
    int image_ = -1;
    QPoint anchor_;
};

} // namespace tagscope::ui
