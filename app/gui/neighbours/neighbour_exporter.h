#pragma once
// The neighbour gallery's Export menu: "Export Neighbours as CSV…" (the neighbours shown) and "Export for
// TensorBoard Projector…" (every embedding with its image, split, tags and the chosen tag's state), the latter
// written by a worker.
#include "common/loaded_dataset.h"

#include "embedding/float_matrix.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QAction;
class QWidget;

namespace tagscope::ui {
class NeighbourGalleryModel;
}

namespace tagscope::gui {

class NeighbourExporter : public QObject {
    Q_OBJECT
public:
    // `dialogParent` parents the file dialogs and the actions.
    NeighbourExporter(const ui::NeighbourGalleryModel* model, QWidget* dialogParent);
    ~NeighbourExporter() override; // waits for a projector export still writing

    void setData(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> imageIds);
    void setProjectorTag(int tag); // -1: no tag column
    void updateActions();          // after the gallery or the data changed

    QString writeCsv(const QString& path) const; // the error, or "" when written
    void exportProjector(const QString& folder); // projectorExported or exportFailed follows
    bool isExporting() const { return watcher_.isRunning(); }

    QAction* csvAction() const { return csvAction_; }
    QAction* projectorAction() const { return projectorAction_; }

Q_SIGNALS:
    void projectorExported(const QString& folder);
    void exportFailed(const QString& message);
    void statusMessage(const QString& message, int timeout);

private:
    void chooseCsvFile();
    void chooseProjectorFolder();
    void projectorDone();

    const ui::NeighbourGalleryModel* model_;
    QWidget* dialogParent_;
    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const FloatMatrix> vectors_;
    std::vector<std::uint32_t> imageIds_;
    int projectorTag_ = -1;
    QFutureWatcher<QString> watcher_;
    QString folder_;
    QAction* csvAction_;
    QAction* projectorAction_;
};

} // namespace tagscope::gui
