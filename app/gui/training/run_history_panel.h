#pragma once
// The runs of the workspace's runs folder, newest first, with what each was (dataset, backbone, loss, device),
// how far it got and its best validation figure. Runs written by `tagscope-cli train` appear as well: the
// folder is watched and re-read every few seconds, and only runs whose files changed are parsed again
// (in a worker thread). From here a run is opened, compared with another, resumed or exported, its model turned
// back on the dataset's labels (Review Labels with this Run), or trained again after a review.
#include "training/run_history.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tagscope::gui {

class RunHistoryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRescanIntervalMs = 3000;

    explicit RunHistoryPanel(QWidget* parent = nullptr);

    void setFolder(const QString& folder); // creates it when missing, then scans it
    QString folder() const { return folder_; }
    void refresh(); // scans now (in the background); listChanged() follows
    // The run this window is training: listed as in progress (or paused) whatever its files say.
    void setActiveRun(const QString& directory, const QString& stateText = QString());
    // A run this window trained has ended: its recent files no longer mean that it is in progress.
    void setRunEnded(const QString& directory);

    QVector<RunSummary> runs() const { return runs_; }
    const RunSummary* find(const QString& directory) const;
    QStringList selectedRuns() const;
    void selectRuns(const QStringList& directories);
    QTreeWidget* table() const { return table_; }
    QPushButton* openButton() const { return open_; }
    QPushButton* compareButton() const { return compare_; }
    QPushButton* resumeButton() const { return resume_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* settingsButton() const { return settings_; }
    QPushButton* reviewButton() const { return review_; }
    QPushButton* trainAgainButton() const { return trainAgain_; }
    bool isScanning() const { return scanning_; } // until the list shows the scan's result

    static QString stateText(RunState state);
    static QString durationText(double seconds); // "42 s", "3 min 05 s", "1 h 02 min"
    static QString metricText(const RunSummary& run); // "mAP 63.2", "–"
    static QString progressText(const RunSummary& run); // "3 / 10" epochs, or "1,500 / 150,000 steps" for a run counted in steps

Q_SIGNALS:
    void listChanged();
    void openRequested(const QString& directory);
    void compareRequested(const QString& first, const QString& second);
    void resumeRequested(const QString& directory);
    void exportRequested(const QString& directory);
    void settingsRequested(const QString& directory); // use this run's settings in the form
    void reviewRequested(const QString& directory);   // score the labels with this run's model, or cross-validate it
    void trainAgainRequested(const QString& directory); // a new run with this run's settings

private:
    struct CacheEntry {
        QString stamp; // the sizes and times of the run's files when it was read
        RunSummary summary;
    };
    struct Scan {
        QVector<RunSummary> runs;
        QHash<QString, CacheEntry> cache;
    };
    static Scan scan(const QString& folder, QHash<QString, CacheEntry> cache);
    void scanFinished();
    void rebuildTable();
    void updateButtons();
    void chooseFolder();

    QString folder_;
    QLabel* folderLabel_;
    QTreeWidget* table_;
    QPushButton* open_;
    QPushButton* compare_;
    QPushButton* resume_;
    QPushButton* export_;
    QPushButton* settings_;
    QPushButton* review_;
    QPushButton* trainAgain_;
    QFileSystemWatcher* folderWatcher_;
    QTimer rescan_;
    QFutureWatcher<Scan> watcher_;
    bool scanning_ = false;
    bool rescanQueued_ = false;
    QHash<QString, CacheEntry> cache_;
    QVector<RunSummary> runs_;
    QString activeRun_;
    QString activeState_;
    QHash<QString, qint64> ended_; // run directory -> when its trainer here ended (seconds since the epoch)
};

} // namespace tagscope::gui
