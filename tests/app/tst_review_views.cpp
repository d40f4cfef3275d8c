// The review page's views on a demo dataset the suite generates (`tagscope-cli demo --copies` plants copies of
// training images in validation and test): the grid of a tag's candidates (multi-select, one key answers the
// selection), the duplicate pairs and leaks of an embedding in which the planted copies (and one pair within the
// training split) are near-identical, the outliers planted far from every other image, and what to label next,
// against `tagscope-cli next` on the same files. Every computation runs on a worker while the GUI thread goes on.
#include "cli_runner.h"
#include "window_dataset.h"
#include "private_settings.h"
#include "quality_data.h"

#include "dataset/dataset_loader.h"
#include "dataset/statistics.h"
#include "quality/near_duplicates.h"
#include "review/duplicate_pairs_view.h"
#include "review/label_next_view.h"
#include "review/outlier_view.h"
#include "review/review_grid.h"
#include "review/review_task.h"
#include "review/review_thumbnails.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <map>
#include <random>
#include <set>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

constexpr int kDemoImages = 300;
constexpr int kCopies = 6;
constexpr int kClusters = 10;

QStringList csvRows(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QStringList rows = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    rows.removeFirst();
    return rows;
}

// Counts the turns of the GUI thread's event loop while a view computes.
struct Ticker {
    QTimer timer;
    int ticks = 0;
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start(0);
    }
};

} // namespace

class TestReviewViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void gridAnswersTheSelection();
    void gridRubberBandAndSelectAll();
    void pairsFindThePlantedCopies();
    void pairsDecisionsAskForTheRightImages();
    void pairsExportTheLeaks();
    void pairsCancelAndBadEmbeddings();
    void outliersListThePlantedRows();
    void labelNextEqualsTheCli();
    void labelNextOneTagAndAnswerHere();
    void computationsLeaveTheGuiThreadFree();

private:
    QTemporaryDir dir_;
    QString demo_;
    std::shared_ptr<LoadedDataset> data_;
    std::set<std::pair<int, int>> copies_;     // (original, copy), the copies.csv truth
    std::pair<int, int> trainTwins_{-1, -1};  // two training images made near-identical in the embedding
    QVector<int> outliers_;                   // rows planted far from every other one
    std::shared_ptr<FloatMatrix> vectors_;
    std::vector<std::uint32_t> rowImages_;
    QString scores_;     // SCORES.npy from the demo's truth, with noise
    QString embeddings_; // EMB.npy: vectors_, rows named by EMB.images.npy
};

void TestReviewViews::initTestCase()
{
    usePrivateSettings();
    QVERIFY(dir_.isValid());
    demo_ = dir_.filePath("demo");
    const CliRun demo = runCli({"demo", "--out", demo_, "--images", QString::number(kDemoImages), "--size", "64", "--copies",
                                QString::number(kCopies), "--flip-share", "0.05", "--threads", "1"});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    data_ = loadAsTheWindowDoes(demo_);
    const Dataset& dataset = data_->dataset;
    QCOMPARE(dataset.imageCount(), std::size_t(kDemoImages + kCopies));

    std::set<int> planted;
    for (const QString& row : csvRows(demo_ + "/ground-truth/copies.csv")) {
        const QStringList cells = row.split(',');
        const auto copy = dataset.findImage(cells[0].toStdString()), original = dataset.findImage(cells[2].toStdString());
        QVERIFY(copy && original);
        copies_.insert({static_cast<int>(*original), static_cast<int>(*copy)});
        planted.insert(static_cast<int>(*original));
        planted.insert(static_cast<int>(*copy));
    }
    QCOMPARE(int(copies_.size()), kCopies);

    // The embedding: each image is its cluster's direction plus a direction of its own (weight 0.6), so images of
    // a cluster lie at cosine distance 1 - 1/1.36 = 0.26 from each other and 1 from the others. A copy takes its
    // original's vector plus a trace; the two training twins likewise; the outliers have only their own direction.
    const std::size_t n = dataset.imageCount();
    vectors_ = std::make_shared<FloatMatrix>(n, kClusters + n + 1);
    const std::size_t trace = kClusters + n;
    std::vector<int> trainImages;
    for (std::size_t i = 0; i < n; ++i)
        if (dataset.imageSplit(i) == Split::Train && !planted.count(static_cast<int>(i)))
            trainImages.push_back(static_cast<int>(i));
    QVERIFY(trainImages.size() > 20);
    trainTwins_ = {trainImages[3], trainImages[4]};
    outliers_ = {trainImages[10], trainImages[11], trainImages[12]};
    for (std::size_t i = 0; i < n; ++i) {
        rowImages_.push_back(static_cast<std::uint32_t>(i));
        if (!outliers_.contains(static_cast<int>(i)))
            vectors_->at(i, i % kClusters) = 1.0f;
        vectors_->at(i, kClusters + i) = 0.6f;
    }
    const auto twin = [&](int original, int copy) {
        std::copy(vectors_->row(original), vectors_->row(original) + vectors_->cols, vectors_->row(copy));
        vectors_->at(copy, trace) = 0.01f;
    };
    for (const auto& [original, copy] : copies_)
        twin(original, copy);
    twin(trainTwins_.first, trainTwins_.second);
    embeddings_ = dir_.filePath("emb.npy");
    writeFloatMatrix(embeddings_.toStdString(), *vectors_);
    writeNpyInt64(dir_.filePath("emb.images.npy").toStdString(), identityRows(n), {static_cast<std::int64_t>(n)});

    // Scores from the truth (the given labels, less the flipped ones, plus the hidden positives) with noise.
    std::map<std::pair<std::size_t, std::uint32_t>, bool> truth;
    for (const QString& row : csvRows(demo_ + "/ground-truth/labels.csv")) {
        const QStringList cells = row.split(',');
        const auto image = dataset.findImage(cells[0].toStdString());
        const auto tag = dataset.findTag(cells[1].toStdString());
        QVERIFY(image && tag);
        truth[{*image, *tag}] = cells[2] == QLatin1String("1");
    }
    std::mt19937 random(7);
    std::uniform_real_distribution<float> noise(0.0f, 1.0f);
    std::vector<float> values;
    for (std::size_t i = 0; i < n; ++i)
        for (std::uint32_t t = 0; t < dataset.tagCount(); ++t) {
            const auto found = truth.find({i, t});
            const bool present = found != truth.end() ? found->second : dataset.labelState(i, t) == LabelState::Positive;
            values.push_back(present ? 0.55f + 0.4f * noise(random) : 0.45f * noise(random));
        }
    scores_ = writeScores(dir_.filePath("scores"), values, dataset.tagCount(), identityRows(n));
}

void TestReviewViews::gridAnswersTheSelection()
{
    ReviewGrid grid;
    grid.setDataset(data_);
    std::vector<GridCandidate> candidates;
    for (int i = 0; i < 40; ++i) // given in image order; shown by score, highest first
        candidates.push_back({i, 0.5 + 0.01 * ((i * 7) % 40), 0.5 + 0.01 * ((i * 7) % 40)});
    grid.setCandidates(QStringLiteral("Footwear"), 0.5, candidates);
    grid.resize(900, 700);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QApplication::setActiveWindow(&grid);
    grid.list()->setFocus(); // the keys are the view's own
    const QVector<int> order = grid.remainingImages();
    QCOMPARE(order.size(), 40);
    for (int row = 1; row < order.size(); ++row)
        QVERIFY(candidates[static_cast<std::size_t>(order[row - 1])].score >= candidates[static_cast<std::size_t>(order[row])].score);
    QCOMPARE(grid.list()->thumbnails()->data(grid.list()->thumbnails()->index(0), Qt::DisplayRole).toString(), QStringLiteral("p 0.890"));

    // Click the first, Shift-click the fifth, Ctrl-click the eighth: six images, then Y answers them at once.
    ReviewThumbnailList* list = grid.list();
    const auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualRect(list->thumbnails()->index(row)).center());
    };
    click(0, Qt::NoModifier);
    click(4, Qt::ShiftModifier);
    click(7, Qt::ControlModifier);
    const QVector<int> expected{order[0], order[1], order[2], order[3], order[4], order[7]};
    QCOMPARE(grid.selectedImages(), expected);
    QSignalSpy answered(&grid, &ReviewGrid::answered);
    QTest::keyClick(list, Qt::Key_Y);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered[0][0].value<QVector<int>>(), expected);
    QCOMPARE(answered[0][1].toBool(), true);
    QCOMPARE(grid.remainingImages().size(), 34); // the answered images left the grid
    QCOMPARE(grid.answeredCount(), 6);
    for (int image : expected)
        QVERIFY(!grid.remainingImages().contains(image));
    // The first image left after the first one answered is selected; N answers it.
    QCOMPARE(grid.selectedImages(), QVector<int>{order[5]});
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(answered.count(), 2);
    QCOMPARE(answered[1][0].value<QVector<int>>(), QVector<int>{order[5]});
    QCOMPARE(answered[1][1].toBool(), false);
    QCOMPARE(grid.remainingImages().size(), 33);
}

void TestReviewViews::gridRubberBandAndSelectAll()
{
    ReviewGrid grid;
    grid.setDataset(data_);
    std::vector<GridCandidate> candidates;
    for (int i = 0; i < 12; ++i)
        candidates.push_back({i, 0.9 - 0.01 * i, 0.9 - 0.01 * i});
    grid.setCandidates(QStringLiteral("Bag"), 0.6, candidates);
    grid.resize(1000, 700);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QApplication::setActiveWindow(&grid);
    grid.list()->setFocus(); // the keys are the view's own
    ReviewThumbnailList* list = grid.list();
    // A rectangle dragged from the first tile to the third (one line) selects those three.
    const QRect first = list->visualRect(list->thumbnails()->index(0)), third = list->visualRect(list->thumbnails()->index(2));
    QCOMPARE(first.top(), third.top());
    QTest::mousePress(list->viewport(), Qt::LeftButton, Qt::NoModifier, first.topLeft() + QPoint(2, 2));
    QMouseEvent move(QEvent::MouseMove, QPointF(third.center()), list->viewport()->mapToGlobal(QPointF(third.center())), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &move);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, Qt::NoModifier, third.center());
    QCOMPARE(grid.selectedImages(), (QVector<int>{0, 1, 2}));
    // Ctrl+A and N: every candidate answered "absent" in one action.
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(grid.selectedImages().size(), 12);
    QSignalSpy answered(&grid, &ReviewGrid::answered);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered[0][0].value<QVector<int>>().size(), 12);
    QVERIFY(grid.remainingImages().isEmpty());
}

void TestReviewViews::pairsFindThePlantedCopies()
{
    DuplicatePairsView view;
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, vectors_, rowImages_);
    QVERIFY(view.task()->isRunning()); // on a worker: setInputs came back before the search finished
    QVERIFY(view.pairs().empty());
    QVERIFY(done.wait(30000));
    QCOMPARE(view.distance(), kDefaultDuplicateDistance);

    std::set<std::pair<int, int>> found, leaks;
    for (const DuplicatePair& pair : view.pairs()) {
        QVERIFY(pair.distance < 0.001);
        found.insert({std::min(pair.a, pair.b), std::max(pair.a, pair.b)});
        if (pair.leak)
            leaks.insert({std::min(pair.a, pair.b), std::max(pair.a, pair.b)});
    }
    std::set<std::pair<int, int>> copies;
    for (const auto& [original, copy] : copies_)
        copies.insert({std::min(original, copy), std::max(original, copy)});
    std::set<std::pair<int, int>> expected = copies;
    expected.insert(trainTwins_);
    QCOMPARE(found, expected);
    QCOMPARE(leaks, copies); // the copies cross splits; the training twins do not
    QCOMPARE(view.shownPairs().size(), kCopies + 1);
    view.setLeaksOnly(true);
    QCOMPARE(view.shownPairs().size(), kCopies);
    for (int pair : view.shownPairs())
        QVERIFY(view.pairs()[static_cast<std::size_t>(pair)].leak);

    // A distance that takes in the clusters (0.26 apart) finds far more pairs.
    view.setDistance(0.3);
    QVERIFY(done.wait(30000));
    QVERIFY(view.pairs().size() > 1000);
}

void TestReviewViews::pairsDecisionsAskForTheRightImages()
{
    DuplicatePairsView view;
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, vectors_, rowImages_);
    QVERIFY(done.wait(30000));
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QApplication::setActiveWindow(&view);
    view.setFocus(); // the keys are the view's own
    QSignalSpy leaveOut(&view, &DuplicatePairsView::leaveOutRequested), keep(&view, &DuplicatePairsView::keepRequested);
    const std::vector<DuplicatePair>& pairs = view.pairs();
    const QVector<int> shown = view.shownPairs();
    QCOMPARE(view.currentPair(), shown[0]);

    QTest::keyClick(&view, Qt::Key_L); // the left image of the first pair
    QCOMPARE(leaveOut.count(), 1);
    QCOMPARE(leaveOut[0][0].value<QVector<int>>(), QVector<int>{pairs[static_cast<std::size_t>(shown[0])].a});
    QCOMPARE(view.decision(shown[0]), DuplicatePairsView::Decision::LeftLeftOut);
    QCOMPARE(view.currentPair(), shown[1]); // on to the next pair

    QTest::keyClick(&view, Qt::Key_R);
    QCOMPARE(leaveOut.count(), 2);
    QCOMPARE(leaveOut[1][0].value<QVector<int>>(), QVector<int>{pairs[static_cast<std::size_t>(shown[1])].b});

    QTest::keyClick(&view, Qt::Key_K);
    QCOMPARE(keep.count(), 1);
    const DuplicatePair third = pairs[static_cast<std::size_t>(shown[2])];
    QCOMPARE(keep[0][0].value<QVector<int>>(), (QVector<int>{third.a, third.b}));
    QCOMPARE(leaveOut.count(), 2);

    QTest::keyClick(&view, Qt::Key_PageUp); // back to the pair kept
    QCOMPARE(view.currentPair(), shown[2]);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.currentPair(), shown[3]);
}

void TestReviewViews::pairsExportTheLeaks()
{
    DuplicatePairsView view;
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, vectors_, rowImages_);
    QVERIFY(done.wait(30000));
    const QString csv = dir_.filePath("leaks.csv");
    QCOMPARE(view.writeLeakCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed(), QByteArray("ImageA,ImageB,SplitA,SplitB,Distance"));
    std::set<std::pair<QString, QString>> written;
    const Dataset& dataset = data_->dataset;
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        QCOMPARE(cells.size(), 5);
        const auto a = dataset.findImage(cells[0].toStdString()), b = dataset.findImage(cells[1].toStdString());
        QVERIFY(a && b);
        QCOMPARE(cells[2], QByteArray(splitName(dataset.imageSplit(*a))));
        QCOMPARE(cells[3], QByteArray(splitName(dataset.imageSplit(*b))));
        QVERIFY(cells[2] != cells[3]);
        QVERIFY(cells[4].toDouble() < 0.001);
        written.insert({QString::fromLatin1(cells[0]), QString::fromLatin1(cells[1])});
    }
    std::set<std::pair<QString, QString>> expected;
    for (const auto& [original, copy] : copies_) {
        const QString o = QString::fromStdString(dataset.imageName(original)), c = QString::fromStdString(dataset.imageName(copy));
        expected.insert(original < copy ? std::make_pair(o, c) : std::make_pair(c, o));
    }
    QCOMPARE(written, expected);
    // A file that cannot be written is named in the message.
    QVERIFY(view.writeLeakCsv(dir_.filePath("no/such/folder/leaks.csv")).contains(QStringLiteral("no/such/folder")));
}

void TestReviewViews::pairsCancelAndBadEmbeddings()
{
    DuplicatePairsView view;
    QSignalSpy done(view.task(), &ReviewTask::finished), cancelled(view.task(), &ReviewTask::cancelled),
        failed(view.task(), &ReviewTask::failed);
    view.setInputs(data_, vectors_, rowImages_);
    view.task()->cancel(); // what the Cancel button does: the search's outcome is dropped
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!view.task()->isRunning());
    QVERIFY(view.task()->isHidden()); // the progress bar and its Cancel button go
    QTest::qWait(300);
    QCOMPARE(done.count(), 0);
    QVERIFY(view.pairs().empty());

    // A row of zeros has no direction: refused with its row and image named, nothing shown.
    auto zeroRow = std::make_shared<FloatMatrix>(*vectors_);
    std::fill(zeroRow->row(5), zeroRow->row(5) + zeroRow->cols, 0.0f);
    view.setInputs(data_, zeroRow, rowImages_);
    QVERIFY(failed.wait(30000));
    const QString error = failed[0][0].toString();
    QVERIFY2(error.contains(QStringLiteral("row 5")) && error.contains(QString::fromStdString(data_->dataset.imageName(5))), qPrintable(error));
    QVERIFY(view.pairs().empty());
    // The same image named by two rows is refused too.
    std::vector<std::uint32_t> twice = rowImages_;
    twice[7] = twice[6];
    view.setInputs(data_, vectors_, twice);
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed[1][0].toString().contains(QStringLiteral("row 7")), qPrintable(failed[1][0].toString()));
}

void TestReviewViews::outliersListThePlantedRows()
{
    OutlierView view;
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, vectors_, rowImages_);
    QVERIFY(view.task()->isRunning());
    QVERIFY(view.outliers().empty());
    QVERIFY(done.wait(30000));

    // 1 percent of 306 images, rounded up: the three planted far-away rows first (distance 1 to everything),
    // then the farthest of the rest (0.26 from its cluster).
    QCOMPARE(view.outliers().size(), std::size_t(4));
    QVector<int> first;
    for (std::size_t i = 0; i < 3; ++i) {
        first.push_back(view.outliers()[i].image);
        QVERIFY(std::abs(view.outliers()[i].score - 1.0) < 1e-6);
    }
    std::sort(first.begin(), first.end());
    QCOMPARE(first, outliers_);
    QVERIFY(view.outliers()[3].score < 0.3);
    view.setPercent(0.98); // 2.9988 images: exactly the planted ones
    QCOMPARE(view.outliers().size(), std::size_t(3));
    QCOMPARE(view.list()->thumbnails()->rowCount(), 3);

    // Leave two out, keep the third: each asked for by signal, and off the list.
    QSignalSpy leaveOut(&view, &OutlierView::leaveOutRequested), keep(&view, &OutlierView::keepRequested);
    view.list()->selectImages({outliers_[0], outliers_[2]});
    view.leaveOutSelection();
    QCOMPARE(leaveOut.count(), 1);
    QCOMPARE(leaveOut[0][0].value<QVector<int>>(), (QVector<int>{outliers_[0], outliers_[2]}));
    QCOMPARE(view.list()->thumbnails()->images(), QVector<int>{outliers_[1]});
    view.list()->selectImages({outliers_[1]});
    view.keepSelection();
    QCOMPARE(keep.count(), 1);
    QCOMPARE(keep[0][0].value<QVector<int>>(), QVector<int>{outliers_[1]});
    QCOMPARE(view.list()->thumbnails()->rowCount(), 0);
}

namespace {

// The view's choice against `next --json`: the same images in the same order, their utilities and questions.
void compareWithCli(const LabelNextView& view, const Dataset& dataset, const QJsonObject& cli)
{
    const QJsonArray images = cli.value("images").toArray();
    QVERIFY(!images.isEmpty());
    QCOMPARE(int(view.chosen().size()), int(images.size()));
    const QVector<QPair<int, int>> questions = view.questions();
    int q = 0;
    for (int i = 0; i < images.size(); ++i) {
        const QJsonObject expected = images[i].toObject();
        const ImageToLabel& chosen = view.chosen()[static_cast<std::size_t>(i)];
        QCOMPARE(QString::fromStdString(dataset.imageName(chosen.image)), expected.value("image").toString());
        QVERIFY(std::abs(chosen.utility - expected.value("utility").toDouble()) < 1e-9);
        const QJsonArray asked = expected.value("questions").toArray();
        QCOMPARE(int(chosen.questions.size()), int(asked.size()));
        for (int k = 0; k < asked.size(); ++k, ++q) {
            QCOMPARE(questions[q].first, static_cast<int>(chosen.image));
            QCOMPARE(QString::fromStdString(dataset.tag(static_cast<std::size_t>(questions[q].second)).labelName),
                     asked[k].toObject().value("tag").toString());
            QVERIFY(std::abs(chosen.questions[static_cast<std::size_t>(k)].uncertainty - asked[k].toObject().value("uncertainty").toDouble()) < 1e-9);
        }
    }
    QCOMPARE(q, int(questions.size()));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestReviewViews::labelNextEqualsTheCli()
{
    const QString cliCsv = dir_.filePath("next-cli.csv");
    const CliRun cli = runCli({"next", demo_, "--scores", scores_, "--embeddings", embeddings_, "--budget", "20", "--csv", cliCsv, "--json", "--quiet"});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());

    LabelNextView view;
    view.setBudget(20);
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, scores_, vectors_, rowImages_);
    QVERIFY(view.task()->isRunning());
    QVERIFY(view.chosen().empty());
    QVERIFY(done.wait(30000));
    compareWithCli(view, data_->dataset, cli.json());

    const QString csv = dir_.filePath("next-view.csv");
    QCOMPARE(view.writeAnnotatorCsv(csv), QString());
    QVERIFY(fileBytes(cliCsv).startsWith("ImageID,Source,LabelName,Confidence\n"));
    QCOMPARE(fileBytes(csv), fileBytes(cliCsv));
    QVERIFY(view.writeAnnotatorCsv(dir_.filePath("no/such/folder/q.csv")).contains(QStringLiteral("no/such/folder")));
}

void TestReviewViews::labelNextOneTagAndAnswerHere()
{
    // The tag with the most hidden positives: its questions are the ones a review of it needs.
    const Dataset& dataset = data_->dataset;
    std::map<std::uint32_t, int> hidden;
    for (const QString& row : csvRows(demo_ + "/ground-truth/labels.csv"))
        if (row.endsWith(QLatin1String(",1,")))
            ++hidden[*dataset.findTag(row.split(',')[1].toStdString())];
    const auto most = std::max_element(hidden.begin(), hidden.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    const QString labelName = QString::fromStdString(dataset.tag(most->first).labelName);
    const CliRun cli = runCli({"next", demo_, "--scores", scores_, "--embeddings", embeddings_, "--budget", "8", "--tags", labelName, "--json", "--quiet"});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());

    LabelNextView view;
    view.setBudget(8);
    view.setTags(LabelNextView::TagChoice::One, static_cast<int>(most->first));
    QSignalSpy done(view.task(), &ReviewTask::finished);
    view.setInputs(data_, scores_, vectors_, rowImages_);
    QVERIFY(done.wait(30000));
    compareWithCli(view, dataset, cli.json());

    QSignalSpy answer(&view, &LabelNextView::answerRequested);
    view.answerHere();
    QCOMPARE(answer.count(), 1);
    const auto asked = answer[0][0].value<QVector<QPair<int, int>>>();
    QCOMPARE(asked, view.questions());
    QCOMPARE(asked.size(), int(view.chosen().size())); // one tag: one question per image
    for (const auto& [image, tag] : asked)
        QCOMPARE(tag, static_cast<int>(most->first));
}

// Wide random embeddings make each computation take a while: meanwhile the GUI thread's timer fires.
void TestReviewViews::computationsLeaveTheGuiThreadFree()
{
    auto wide = std::make_shared<FloatMatrix>(rowImages_.size(), 4096);
    std::mt19937 random(3);
    std::normal_distribution<float> gauss;
    for (float& value : wide->values)
        value = gauss(random);
    {
        DuplicatePairsView view;
        QSignalSpy done(view.task(), &ReviewTask::finished);
        Ticker ticker;
        view.setInputs(data_, wide, rowImages_);
        QVERIFY(done.wait(60000));
        QVERIFY(ticker.ticks > 0);
        QVERIFY(view.pairs().empty()); // random directions in 4,096 dimensions are nearly orthogonal
    }
    {
        OutlierView view;
        QSignalSpy done(view.task(), &ReviewTask::finished);
        Ticker ticker;
        view.setInputs(data_, wide, rowImages_);
        QVERIFY(done.wait(60000));
        QVERIFY(ticker.ticks > 0);
        QCOMPARE(view.outliers().size(), std::size_t(4));
    }
    {
        LabelNextView view;
        view.setBudget(100);
        view.setTags(LabelNextView::TagChoice::All);
        QSignalSpy done(view.task(), &ReviewTask::finished);
        Ticker ticker;
        view.setInputs(data_, scores_, wide, rowImages_);
        QVERIFY(done.wait(60000));
        QVERIFY(ticker.ticks > 0);
        QVERIFY(!view.chosen().empty());
    }
}

QTEST_MAIN(TestReviewViews)
#include "tst_review_views.moc"
