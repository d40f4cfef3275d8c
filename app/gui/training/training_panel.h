#pragma once
// Click-to-train: the training form on the left, and on the right the shown run's progress, live curves,
// long-tail view (per-tag AP against training frequency), the run history and a side-by-side comparison.
// A run started here trains in a worker thread (TrainingController); a run opened from the history is read
// from its directory and followed while another process (tagscope-cli train) still writes it.
#include "common/loaded_dataset.h"
#include "training_controller.h"

#include "dataset/band_rule.h"
#include "training/run_history.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace tagscope::ui {
class LongTailPlot;
class TrainingCurves;
struct EpochSample;
struct LossSample;
struct TagPerformance;
} // namespace tagscope::ui

namespace tagscope::gui {

class RunComparisonView;
class RunHistoryPanel;
class TrainingForm;

class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFollowIntervalMs = 500;

    explicit TrainingPanel(QWidget* parent = nullptr);
    ~TrainingPanel() override;

    void setDataset(std::shared_ptr<const LoadedDataset> data); // the dataset field, and the tags a click can show
    void setRunsFolder(const QString& folder);
    QString runsFolder() const;
    // The bands the long-tail plot colours its tags by (the analysis tab's rule, resolved on the run's tags).
    void setBandRule(const BandRule& rule);
    BandRule bandRule() const { return bandRule_; }

    // Validates the form and starts a run in a new directory of the runs folder; false (with the messages
    // under the fields) when the settings are not valid.
    bool start();
    void resumeRun(const QString& directory);  // from its checkpoint, with its own config
    void openRun(const QString& directory);    // shows its plots; followed while it is being written
    void compareWith(const QString& directory); // overlaid on the shown run; "" removes the comparison
    void exportModel(const QString& directory, const QString& target = QString()); // target "": asks for a file
    void useSettingsOf(const QString& directory);
    // A new run with the settings of `directory`, started at once in "<its name>-after-review" (numbered when that
    // exists), and compared with it: before against after a review. The new run's directory, "" when it could not start.
    QString trainAgain(const QString& directory);

    // For closing the window: true when nothing is training. Otherwise asks whether to stop the run; when the
    // user agrees, the run is stopped (its checkpoint written) and the window closes once it has finished.
    bool confirmClose();

    QString shownRun() const { return shownRun_; }
    QString comparisonRun() const { return comparisonRun_; }
    bool isLoading() const; // a run is being read from disk
    TrainingForm* form() const { return form_; }
    TrainingController* controller() const { return controller_; }
    RunHistoryPanel* history() const { return history_; }
    RunComparisonView* comparisonView() const { return comparison_; }
    ui::TrainingCurves* curves() const { return curves_; }
    ui::LongTailPlot* longTail() const { return longTail_; }
    QPlainTextEdit* log() const { return log_; }
    QTabWidget* tabs() const { return tabs_; }
    QComboBox* comparisonCombo() const { return compareCombo_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* longTailCaption() const { return longTailCaption_; }
    bool showTab(const QString& name); // "curves", "long-tail", "runs", "comparison"

Q_SIGNALS:
    void tagRequested(int tag); // a point of the long-tail view was clicked: show the tag's images
    void reviewLabelsRequested(const QString& runDirectory); // Review Labels with this Run, in the Runs tab
    void statusMessage(const QString& text, int timeoutMs);

private:
    struct LoadedRun {
        RunRecord record;
        std::shared_ptr<RunMetricsFollower> follower;
        QString error;
    };
    struct LoadedPair {
        RunRecord first, second;
        QString error;
    };

    QWidget* createControls();
    QWidget* createRunView();
    void showRun(const QString& directory, bool live);
    void runLoaded();
    void pairLoaded();
    void follow();
    void appendMetrics(const RunMetricsUpdate& update);
    void redrawCurves();
    void updateLongTail();
    void updateMetricName();
    void updateButtons();
    void updateComparisonChoices();
    void updateTitle();
    void showRecordedProgress(); // an opened run: how far it got, from its files
    void logLine(const QString& text);

    void controllerStarted(const QString& directory);
    void controllerStateChanged(TrainingController::State state);
    void statusChanged(const TrainingStatus& status);
    void stepsAdded(const QVector<TrainingStep>& steps);
    void epochFinished(const RunEpochPoint& epoch);
    void validated(const RunEpochPoint& validation);
    // ", validation mAP 41.20 (head ..., ...) in 3.1 s, best so far": the figures of an epoch or a validation.
    static QString validationText(const RunEpochPoint& epoch);
    bool validatesBySteps() const; // the shown run validates every N steps
    void runFinished(TrainingController::Outcome outcome, const QString& message);
    void longTailClicked(const QString& labelName);

    TrainingController* controller_;
    TrainingForm* form_;
    RunHistoryPanel* history_;
    RunComparisonView* comparison_;
    ui::TrainingCurves* curves_;
    ui::LongTailPlot* longTail_;
    QPlainTextEdit* log_;
    QTabWidget* tabs_;
    QComboBox* compareCombo_;
    QLabel* title_;
    QLabel* status_;
    QLabel* longTailCaption_;
    QProgressBar* progress_;
    QPushButton* start_;
    QPushButton* pause_;
    QPushButton* stop_;

    std::shared_ptr<const LoadedDataset> data_;
    BandRule bandRule_;
    QString shownRun_;
    bool shownLive_ = false;      // the shown run is the one training here
    RunMetricsUpdate shownMetrics_;
    nlohmann::json shownConfig_;
    std::vector<RunTag> shownTags_;
    QVector<ui::LossSample> shownSteps_;
    std::shared_ptr<RunMetricsFollower> follower_; // the shown run when another process writes it
    QTimer followTimer_;
    QFutureWatcher<LoadedRun> runLoader_;
    QFutureWatcher<LoadedPair> pairLoader_;
    QString comparisonRun_;
    RunRecord comparisonRecord_;
    bool closeWhenStopped_ = false;
};

} // namespace tagscope::gui
