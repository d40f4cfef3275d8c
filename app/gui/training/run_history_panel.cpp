#include "run_history_panel.h"

#include "common/number_format.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace tagscope::gui {

namespace {

enum Column { RunColumn, StateColumn, BestColumn, EpochsColumn, LossColumn, BackboneColumn, DatasetColumn, DurationColumn, DeviceColumn, ColumnCount };

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// What decides whether a cached summary still holds: the files a trainer changes as it goes.
QString stampOf(const QString& directory)
{
    QString stamp;
    for (const char* file : {"config.json", "metrics.jsonl", "tags.json", "model.pt", "checkpoints/last.pt"}) {
        const QFileInfo info(directory + QLatin1Char('/') + QLatin1String(file));
        stamp += info.exists() ? QStringLiteral("%1@%2;").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()) : QStringLiteral("-;");
    }
    return stamp;
}

} // namespace

RunHistoryPanel::RunHistoryPanel(QWidget* parent)
    : QWidget(parent), folderLabel_(new QLabel), table_(new QTreeWidget), open_(new QPushButton(tr("&Open"))),
      compare_(new QPushButton(tr("&Compare"))), resume_(new QPushButton(tr("&Resume"))), export_(new QPushButton(tr("&Export Model…"))),
      settings_(new QPushButton(tr("Use &Settings"))), review_(new QPushButton(tr("Review &Labels with this Run…"))),
      trainAgain_(new QPushButton(tr("Train &Again"))), folderWatcher_(new QFileSystemWatcher(this))
{
    table_->setObjectName(QStringLiteral("runTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHeaderLabels({tr("Run"), tr("State"), tr("Best"), tr("Progress"), tr("Loss"), tr("Backbone"), tr("Dataset"), tr("Duration"), tr("Device")});
    table_->setRootIsDecorated(false);
    table_->setUniformRowHeights(true);
    table_->setAlternatingRowColors(true);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(DatasetColumn, QHeaderView::Stretch);
    connect(table_, &QTreeWidget::itemSelectionChanged, this, &RunHistoryPanel::updateButtons);
    connect(table_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRequested(item->data(RunColumn, Qt::UserRole).toString());
    });

    open_->setToolTip(tr("Show the run's curves and long-tail view (followed live while it is being written)"));
    compare_->setToolTip(tr("Select two runs: their curves and per-tag AP overlaid, and their settings side by side"));
    resume_->setToolTip(tr("Continue the run from its last checkpoint, exactly where it stopped"));
    export_->setToolTip(tr("Save the run's model as TorchScript (torch.jit.load opens it in Python)"));
    settings_->setToolTip(tr("Fill the training form with this run's settings"));
    connect(open_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT openRequested(selectedRuns().first());
    });
    connect(compare_, &QPushButton::clicked, this, [this] {
        const QStringList runs = selectedRuns();
        if (runs.size() == 2)
            Q_EMIT compareRequested(runs[0], runs[1]);
    });
    connect(resume_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT resumeRequested(selectedRuns().first());
    });
    connect(export_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT exportRequested(selectedRuns().first());
    });
    connect(settings_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT settingsRequested(selectedRuns().first());
    });
    review_->setObjectName(QStringLiteral("reviewRunButton"));
    review_->setToolTip(tr("Score the dataset's labels with this run's model, or cross-validate its settings, and review "
                           "the labels the scores disagree with"));
    trainAgain_->setObjectName(QStringLiteral("trainAgainButton"));
    trainAgain_->setToolTip(tr("Start a new run with this run's settings now, on the labels as reviewed since; the two runs "
                               "are then compared"));
    connect(review_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT reviewRequested(selectedRuns().first());
    });
    connect(trainAgain_, &QPushButton::clicked, this, [this] {
        if (!selectedRuns().isEmpty())
            Q_EMIT trainAgainRequested(selectedRuns().first());
    });

    auto* change = new QToolButton;
    change->setText(tr("Change…"));
    change->setToolTip(tr("Choose the folder that holds the runs (a run directory of tagscope-cli train, or a folder of them)"));
    connect(change, &QToolButton::clicked, this, &RunHistoryPanel::chooseFolder);
    auto* reload = new QToolButton;
    reload->setText(tr("Refresh"));
    connect(reload, &QToolButton::clicked, this, &RunHistoryPanel::refresh);
    folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderLabel_->setObjectName(QStringLiteral("runsFolderLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Runs folder:")));
    top->addWidget(folderLabel_, 1);
    top->addWidget(change);
    top->addWidget(reload);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {open_, compare_, resume_, export_, settings_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    // What follows a run, on a row of its own: one row of seven buttons would widen the whole window.
    auto* loop = new QHBoxLayout;
    loop->addWidget(review_);
    loop->addWidget(trainAgain_);
    loop->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addLayout(loop);

    connect(folderWatcher_, &QFileSystemWatcher::directoryChanged, this, &RunHistoryPanel::refresh);
    rescan_.setInterval(kRescanIntervalMs);
    connect(&rescan_, &QTimer::timeout, this, [this] {
        if (isVisible() || !activeRun_.isEmpty())
            refresh();
    });
    connect(&watcher_, &QFutureWatcher<Scan>::finished, this, &RunHistoryPanel::scanFinished);
    updateButtons();
}

void RunHistoryPanel::setFolder(const QString& folder)
{
    if (!folder_.isEmpty())
        folderWatcher_->removePath(folder_);
    folder_ = QDir::cleanPath(folder);
    QDir().mkpath(folder_);
    folderWatcher_->addPath(folder_);
    folderLabel_->setText(QDir::toNativeSeparators(folder_));
    folderLabel_->setToolTip(folderLabel_->text());
    cache_.clear();
    runs_.clear();
    rebuildTable();
    rescan_.start();
    refresh();
}

void RunHistoryPanel::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Runs Folder"), folder_);
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void RunHistoryPanel::refresh()
{
    if (folder_.isEmpty())
        return;
    if (scanning_) {
        rescanQueued_ = true;
        return;
    }
    scanning_ = true;
    watcher_.setFuture(QtConcurrent::run(&RunHistoryPanel::scan, folder_, cache_));
}

RunHistoryPanel::Scan RunHistoryPanel::scan(const QString& folder, QHash<QString, CacheEntry> cache)
{
    Scan result;
    for (const std::string& directory : findRunDirectories(QFile::encodeName(folder).toStdString())) {
        const QString path = QFile::decodeName(QByteArray::fromStdString(directory));
        const QString stamp = stampOf(path);
        auto cached = cache.find(path);
        RunSummary summary;
        if (cached != cache.end() && cached->stamp == stamp) {
            summary = cached->summary;
            // Unchanged files that were being written a minute ago no longer are.
            if (summary.state == RunState::InProgress && QDateTime::currentSecsSinceEpoch() - summary.lastModified > 60)
                summary.state = summary.hasCheckpoint || summary.epochsDone > 0 ? RunState::Stopped : RunState::NotStarted;
        } else {
            try {
                summary = summarizeRun(readRun(directory));
            } catch (const std::exception&) {
                continue; // removed while being read
            }
        }
        result.cache.insert(path, {stamp, summary});
        result.runs.push_back(summary);
    }
    return result;
}

void RunHistoryPanel::setRunEnded(const QString& directory)
{
    ended_.insert(QDir::cleanPath(directory), QDateTime::currentSecsSinceEpoch());
}

void RunHistoryPanel::scanFinished()
{
    const Scan result = watcher_.result();
    cache_ = result.cache;
    runs_ = result.runs;
    for (RunSummary& run : runs_) {
        const auto ended = ended_.constFind(QDir::cleanPath(fromStd(run.directory)));
        // Written no later than the trainer here ended (file times have whole seconds): nobody writes it now.
        if (run.state == RunState::InProgress && ended != ended_.constEnd() && run.lastModified <= *ended)
            run.state = run.hasCheckpoint || run.epochsDone > 0 ? RunState::Stopped : RunState::NotStarted;
    }
    rebuildTable();
    scanning_ = false;
    Q_EMIT listChanged();
    if (rescanQueued_) {
        rescanQueued_ = false;
        refresh();
    }
}

void RunHistoryPanel::setActiveRun(const QString& directory, const QString& stateText)
{
    activeRun_ = QDir::cleanPath(directory);
    if (directory.isEmpty())
        activeRun_.clear();
    activeState_ = stateText;
    rebuildTable();
}

const RunSummary* RunHistoryPanel::find(const QString& directory) const
{
    const QString clean = QDir::cleanPath(directory);
    for (const RunSummary& run : runs_)
        if (QDir::cleanPath(fromStd(run.directory)) == clean)
            return &run;
    return nullptr;
}

QStringList RunHistoryPanel::selectedRuns() const
{
    QStringList runs;
    for (int i = 0; i < table_->topLevelItemCount(); ++i)
        if (table_->topLevelItem(i)->isSelected())
            runs << table_->topLevelItem(i)->data(RunColumn, Qt::UserRole).toString();
    return runs;
}

void RunHistoryPanel::selectRuns(const QStringList& directories)
{
    QSet<QString> wanted;
    for (const QString& d : directories)
        wanted.insert(QDir::cleanPath(d));
    for (int i = 0; i < table_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = table_->topLevelItem(i);
        item->setSelected(wanted.contains(QDir::cleanPath(item->data(RunColumn, Qt::UserRole).toString())));
    }
}

QString RunHistoryPanel::stateText(RunState state)
{
    switch (state) {
    case RunState::NotStarted: return tr("not started");
    case RunState::InProgress: return tr("in progress");
    case RunState::Stopped: return tr("stopped");
    case RunState::Failed: return tr("failed");
    case RunState::Finished: return tr("finished");
    }
    return {};
}

QString RunHistoryPanel::progressText(const RunSummary& run)
{
    if (run.stepsPlanned > 0)
        return tr("%1 / %2 steps").arg(QLocale().toString(qlonglong(run.stepsDone)), QLocale().toString(qlonglong(run.stepsPlanned)));
    return QStringLiteral("%1 / %2").arg(run.epochsDone).arg(run.epochsPlanned);
}

QString RunHistoryPanel::durationText(double seconds)
{
    const qint64 s = std::llround(std::max(0.0, seconds));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString RunHistoryPanel::metricText(const RunSummary& run)
{
    if (run.bestMetric < 0)
        return QStringLiteral("–");
    return QStringLiteral("%1 %2").arg(fromStd(metricDisplayName(run.metric)), ui::decimalText(run.bestMetric, 1));
}

void RunHistoryPanel::rebuildTable()
{
    const QStringList selected = selectedRuns();
    const QSignalBlocker blocker(table_);
    table_->clear();
    for (const RunSummary& run : runs_) {
        const QString directory = fromStd(run.directory);
        const bool active = QDir::cleanPath(directory) == activeRun_;
        auto* item = new QTreeWidgetItem;
        item->setData(RunColumn, Qt::UserRole, directory);
        item->setText(RunColumn, fromStd(run.name));
        item->setToolTip(RunColumn, QDir::toNativeSeparators(directory));
        item->setText(StateColumn, active && !activeState_.isEmpty() ? activeState_ : active ? stateText(RunState::InProgress) : stateText(run.state));
        item->setText(BestColumn, metricText(run));
        if (run.bestStep > 0 && run.stepsPlanned > 0)
            item->setToolTip(BestColumn, tr("Best at step %1").arg(run.bestStep));
        else if (run.bestEpoch > 0)
            item->setToolTip(BestColumn, tr("Best at epoch %1").arg(run.bestEpoch));
        item->setText(EpochsColumn, progressText(run));
        item->setToolTip(EpochsColumn, run.stepsPlanned > 0 ? tr("Steps done of the planned steps") : tr("Epochs done of the planned epochs"));
        item->setText(LossColumn, fromStd(run.loss));
        item->setText(BackboneColumn, fromStd(run.backbone));
        item->setText(DatasetColumn, QFileInfo(fromStd(run.dataset)).fileName());
        item->setToolTip(DatasetColumn, QDir::toNativeSeparators(fromStd(run.dataset)));
        item->setText(DurationColumn, durationText(run.durationSeconds));
        item->setText(DeviceColumn, fromStd(run.device));
        for (int c : {BestColumn, EpochsColumn, DurationColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (active || run.state == RunState::InProgress) {
            QFont bold = item->font(RunColumn);
            bold.setBold(true);
            item->setFont(RunColumn, bold);
            item->setFont(StateColumn, bold);
        }
        if (run.state == RunState::Failed)
            item->setForeground(StateColumn, QColor(0xc0, 0x39, 0x2b));
        table_->addTopLevelItem(item);
    }
    selectRuns(selected);
    updateButtons();
}

void RunHistoryPanel::updateButtons()
{
    const QStringList runs = selectedRuns();
    const RunSummary* first = runs.isEmpty() ? nullptr : find(runs.first());
    const bool one = runs.size() == 1 && first;
    const bool active = one && QDir::cleanPath(runs.first()) == activeRun_;
    open_->setEnabled(one);
    compare_->setEnabled(runs.size() == 2);
    resume_->setEnabled(one && !active && first->hasCheckpoint && first->state != RunState::Finished && first->state != RunState::InProgress);
    export_->setEnabled(one && !active && (first->hasModel || first->hasCheckpoint));
    settings_->setEnabled(one);
    review_->setEnabled(one && !active && (first->hasModel || first->hasBestCheckpoint || first->hasCheckpoint));
    trainAgain_->setEnabled(one);
}

} // namespace tagscope::gui
