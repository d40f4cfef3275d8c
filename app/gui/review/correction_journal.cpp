#include "correction_journal.h"

#include "quality/corrections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <chrono>
#include <stdexcept>

namespace tagscope::gui {

CorrectionJournal::CorrectionJournal(QObject* parent) : QObject(parent), worker_([this] { run(); }) {}

CorrectionJournal::~CorrectionJournal()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    worker_.join(); // the queue is written first: nothing decided is dropped on closing
}

bool CorrectionJournal::openForDataset(const QString& datasetPath, QString* error)
{
    return openFolder(QString::fromStdString(defaultCorrectionsFolder(QFile::encodeName(datasetPath).toStdString())), error);
}

bool CorrectionJournal::openFolder(const QString& folder, QString* error)
{
    close();
    std::unique_ptr<CorrectionStore> store;
    try {
        store = std::make_unique<CorrectionStore>(QFile::encodeName(folder).toStdString());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    for (const LabelDecision& d : store->labels())
        labels_[{d.image, d.labelName}] = d.state;
    for (const std::string& image : store->leftOut())
        leftOut_.insert(image);
    {
        std::lock_guard lock(mutex_);
        store_ = std::move(store);
    }
    folder_ = folder;
    return true;
}

void CorrectionJournal::close()
{
    waitForWrites();
    std::lock_guard lock(mutex_);
    store_.reset();
    folder_.clear();
    labels_.clear();
    leftOut_.clear();
}

std::optional<LabelState> CorrectionJournal::decision(const std::string& image, const std::string& labelName) const
{
    const auto found = labels_.find({image, labelName});
    if (found == labels_.end())
        return std::nullopt;
    return found->second;
}

std::vector<std::pair<std::string, LabelState>> CorrectionJournal::decisionsOf(const std::string& image) const
{
    std::vector<std::pair<std::string, LabelState>> out;
    for (auto it = labels_.lower_bound({image, std::string()}); it != labels_.end() && it->first.first == image; ++it)
        out.emplace_back(it->first.second, it->second);
    return out;
}

bool CorrectionJournal::isLeftOut(const std::string& image) const { return leftOut_.count(image) > 0; }

void CorrectionJournal::decide(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames, LabelState state)
{
    if (!isOpen() || imageAndLabelNames.empty() || (state != LabelState::Positive && state != LabelState::Negative))
        return;
    std::vector<LabelDecision> decisions;
    for (const auto& [image, labelName] : imageAndLabelNames) {
        labels_[{image, labelName}] = state;
        decisions.push_back({image, labelName, state});
    }
    enqueue([decisions](CorrectionStore& store) { store.decide(decisions); });
}

void CorrectionJournal::decide(const std::string& image, const std::string& labelName, LabelState state)
{
    decide(std::vector<std::pair<std::string, std::string>>{{image, labelName}}, state);
}

void CorrectionJournal::withdraw(const std::string& image, const std::string& labelName)
{
    withdraw(std::vector<std::pair<std::string, std::string>>{{image, labelName}});
}

void CorrectionJournal::withdraw(const std::vector<std::pair<std::string, std::string>>& imageAndLabelNames)
{
    if (!isOpen())
        return;
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& key : imageAndLabelNames)
        if (labels_.erase(key))
            keys.push_back(key);
    if (!keys.empty()) // one rewrite of the file for them all
        enqueue([keys](CorrectionStore& store) { store.withdraw(keys); });
}

void CorrectionJournal::leaveOut(const std::vector<std::string>& images)
{
    if (!isOpen() || images.empty())
        return;
    leftOut_.insert(images.begin(), images.end());
    enqueue([images](CorrectionStore& store) { store.leaveOut(images); });
}

void CorrectionJournal::keep(const std::vector<std::string>& images)
{
    if (!isOpen() || images.empty())
        return;
    for (const std::string& image : images)
        leftOut_.erase(image);
    enqueue([images](CorrectionStore& store) { store.keep(images); });
}

void CorrectionJournal::saveFile(const QString& path, const QByteArray& contents)
{
    if (!isOpen())
        return;
    enqueue(
        [path, contents](CorrectionStore&) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
            throw std::runtime_error(QFile::encodeName(path).toStdString() + ": cannot write the review progress ("
                                     + file.errorString().toStdString() + ")");
        },
        false);
}

int CorrectionJournal::pendingWrites() const
{
    std::lock_guard lock(mutex_);
    return static_cast<int>(queue_.size()) + (writing_ ? 1 : 0);
}

bool CorrectionJournal::waitForWrites(int msecs)
{
    std::unique_lock lock(mutex_);
    const auto done = [this] { return queue_.empty() && !writing_; };
    if (msecs < 0) {
        idle_.wait(lock, done);
        return true;
    }
    return idle_.wait_for(lock, std::chrono::milliseconds(msecs), done);
}

void CorrectionJournal::enqueue(std::function<void(CorrectionStore&)> apply, bool decisions)
{
    {
        std::lock_guard lock(mutex_);
        queue_.push_back({std::move(apply), decisions});
    }
    wake_.notify_one();
}

void CorrectionJournal::run()
{
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty())
            return; // stopping, everything written
        Write write = std::move(queue_.front());
        queue_.pop_front();
        CorrectionStore* store = store_.get();
        writing_ = true;
        lock.unlock();
        QString failure;
        try {
            write.apply(*store);
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
        lock.lock();
        writing_ = false;
        decisionsWritten_ = decisionsWritten_ || (write.decisions && failure.isEmpty());
        const bool idle = queue_.empty();
        if (idle)
            idle_.notify_all();
        if (!failure.isEmpty())
            QMetaObject::invokeMethod(this, [this, failure] { Q_EMIT writeFailed(failure); }, Qt::QueuedConnection);
        if (idle && decisionsWritten_) {
            decisionsWritten_ = false;
            QMetaObject::invokeMethod(this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
        }
    }
}

} // namespace tagscope::gui
