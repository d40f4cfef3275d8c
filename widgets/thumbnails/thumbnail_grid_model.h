#pragma once
// The images of the current filter, as a list model whose decoration is the thumbnail. Thumbnails are
// decoded only for the rows the view asks for (requestRows); until one arrives the row shows a placeholder.
#include "image_source.h"
#include "thumbnail_loader.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QVector>

#include <memory>

namespace tagscope::ui {

class ThumbnailGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ImageIndexRole = Qt::UserRole + 1, // int: the image index in the source
        ThumbnailStateRole,                // int: ThumbnailLoader::State
    };

    explicit ThumbnailGridModel(QObject* parent = nullptr);

    void setSource(std::shared_ptr<const ImageSource> source); // also clears the images
    void setImages(QVector<int> images);
    const QVector<int>& images() const { return images_; }
    int imageAt(int row) const;

    void setThumbnailSide(int side);
    int thumbnailSide() const;
    ThumbnailLoader* loader() const { return loader_; }

    // The rows to decode, most urgent first; pending requests for any other row are dropped.
    void requestRows(const QVector<int>& rowsByUrgency);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void thumbnailArrived(int image);

    ThumbnailLoader* loader_;
    QVector<int> images_;
    QImage placeholder_;
    QImage missing_;
    QHash<int, int> requestedRows_; // image -> row, for rows waiting for their thumbnail
};

} // namespace tagscope::ui
