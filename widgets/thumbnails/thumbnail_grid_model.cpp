#include "thumbnail_grid_model.h"

#include "thumbnail_tiles.h"

#include <algorithm>

namespace tagscope::ui {

ThumbnailGridModel::ThumbnailGridModel(QObject* parent) : QAbstractListModel(parent), loader_(new ThumbnailLoader(this))
{
    placeholder_ = placeholderImage(loader_->thumbnailSide());
    missing_ = missingImage(loader_->thumbnailSide());
    connect(loader_, &ThumbnailLoader::thumbnailReady, this, &ThumbnailGridModel::thumbnailArrived);
    connect(loader_, &ThumbnailLoader::thumbnailFailed, this, &ThumbnailGridModel::thumbnailArrived);
}

void ThumbnailGridModel::setSource(std::shared_ptr<const ImageSource> source)
{
    beginResetModel();
    loader_->setSource(std::move(source));
    images_.clear();
    requestedRows_.clear();
    endResetModel();
}

void ThumbnailGridModel::setImages(QVector<int> images)
{
    beginResetModel();
    loader_->clearPending(); // rows of the previous filter are gone; in-flight decodes still fill the cache
    images_ = std::move(images);
    requestedRows_.clear();
    endResetModel();
}

int ThumbnailGridModel::imageAt(int row) const
{
    return row >= 0 && row < images_.size() ? images_[row] : -1;
}

void ThumbnailGridModel::setThumbnailSide(int side)
{
    if (side == loader_->thumbnailSide())
        return;
    beginResetModel();
    loader_->setThumbnailSide(side);
    placeholder_ = placeholderImage(side);
    missing_ = missingImage(side);
    requestedRows_.clear();
    endResetModel();
}

int ThumbnailGridModel::thumbnailSide() const
{
    return loader_->thumbnailSide();
}

void ThumbnailGridModel::requestRows(const QVector<int>& rowsByUrgency)
{
    QVector<int> wanted;
    wanted.reserve(rowsByUrgency.size());
    requestedRows_.clear();
    for (int row : rowsByUrgency) {
        const int image = imageAt(row);
        if (image < 0)
            continue;
        wanted.push_back(image);
        requestedRows_.insert(image, row);
    }
    loader_->setWanted(wanted);
}

int ThumbnailGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(images_.size());
}

QVariant ThumbnailGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= images_.size())
        return {};
    const int image = images_[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const auto source = loader_->source();
        return source ? source->imageName(image) : QString();
    }
    case Qt::ToolTipRole: {
        const auto source = loader_->source();
        if (!source)
            return {};
        QString tip = source->imageToolTip(image);
        if (loader_->state(image) == ThumbnailLoader::State::Failed)
            tip += QStringLiteral("<p style='color:#b03a2e'>%1</p>").arg(loader_->error(image).toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole: {
        switch (loader_->state(image)) {
        case ThumbnailLoader::State::Loaded: return loader_->thumbnail(image);
        case ThumbnailLoader::State::Failed: return missing_;
        case ThumbnailLoader::State::Missing:
        case ThumbnailLoader::State::Pending: return placeholder_;
        }
        return placeholder_;
    }
    case ImageIndexRole: return image;
    case ThumbnailStateRole: return static_cast<int>(loader_->state(image));
    default: return {};
    }
}

void ThumbnailGridModel::thumbnailArrived(int image)
{
    const auto found = requestedRows_.find(image);
    if (found == requestedRows_.end())
        return;
    const int row = found.value();
    requestedRows_.erase(found);
    if (row < images_.size() && images_[row] == image) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole, ThumbnailStateRole});
    }
}

} // namespace tagscope::ui
