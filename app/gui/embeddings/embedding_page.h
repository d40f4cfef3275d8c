#pragma once
// The Embeddings page: the embedding map with live t-SNE beside its controls and the selection gallery.
// Embeddings come from the EmbeddingStore (loaded from an .npy or computed from a run); a new set starts t-SNE
// from its PCA layout. A 40 ms timer polls the optimiser's latest frame and status, so the GUI thread never
// waits on it. Points are coloured by a tag's label state, by split, by the model's correctness on a tag (once
// predictions are loaded) or by density. The browser's filter, wherever it was set, shows above the map with a
// button that clears it; the points outside it are drawn as hollow rings, apart from the grey of "unknown".
#include "common/loaded_dataset.h"
#include "embedding_store.h"
#include "engine_bridge/embedding_extraction.h"
#include "map_colouring.h"

#include <QTimer>
#include <QVector>
#include <QWidget>

#include <cstdint>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace tagscope::ui {
class EmbeddingMapView;
class ImageSource;
class SelectionGallery;
class ThumbnailDiskCache;
class ThumbnailLoader;
class TsneControls;
} // namespace tagscope::ui

namespace tagscope::gui {

class EmbeddingSourceRunner;
class TsneRunner;

class EmbeddingPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 40;

    explicit EmbeddingPage(EmbeddingStore* store, QWidget* parent = nullptr);
    ~EmbeddingPage() override;

    // The open dataset, its image source and the browser's thumbnail loader (shared, so hovering reuses its cache).
    void setDataset(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const ui::ImageSource> source, ui::ThumbnailLoader* browserLoader,
                    std::shared_ptr<const ui::ThumbnailDiskCache> diskCache);
    // The same images with other labels (review corrections applied or not): the map is recoloured, its layout,
    // tag and selection kept.
    void setLabels(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const ui::ImageSource> source);
    // The browser's current images; `all`: no filter, nothing dimmed. `description` names the filter above the map.
    void setBrowserFilter(const QVector<int>& images, bool all, const QString& description);
    QLabel* filterLabel() const { return filterLabel_; }             // the browser's filter, shown while one is set
    QPushButton* clearFilterButton() const { return clearFilterButton_; }
    void setRunsFolder(const QString& folder) { runsFolder_ = folder; }
    void setPreferredRun(const QString& run) { preferredRun_ = run; } // offered first by "Compute Embeddings"

    // `modelPath`: the model that computed them, when known (a restored session's cached embeddings).
    void loadEmbeddings(const QString& npyPath, const QString& modelPath = QString());
    void computeEmbeddings(const EmbeddingExtractionRequest& request);
    void loadPredictions(const QString& npyPath); // scores per tag for the "model correctness" colours
    void computePredictions(const EmbeddingExtractionRequest& request); // with a run's model.pt (logits out)
    void setColouring(MapColourMode mode, int tag = -1); // tag -1 keeps the chosen one
    MapColourMode colourMode() const { return mode_; }
    int colourTag() const { return tag_; }
    bool hasPredictions() const { return predictions_.scores != nullptr; }
    void exportCoordinates(const QString& path);            // .csv or .npy
    void exportSelection(const QString& path);              // .csv

    EmbeddingStore* store() const { return store_; }
    EmbeddingSourceRunner* sources() const { return sources_; }
    TsneRunner* tsne() const { return tsne_; }
    ui::EmbeddingMapView* map() const { return map_; }
    ui::TsneControls* controls() const { return controls_; }
    ui::SelectionGallery* gallery() const { return gallery_; }
    QComboBox* colourCombo() const { return colourCombo_; }
    QComboBox* tagCombo() const { return tagCombo_; }
    QToolBar* toolBar() const { return toolBar_; }
    QAction* loadAction() const { return loadAction_; }
    QAction* computeAction() const { return computeAction_; }
    std::uint64_t shownFrameVersion() const { return shownVersion_; }
    QString lastError() const { return lastError_; }

Q_SIGNALS:
    void imageChosen(int image);                          // for the inspector
    void showInBrowserRequested(const QVector<int>& images);
    void similarImagesRequested(std::uint32_t imageId);
    void clearFilterRequested(); // the filter bar's Show All Images
    void statusMessage(const QString& text, int timeoutMs);

private:
    void createToolBar();
    QWidget* createFilterBar();
    void chooseEmbeddingFile();
    void chooseModel();
    void choosePredictionFile();
    void choosePredictionModel();
    void setPredictions(MapPredictions predictions, const QString& summary);
    void chooseCoordinatesFile();
    void chooseSelectionFile(const QVector<int>& images);
    void embeddingsChanged();
    void poll();
    void recolour();
    void updateEmphasis();
    void updateColourChoices();
    void selectionChanged(const QVector<int>& points);
    void fail(const QString& title, const QString& message);

    EmbeddingStore* store_;
    EmbeddingSourceRunner* sources_;
    TsneRunner* tsne_;
    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const ui::ImageSource> source_;
    MapPredictions predictions_;
    MapColourMode mode_ = MapColourMode::Tag;
    int tag_ = -1;
    QVector<int> browserImages_;
    bool browserAll_ = true;
    QString browserDescription_;
    QString runsFolder_, preferredRun_;
    QString lastError_;
    std::uint64_t shownVersion_ = 0;
    std::uint64_t shownGeneration_ = 0;
    QTimer poll_;

    QToolBar* toolBar_ = nullptr;
    QAction* loadAction_ = nullptr;
    QAction* computeAction_ = nullptr;
    QAction* predictionsAction_ = nullptr;
    QAction* computePredictionsAction_ = nullptr;
    QActionGroup* tools_ = nullptr;
    QComboBox* colourCombo_ = nullptr;
    QComboBox* tagCombo_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QLabel* sourceLabel_ = nullptr;
    QWidget* filterBar_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QPushButton* clearFilterButton_ = nullptr;
    ui::EmbeddingMapView* map_ = nullptr;
    ui::TsneControls* controls_ = nullptr;
    ui::SelectionGallery* gallery_ = nullptr;
};

} // namespace tagscope::gui
