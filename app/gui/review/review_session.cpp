#include "review_session.h"

#include "correction_journal.h"

#include "common/progress.h"
#include "quality/score_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

namespace tagscope::gui {

namespace {

constexpr int kTypicalPositives = 8;
constexpr const char* kProgressFileName = "review-progress.json";

const char* kindKey(ReviewQueueKind kind)
{
    switch (kind) {
    case ReviewQueueKind::Missing: return "missing";
    case ReviewQueueKind::WrongPositive: return "wrong-positive";
    case ReviewQueueKind::WrongNegative: return "wrong-negative";
    case ReviewQueueKind::LabelNext: return "label-next";
    }
    return "missing";
}

// Candidates kept per tag and kind: enough for a long review of one tag, bounded for datasets of many tags (the
// engine keeps them per thread while it reads).
std::size_t candidatesPerTag(std::size_t columns)
{
    return std::clamp<std::size_t>(400000 / std::max<std::size_t>(columns, 1), 50, 2000);
}

// The highest-probability given positives of each column: one more pass over the scores, a block at a time.
std::vector<std::vector<int>> typicalPositivesOfColumns(const ScoreFile& scores, const ProgressCallback& progress, const CancelToken& cancel)
{
    const std::size_t columns = scores.columns();
    std::vector<std::vector<std::pair<float, int>>> best(columns);
    std::vector<float> values;
    std::vector<LabelState> states;
    for (std::size_t first = 0; first < scores.rows() && !cancel.cancelled(); first += scores.blockRows()) {
        const std::size_t count = std::min(scores.blockRows(), scores.rows() - first);
        reportProgress(progress, first, scores.rows(), "typical positives");
        scores.read(first, count, values);
        for (std::size_t r = 0; r < count; ++r) {
            scores.labelStates(first + r, states);
            for (std::size_t c = 0; c < columns; ++c) {
                if (states[c] != LabelState::Positive)
                    continue;
                auto& list = best[c];
                const std::pair<float, int> entry{values[r * columns + c], static_cast<int>(scores.rowImage(first + r))};
                const auto worse = [](const std::pair<float, int>& a, const std::pair<float, int>& b) {
                    return a.first > b.first || (a.first == b.first && a.second < b.second);
                };
                if (list.size() == kTypicalPositives && !worse(entry, list.back()))
                    continue;
                list.insert(std::upper_bound(list.begin(), list.end(), entry, worse), entry);
                if (list.size() > kTypicalPositives)
                    list.pop_back();
            }
        }
    }
    std::vector<std::vector<int>> out(columns);
    for (std::size_t c = 0; c < columns; ++c)
        for (const auto& entry : best[c])
            out[c].push_back(entry.second);
    return out;
}

} // namespace

struct ReviewSession::Outcome {
    std::optional<LabelReview> review;
    std::vector<std::vector<int>> typical;
    QString error;
};

struct ReviewSession::Progress {
    std::mutex mutex;
    std::uint64_t done = 0, total = 0;
    std::string phase;
    bool changed = false;
};

ReviewSession::ReviewSession(CorrectionJournal* journal, QObject* parent) : QObject(parent), journal_(journal)
{
    connect(&watcher_, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &ReviewSession::finished);
    progressTimer_.setInterval(100);
    connect(&progressTimer_, &QTimer::timeout, this, &ReviewSession::pollProgress);
}

ReviewSession::~ReviewSession()
{
    if (token_)
        token_->cancel();
    watcher_.waitForFinished();
}

void ReviewSession::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    if (reviewed_ && (!data || data->path != reviewed_->path))
        close();
    data_ = std::move(data);
}

bool ReviewSession::open(const QString& npyPath, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!data_)
        return fail(tr("Open a dataset before its scores."));
    close();
    std::shared_ptr<ScoreFile> scores;
    try {
        scores = std::make_shared<ScoreFile>(QFile::encodeName(npyPath).toStdString(), data_->dataset);
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    scores_ = scores;
    reviewed_ = data_;
    scoresPath_ = QFileInfo(npyPath).absoluteFilePath();
    inSample_ = scores->inSample();
    token_ = std::make_shared<CancelToken>();
    progress_ = std::make_shared<Progress>();
    const auto data = reviewed_;
    const auto token = token_;
    const auto progress = progress_;
    watcher_.setFuture(QtConcurrent::run([scores, data, token, progress] {
        auto outcome = std::make_shared<Outcome>();
        const ProgressCallback report = [progress](std::uint64_t done, std::uint64_t total, const std::string& phase) {
            std::lock_guard lock(progress->mutex);
            progress->done = done;
            progress->total = total;
            progress->phase = phase;
            progress->changed = true;
        };
        try {
            outcome->review = reviewLabels(*scores, data->dataset, BandRule{}, candidatesPerTag(scores->columns()), report, token.get());
            if (outcome->review && !token->cancelled()) {
                outcome->typical = typicalPositivesOfColumns(*scores, report, *token);
            }
        } catch (const std::exception& e) {
            outcome->error = QString::fromUtf8(e.what());
        }
        return outcome;
    }));
    progressTimer_.start();
    Q_EMIT progressChanged(0, static_cast<qint64>(scores->rows()), tr("Reviewing the scores"));
    return true;
}

void ReviewSession::pollProgress()
{
    if (!progress_)
        return;
    std::uint64_t done, total;
    {
        std::lock_guard lock(progress_->mutex);
        if (!progress_->changed)
            return;
        progress_->changed = false;
        done = progress_->done;
        total = progress_->total;
    }
    Q_EMIT progressChanged(static_cast<qint64>(done), static_cast<qint64>(total), tr("Reviewing the scores"));
}

void ReviewSession::cancel()
{
    if (token_)
        token_->cancel();
}

bool ReviewSession::isRunning() const { return watcher_.isRunning(); }

void ReviewSession::close()
{
    if (token_)
        token_->cancel();
    watcher_.waitForFinished();
    progressTimer_.stop();
    token_.reset();
    progress_.reset();
    scores_.reset();
    reviewed_.reset();
    scoresPath_.clear();
    ready_ = false;
    tags_.clear();
    tagRow_.clear();
    typical_.clear();
    positivesByColumn_.clear();
    candidates_.clear();
    queues_.clear();
    savedPositions_.clear();
    undo_.clear();
    kind_ = ReviewQueueKind::Missing;
    tag_ = -1;
}

void ReviewSession::finished()
{
    progressTimer_.stop();
    if (!scores_)
        return; // closed while it ran
    const std::shared_ptr<Outcome> outcome = watcher_.result();
    if (!outcome->error.isEmpty() || !outcome->review) {
        const bool wasCancelled = outcome->error.isEmpty();
        const QString message = outcome->error;
        close();
        if (wasCancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(message);
        return;
    }
    const LabelReview& review = *outcome->review;
    const Dataset& dataset = reviewed_->dataset;
    positivesByColumn_ = review.positives();
    typical_ = std::move(outcome->typical);
    tagRow_.assign(dataset.tagCount(), -1);
    candidates_.assign(kCandidateKinds * review.tags.size(), {});
    for (std::size_t c = 0; c < review.tags.size(); ++c) {
        const TagReview& t = review.tags[c];
        ReviewTag tag;
        tag.tag = static_cast<int>(scores_->columnTag(c));
        tag.column = static_cast<int>(c);
        tag.hiddenPositives = t.hiddenPositives;
        tag.counts = t.counts;
        tag.positiveThreshold = t.threshold.positive;
        tag.negativeThreshold = t.threshold.negative;
        tag.fewLabels = t.threshold.fewLabels();
        tag.positives = t.sums.positives;
        tags_.push_back(tag);
        for (std::size_t k = 0; k < kCandidateKinds; ++k)
            candidates_[k * review.tags.size() + c] = t.top[k];
    }
    std::stable_sort(tags_.begin(), tags_.end(), [](const ReviewTag& a, const ReviewTag& b) { return a.hiddenPositives > b.hiddenPositives; });
    for (std::size_t i = 0; i < tags_.size(); ++i)
        tagRow_[static_cast<std::size_t>(tags_[i].tag)] = static_cast<int>(i);
    ready_ = true;
    restoreProgress();
    Q_EMIT ready();
    Q_EMIT queuesChanged();
    Q_EMIT currentChanged();
}

const ReviewTag* ReviewSession::reviewTag(int tag) const
{
    if (tag < 0 || tag >= static_cast<int>(tagRow_.size()) || tagRow_[static_cast<std::size_t>(tag)] < 0)
        return nullptr;
    return &tags_[static_cast<std::size_t>(tagRow_[static_cast<std::size_t>(tag)])];
}

QVector<double> ReviewSession::hiddenPositivesByTag() const
{
    QVector<double> out(reviewed_ ? static_cast<int>(reviewed_->dataset.tagCount()) : 0, std::nan(""));
    for (const ReviewTag& t : tags_)
        out[t.tag] = t.hiddenPositives;
    return out;
}

QVector<int> ReviewSession::typicalPositives(int tag) const
{
    const ReviewTag* t = reviewTag(tag);
    if (!t || t->column >= static_cast<int>(typical_.size()))
        return {};
    const std::vector<int>& list = typical_[static_cast<std::size_t>(t->column)];
    return QVector<int>(list.begin(), list.end());
}

QString ReviewSession::queueKey(ReviewQueueKind kind, int tag, const Dataset& dataset)
{
    if (kind == ReviewQueueKind::LabelNext || tag < 0)
        return QStringLiteral("%1:*").arg(QLatin1String(kindKey(kind)));
    return QStringLiteral("%1:%2").arg(QLatin1String(kindKey(kind)), QString::fromStdString(dataset.tag(static_cast<std::size_t>(tag)).labelName));
}

const ReviewSession::QueueState* ReviewSession::findQueue(ReviewQueueKind kind, int tag) const
{
    return const_cast<ReviewSession*>(this)->queue(kind, tag);
}

ReviewSession::QueueState* ReviewSession::queue(ReviewQueueKind kind, int tag)
{
    if (!ready_)
        return nullptr;
    if (kind == ReviewQueueKind::LabelNext)
        tag = -1;
    const QString key = queueKey(kind, tag, reviewed_->dataset);
    auto found = queues_.find(key);
    if (found != queues_.end())
        return &found.value();
    QueueState state;
    if (kind != ReviewQueueKind::LabelNext) {
        const std::size_t columns = tags_.size();
        const auto k = static_cast<std::size_t>(kind);
        std::vector<LabelCandidate> list;
        if (tag < 0) {
            for (std::size_t c = 0; c < columns; ++c)
                list.insert(list.end(), candidates_[k * columns + c].begin(), candidates_[k * columns + c].end());
            list = rankAcrossTags(std::move(list), positivesByColumn_, 0);
        } else if (const ReviewTag* t = reviewTag(tag)) {
            list = candidates_[k * columns + static_cast<std::size_t>(t->column)];
        }
        state.cards.reserve(list.size());
        for (const LabelCandidate& c : list)
            state.cards.push_back({static_cast<int>(scores_->rowImage(c.row)), static_cast<int>(scores_->columnTag(c.column)), c.p, kind});
    }
    state.position = std::clamp(savedPositions_.value(key, 0), 0, static_cast<int>(state.cards.size()));
    for (const ReviewCard& card : state.cards)
        state.done += decisionOf(card) ? 1 : 0;
    return &queues_.insert(key, std::move(state)).value();
}

void ReviewSession::setQueue(ReviewQueueKind kind, int tag)
{
    if (kind == ReviewQueueKind::LabelNext)
        tag = -1;
    if (kind == kind_ && tag == tag_)
        return;
    kind_ = kind;
    tag_ = tag;
    saveProgress();
    Q_EMIT currentChanged();
}

int ReviewSession::queueSize(ReviewQueueKind kind, int tag) const
{
    const QueueState* q = findQueue(kind, tag);
    return q ? static_cast<int>(q->cards.size()) : 0;
}

std::uint64_t ReviewSession::candidateCount(ReviewQueueKind kind, int tag) const
{
    if (kind == ReviewQueueKind::LabelNext)
        return static_cast<std::uint64_t>(queueSize(kind));
    if (tag >= 0) {
        const ReviewTag* t = reviewTag(tag);
        return t ? t->counts[static_cast<std::size_t>(kind)] : 0;
    }
    std::uint64_t count = 0;
    for (const ReviewTag& t : tags_)
        count += t.counts[static_cast<std::size_t>(kind)];
    return count;
}

ReviewQueueProgress ReviewSession::progress(ReviewQueueKind kind, int tag) const
{
    ReviewQueueProgress out;
    const QueueState* q = findQueue(kind, tag);
    if (!q)
        return out;
    out.total = static_cast<int>(q->cards.size());
    out.position = q->position;
    out.done = q->done;
    return out;
}

void ReviewSession::noteDecided(int image, int tag, bool decided)
{
    for (QueueState& q : queues_) {
        const auto card = std::find_if(q.cards.begin(), q.cards.end(), [&](const ReviewCard& c) { return c.image == image && c.tag == tag; });
        if (card != q.cards.end())
            q.done += decided ? 1 : -1;
    }
}

void ReviewSession::addQuestions(const QVector<QPair<int, int>>& imageAndTag)
{
    QueueState* q = queue(ReviewQueueKind::LabelNext, -1);
    if (!q)
        return;
    std::unordered_map<std::uint32_t, std::size_t> rowOf;
    for (std::size_t r = 0; r < scores_->rows(); ++r)
        rowOf.emplace(scores_->rowImage(r), r);
    std::vector<float> values;
    for (const auto& [image, tag] : imageAndTag) {
        const bool known = std::any_of(q->cards.begin(), q->cards.end(), [&](const ReviewCard& c) { return c.image == image && c.tag == tag; });
        if (known || image < 0 || tag < 0 || image >= static_cast<int>(reviewed_->dataset.imageCount())
            || tag >= static_cast<int>(reviewed_->dataset.tagCount()))
            continue;
        ReviewCard card{image, tag, std::nanf(""), ReviewQueueKind::LabelNext};
        const ReviewTag* t = reviewTag(tag);
        const auto row = rowOf.find(static_cast<std::uint32_t>(image));
        if (t && row != rowOf.end()) {
            try {
                scores_->read(row->second, 1, values);
                card.p = values[static_cast<std::size_t>(t->column)];
            } catch (const std::exception&) {
                // A bad value was refused when the scores were reviewed; the question stands without it.
            }
        }
        q->cards.push_back(card);
    }
    Q_EMIT queuesChanged();
    if (kind_ == ReviewQueueKind::LabelNext)
        Q_EMIT currentChanged();
}

int ReviewSession::position() const
{
    const QueueState* q = findQueue(kind_, tag_);
    return q ? q->position : 0;
}

std::optional<ReviewCard> ReviewSession::cardAt(int position) const
{
    const QueueState* q = findQueue(kind_, tag_);
    if (!q || position < 0 || position >= static_cast<int>(q->cards.size()))
        return std::nullopt;
    return q->cards[static_cast<std::size_t>(position)];
}

std::optional<ReviewCard> ReviewSession::current() const { return cardAt(position()); }

QString ReviewSession::fileName(int image) const
{
    return reviewed_ ? QString::fromStdString(reviewed_->dataset.imageName(static_cast<std::size_t>(image))) : QString();
}

std::optional<LabelState> ReviewSession::decisionOf(const ReviewCard& card) const
{
    return journal_->decision(reviewed_->dataset.imageName(static_cast<std::size_t>(card.image)),
                              reviewed_->dataset.tag(static_cast<std::size_t>(card.tag)).labelName);
}

LabelState ReviewSession::stateOf(int image, int tag) const
{
    const Dataset& dataset = reviewed_->dataset;
    const std::optional<LabelState> decided =
        journal_->decision(dataset.imageName(static_cast<std::size_t>(image)), dataset.tag(static_cast<std::size_t>(tag)).labelName);
    return decided ? *decided : dataset.labelState(static_cast<std::size_t>(image), static_cast<std::uint32_t>(tag));
}

bool ReviewSession::isCorrected(int image, int tag) const
{
    const Dataset& dataset = reviewed_->dataset;
    return journal_->decision(dataset.imageName(static_cast<std::size_t>(image)), dataset.tag(static_cast<std::size_t>(tag)).labelName).has_value();
}

void ReviewSession::advance()
{
    QueueState* q = queue(kind_, tag_);
    if (q && q->position < static_cast<int>(q->cards.size()))
        ++q->position; // the size itself: the queue is through
    saveProgress();
    Q_EMIT currentChanged();
    Q_EMIT queuesChanged();
}

void ReviewSession::answer(bool present)
{
    const std::optional<ReviewCard> card = current();
    if (!card)
        return;
    const std::string image = reviewed_->dataset.imageName(static_cast<std::size_t>(card->image));
    const std::string labelName = reviewed_->dataset.tag(static_cast<std::size_t>(card->tag)).labelName;
    const std::optional<LabelState> previous = journal_->decision(image, labelName);
    undo_.push_back({kind_, tag_, position(), {{card->image, card->tag, image, labelName, previous}}});
    journal_->decide(image, labelName, present ? LabelState::Positive : LabelState::Negative);
    if (!previous)
        noteDecided(card->image, card->tag, true);
    advance();
}

void ReviewSession::answerImages(int tag, const QVector<int>& images, bool present)
{
    if (!ready_ || tag < 0 || images.isEmpty())
        return;
    const Dataset& dataset = reviewed_->dataset;
    const std::string labelName = dataset.tag(static_cast<std::size_t>(tag)).labelName;
    UndoStep step{kind_, tag_, position(), {}};
    std::vector<std::pair<std::string, std::string>> labels;
    for (int image : images) {
        const std::string name = dataset.imageName(static_cast<std::size_t>(image));
        step.changes.push_back({image, tag, name, labelName, journal_->decision(name, labelName)});
        labels.emplace_back(name, labelName);
    }
    journal_->decide(labels, present ? LabelState::Positive : LabelState::Negative);
    for (const LabelChange& change : step.changes)
        if (!change.previous)
            noteDecided(change.image, change.tag, true);
    undo_.push_back(std::move(step));
    saveProgress();
    Q_EMIT queuesChanged();
    Q_EMIT currentChanged();
}

void ReviewSession::skip()
{
    if (!current())
        return;
    undo_.push_back({kind_, tag_, position(), {}});
    advance();
}

bool ReviewSession::undo()
{
    if (undo_.isEmpty() || !ready_)
        return false;
    const UndoStep step = undo_.takeLast();
    kind_ = step.kind;
    tag_ = step.tag;
    if (QueueState* q = queue(kind_, tag_))
        q->position = step.position;
    // Each label back to its decision before the step: one write per kind of change.
    std::vector<std::pair<std::string, std::string>> withdrawn, positive, negative;
    for (const LabelChange& change : step.changes) {
        (!change.previous ? withdrawn : *change.previous == LabelState::Positive ? positive : negative).emplace_back(change.imageName, change.labelName);
        if (!change.previous)
            noteDecided(change.image, change.tag, false);
    }
    journal_->withdraw(withdrawn);
    journal_->decide(positive, LabelState::Positive);
    journal_->decide(negative, LabelState::Negative);
    saveProgress();
    Q_EMIT currentChanged();
    Q_EMIT queuesChanged();
    return true;
}

void ReviewSession::move(int delta) { moveTo(position() + delta); }

void ReviewSession::moveTo(int position)
{
    QueueState* q = queue(kind_, tag_);
    if (!q || q->cards.empty())
        return;
    const int clamped = std::clamp(position, 0, static_cast<int>(q->cards.size()) - 1);
    if (clamped == q->position)
        return;
    q->position = clamped;
    saveProgress();
    Q_EMIT currentChanged();
}

QString ReviewSession::progressFile() const
{
    return journal_->isOpen() ? QDir(journal_->folder()).filePath(QLatin1String(kProgressFileName)) : QString();
}

QByteArray ReviewSession::scoresFingerprint() const
{
    const QFileInfo info(scoresPath_);
    return QByteArray::number(info.size()) + '@' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

void ReviewSession::restoreProgress()
{
    progressDocument_ = {};
    savedPositions_.clear();
    QFile file(progressFile());
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    progressDocument_ = QJsonDocument::fromJson(file.readAll()).object(); // unreadable: a fresh start
    const QJsonObject entry = progressDocument_.value(scoresPath_).toObject();
    if (entry.value(QLatin1String("scores")).toString().toUtf8() != scoresFingerprint())
        return; // other scores at the same path: their queues differ
    const QJsonObject queues = entry.value(QLatin1String("queues")).toObject();
    for (auto it = queues.begin(); it != queues.end(); ++it)
        savedPositions_.insert(it.key(), it.value().toObject().value(QLatin1String("position")).toInt());
    const QString current = entry.value(QLatin1String("current")).toString();
    for (int k = 0; k < kReviewQueueKinds; ++k) {
        const auto kind = static_cast<ReviewQueueKind>(k);
        if (kind == ReviewQueueKind::LabelNext)
            continue; // its questions came from the Label Next view and are not kept: back to the missing labels
        const QString prefix = QLatin1String(kindKey(kind)) + QLatin1Char(':');
        if (!current.startsWith(prefix))
            continue;
        const QString labelName = current.mid(prefix.size());
        const std::optional<std::uint32_t> tag = reviewed_->dataset.findTag(labelName.toStdString());
        kind_ = kind;
        tag_ = labelName == QLatin1String("*") || !tag ? -1 : static_cast<int>(*tag);
    }
}

void ReviewSession::saveProgress()
{
    if (!ready_ || !journal_->isOpen())
        return;
    QJsonObject queues;
    for (auto it = queues_.cbegin(); it != queues_.cend(); ++it) {
        queues.insert(it.key(), QJsonObject{{QStringLiteral("position"), it.value().position},
                                            {QStringLiteral("done"), it.value().done},
                                            {QStringLiteral("total"), static_cast<int>(it.value().cards.size())}});
    }
    // Positions of queues not opened in this session stay as they were.
    for (auto it = savedPositions_.cbegin(); it != savedPositions_.cend(); ++it)
        if (!queues.contains(it.key()))
            queues.insert(it.key(), progressDocument_.value(scoresPath_).toObject().value(QLatin1String("queues")).toObject().value(it.key()));
    progressDocument_.insert(scoresPath_, QJsonObject{{QStringLiteral("scores"), QString::fromUtf8(scoresFingerprint())},
                                                      {QStringLiteral("current"), queueKey(kind_, tag_, reviewed_->dataset)},
                                                      {QStringLiteral("queues"), queues}});
    journal_->saveFile(progressFile(), QJsonDocument(progressDocument_).toJson(QJsonDocument::Indented));
}

} // namespace tagscope::gui
