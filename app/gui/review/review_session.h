#pragma once
// A review of a dataset's labels against a model's scores, without widgets: the score file reviewed on a worker
// (engine/quality's reviewLabels, with progress and cancel), its queues of label questions (missing labels, wrong
// positives, wrong negatives, for every tag or one tag, plus questions asked elsewhere: "label next"), the current
// card, the decisions made through the CorrectionJournal with an undo stack, and each queue's progress kept in
// the corrections folder so that it survives a restart.
#include "common/loaded_dataset.h"

#include "quality/label_review.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QVector>

#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace tagscope {
class CancelToken;
class ScoreFile;
} // namespace tagscope

namespace tagscope::gui {

class CorrectionJournal;

enum class ReviewQueueKind { Missing = 0, WrongPositive = 1, WrongNegative = 2, LabelNext = 3 };
constexpr int kReviewQueueKinds = 4;

struct ReviewCard {
    int image = -1;
    int tag = -1;                      // dataset tag index
    float p = std::nanf("");           // the model's probability (NaN: the scores have no value for it)
    ReviewQueueKind kind = ReviewQueueKind::Missing;
};

struct ReviewTag {
    int tag = -1;    // dataset tag index
    int column = -1; // score column
    double hiddenPositives = 0; // E_j
    std::array<std::uint64_t, kCandidateKinds> counts{};
    double positiveThreshold = 0.5; // t+: unknowns and verified negatives at or above are flagged
    double negativeThreshold = 0.5; // t-: positives with 1 - p at or above are flagged
    bool fewLabels = false;
    std::uint64_t positives = 0; // among the scored images
};

struct ReviewQueueProgress {
    int done = 0;  // cards with a decision in the journal
    int total = 0; // cards in the queue
    int position = 0;
};

class ReviewSession : public QObject {
    Q_OBJECT
public:
    explicit ReviewSession(CorrectionJournal* journal, QObject* parent = nullptr);
    ~ReviewSession() override; // cancels and waits for the review running

    // Another dataset (another folder) closes the review; the same folder reopened (its corrections applied
    // again) keeps it: the queues stay those of the scores as they were reviewed.
    void setDataset(std::shared_ptr<const LoadedDataset> data);
    std::shared_ptr<const LoadedDataset> dataset() const { return data_; }
    // The dataset the queues' image indices refer to (the one the scores were opened on).
    std::shared_ptr<const LoadedDataset> reviewedDataset() const { return reviewed_; }

    // Opens a score file (as `predict` or `crossval` write it) and reviews it on a worker. A file that does not
    // match the dataset is refused at once (false, the engine's message naming the file); a bad value found while
    // reading (NaN, a logit) ends the review with failed().
    bool open(const QString& npyPath, QString* error = nullptr);
    void cancel();
    void close();
    bool isRunning() const;
    bool isReady() const { return ready_; }
    QString scoresPath() const { return scoresPath_; }
    bool inSample() const { return inSample_; }

    // Tags of the score file, the most incomplete first (E_j descending).
    const std::vector<ReviewTag>& tags() const { return tags_; }
    const ReviewTag* reviewTag(int tag) const; // null for a tag without a score column
    QVector<double> hiddenPositivesByTag() const; // dataset tag index -> E_j, NaN without a column
    // The tag's given positives the model is surest of, best first (the evidence strip).
    QVector<int> typicalPositives(int tag) const;

    // The queue shown: a kind, for every tag (-1) or one tag. LabelNext holds the questions added with
    // addQuestions, whatever the tag.
    void setQueue(ReviewQueueKind kind, int tag = -1);
    ReviewQueueKind queueKind() const { return kind_; }
    int queueTag() const { return tag_; }
    int queueSize(ReviewQueueKind kind, int tag = -1) const;
    ReviewQueueProgress progress(ReviewQueueKind kind, int tag = -1) const;
    std::uint64_t candidateCount(ReviewQueueKind kind, int tag = -1) const; // all flagged, beyond those queued
    void addQuestions(const QVector<QPair<int, int>>& imageAndTag); // the LabelNext queue

    int position() const;
    int size() const { return queueSize(kind_, tag_); }
    std::optional<ReviewCard> current() const;
    std::optional<ReviewCard> cardAt(int position) const; // of the current queue
    std::optional<LabelState> decisionOf(const ReviewCard& card) const;
    LabelState stateOf(int image, int tag) const; // the annotation with the journal's decision on top
    bool isCorrected(int image, int tag) const;

    // Y / N: the label is set positive / verified negative and the next card shown. S: the next card, no decision.
    void answer(bool present);
    // Many labels of one tag at once (the grid): one write, one undo step. Images of the reviewed dataset.
    void answerImages(int tag, const QVector<int>& images, bool present);
    void skip();
    bool undo(); // false when there is nothing to undo
    bool canUndo() const { return !undo_.isEmpty(); }
    void move(int delta);
    void moveTo(int position);

    QString progressFile() const; // in the corrections folder
    QString fileName(int image) const; // the image's ImageID or relative path

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString& phase);
    void ready();
    void failed(const QString& message);
    void cancelled();
    void currentChanged(); // another card, or the same card decided or undone
    void queuesChanged();  // counts or done / total

private:
    struct QueueState {
        std::vector<ReviewCard> cards;
        int position = 0;
        int done = 0; // cards with a decision: counted once, then kept up to date by noteDecided
    };
    struct LabelChange {
        int image, tag; // of the reviewed dataset
        std::string imageName, labelName;
        std::optional<LabelState> previous; // the decision replaced
    };
    struct UndoStep {
        ReviewQueueKind kind;
        int tag;
        int position;
        std::vector<LabelChange> changes; // none: a skip
    };
    struct Outcome;
    struct Progress;
    static QString queueKey(ReviewQueueKind kind, int tag, const Dataset& dataset);
    QueueState* queue(ReviewQueueKind kind, int tag);
    const QueueState* findQueue(ReviewQueueKind kind, int tag) const;
    void finished();
    void pollProgress();
    void restoreProgress();
    void saveProgress();
    QByteArray scoresFingerprint() const;
    void advance();
    // A label of the reviewed dataset gained or lost its decision: the done counts of the queues holding it follow.
    void noteDecided(int image, int tag, bool decided);

    CorrectionJournal* journal_;
    std::shared_ptr<const LoadedDataset> data_, reviewed_;
    std::shared_ptr<ScoreFile> scores_;
    std::shared_ptr<CancelToken> token_;
    QFutureWatcher<std::shared_ptr<Outcome>> watcher_;
    std::shared_ptr<Progress> progress_;
    QTimer progressTimer_;
    QJsonObject progressDocument_; // every score file's progress, as read from progressFile()
    QString scoresPath_;
    bool ready_ = false;
    bool inSample_ = false;

    std::vector<ReviewTag> tags_;
    std::vector<int> tagRow_; // dataset tag -> index in tags_, -1 without a column
    std::vector<std::vector<int>> typical_; // per column
    std::vector<std::uint64_t> positivesByColumn_;
    std::vector<std::vector<LabelCandidate>> candidates_; // per kind * columns + column
    mutable QHash<QString, QueueState> queues_;
    QHash<QString, int> savedPositions_; // read from the progress file, used when a queue is first built
    ReviewQueueKind kind_ = ReviewQueueKind::Missing;
    int tag_ = -1;
    QVector<UndoStep> undo_;
};

} // namespace tagscope::gui
