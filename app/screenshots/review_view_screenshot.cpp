#include "review_view_screenshot.h"

#include "review/duplicate_pairs_view.h"
#include "review/label_next_view.h"
#include "review/outlier_view.h"
#include "review/review_grid.h"
#include "review/review_task.h"
#include "review/review_thumbnails.h"
#include "window/main_window.h"

#include "quality/label_review.h"
#include "quality/row_images.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <exception>

namespace tagscope::gui {

namespace {
const QString kOption = QStringLiteral("review-view-screenshot");
const QString kEmbeddings = QStringLiteral("review-embeddings");
const QString kScores = QStringLiteral("review-scores");
constexpr int kSettleMs = 1500; // thumbnails decode after the computation
constexpr std::size_t kGridCandidates = 200;
} // namespace

void ReviewViewScreenshot::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({{kOption, QStringLiteral("Save a picture of a review view (grid, pairs, outliers, next) as FILE, then quit."),
                        QStringLiteral("view:file")},
                       {kEmbeddings, QStringLiteral("The review view's embeddings (.npy, rows named by EMB.images.npy)."), QStringLiteral("npy")},
                       {kScores, QStringLiteral("The review view's scores (.npy, as tagscope-cli predict writes them)."), QStringLiteral("npy")}});
}

void ReviewViewScreenshot::startIfRequested(const QCommandLineParser& parser, MainWindow* window)
{
    if (parser.isSet(kOption))
        new ReviewViewScreenshot(window, parser);
}

ReviewViewScreenshot::ReviewViewScreenshot(MainWindow* window, const QCommandLineParser& parser)
    : QObject(window), window_(window), embeddings_(parser.value(kEmbeddings)), scores_(parser.value(kScores)),
      tag_(parser.value(QStringLiteral("select-tag")))
{
    const QString value = parser.value(kOption);
    const int colon = value.indexOf(QLatin1Char(':'));
    view_ = value.left(colon);
    file_ = colon < 0 ? QString() : value.mid(colon + 1);
    connect(window, &MainWindow::datasetShown, this, &ReviewViewScreenshot::build, Qt::SingleShotConnection);
}

void ReviewViewScreenshot::fail(const QString& message)
{
    std::fprintf(stderr, "tagscope-screenshots: %s\n", message.toLocal8Bit().constData());
    QCoreApplication::exit(2);
}

void ReviewViewScreenshot::build()
{
    const std::shared_ptr<const LoadedDataset> data = window_->dataset();
    if (file_.isEmpty() || embeddings_.isEmpty())
        return fail(QStringLiteral("--review-view-screenshot takes VIEW:FILE and needs --review-embeddings"));
    auto vectors = std::make_shared<FloatMatrix>();
    std::vector<std::uint32_t> rows;
    try {
        *vectors = readFloatMatrix(embeddings_.toStdString());
        rows = readRowImages(embeddings_.toStdString(), vectors->rows, data->dataset);
    } catch (const std::exception& error) {
        return fail(QString::fromStdString(error.what()));
    }
    QWidget* view = nullptr;
    ReviewTask* task = nullptr;
    if (view_ == QLatin1String("pairs")) {
        auto* pairs = new DuplicatePairsView;
        pairs->setInputs(data, vectors, rows);
        view = pairs;
        task = pairs->task();
    } else if (view_ == QLatin1String("outliers")) {
        auto* outliers = new OutlierView;
        outliers->setInputs(data, vectors, rows);
        outliers->setPercent(3);
        view = outliers;
        task = outliers->task();
    } else if (view_ == QLatin1String("next")) {
        auto* next = new LabelNextView;
        next->setBudget(40);
        next->setInputs(data, scores_, vectors, rows);
        view = next;
        task = next->task();
    } else if (view_ == QLatin1String("grid")) {
        auto* grid = new ReviewGrid;
        grid->setDataset(data);
        try {
            const ScoreFile scores(scores_.toStdString(), data->dataset);
            const std::optional<LabelReview> review = reviewLabels(scores, data->dataset, BandRule{}, kGridCandidates);
            const auto kind = static_cast<std::size_t>(CandidateKind::MissingPositive);
            std::size_t best = 0;
            for (std::size_t c = 0; c < review->tags.size(); ++c) {
                const bool named = QString::fromStdString(data->dataset.tag(scores.columnTag(c)).displayName) == tag_;
                if (named || (tag_.isEmpty() && review->tags[c].top[kind].size() > review->tags[best].top[kind].size()))
                    best = c;
            }
            std::vector<GridCandidate> candidates;
            for (const LabelCandidate& candidate : review->tags[best].top[kind])
                candidates.push_back({static_cast<int>(scores.rowImage(candidate.row)), candidate.p, candidate.score});
            grid->setCandidates(QString::fromStdString(data->dataset.tag(scores.columnTag(best)).displayName),
                                review->tags[best].threshold.positive, candidates);
            grid->list()->selectImages(grid->remainingImages().mid(0, 7)); // a selection about to be answered
        } catch (const std::exception& error) {
            return fail(QString::fromStdString(error.what()));
        }
        view = grid;
    } else {
        return fail(QStringLiteral("--review-view-screenshot takes grid, pairs, outliers or next"));
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->resize(window_->size());
    view->show();
    if (task && task->isRunning()) {
        connect(task, &ReviewTask::finished, this, [this, view] { QTimer::singleShot(kSettleMs, this, [this, view] { capture(view); }); });
        connect(task, &ReviewTask::failed, this, &ReviewViewScreenshot::fail);
    } else {
        QTimer::singleShot(kSettleMs, this, [this, view] { capture(view); });
    }
}

void ReviewViewScreenshot::capture(QWidget* view)
{
    const bool saved = view->grab().save(file_);
    if (!saved)
        std::fprintf(stderr, "tagscope-screenshots: could not write %s\n", file_.toLocal8Bit().constData());
    view->close();
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace tagscope::gui
