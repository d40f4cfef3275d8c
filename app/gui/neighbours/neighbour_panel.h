#pragma once
// The "Similar Images" dock's content: the neighbour gallery over the open dataset's embeddings. Queries run in
// a worker (NeighbourQueryRunner); approximate search uses an HNSW index built in the background (exact results
// are shown until it is ready); Back/Forward walk the queries; the gallery's Export menu writes the neighbours
// as CSV and the embeddings as TensorBoard projector files. Without embeddings it says so and offers the
// actions that compute or load them.
#include "common/loaded_dataset.h"
#include "neighbour_history.h"
#include "neighbour_query_runner.h"

#include "embedding/float_matrix.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace tagscope::ui {
class NeighbourGallery;
class NeighbourGalleryModel;
class ThumbnailDiskCache;
} // namespace tagscope::ui

namespace tagscope::gui {

class NeighbourExporter;

class NeighbourPanel : public QWidget {
    Q_OBJECT
public:
    explicit NeighbourPanel(QWidget* parent = nullptr);
    ~NeighbourPanel() override;

    void setDataset(std::shared_ptr<const LoadedDataset> data); // forgets the embeddings and the queries
    // Row r of `vectors` belongs to dataset image imageIds[r]. modelPath: what made them ("" when unknown:
    // no query by file); sourcePath: their .npy (the approximate index is saved beside it when writable).
    void setEmbeddings(std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> imageIds, const QString& sourcePath,
                       const QString& modelPath);
    void clearEmbeddings();
    bool hasEmbeddings() const { return vectors_ && !vectors_->empty(); }
    // Shown as buttons while there are no embeddings (compute them, load a file).
    void setEmbeddingActions(const QList<QAction*>& actions);
    void setThumbnailDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);
    void setProjectorTag(int tag); // the tag whose state the projector's metadata gets a column for; -1: none

    void queryImage(int image);          // a dataset image (remembered until embeddings arrive)
    void queryFile(const QString& path); // an image file, embedded with the embeddings' model
    void back();
    void forward();
    bool isSearching() const;
    bool isExporting() const;

    QString writeCsv(const QString& path) const; // the error, or "" when written
    void exportProjector(const QString& folder); // in a worker; projectorExported or exportFailed follows

    ui::NeighbourGallery* gallery() const { return gallery_; }
    ui::NeighbourGalleryModel* model() const { return model_; }
    const NeighbourHistory& history() const { return history_; }
    QAction* exportCsvAction() const;
    QAction* exportProjectorAction() const;
    QString emptyText() const;

Q_SIGNALS:
    void searchFinished();
    void neighbourChosen(int image); // a neighbour was clicked (and becomes the query)
    void searchFailed(const QString& message);
    void projectorExported(const QString& folder);
    void exportFailed(const QString& message);
    void statusMessage(const QString& message, int timeout);

private:
    void runCurrent();
    void searched(const NeighbourOutcome& outcome);
    void showError(const QString& message);
    void updatePage();
    void updateActions();
    std::shared_ptr<const ApproximateKnnIndex> approximateIndex(DistanceMetric metric);
    void pollIndex();

    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const FloatMatrix> vectors_;
    std::vector<std::uint32_t> imageIds_;
    QHash<std::uint32_t, int> rows_;
    QString sourcePath_, modelPath_;
    std::array<std::unique_ptr<BackgroundIndexBuild>, 2> indexes_; // euclidean, cosine
    QTimer indexPoll_;
    int pendingImage_ = -1;  // asked for before there were embeddings
    bool waitingForIndex_ = false;

    NeighbourQueryRunner* runner_;
    NeighbourHistory history_;
    NeighbourExporter* exporter_;

    QStackedWidget* pages_;
    QLabel* empty_;
    QVBoxLayout* emptyButtons_;
    ui::NeighbourGallery* gallery_;
    ui::NeighbourGalleryModel* model_;
};

} // namespace tagscope::gui
