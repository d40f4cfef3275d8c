#include "neighbour_gallery_model.h"

#include "thumbnails/thumbnail_tiles.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tagscope::ui {

NeighbourGalleryModel::NeighbourGalleryModel(QObject* parent) : QAbstractListModel(parent), loader_(new ThumbnailLoader(this))
{
    placeholder_ = placeholderImage(loader_->thumbnailSide());
    missing_ = missingImage(loader_->thumbnailSide());
    connect(loader_, &ThumbnailLoader::thumbnailReady, this, &NeighbourGalleryModel::thumbnailArrived);
    connect(loader_, &ThumbnailLoader::thumbnailFailed, this, &NeighbourGalleryModel::thumbnailArrived);
}

void NeighbourGalleryModel::setSource(std::shared_ptr<const ImageSource> source)
{
    beginResetModel();
    loader_->setSource(std::move(source));
    query_ = {};
    neighbours_.clear();
    shared_.clear();
    endResetModel();
}

void NeighbourGalleryModel::setThumbnailSide(int side)
{
    if (side == loader_->thumbnailSide())
        return;
    beginResetModel();
    loader_->setThumbnailSide(side);
    placeholder_ = placeholderImage(side);
    missing_ = missingImage(side);
    endResetModel();
    QVector<int> wanted;
    for (const GalleryNeighbour& n : neighbours_)
        wanted.push_back(n.image);
    loader_->setWanted(wanted);
}

int NeighbourGalleryModel::thumbnailSide() const
{
    return loader_->thumbnailSide();
}

void NeighbourGalleryModel::setNeighbours(const GalleryQuery& query, QVector<GalleryNeighbour> neighbours)
{
    beginResetModel();
    query_ = query;
    if (query.image >= 0)
        neighbours.erase(std::remove_if(neighbours.begin(), neighbours.end(), [&](const GalleryNeighbour& n) { return n.image == query.image; }),
                         neighbours.end());
    std::stable_sort(neighbours.begin(), neighbours.end(),
                     [](const GalleryNeighbour& a, const GalleryNeighbour& b) { return a.distance < b.distance; });
    neighbours_ = std::move(neighbours);
    const QSet<QString> queryTags(query.tags.begin(), query.tags.end());
    shared_.clear();
    shared_.reserve(neighbours_.size());
    for (const GalleryNeighbour& n : neighbours_) {
        QVector<bool> flags;
        flags.reserve(n.tags.size());
        for (const QString& tag : n.tags)
            flags.push_back(queryTags.contains(tag));
        shared_.push_back(std::move(flags));
    }
    endResetModel();
    QVector<int> wanted;
    if (query.image >= 0)
        wanted.push_back(query.image);
    for (const GalleryNeighbour& n : neighbours_)
        wanted.push_back(n.image);
    loader_->setWanted(wanted);
}

void NeighbourGalleryModel::clear()
{
    beginResetModel();
    query_ = {};
    neighbours_.clear();
    shared_.clear();
    endResetModel();
    loader_->clearPending();
}

QVector<bool> NeighbourGalleryModel::sharedFlags(int row) const
{
    return row >= 0 && row < shared_.size() ? shared_[row] : QVector<bool>();
}

QVector<TagShare> NeighbourGalleryModel::summary(int fileTags) const
{
    QVector<TagShare> shares;
    if (query_.image < 0 && query_.tags.isEmpty()) {
        QHash<QString, int> counts;
        QStringList order; // first seen first: ties keep the nearer neighbours' tags ahead
        for (const GalleryNeighbour& n : neighbours_)
            for (const QString& tag : n.tags)
                if (counts[tag]++ == 0)
                    order << tag;
        for (const QString& tag : order)
            shares.push_back({tag, counts[tag], double(counts[tag]) / double(neighbours_.size())});
        std::stable_sort(shares.begin(), shares.end(), [](const TagShare& a, const TagShare& b) { return a.count > b.count; });
        if (shares.size() > fileTags)
            shares.resize(fileTags);
        return shares;
    }
    for (const QString& tag : query_.tags) {
        TagShare share;
        share.tag = tag;
        for (const GalleryNeighbour& n : neighbours_)
            share.count += n.tags.contains(tag) ? 1 : 0;
        share.share = neighbours_.isEmpty() ? 0.0 : double(share.count) / double(neighbours_.size());
        shares.push_back(share);
    }
    return shares;
}

int NeighbourGalleryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(neighbours_.size());
}

QVariant NeighbourGalleryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= neighbours_.size())
        return {};
    const GalleryNeighbour& n = neighbours_[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const auto source = loader_->source();
        return source ? source->imageName(n.image) : QString::number(n.image);
    }
    case Qt::ToolTipRole: {
        const auto source = loader_->source();
        QString tip = source ? source->imageToolTip(n.image) : QString();
        tip += QStringLiteral("<p>%1</p>").arg(tr("Distance %1 · rank %2").arg(QString::number(double(n.distance), 'g', 4)).arg(index.row() + 1));
        if (loader_->state(n.image) == ThumbnailLoader::State::Failed)
            tip += QStringLiteral("<p style='color:#b03a2e'>%1</p>").arg(loader_->error(n.image).toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        switch (loader_->state(n.image)) {
        case ThumbnailLoader::State::Loaded: return loader_->thumbnail(n.image);
        case ThumbnailLoader::State::Failed: return missing_;
        case ThumbnailLoader::State::Missing:
        case ThumbnailLoader::State::Pending: return placeholder_;
        }
        return placeholder_;
    case ImageIndexRole: return n.image;
    case DistanceRole: return n.distance;
    case RankRole: return index.row() + 1;
    case TagsRole: return n.tags;
    case SharedFlagsRole: {
        QVariantList flags;
        for (bool flag : shared_[index.row()])
            flags.push_back(flag);
        return flags;
    }
    case SharedCountRole: return static_cast<int>(std::count(shared_[index.row()].begin(), shared_[index.row()].end(), true));
    case ThumbnailStateRole: return static_cast<int>(loader_->state(n.image));
    default: return {};
    }
}

void NeighbourGalleryModel::thumbnailArrived(int image)
{
    if (image == query_.image)
        Q_EMIT queryThumbnailReady();
    for (int row = 0; row < neighbours_.size(); ++row)
        if (neighbours_[row].image == image) {
            const QModelIndex at = index(row);
            Q_EMIT dataChanged(at, at, {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailStateRole});
        }
}

} // namespace tagscope::ui
