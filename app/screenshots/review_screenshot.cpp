#include "review_screenshot.h"

#include "embeddings/embedding_file.h"
#include "embeddings/embedding_store.h"
#include "review/correction_journal.h"
#include "review/duplicate_pairs_view.h"
#include "review/label_next_view.h"
#include "review/outlier_view.h"
#include "review/review_task.h"
#include "review/review_card.h"
#include "review/review_page.h"
#include "review/review_session.h"
#include "window/main_window.h"

#include "thumbnails/image_preview.h"

#include <QAction>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

namespace tagscope::gui {

namespace {
constexpr int kPollMs = 200;
constexpr int kGiveUpMs = 120000;
constexpr int kQuietPolls = 3;

const QString kShot = QStringLiteral("review-screenshot");
const QString kScores = QStringLiteral("review-scores");
const QString kTag = QStringLiteral("review-tag");
const QString kAnswers = QStringLiteral("review-answers");
const QString kMode = QStringLiteral("review-mode");
const QString kQueue = QStringLiteral("review-queue");
const QString kEmbeddings = QStringLiteral("review-embeddings");
} // namespace

void ReviewScreenshotSession::addOptions(QCommandLineParser& parser)
{
    const QList<QCommandLineOption> options = {
        {kShot, QStringLiteral("Save a picture of the window with the Review page, then quit."), QStringLiteral("file")},
        {kTag, QStringLiteral("Show this tag's (display name) missing-label queue."), QStringLiteral("name")},
        {kAnswers, QStringLiteral("Answer this many cards first (yes and no in turn)."), QStringLiteral("n")},
        {kMode, QStringLiteral("Show this mode: cards, grid, pairs, outliers or next."), QStringLiteral("name")},
        {kQueue, QStringLiteral("Show this queue: missing, wrong-positive or wrong-negative."), QStringLiteral("kind")},
        {kScores, QStringLiteral("The scores to review (.npy, as tagscope-cli predict or crossval writes them)."), QStringLiteral("npy")},
        {kEmbeddings, QStringLiteral("Embeddings for the duplicates, outliers and label next modes (.npy, rows named by .images.npy)."),
         QStringLiteral("npy")},
    };
    parser.addOptions(options);
}

void ReviewScreenshotSession::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (!parser.isSet(kShot))
        return;
    window->resize(1440, 900);
    new ReviewScreenshotSession(window, parser);
}

ReviewScreenshotSession::ReviewScreenshotSession(MainWindow* window, const QCommandLineParser& parser)
    : QObject(window), window_(window), file_(parser.value(kShot)), scores_(parser.value(kScores)), tag_(parser.value(kTag)),
      mode_(parser.value(kMode)), queue_(parser.value(kQueue)), embeddings_(parser.value(kEmbeddings)), answers_(parser.value(kAnswers).toInt())
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &ReviewScreenshotSession::poll);
    connect(window_, &MainWindow::datasetShown, this, &ReviewScreenshotSession::datasetShown, Qt::SingleShotConnection);
}

void ReviewScreenshotSession::fail(const QString& message)
{
    QTextStream(stderr) << "tagscope: " << message << '\n';
    QCoreApplication::exit(1);
}

void ReviewScreenshotSession::datasetShown()
{
    window_->reviewAction()->trigger();
    if (!embeddings_.isEmpty()) {
        try {
            EmbeddingFile file = readEmbeddingFile(embeddings_, window_->dataset()->dataset.imageCount());
            window_->embeddingStore()->setEmbeddings(file.vectors, std::move(file.imageIds), file.path, QString());
        } catch (const std::exception& error) {
            fail(QString::fromStdString(error.what()));
            return;
        }
    }
    if (!scores_.isEmpty()) {
        QString error;
        if (!window_->reviewPage()->openScores(scores_, &error)) {
            fail(error);
            return;
        }
    }
    poll_.start();
}

void ReviewScreenshotSession::poll()
{
    waitedMs_ += kPollMs;
    ReviewPage* page = window_->reviewPage();
    ReviewSession* session = page->session();
    if (!scores_.isEmpty() && !session->isReady()) {
        if (!session->isRunning() && waitedMs_ > 1000) {
            fail(page->message());
            return;
        }
        return;
    }
    if (session->isReady() && !answered_) {
        answered_ = true;
        if (!tag_.isEmpty()) {
            const auto tag = session->reviewedDataset()->dataset.tags();
            for (std::size_t t = 0; t < tag.size(); ++t)
                if (QString::fromStdString(tag[t].displayName) == tag_)
                    page->showTagQueue(static_cast<int>(t));
        }
        const QStringList queues = {QStringLiteral("missing"), QStringLiteral("wrong-positive"), QStringLiteral("wrong-negative")};
        if (queues.contains(queue_))
            session->setQueue(static_cast<ReviewQueueKind>(queues.indexOf(queue_)), session->queueTag());
        for (int i = 0; i < answers_; ++i)
            (i % 2 == 0 ? page->card()->yesAction() : page->card()->noAction())->trigger();
        const QStringList modes = {QStringLiteral("cards"), QStringLiteral("grid"), QStringLiteral("pairs"), QStringLiteral("outliers"),
                                   QStringLiteral("next")};
        if (modes.contains(mode_))
            page->showMode(static_cast<ReviewPage::Mode>(modes.indexOf(mode_)));
        return;
    }
    if (scores_.isEmpty() && !mode_.isEmpty() && !answered_) {
        answered_ = true;
        page->showMode(mode_ == QLatin1String("outliers") ? ReviewPage::Mode::Outliers : ReviewPage::Mode::Pairs);
        return;
    }
    const bool viewsIdle = !page->pairsView()->task()->isRunning() && !page->outlierView()->task()->isRunning()
                           && !page->labelNextView()->task()->isRunning();
    const bool cardShown = page->mode() != ReviewPage::Mode::Cards || scores_.isEmpty() || !page->card()->preview()->image().isNull()
                           || !session->current();
    const bool settled = viewsIdle && cardShown;
    quietPolls_ = settled && page->journal()->pendingWrites() == 0 ? quietPolls_ + 1 : 0;
    if (quietPolls_ < kQuietPolls && waitedMs_ < kGiveUpMs)
        return;
    poll_.stop();
    if (!window_->grab().save(file_)) {
        fail(QStringLiteral("cannot write %1").arg(file_));
        return;
    }
    QCoreApplication::exit(quietPolls_ >= kQuietPolls ? 0 : 1);
}

} // namespace tagscope::gui
