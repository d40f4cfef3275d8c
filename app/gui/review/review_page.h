#pragma once
// View > Review: label questions one card at a time. On the left the queues (missing labels, wrong positives,
// wrong negatives, label next) with their counts and progress, and the scored tags, the most incomplete first
// (the positives estimated to hide among their unknown labels); on the right the card. Scores come from
// `tagscope-cli predict` or `crossval`, or from a run in the run history; the decisions go to the dataset's
// corrections through the CorrectionJournal, written at once off the GUI thread.
#include "common/loaded_dataset.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace tagscope::ui {
class ThumbnailDiskCache;
class ThumbnailLoader;
} // namespace tagscope::ui

namespace tagscope::gui {

class CorrectionJournal;
class DuplicatePairsView;
class EmbeddingStore;
class LabelNextView;
class OutlierView;
class ReviewCardView;
class ReviewGrid;
class ReviewSession;

class ReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
    ~ReviewPage() override;

    void setDataset(std::shared_ptr<const LoadedDataset> data);
    // Loads a predict / crossval score file and reviews it on a worker. False, with the message shown on the
    // page and in `error`, when the file does not fit the dataset; a bad value found later is shown the same way.
    bool openScores(const QString& npyPath, QString* error = nullptr);
    void chooseScores(); // File > Open Scores for Review…
    void showTagQueue(int tag); // the Missing-labels queue of one tag, card mode
    // The window's embeddings, for the duplicate pairs, the outliers and what to label next.
    void setEmbeddingStore(EmbeddingStore* store);
    void setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache);

    // Cards: one label question at a time. Grid: one tag's candidates, answered a selection at a time. Pairs:
    // near duplicates and leaks. Outliers. Label next: the images to send to annotators, or to answer here.
    enum class Mode { Cards = 0, Grid, Pairs, Outliers, LabelNext };
    void showMode(Mode mode);
    Mode mode() const;

    CorrectionJournal* journal() const { return journal_; }
    ReviewSession* session() const { return session_; }
    ReviewCardView* card() const { return card_; }
    QListWidget* queueList() const { return queues_; }
    QTreeWidget* tagList() const { return tags_; }
    QLineEdit* tagFilter() const { return tagFilter_; }
    ReviewGrid* grid() const { return grid_; }
    DuplicatePairsView* pairsView() const { return pairs_; }
    OutlierView* outlierView() const { return outliers_; }
    LabelNextView* labelNextView() const { return labelNext_; }
    QTabBar* modeBar() const { return modes_; }
    QString message() const; // the problem shown on the page, empty when none
    bool isShowingCards() const;
    // The image of the card shown, once its picture is on the card (-1 while it loads): for tests and benchmarks.
    int pictureOnCard() const { return pictureShown_ ? shownImage_ : -1; }

Q_SIGNALS:
    void correctionsChanged(); // a decision was written: the window refreshes browser, tag table, map
    void tagIncompletenessReady(const QVector<double>& hiddenPositivesByTag); // dataset tag index -> E_j (NaN: no column)
    void imageChosen(int image);

private:
    void showMessage(const QString& text);
    void reviewReady();
    void fillTags();
    void filterTags(const QString& text);
    void refreshQueues();
    void showCurrent();
    void showEvidence(int tag);
    void prefetch();
    void imageReady(int image);
    void queueClicked();
    void tagChosen(QTreeWidgetItem* item);
    int currentImageInWindow(int image) const; // the card's image as the window's dataset numbers it
    void chooseImage(const LoadedDataset& from, int image); // imageChosen, numbered as the window's dataset numbers it
    void refreshMode();
    void refreshGrid();
    void showNeeds(const QString& text); // what a mode needs before it can show anything
    void leaveOut(const LoadedDataset& named, const QVector<int>& images, bool leave); // images numbered as `named` does
    void answerHere(const QVector<QPair<int, int>>& imageAndTag);

    std::shared_ptr<const LoadedDataset> data_;
    CorrectionJournal* journal_;
    ReviewSession* session_;
    ui::ThumbnailLoader* cardImages_;
    ui::ThumbnailLoader* stripImages_;
    int pendingTag_ = -2; // showTagQueue asked before the review was ready (-2: nothing asked)

    QLabel* message_;
    QTabBar* modes_;
    QStackedWidget* stack_;
    QWidget* needsPage_;
    QLabel* needsText_;
    QStackedWidget* right_; // the card or the grid
    ReviewGrid* grid_;
    DuplicatePairsView* pairs_;
    OutlierView* outliers_;
    LabelNextView* labelNext_;
    EmbeddingStore* store_ = nullptr;
    QString embeddingSource_; // the file the store's embeddings came from, when last seen
    bool pairsStale_ = true, outliersStale_ = true, labelNextStale_ = true; // inputs changed since last given
    QWidget* emptyPage_;
    QLabel* emptyText_;
    QWidget* busyPage_;
    QLabel* busyText_;
    QProgressBar* busyBar_;
    QWidget* reviewPage_;
    QLabel* scoresLabel_;
    QListWidget* queues_;
    QLineEdit* tagFilter_;
    QTreeWidget* tags_;
    ReviewCardView* card_;
    QVector<int> evidenceImages_;
    int shownImage_ = -1;
    int tagCountsKind_ = -1; // the queue kind whose counts the tag list shows
    bool pictureShown_ = false;
};

} // namespace tagscope::gui
