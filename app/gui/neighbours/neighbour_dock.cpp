#include "neighbour_dock.h"

#include "embeddings/embedding_store.h"
#include "neighbour_panel.h"

#include <QAction>
#include <QMenu>

namespace tagscope::gui {

NeighbourDock::NeighbourDock(EmbeddingStore* store, QWidget* parent)
    : QDockWidget(tr("Similar Images"), parent), store_(store), panel_(new NeighbourPanel)
{
    setObjectName(QStringLiteral("neighbourDock"));
    setWidget(panel_);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    toggleViewAction()->setToolTip(tr("Show or hide the nearest neighbours of an image in embedding space"));

    findSimilar_ = new QAction(tr("Fin&d Similar Images"), this);
    findSimilar_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findSimilar_->setToolTip(tr("Show the nearest neighbours of the current image in embedding space"));
    findSimilar_->setEnabled(false);
    connect(findSimilar_, &QAction::triggered, this, [this] { findSimilar(currentImage_); });
    connect(store_, &EmbeddingStore::embeddingsChanged, this, &NeighbourDock::embeddingsChanged);
}

void NeighbourDock::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    currentImage_ = -1;
    findSimilar_->setEnabled(false);
    panel_->setDataset(std::move(data));
    embeddingsChanged(); // the store may already hold the new dataset's embeddings
}

void NeighbourDock::setCurrentImage(int image)
{
    currentImage_ = image;
    findSimilar_->setEnabled(image >= 0);
}

void NeighbourDock::findSimilar(int image)
{
    if (image < 0)
        return;
    show();
    raise();
    panel_->queryImage(image);
}

void NeighbourDock::addImageActions(QMenu* menu, int image)
{
    setCurrentImage(image);
    menu->addAction(findSimilar_);
}

void NeighbourDock::embeddingsChanged()
{
    if (store_->isEmpty())
        panel_->clearEmbeddings();
    else
        panel_->setEmbeddings(store_->embeddings(), store_->imageIds(), store_->sourcePath(), store_->modelPath());
}

} // namespace tagscope::gui
