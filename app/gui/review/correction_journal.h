#pragma once
// The window's one writer of a dataset's review decisions (engine/quality/CORRECTIONS.md). Every decision is
// applied in memory at once, so the page shows it before the key is released, and written by one worker thread,
// in the order it was made, each write appended and synced by the engine's CorrectionStore: the GUI thread never
// waits on the disk, and a process killed between two key presses has every earlier decision on disk.
#include "dataset/dataset.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace tagscope {
class CorrectionStore;
}

namespace tagscope::gui {

class CorrectionJournal : public QObject {
    Q_OBJECT
public:
    explicit CorrectionJournal(QObject* parent = nullptr);
    ~CorrectionJournal() override; // writes what is queued, then stops

    // The decisions kept for the dataset at `datasetPath` (defaultCorrectionsFolder), or in `folder`. Reads the
    // files on the calling thread; false with a message naming the file when they cannot be read.
    bool openForDataset(const QString& datasetPath, QString* error = nullptr);
    bool openFolder(const QString& folder, QString* error = nullptr);
    void close(); // writes what is queued first
    bool isOpen() const { return !folder_.isEmpty(); }
    QString folder() const { return folder_; }

    // The decisions as the page sees them: everything asked so far, written or still queued.
    std::optional<LabelState> decision(const std::string& image, const std::string& labelName) const;
    std::vector<std::pair<std::string, LabelState>> decisionsOf(const std::string& image) const; // LabelName, state
    bool isLeftOut(const std::string& image) const;
    std::size_t decisionCount() const { return labels_.size(); }
    std::size_t leftOutCount() const { return leftOut_.size(); }

    // Label states Positive or Negative. Each call is one synced write on the worker.
    void decide(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames, LabelState state);
    void decide(const std::string& image, const std::string& labelName, LabelState state);
    void withdraw(const std::string& image, const std::string& labelName); // back to what the annotations say
    void withdraw(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames);
    void leaveOut(const std::vector<std::string>& images);
    void keep(const std::vector<std::string>& images);
    // A small file written atomically (QSaveFile) after the decisions queued before it: the review's progress.
    void saveFile(const QString& path, const QByteArray& contents);

    int pendingWrites() const;
    bool waitForWrites(int msecs = -1); // for closing and for tests: true when the queue is empty

Q_SIGNALS:
    void changed();                          // decisions reached the disk (once per burst of writes)
    void writeFailed(const QString& message); // names the file; the decision stays in memory

private:
    struct Write {
        std::function<void(CorrectionStore&)> apply;
        bool decisions = true; // false: the progress file, which changes no label
    };
    void enqueue(std::function<void(CorrectionStore&)> apply, bool decisions = true);
    void run();

    QString folder_;
    std::map<std::pair<std::string, std::string>, LabelState> labels_;
    std::set<std::string> leftOut_;

    std::unique_ptr<CorrectionStore> store_; // touched by the worker only once open
    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::deque<Write> queue_;
    bool writing_ = false;
    bool stopping_ = false;
    bool decisionsWritten_ = false; // in this burst of writes: changed() once it ends
    std::thread worker_;
};

} // namespace tagscope::gui
