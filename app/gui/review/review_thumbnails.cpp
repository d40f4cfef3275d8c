#include "review_thumbnails.h"

#include "thumbnails/thumbnail_delegate.h"

#include <QItemSelectionModel>
#include <QScrollBar>

#include <algorithm>

namespace tagscope::gui {

namespace {
constexpr int kReviewThumbnailSide = 128;
constexpr int kRowsAhead = 60; // decoded beyond the screen, so scrolling on finds them ready
} // namespace

void CaptionedThumbnailModel::setCaptionedImages(const QVector<int>& images, const QHash<int, QString>& captions, const QHash<int, QString>& toolTips)
{
    captions_ = captions;
    toolTips_ = toolTips;
    setImages(images);
}

QVariant CaptionedThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole)
        return captions_.value(imageAt(index.row()));
    if (role == Qt::ToolTipRole) {
        const QString line = toolTips_.value(imageAt(index.row()));
        const QString tip = ui::ThumbnailGridModel::data(index, role).toString();
        return line.isEmpty() ? tip : QStringLiteral("<p><b>%1</b></p>%2").arg(line.toHtmlEscaped(), tip);
    }
    return ui::ThumbnailGridModel::data(index, role);
}

ReviewThumbnailList::ReviewThumbnailList(QWidget* parent) : QListView(parent), model_(new CaptionedThumbnailModel(this))
{
    auto* delegate = new ui::ThumbnailDelegate(this);
    delegate->setThumbnailSide(kReviewThumbnailSide);
    model_->setThumbnailSide(kReviewThumbnailSide);
    setModel(model_);
    setItemDelegate(delegate);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setGridSize(delegate->tileSize(font()));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setMouseTracking(true);
    requestTimer_.setSingleShot(true);
    requestTimer_.setInterval(0);
    connect(&requestTimer_, &QTimer::timeout, this, &ReviewThumbnailList::requestVisible);
    connect(model_, &QAbstractItemModel::modelReset, &requestTimer_, qOverload<>(&QTimer::start));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            Q_EMIT imageChosen(model_->imageAt(current.row()));
    });
}

QVector<int> ReviewThumbnailList::selectedImages() const
{
    QVector<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedIndexes())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    QVector<int> images;
    for (int row : rows)
        images.push_back(model_->imageAt(row));
    return images;
}

void ReviewThumbnailList::selectImages(const QVector<int>& images)
{
    QItemSelection selection;
    const QVector<int>& shown = model_->images();
    for (int image : images) {
        const int row = static_cast<int>(shown.indexOf(image));
        if (row >= 0)
            selection.select(model_->index(row), model_->index(row));
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ReviewThumbnailList::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    requestTimer_.start();
}

void ReviewThumbnailList::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    requestTimer_.start();
}

// The rows on screen, then the next ones: the loader decodes them in this order and drops the rest.
void ReviewThumbnailList::requestVisible()
{
    const int rows = model_->rowCount();
    if (rows == 0)
        return;
    const QRect area = viewport()->rect();
    int first = -1;
    for (int row = 0; row < rows && first < 0; ++row)
        if (visualRect(model_->index(row)).intersects(area))
            first = row;
    if (first < 0)
        first = 0;
    QVector<int> wanted;
    int row = first;
    for (; row < rows && visualRect(model_->index(row)).intersects(area); ++row)
        wanted.push_back(row);
    for (int ahead = 0; row < rows && ahead < kRowsAhead; ++row, ++ahead)
        wanted.push_back(row);
    model_->requestRows(wanted);
}

} // namespace tagscope::gui
