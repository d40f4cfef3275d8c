// MainWindow's Similar Images dock: created under the browser, fed by the
// embedding store, and reached from the browser's, the inspector's and the map's context menus and from
// Ctrl+Shift+F. Without embeddings it offers the embeddings page's Compute and Load actions.
#include "main_window.h"

#include "browse/image_inspector.h"
#include "embeddings/embedding_page.h"
#include "neighbours/neighbour_dock.h"
#include "neighbours/neighbour_panel.h"

#include "tags/tag_panel.h"
#include "thumbnails/image_preview.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/thumbnail_loader.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace tagscope::gui {

void MainWindow::showImageInInspector(int image)
{
    const int row = static_cast<int>(gridModel_->images().indexOf(image)); // its place in the grid, when it is there
    inspector_->showImage(image, row, row >= 0 ? gridModel_->rowCount() : 0);
}

void MainWindow::createNeighbourDock()
{
    neighbourDock_ = new NeighbourDock(embeddingStore_, this);
    addDockWidget(Qt::BottomDockWidgetArea, neighbourDock_);
    neighbourDock_->hide(); // until View > Similar Images or Find Similar Images; the saved state brings it back
    addAction(neighbourDock_->findSimilarAction()); // the shortcut works wherever the focus is
    NeighbourPanel* panel = neighbourDock_->panel();
    panel->setThumbnailDiskCache(gridModel_->loader()->diskCache());
    panel->setEmbeddingActions({embeddingPage_->computeAction(), embeddingPage_->loadAction()}); // shown while there are none

    connect(gridView_, &ui::VirtualThumbnailGrid::currentRowChanged, this,
            [this](int row) { neighbourDock_->setCurrentImage(gridModel_->imageAt(row)); });
    connect(gridView_, &ui::VirtualThumbnailGrid::contextMenuRequested, this, [this](int row, const QPoint& at) {
        if (row < 0)
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        neighbourDock_->addImageActions(menu, gridModel_->imageAt(row));
        menu->popup(at);
    });
    ui::ImagePreview* preview = inspector_->preview();
    preview->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(preview, &QWidget::customContextMenuRequested, this, [this, preview](const QPoint& at) {
        if (inspector_->image() < 0)
            return;
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        neighbourDock_->addImageActions(menu, inspector_->image());
        menu->popup(preview->mapToGlobal(at));
    });
    connect(panel, &NeighbourPanel::neighbourChosen, this, [this](int image) { showImageInInspector(image); });
    connect(tagPanel_, &ui::TagPanel::currentTagChanged, panel, &NeighbourPanel::setProjectorTag);
    connect(panel, &NeighbourPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(panel, &NeighbourPanel::searchFailed, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(panel, &NeighbourPanel::exportFailed, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

} // namespace tagscope::gui
