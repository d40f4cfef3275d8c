#pragma once
// The first window: a tag panel on the left, the thumbnail grid above the tag histogram on the right.
// Datasets open from the File menu, the command line or a dropped folder; imports run in a worker thread.
#include "browse/image_filter.h"
#include "common/loaded_dataset.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace tagscope::ui {
class CooccurrenceHeatmap;
class ImageFilterBar;
class ImbalanceSummaryView;
class TagHistogram;
class TagPanel;
class TaskProgressWidget;
class ThumbnailGridModel;
class VirtualThumbnailGrid;
} // namespace tagscope::ui

namespace tagscope::gui {

class AnalysisRunner;
class BandRuleBar;
class DatasetController;
class EmbeddingPage;
class EmbeddingStore;
class ImageInspector;
class ImageFilterRunner;
class NeighbourDock;
class ReviewScoresRunner;
class ReviewPage;
class TrainingPanel;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openDataset(const QString& path);
    void openDemoDataset();
    // The command-line folder if given; else the last session (its dataset, filter and runs) when the preferences
    // say so, or the last dataset; at the very first start the demo dataset.
    void openAtStartup(const QString& commandLinePath);

    bool isBusy() const;
    std::shared_ptr<const LoadedDataset> dataset() const { return data_; }
    void setCurrentTag(int tag); // -1: all images
    int currentTag() const { return currentTag_; }
    bool isFiltering() const;
    QString lastError() const { return lastError_; }
    QString issueSummary() const; // the status bar's "N rows skipped" text, empty when there were none

    ui::TagPanel* tagPanel() const { return tagPanel_; }
    ui::ThumbnailGridModel* gridModel() const { return gridModel_; }
    ui::VirtualThumbnailGrid* gridView() const { return gridView_; }
    ImageInspector* inspector() const { return inspector_; }
    ui::TagHistogram* histogram() const { return histogram_; }
    ui::ImbalanceSummaryView* summaryView() const { return summaryView_; }
    TrainingPanel* trainingPanel() const { return trainingPanel_; }
    QAction* trainingAction() const { return trainingAction_; } // View > Training (Ctrl+3)
    void showTraining(bool show);                               // the training page in place of the browser
    bool isShowingTraining() const;
    EmbeddingStore* embeddingStore() const { return embeddingStore_; }
    EmbeddingPage* embeddingPage() const { return embeddingPage_; }
    QAction* embeddingMapAction() const { return embeddingMapAction_; }
    void showEmbeddingMap(bool show);                     // the embedding map in place of the browser
    void showImagesInBrowser(const QVector<int>& images); // an image-set filter on the grid
    ReviewPage* reviewPage() const { return reviewPage_; }
    QAction* reviewAction() const { return reviewAction_; }           // View > Review (Ctrl+4)
    QAction* openScoresAction() const { return openScoresAction_; }   // File > Open Scores for Review…
    void showReview(bool show);                                       // the review page in place of the browser
    bool isShowingReview() const;
    bool showReviewQueue(int tag); // the tag's review queue when a review is open (false: none is)
    NeighbourDock* neighbourDock() const { return neighbourDock_; } // View > Similar Images
    void showImageInInspector(int image); // with its place in the grid when the grid shows it
    ui::CooccurrenceHeatmap* cooccurrenceView() const { return heatmap_; }
    QTabWidget* analysisTabs() const { return analysisTabs_; }
    // The head / medium / tail rule of the tag table and the histogram (the control above the histogram).
    BandRuleBar* bandRuleBar() const { return bandRuleBar_; }
    void setBandRule(const BandRule& rule);
    // The analysis tab by name: "frequency", "summary" or "cooccurrence"; false for another name.
    bool showAnalysisTab(const QString& name);
    bool isAnalysing() const; // the summary or the co-occurrence is being computed
    // Grid filters beyond the single tag: the images without a tag (verified negative or unknown), and the
    // images positive for two tags.
    // Filters the grid by a typed expression (tags with AND / OR / NOT, states, splits, names); empty: none.
    void setFilterExpression(const QString& expression);
    void showAllImages(); // clears the tag filter and the expression
    void showImagesWithTag(int tag);
    void showImagesWithoutTag(int tag);
    void showImagesWithBothTags(int tagA, int tagB);
    ImageFilter currentFilter() const;
    ui::ImageFilterBar* filterBar() const { return filterBar_; }
    void showPreferences();
    void showKeyboardShortcuts();
    void stepImage(int delta); // the grid's current image moves by delta (next: +1)

    // Review corrections (main_window_corrections.cpp). View > Show Review Corrections: the dataset with the
    // review decisions kept for it, or as its files give it (saved in the settings).
    QAction* showCorrectionsAction() const { return showCorrectionsAction_; }
    bool showsCorrections() const;
    bool isRefreshingCorrections() const { return refreshInFlight_ || refreshPending_; }
    QString correctionsSummary() const; // the status bar's "N corrected labels, M images left out", empty when none
    // Review Labels with this Run: the job making the scores (progress in the status bar, cancellable there).
    ReviewScoresRunner* reviewScoresRunner() const { return reviewScores_; }
    // The job that Review Labels with this Run starts from the dialog's choices (tests call it without the dialog).
    bool startReviewScores(const QString& runDirectory, bool crossValidate, const QString& split, int folds, const QString& outputFolder);

public Q_SLOTS:
    // Reads the open dataset again (from its cache) with the review decisions as they are now, in the background,
    // and swaps it in keeping the filter, the selection, the current image and the tag table's order. Calls while
    // one runs are coalesced into one more.
    void refreshCorrections();

Q_SIGNALS:
    void correctionsRefreshed();           // a refreshed dataset is on screen
    void reviewScoresReady(const QString& npyPath); // Review Labels with this Run finished: scores to review
    void datasetShown();                    // an import finished and its dataset is on screen
    void openFailed(const QString& message); // an import failed; the message names the path
    void filterFailed(const QString& message); // a typed expression that does not compile

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    static constexpr int kDefaultThumbnailSide = 128;
    static constexpr int kWelcomePage = 0; // pages_: the welcome page, the workspace, the training and embedding pages

    // main_window_layout.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createNeighbourDock(); // main_window_neighbours.cpp
    void createTrainingPage();  // main_window_training.cpp
    void showPage(QWidget* page); // the browser, the embedding map or the training page; the View actions follow
    QWidget* browserPage() const; // the workspace, or the welcome page while no dataset is open

    void readSettings();
    void writeSettings() const;

    void chooseFolder();
    void chooseFile();
    void reload();
    void importStarted(const QString& task);
    void importBusyChanged(bool busy);
    void showDataset(std::shared_ptr<const LoadedDataset> data);
    void showBands(); // the tag table and the histogram banded by the band rule bar's rule
    void importFailed(const QString& path, const QString& message);
    void importCancelled(const QString& path);
    void applyFilter();
    void rejectFilterExpression(const QString& expression, const ImageFilterResult& check); // shown, not applied
    void filterFinished(const QVector<int>& images, const ImageFilter& filter);
    void showTagWithLabel(int tag, int labelFilter); // labelFilter: ui::ImageFilterBar::LabelFilter
    void updateRecentMenu();
    void updateWindowTitle();
    void showImportReport();
    void setThumbnailSide(int side);
    void stepThumbnailSide(int direction); // +1 larger, -1 smaller
    void showCurrentImage(int row);
    void analysisTabChanged(int index); // the co-occurrence tab borrows height from the grid while it shows
    void createEmbeddingPage();
    void createReviewPage(); // main_window_review.cpp
    void clearImageSetFilter();
    void updateEmbeddingFilter(const QVector<int>& images, const ImageFilter& filter);
    void about();
    void createWorkflowActions(); // main_window_workflow.cpp: filter focus, image steps, training, preferences, help
    // main_window_corrections.cpp
    void createCorrectionActions();
    void startCorrectionsRefresh();
    void swapDataset(std::shared_ptr<const LoadedDataset> data);
    bool restoreKeptView(const QVector<int>& images, const ImageFilter& filter); // false: nothing kept for it
    void updateCorrectionsLabel();
    void connectReviewRuns();
    void reviewLabelsWithRun(const QString& runDirectory); // the dialog, then the job
    void updateTrainingActions();

    DatasetController* controller_;
    ImageFilterRunner* filterRunner_;
    AnalysisRunner* analysis_ = nullptr;
    EmbeddingStore* embeddingStore_ = nullptr; // the open dataset's embeddings
    EmbeddingPage* embeddingPage_ = nullptr;
    QAction* embeddingMapAction_ = nullptr;
    ReviewPage* reviewPage_ = nullptr;
    QAction* reviewAction_ = nullptr;
    QAction* openScoresAction_ = nullptr;
    ImageFilter imageSetFilter_; // Kind::ImageSet while the grid shows images sent from the map
    std::shared_ptr<const LoadedDataset> data_;
    int currentTag_ = -1;
    int secondTag_ = -1; // with currentTag_: images positive for both
    QString lastError_;

    QStackedWidget* pages_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    QSplitter* rightSplitter_ = nullptr;
    ui::TagPanel* tagPanel_ = nullptr;
    ui::ImageFilterBar* filterBar_ = nullptr;
    ui::ThumbnailGridModel* gridModel_ = nullptr;
    ui::VirtualThumbnailGrid* gridView_ = nullptr;
    ImageInspector* inspector_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    TrainingPanel* trainingPanel_ = nullptr;
    QAction* trainingAction_ = nullptr;
    NeighbourDock* neighbourDock_ = nullptr;
    ui::TagHistogram* histogram_ = nullptr;
    BandRuleBar* bandRuleBar_ = nullptr;
    ui::ImbalanceSummaryView* summaryView_ = nullptr;
    ui::CooccurrenceHeatmap* heatmap_ = nullptr;
    QTabWidget* analysisTabs_ = nullptr;
    QList<int> sizesBeforeHeatmap_; // rightSplitter_'s sizes before the co-occurrence tab grew its pane
    ui::TaskProgressWidget* progress_ = nullptr;
    QLabel* issuesLabel_ = nullptr;
    QLabel* summaryLabel_ = nullptr;

    QAction* openAction_ = nullptr;
    QAction* openFileAction_ = nullptr;
    QAction* openDemoAction_ = nullptr;
    QAction* reloadAction_ = nullptr;
    QAction* reportAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* showAllAction_ = nullptr;
    QAction* tagPanelAction_ = nullptr;
    QAction* histogramAction_ = nullptr;
    QAction* frequencyTabAction_ = nullptr;
    QAction* summaryTabAction_ = nullptr;
    QAction* cooccurrenceTabAction_ = nullptr;
    QActionGroup* thumbnailSizes_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
    QAction* filterFocusAction_ = nullptr;
    QAction* nextImageAction_ = nullptr;
    QAction* previousImageAction_ = nullptr;
    QAction* startTrainingAction_ = nullptr;
    QAction* stopTrainingAction_ = nullptr;
    QAction* preferencesAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
    ReviewScoresRunner* reviewScores_ = nullptr;
    QAction* showCorrectionsAction_ = nullptr;
    QLabel* correctionsLabel_ = nullptr;
    bool refreshInFlight_ = false;
    bool refreshPending_ = false;
    // What the grid showed before a refresh, by image: restored once the filter over the new dataset returns.
    struct KeptView {
        ImageFilter filter;
        int currentImage = -1;
        QVector<int> selectedImages; // ascending
        bool allSelected = false;
        qint64 scrollOffset = 0;
        int inspectorImage = -1;
    };
    std::optional<KeptView> keptView_;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
};

} // namespace tagscope::gui
