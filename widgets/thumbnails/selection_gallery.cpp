#include "selection_gallery.h"

#include "common/number_format.h"
#include "thumbnail_grid_model.h"
#include "thumbnail_loader.h"
#include "virtual_thumbnail_grid.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tagscope::ui {

namespace {
constexpr int kGalleryThumbnailSide = 96;
}

SelectionGallery::SelectionGallery(QWidget* parent)
    : QWidget(parent), title_(new QLabel), showInBrowser_(new QPushButton(tr("Show in Browser"))), export_(new QPushButton(tr("Export…"))),
      clear_(new QPushButton(tr("Clear"))), model_(new ThumbnailGridModel(this)), grid_(new VirtualThumbnailGrid)
{
    setObjectName(QStringLiteral("selectionGallery"));
    showInBrowser_->setToolTip(tr("Filter the browser's grid to the selected images"));
    export_->setToolTip(tr("Save the selected images' indices and paths as CSV"));
    clear_->setToolTip(tr("Clear the selection (Esc on the map)"));
    model_->setThumbnailSide(kGalleryThumbnailSide);
    grid_->setGridModel(model_);
    grid_->setThumbnailSide(kGalleryThumbnailSide);
    grid_->setEmptyText(tr("Drag a rectangle or a lasso on the map to select images."));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 0, 6, 0);
    buttons->addWidget(showInBrowser_);
    buttons->addWidget(export_);
    buttons->addWidget(clear_);
    buttons->addStretch(1);
    title_->setContentsMargins(6, 4, 6, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title_);
    layout->addLayout(buttons);
    layout->addWidget(grid_, 1);

    connect(grid_, &VirtualThumbnailGrid::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT imageChosen(model_->imageAt(row));
    });
    connect(grid_, &VirtualThumbnailGrid::activated, this, [this](int row) { Q_EMIT imageActivated(model_->imageAt(row)); });
    connect(showInBrowser_, &QPushButton::clicked, this, [this] { Q_EMIT showInBrowserRequested(model_->images()); });
    connect(export_, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(model_->images()); });
    connect(clear_, &QPushButton::clicked, this, &SelectionGallery::clearRequested);
    updateHeader();
}

void SelectionGallery::setSource(std::shared_ptr<const ImageSource> source)
{
    model_->setSource(std::move(source));
    updateHeader();
}

void SelectionGallery::setDiskCache(std::shared_ptr<const ThumbnailDiskCache> cache)
{
    model_->loader()->setDiskCache(std::move(cache));
}

void SelectionGallery::setImages(QVector<int> images)
{
    std::sort(images.begin(), images.end());
    images.erase(std::unique(images.begin(), images.end()), images.end());
    model_->setImages(std::move(images));
    grid_->scrollToTop();
    updateHeader();
}

const QVector<int>& SelectionGallery::images() const
{
    return model_->images();
}

QString SelectionGallery::summary() const
{
    const int count = static_cast<int>(model_->images().size());
    if (count == 0)
        return tr("No images selected");
    return count == 1 ? tr("1 image selected") : tr("%1 images selected").arg(groupedNumber(static_cast<quint64>(count)));
}

void SelectionGallery::updateHeader()
{
    const bool any = !model_->images().isEmpty();
    title_->setText(QStringLiteral("<b>%1</b>").arg(summary().toHtmlEscaped()));
    showInBrowser_->setEnabled(any);
    export_->setEnabled(any);
    clear_->setEnabled(any);
}

} // namespace tagscope::ui
