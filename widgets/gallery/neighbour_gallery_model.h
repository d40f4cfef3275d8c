#pragma once
// The nearest neighbours of one query image, nearest first: each row is a neighbour with its thumbnail, its
// distance, its positive tags and which of them it shares with the query. Also the summary that tells how
// typical the neighbourhood is: for each of the query's tags, the share of neighbours that carry it.
#include "thumbnails/image_source.h"
#include "thumbnails/thumbnail_loader.h"

#include <QAbstractListModel>
#include <QImage>
#include <QStringList>
#include <QVector>

#include <memory>

namespace tagscope::ui {

struct GalleryNeighbour {
    int image = -1;       // index in the image source
    float distance = 0;   // euclidean, or cosine distance (1 - cosine similarity)
    QStringList tags;     // positive tags, as the user reads them
};

struct GalleryQuery {
    int image = -1;       // a dataset image, or -1 for an image file from outside the dataset
    QString title;        // the image's name, or the file's
    QString filePath;     // the file queried, for outside images
    QStringList tags;     // the query's positive tags (none for outside images)
};

struct TagShare {
    QString tag;
    int count = 0;        // neighbours carrying the tag
    double share = 0;     // count / neighbours
};

class NeighbourGalleryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ImageIndexRole = Qt::UserRole + 1, // int
        DistanceRole,                      // float
        RankRole,                          // int, 1 for the nearest
        TagsRole,                          // QStringList
        SharedFlagsRole,                   // QVariantList of bool, one per tag in TagsRole
        SharedCountRole,                   // int
        ThumbnailStateRole,                // int: ThumbnailLoader::State
    };

    explicit NeighbourGalleryModel(QObject* parent = nullptr);

    void setSource(std::shared_ptr<const ImageSource> source); // clears the gallery
    ThumbnailLoader* loader() const { return loader_; }
    void setThumbnailSide(int side);
    int thumbnailSide() const;

    // Replaces the gallery. Neighbours are ordered by distance (ties keep their order) and the query image
    // itself is left out when it is among them. Thumbnails are requested nearest first.
    void setNeighbours(const GalleryQuery& query, QVector<GalleryNeighbour> neighbours);
    void clear();

    const GalleryQuery& query() const { return query_; }
    bool hasQuery() const { return !query_.title.isEmpty() || query_.image >= 0; }
    const GalleryNeighbour& neighbour(int row) const { return neighbours_[row]; }
    QVector<bool> sharedFlags(int row) const;
    // The query's tags in its own order, each with the neighbours that carry it. An image file has no tags of
    // its own: then the tags most common among its neighbours (at most `fileTags`), most common first.
    QVector<TagShare> summary(int fileTags = 8) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void queryThumbnailReady(); // the query image's thumbnail arrived in the loader

private:
    void thumbnailArrived(int image);

    ThumbnailLoader* loader_;
    GalleryQuery query_;
    QVector<GalleryNeighbour> neighbours_;
    QVector<QVector<bool>> shared_;
    QImage placeholder_, missing_;
};

} // namespace tagscope::ui
