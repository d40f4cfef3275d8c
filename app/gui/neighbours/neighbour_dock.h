#pragma once
// The neighbour gallery as a dock of the main window (View > Similar Images, Ctrl+5), fed by the window's
// EmbeddingStore. "Find Similar Images" (Ctrl+Shift+F) queries the image last given to setCurrentImage (the
// browser's or the inspector's), and imageMenu() adds it to the context menus of views that show images.
#include "common/loaded_dataset.h"

#include <QDockWidget>

#include <memory>

class QAction;
class QMenu;

namespace tagscope::gui {

class EmbeddingStore;
class NeighbourPanel;

class NeighbourDock : public QDockWidget {
    Q_OBJECT
public:
    NeighbourDock(EmbeddingStore* store, QWidget* parent = nullptr);

    NeighbourPanel* panel() const { return panel_; }
    QAction* findSimilarAction() const { return findSimilar_; }

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    void setCurrentImage(int image); // -1: none (the action is disabled)
    void findSimilar(int image);     // shows and raises the dock, then queries
    // Makes `image` the current one and adds "Find Similar Images" to `menu`.
    void addImageActions(QMenu* menu, int image);

private:
    void embeddingsChanged();

    EmbeddingStore* store_;
    NeighbourPanel* panel_;
    QAction* findSimilar_;
    int currentImage_ = -1;
};

} // namespace tagscope::gui
