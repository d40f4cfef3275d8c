// The Review page on a generated demo dataset, reviewed against scores made from the demo's hidden truth plus
// noise (so the candidates are real missing and wrong labels): a session driven by key presses (Y, N, S,
// Backspace, Ctrl+Z, Left, Right) with every decision read back from the corrections on disk after each key, the
// queues' progress and position restored by a new page, score files that do not fit refused with a message naming
// the file, the GUI thread answering while a large review runs, and a process killed between key presses losing
// none of the decisions it reported written, and a write that fails reported naming the file. The views of the page
// (grid, duplicate pairs, label next) ask the page's journal for their decisions; View > Review in the window.
#include "embeddings/embedding_store.h"
#include "review/correction_journal.h"
#include "review/duplicate_pairs_view.h"
#include "review/label_next_view.h"
#include "review/review_card.h"
#include "review/review_grid.h"
#include "review/review_thumbnails.h"
#include "review/review_page.h"
#include "review/review_session.h"
#include "settings/language.h"
#include "training/training_panel.h"
#include "window/main_window.h"
#include "window/session_restore.h"
#include "window/session_state.h"
#include "window/shortcuts_dialog.h"

#include "dataset/demo_generator.h"
#include "dataset/dataset_loader.h"
#include "dataset/statistics.h"
#include "embedding/float_matrix.h"
#include "quality/corrections.h"
#include "plots/long_tail_plot.h"

#include "window_dataset.h"
#include "private_settings.h"
#include "quality_data.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTabBar>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <iostream>
#include <random>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

constexpr std::size_t kDemoImages = 240;

// The demo's truth: the given labels, with ground-truth/labels.csv's hidden positives and flipped labels undone.
std::vector<float> truthScores(const Dataset& dataset, const QString& demo, std::uint32_t seed)
{
    const std::size_t tags = dataset.tagCount();
    std::vector<char> truth(dataset.imageCount() * tags, 0);
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        for (std::uint32_t t = 0; t < tags; ++t)
            truth[i * tags + t] = dataset.labelState(i, t) == LabelState::Positive;
    QFile file(demo + "/ground-truth/labels.csv");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    file.readLine(); // ImageID,LabelName,Truth,Given
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        const auto image = dataset.findImage(fields.value(0).toStdString());
        const auto tag = dataset.findTag(fields.value(1).toStdString());
        if (image && tag)
            truth[*image * tags + *tag] = fields.value(2) == "1";
    }
    std::mt19937 random(seed);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    std::vector<float> scores(truth.size());
    for (std::size_t k = 0; k < truth.size(); ++k)
        scores[k] = std::clamp((truth[k] ? 0.8f : 0.1f) + noise(random), 0.0f, 1.0f);
    return scores;
}

// The decision on disk for a label, read by a store of its own (the page's journal is not asked).
std::optional<LabelState> onDisk(const QString& folder, const std::string& image, const std::string& labelName)
{
    const CorrectionStore store(folder.toStdString());
    for (const LabelDecision& d : store.labels())
        if (d.image == image && d.labelName == labelName)
            return d.state;
    return std::nullopt;
}

struct CardKey {
    std::string image, labelName;
};

CardKey keyOf(const ReviewPage& page)
{
    const std::optional<ReviewCard> card = page.session()->current();
    if (!card)
        qFatal("no card");
    const Dataset& dataset = page.session()->reviewedDataset()->dataset;
    return {dataset.imageName(static_cast<std::size_t>(card->image)), dataset.tag(static_cast<std::size_t>(card->tag)).labelName};
}

bool waitReady(ReviewPage& page)
{
    return QTest::qWaitFor([&] { return page.session()->isReady() || !page.message().isEmpty(); }, 60000) && page.session()->isReady();
}

// The child of killBetweenKeyPresses: opens the page, then for each line of stdin ("Y" or "N") presses the key on
// the card and, once the journal has written it, prints the decision.
int runKeyPresser(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QString dataset = qEnvironmentVariable("REVIEW_CHILD_DATASET"), scores = qEnvironmentVariable("REVIEW_CHILD_SCORES");
    ReviewPage page;
    page.resize(1000, 700);
    page.show();
    page.setDataset(loadAsTheWindowDoes(dataset));
    QString error;
    if (!page.openScores(scores, &error) || !waitReady(page)) {
        std::cerr << "cannot review: " << page.message().toStdString() << '\n';
        return 2;
    }
    page.session()->setQueue(ReviewQueueKind::Missing, -1);
    page.session()->moveTo(0);
    QTextStream in(stdin);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        const CardKey key = keyOf(page);
        const bool yes = line.trimmed() == QLatin1String("Y");
        QTest::keyClick(page.card(), yes ? Qt::Key_Y : Qt::Key_N);
        page.journal()->waitForWrites();
        std::cout << key.image << ' ' << key.labelName << ' ' << (yes ? 1 : 0) << std::endl;
    }
    return 0;
}

} // namespace

class TestReviewPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewByKeys();
    void restartRestoresProgress();
    void badScoreFilesAreRefused();
    void guiThreadAnswersWhileAReviewRuns();
    void killBetweenKeyPressesLosesNothingWritten();
    void viewsAskTheJournal();
    void windowShowsThePage();
    void windowFollowsTheDecisions();
    void journalReportsWhatItCannotWrite();
    void endOfAQueue();

private:
    QTemporaryDir demo_;
    QTemporaryDir files_;
    QString scores_;
    std::shared_ptr<LoadedDataset> data_;
};

void TestReviewPage::initTestCase()
{
    usePrivateSettings();
    QCoreApplication::setOrganizationName(QStringLiteral("TagscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TagscopeReviewPage"));
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    DemoOptions options;
    options.outputFolder = QFile::encodeName(demo_.path()).toStdString();
    options.images = kDemoImages;
    options.flipShare = 0.05;
    options.imageSize = 56;
    generateDemoDataset(options);
    data_ = loadAsTheWindowDoes(demo_.path());
    const std::vector<float> scores = truthScores(data_->dataset, demo_.path(), 7);
    scores_ = writeScores(files_.filePath("scores"), scores, data_->dataset.tagCount(), identityRows(data_->dataset.imageCount()));
}

void TestReviewPage::reviewByKeys()
{
    ReviewPage page;
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.setDataset(data_);
    const QString folder = page.journal()->folder();
    QCOMPARE(folder, QString::fromStdString(defaultCorrectionsFolder(demo_.path().toStdString())));
    QVERIFY2(page.openScores(scores_), qPrintable(page.message()));
    QVERIFY(waitReady(page));
    QVERIFY(page.isShowingCards());
    ReviewSession* session = page.session();
    QCOMPARE(session->queueKind(), ReviewQueueKind::Missing);
    QVERIFY(session->size() >= 10); // hidden positives the noisy scores find
    // The tags come most incomplete first.
    for (std::size_t i = 1; i < session->tags().size(); ++i)
        QVERIFY(session->tags()[i - 1].hiddenPositives >= session->tags()[i].hiddenPositives);
    // The first missing-label candidates are the demo's hidden positives (further down come the rare tags, whose
    // thresholds the flipped labels pull down).
    QSet<QString> hidden;
    QFile truth(demo_.path() + "/ground-truth/labels.csv");
    QVERIFY(truth.open(QIODevice::ReadOnly));
    while (!truth.atEnd()) {
        const QList<QByteArray> fields = truth.readLine().trimmed().split(',');
        if (fields.value(2) == "1" && fields.value(3).isEmpty())
            hidden.insert(QString::fromUtf8(fields[0] + ' ' + fields[1]));
    }
    int found = 0;
    const int top = std::min(100, session->size());
    for (int p = 0; p < top; ++p) {
        const ReviewCard card = *session->cardAt(p);
        const Dataset& dataset = data_->dataset;
        found += hidden.contains(QString::fromStdString(dataset.imageName(std::size_t(card.image)) + ' ' + dataset.tag(std::size_t(card.tag)).labelName));
    }
    QVERIFY2(found * 10 >= top * 9, qPrintable(QStringLiteral("%1 of %2").arg(found).arg(top)));
    QVERIFY(page.card()->questionLabel()->text().startsWith(QStringLiteral("Is there a <b>")));
    page.card()->setFocus();
    QVERIFY(page.card()->hasFocus());

    const auto written = [&](const CardKey& key) {
        page.journal()->waitForWrites();
        return onDisk(folder, key.image, key.labelName);
    };
    const CardKey first = keyOf(page);
    QTest::keyClick(page.card(), Qt::Key_Y);
    QCOMPARE(written(first), std::optional<LabelState>(LabelState::Positive));
    QCOMPARE(session->position(), 1);
    QTRY_COMPARE(page.pictureOnCard(), session->current()->image); // the next card's picture, decoded ahead
    const CardKey second = keyOf(page);
    QTest::keyClick(page.card(), Qt::Key_N);
    QCOMPARE(written(second), std::optional<LabelState>(LabelState::Negative));
    QCOMPARE(written(first), std::optional<LabelState>(LabelState::Positive));
    const CardKey third = keyOf(page);
    QTest::keyClick(page.card(), Qt::Key_S); // skip: no decision
    QCOMPARE(written(third), std::nullopt);
    QCOMPARE(session->position(), 3);
    QCOMPARE(session->progress(ReviewQueueKind::Missing).done, 2);

    QTest::keyClick(page.card(), Qt::Key_Backspace); // undoes the skip
    QCOMPARE(session->position(), 2);
    QCOMPARE(written(second), std::optional<LabelState>(LabelState::Negative));
    QTest::keyClick(page.card(), Qt::Key_Z, Qt::ControlModifier); // undoes the No: the label as annotated again
    QCOMPARE(session->position(), 1);
    QCOMPARE(written(second), std::nullopt);
    QCOMPARE(written(first), std::optional<LabelState>(LabelState::Positive));
    QCOMPARE(keyOf(page).image, second.image);

    QTest::keyClick(page.card(), Qt::Key_Y); // the second card, answered the other way
    QCOMPARE(written(second), std::optional<LabelState>(LabelState::Positive));
    QTest::keyClick(page.card(), Qt::Key_Right);
    QCOMPARE(session->position(), 3);
    QTest::keyClick(page.card(), Qt::Key_Left);
    QTest::keyClick(page.card(), Qt::Key_Left);
    QCOMPARE(session->position(), 1);
    QVERIFY(page.card()->findChild<QLabel*>(QStringLiteral("reviewDecision"))->text().contains(QStringLiteral("yes")));
    // Undo after moving still takes back the last answer, and shows its card.
    QTest::keyClick(page.card(), Qt::Key_Backspace);
    QCOMPARE(written(second), std::nullopt);
    QCOMPARE(session->position(), 1);
    QTest::keyClick(page.card(), Qt::Key_N);
    QCOMPARE(written(second), std::optional<LabelState>(LabelState::Negative));
    QCOMPARE(session->position(), 2);

    // The queue list counts what was answered.
    QVERIFY(page.queueList()->item(0)->text().contains(QStringLiteral("2 / ")));
    // Typing in the tag filter answers nothing.
    page.tagFilter()->setFocus();
    QTest::keyClicks(page.tagFilter(), QStringLiteral("ny"));
    page.journal()->waitForWrites();
    QCOMPARE(session->position(), 2);
    QCOMPARE(CorrectionStore(folder.toStdString()).labelCount(), std::size_t(2));
    page.tagFilter()->clear();

    // One tag's queue (card mode): only that tag's cards.
    const int tag = session->tags().front().tag;
    QSignalSpy changed(&page, &ReviewPage::correctionsChanged);
    page.showTagQueue(tag);
    QCOMPARE(session->queueTag(), tag);
    QVERIFY(session->size() > 0);
    for (int p = 0; p < session->size(); ++p)
        QCOMPARE(session->cardAt(p)->tag, tag);
    const CardKey ofTag = keyOf(page);
    QTest::keyClick(page.card(), Qt::Key_Y);
    QCOMPARE(written(ofTag), std::optional<LabelState>(LabelState::Positive));
    QTRY_VERIFY(changed.count() >= 1);
}

void TestReviewPage::restartRestoresProgress()
{
    // Where reviewByKeys left the queues: the Missing queue of the most incomplete tag, one card in.
    int tag = -1, position = -1, done = -1, allPosition = -1;
    {
        ReviewPage page;
        page.setDataset(data_);
        QVERIFY(page.openScores(scores_));
        QVERIFY(waitReady(page));
        tag = page.session()->queueTag();
        QVERIFY(tag >= 0);
        QCOMPARE(page.session()->position(), 1);
        page.session()->move(2);
        position = page.session()->position();
        done = page.session()->progress(ReviewQueueKind::Missing, tag).done;
        allPosition = page.session()->progress(ReviewQueueKind::Missing, -1).position;
        QCOMPARE(allPosition, 2);
    }
    ReviewPage page;
    page.setDataset(data_);
    QVERIFY(page.openScores(scores_));
    QVERIFY(waitReady(page));
    QCOMPARE(page.session()->queueKind(), ReviewQueueKind::Missing);
    QCOMPARE(page.session()->queueTag(), tag);
    QCOMPARE(page.session()->position(), position);
    QCOMPARE(page.session()->progress(ReviewQueueKind::Missing, tag).done, done);
    QCOMPARE(page.session()->progress(ReviewQueueKind::Missing, -1).position, allPosition);
    QVERIFY(QFile::exists(page.session()->progressFile()));

    // Other scores at the same path start afresh: their queues are not these.
    page.session()->close();
    const std::vector<float> other = truthScores(data_->dataset, demo_.path(), 8);
    QTest::qWait(20); // a later modification time
    writeScores(files_.filePath("scores"), other, data_->dataset.tagCount(), identityRows(data_->dataset.imageCount()));
    QVERIFY(page.openScores(scores_));
    QVERIFY(waitReady(page));
    QCOMPARE(page.session()->queueTag(), -1);
    QCOMPARE(page.session()->position(), 0);
    // Back to the first scores for the next cases.
    page.session()->close();
    writeScores(files_.filePath("scores"), truthScores(data_->dataset, demo_.path(), 7), data_->dataset.tagCount(),
                identityRows(data_->dataset.imageCount()));
}

void TestReviewPage::badScoreFilesAreRefused()
{
    ReviewPage page;
    page.setDataset(data_);
    const std::size_t tags = data_->dataset.tagCount(), images = data_->dataset.imageCount();
    std::vector<float> values(images * tags, 0.5f);

    // Rows naming images the dataset lacks.
    std::vector<std::int64_t> rows = identityRows(images);
    rows.back() = static_cast<std::int64_t>(images) + 5;
    const QString wrongRows = writeScores(files_.filePath("wrong-rows"), values, tags, rows);
    QString error;
    QVERIFY(!page.openScores(wrongRows, &error));
    QVERIFY2(error.contains(QStringLiteral("wrong-rows")), qPrintable(error));
    QCOMPARE(page.message(), error);
    QVERIFY(!page.isShowingCards());

    // A tag the dataset lacks.
    QByteArray json = "{\"tags\": [";
    for (std::size_t t = 0; t < tags; ++t)
        json += '"' + QByteArray::fromStdString(t == 0 ? std::string("/m/no-such-tag") : data_->dataset.tag(t).labelName) + "\",";
    json.chop(1);
    json += "]}";
    const QString unknownTag = writeScores(files_.filePath("unknown-tag"), values, tags, identityRows(images), json);
    QVERIFY(!page.openScores(unknownTag, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown-tag")) && error.contains(QStringLiteral("/m/no-such-tag")), qPrintable(error));

    // NaN: found while the worker reads; the review ends with the message.
    values[3 * tags + 1] = std::nanf("");
    const QString withNan = writeScores(files_.filePath("nan"), values, tags, identityRows(images));
    QVERIFY(page.openScores(withNan, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!page.message().isEmpty(), 30000);
    QVERIFY2(page.message().contains(QStringLiteral("nan.npy")), qPrintable(page.message()));
    QVERIFY(!page.isShowingCards());
    QVERIFY(!page.session()->isReady());

    // The good file still opens afterwards, and the message goes.
    QVERIFY(page.openScores(scores_));
    QVERIFY(waitReady(page));
    QVERIFY(page.message().isEmpty());
}

void TestReviewPage::guiThreadAnswersWhileAReviewRuns()
{
    // Scores large enough that the review takes a while: 300,000 images x 24 tags, labels sparse.
    constexpr std::uint32_t tags = 24;
    constexpr std::size_t images = 300000;
    std::vector<ImageLabels> labels(images);
    for (std::size_t i = 0; i < images; ++i)
        labels[i] = {{static_cast<std::uint32_t>(i % tags), LabelState::Positive}, {static_cast<std::uint32_t>((i + 7) % tags), LabelState::Negative}};
    auto data = std::make_shared<LoadedDataset>();
    data->path = files_.filePath("large");
    data->dataset = labelledDataset(tags, labels);
    std::vector<float> values(images * tags);
    std::mt19937 random(5);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    for (float& v : values)
        v = uniform(random);
    const QString large = writeScores(files_.filePath("large-scores"), values, tags, identityRows(images));

    ReviewPage page;
    page.setDataset(data);
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(5);
    // Cancelled while it runs: the page goes back to where scores are opened.
    QSignalSpy cancelled(page.session(), &ReviewSession::cancelled);
    QVERIFY(page.openScores(large));
    QVERIFY(page.session()->isRunning());
    page.session()->cancel();
    QVERIFY(cancelled.wait(30000));
    QVERIFY(!page.session()->isReady());
    QVERIFY(page.message().contains(QStringLiteral("cancelled")));

    ticks = 0;
    QVERIFY(page.openScores(large));
    int ticksWhileRunning = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (page.session()->isRunning())
                ticksWhileRunning = ticks;
            return page.session()->isReady();
        },
        120000));
    QVERIFY2(ticksWhileRunning >= 1, qPrintable(QString::number(ticksWhileRunning))); // the event loop ran meanwhile
    QVERIFY(page.session()->size() > 0);
}

void TestReviewPage::killBetweenKeyPressesLosesNothingWritten()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("REVIEW_KEY_PRESSER"), QStringLiteral("1"));
    environment.insert(QStringLiteral("REVIEW_CHILD_DATASET"), demo_.path());
    environment.insert(QStringLiteral("REVIEW_CHILD_SCORES"), scores_);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), QStringList());
    QVERIFY(child.waitForStarted());
    QStringList reported;
    const char* keys[] = {"Y\n", "N\n", "Y\n", "Y\n", "N\n", "Y\n"};
    for (const char* key : keys) {
        child.write(key);
        QVERIFY2(child.waitForReadyRead(60000) || child.canReadLine(), qPrintable(QString::fromUtf8(child.readAllStandardError())));
        while (!child.canReadLine())
            QVERIFY(child.waitForReadyRead(10000));
        reported << QString::fromUtf8(child.readLine()).trimmed();
    }
    // One more key, and the kill while it may be writing.
    child.write("N\n");
    child.waitForBytesWritten();
    child.kill();
    QVERIFY(child.waitForFinished(10000));

    const CorrectionStore store(defaultCorrectionsFolder(demo_.path().toStdString()));
    for (const QString& line : reported) {
        const QStringList fields = line.split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 3);
        bool found = false;
        for (const LabelDecision& d : store.labels())
            if (QString::fromStdString(d.image) == fields[0] && QString::fromStdString(d.labelName) == fields[1]) {
                found = true;
                QCOMPARE(d.state, fields[2] == QLatin1String("1") ? LabelState::Positive : LabelState::Negative);
            }
        QVERIFY2(found, qPrintable(line + " is not on disk"));
    }
}

void TestReviewPage::viewsAskTheJournal()
{
    ReviewPage page;
    page.resize(1200, 800);
    page.show();
    EmbeddingStore store;
    page.setEmbeddingStore(&store);
    page.setDataset(data_);
    const QString folder = page.journal()->folder();
    QVERIFY(page.openScores(scores_));
    QVERIFY(waitReady(page));
    ReviewSession* session = page.session();
    const Dataset& dataset = data_->dataset;

    // Grid: one tag's candidates; a selection of several accepted at once is one write, one undo.
    page.showMode(ReviewPage::Mode::Grid);
    QTRY_VERIFY(page.grid()->isVisible());
    const int tag = session->queueTag();
    QVERIFY(tag >= 0);
    const QVector<int> remaining = page.grid()->remainingImages();
    QVERIFY(remaining.size() >= 3);
    const QVector<int> chosen = remaining.mid(0, 3);
    page.grid()->list()->selectImages(chosen);
    QCOMPARE(page.grid()->selectedImages(), chosen);
    page.grid()->answerSelection(true);
    page.journal()->waitForWrites();
    const std::string labelName = dataset.tag(static_cast<std::size_t>(tag)).labelName;
    for (int image : chosen)
        QCOMPARE(onDisk(folder, dataset.imageName(static_cast<std::size_t>(image)), labelName), std::optional<LabelState>(LabelState::Positive));
    QVERIFY(!page.grid()->remainingImages().contains(chosen.front()));
    page.grid()->list()->setFocus();
    QTest::keyClick(page.grid()->list(), Qt::Key_Backspace); // one undo for the whole selection
    page.journal()->waitForWrites();
    for (int image : chosen)
        QCOMPARE(onDisk(folder, dataset.imageName(static_cast<std::size_t>(image)), labelName), std::nullopt);
    QCOMPARE(page.grid()->remainingImages().mid(0, 3), chosen); // back on the grid

    // Duplicates need embeddings: the page says so until the store has them.
    page.showMode(ReviewPage::Mode::Pairs);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("reviewNeeds"))->isVisible());
    // Embeddings in which images 0 and 1 are the same picture.
    const std::size_t rows = dataset.imageCount(), dims = 16;
    auto vectors = std::make_shared<FloatMatrix>(rows, dims);
    std::mt19937 random(11);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<std::uint32_t> ids(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        ids[r] = static_cast<std::uint32_t>(r);
        for (std::size_t d = 0; d < dims; ++d)
            vectors->at(r, d) = r == 1 ? vectors->at(0, d) : normal(random);
    }
    store.setEmbeddings(vectors, ids, QStringLiteral("generated.npy"), QString());
    QTRY_VERIFY(page.pairsView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page.pairsView()->pairs().empty(), 30000);
    const DuplicatePair pair = page.pairsView()->pairs().front();
    QCOMPARE(pair.a, 0);
    QCOMPARE(pair.b, 1);
    page.pairsView()->setCurrentPair(0);
    page.pairsView()->leaveOutRight();
    page.journal()->waitForWrites();
    std::vector<std::string> leftOut = CorrectionStore(folder.toStdString()).leftOut();
    QCOMPARE(leftOut, std::vector<std::string>({dataset.imageName(1)}));
    page.pairsView()->setCurrentPair(0);
    page.pairsView()->keepBoth();
    page.journal()->waitForWrites();
    QVERIFY(CorrectionStore(folder.toStdString()).leftOut().empty());

    // Label next hands its questions to the cards: a "Label next" queue, answered with the keys.
    page.showMode(ReviewPage::Mode::LabelNext);
    QTRY_VERIFY(page.labelNextView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page.labelNextView()->questions().isEmpty(), 30000);
    const QVector<QPair<int, int>> questions = page.labelNextView()->questions();
    page.labelNextView()->answerHere();
    QCOMPARE(page.mode(), ReviewPage::Mode::Cards);
    QCOMPARE(session->queueKind(), ReviewQueueKind::LabelNext);
    QCOMPARE(session->size(), questions.size());
    const std::optional<ReviewCard> card = session->current();
    QVERIFY(card);
    QCOMPARE(card->image, questions.front().first);
    QCOMPARE(card->tag, questions.front().second);
    QVERIFY(!std::isnan(card->p));
    page.card()->setFocus();
    QTest::keyClick(page.card(), Qt::Key_N);
    page.journal()->waitForWrites();
    QCOMPARE(onDisk(folder, dataset.imageName(static_cast<std::size_t>(card->image)), dataset.tag(static_cast<std::size_t>(card->tag)).labelName),
             std::optional<LabelState>(LabelState::Negative));
}

void TestReviewPage::windowShowsThePage()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.reviewAction()->isEnabled()); // nothing to review before a dataset is open
    QCOMPARE(window.reviewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    QHash<QString, QString> groupOf;
    for (const ShortcutEntry& entry : collectShortcuts(&window))
        groupOf.insert(entry.text + ' ' + entry.keys.first().toString(QKeySequence::PortableText), entry.group);
    QCOMPARE(groupOf.value(QStringLiteral("Review Ctrl+4")), QStringLiteral("View"));
    QCOMPARE(groupOf.value(QStringLiteral("Yes Y")), QStringLiteral("Review"));
    QCOMPARE(groupOf.value(QStringLiteral("Undo Backspace")), QStringLiteral("Review"));
    // The keys of the grid and of the pairs act within their tab, listed under it.
    QCOMPARE(groupOf.value(QStringLiteral("Yes to the Selection Y")), QStringLiteral("Review: Grid"));
    QCOMPARE(groupOf.value(QStringLiteral("No to the Selection N")), QStringLiteral("Review: Grid"));
    QCOMPARE(groupOf.value(QStringLiteral("Leave Out Left L")), QStringLiteral("Review: Duplicates and Leaks"));
    QCOMPARE(groupOf.value(QStringLiteral("Next Pair PgDown")), QStringLiteral("Review: Duplicates and Leaks"));

    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_.path());
    QVERIFY(shown.wait(60000));
    QVERIFY(window.reviewAction()->isEnabled() && window.openScoresAction()->isEnabled());
    window.reviewAction()->trigger();
    QTRY_VERIFY(window.reviewPage()->isVisible());
    QVERIFY(window.reviewPage()->findChild<QPushButton*>(QStringLiteral("openScoresButton"))->isVisible()); // the empty state
    QVERIFY(window.reviewPage()->openScores(scores_));
    QVERIFY(waitReady(*window.reviewPage()));
    // The card's image shows in the inspector.
    QSignalSpy chosen(window.reviewPage(), &ReviewPage::imageChosen);
    window.reviewPage()->session()->move(1);
    QCOMPARE(chosen.count(), 1);
    const int position = window.reviewPage()->session()->position();
    window.reviewPage()->journal()->waitForWrites(); // the progress file written

    // The session remembers the review: a new window reopens its scores, in front, at the same card.
    const SessionState state = SessionState::capture(window);
    QCOMPARE(state.reviewScores, QFileInfo(scores_).absoluteFilePath());
    QVERIFY(state.reviewShown);
    {
        MainWindow restored;
        restored.show();
        auto* restorer = new SessionRestorer(&restored, state);
        QSignalSpy finished(restorer, &SessionRestorer::finished);
        QVERIFY(restorer->start());
        QVERIFY(finished.wait(60000));
        QVERIFY(waitReady(*restored.reviewPage()));
        QVERIFY(restored.isShowingReview());
        QCOMPARE(restored.reviewPage()->session()->position(), position);
    }
    window.reviewAction()->trigger(); // back to the browser
    QTRY_VERIFY(!window.reviewPage()->isVisible());
}

// The window around the page: a decision shows in the dataset the window holds, a leave-out renumbers its images
// (and the embeddings with them) while the page's pair list goes on naming the right images, the long-tail plot
// shows the review's estimates and opens a tag's queue, and Review Labels with this Run's scores open on the page.
void TestReviewPage::windowFollowsTheDecisions()
{
    const QString folder = QString::fromStdString(defaultCorrectionsFolder(demo_.path().toStdString()));
    QDir(folder).removeRecursively(); // what the other cases decided
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_.path());
    QVERIFY(shown.wait(60000));
    const std::size_t images = window.dataset()->dataset.imageCount();
    window.reviewAction()->trigger();
    ReviewPage* page = window.reviewPage();
    QVERIFY(page->openScores(scores_));
    QVERIFY(waitReady(*page));
    QTRY_VERIFY(window.trainingPanel()->longTail()->showsIncompleteness());

    // Yes on the first missing label: the window reads the dataset again with it.
    page->session()->setQueue(ReviewQueueKind::Missing, -1);
    page->session()->moveTo(0);
    const CardKey key = keyOf(*page);
    const std::optional<std::size_t> image = window.dataset()->dataset.findImage(key.image);
    const std::optional<std::uint32_t> tag = window.dataset()->dataset.findTag(key.labelName);
    QVERIFY(image && tag);
    QVERIFY(window.dataset()->dataset.labelState(*image, *tag) != LabelState::Positive);
    page->card()->setFocus();
    QTest::keyClick(page->card(), Qt::Key_Y);
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset()->dataset.labelState(*image, *tag) == LabelState::Positive, 60000);
    QTRY_VERIFY(!window.isRefreshingCorrections());
    QVERIFY2(window.correctionsSummary().contains(QLatin1String("1 corrected label")), qPrintable(window.correctionsSummary()));

    // Images 0 and 1 the same picture: leaving out the left one renumbers the window's images and embeddings.
    const std::size_t dims = 16;
    auto vectors = std::make_shared<FloatMatrix>(images, dims);
    std::mt19937 random(5);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<std::uint32_t> ids(images);
    for (std::size_t r = 0; r < images; ++r) {
        ids[r] = static_cast<std::uint32_t>(r);
        for (std::size_t d = 0; d < dims; ++d)
            vectors->at(r, d) = r == 1 ? vectors->at(0, d) : normal(random);
    }
    window.embeddingStore()->setEmbeddings(vectors, ids, QStringLiteral("generated.npy"), QString());
    page->showMode(ReviewPage::Mode::Pairs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->pairsView()->pairs().empty(), 30000);
    const std::string first = window.dataset()->dataset.imageName(0), second = window.dataset()->dataset.imageName(1);
    page->pairsView()->setCurrentPair(0);
    page->pairsView()->leaveOutLeft();
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset()->dataset.imageCount() == images - 1, 60000);
    QCOMPARE(CorrectionStore(folder.toStdString()).leftOut(), std::vector<std::string>({first}));
    QCOMPARE(window.embeddingStore()->rows(), images - 1); // the left-out image's row went, the others stayed
    QCOMPARE(window.dataset()->dataset.imageName(window.embeddingStore()->imageIds().front()), second);
    QTRY_VERIFY(!window.isRefreshingCorrections());
    QVERIFY(page->pairsView()->isVisible());
    QCOMPARE(page->pairsView()->pairs().front().a, 0); // the list as it was, numbered as its opening numbers it
    // Keep both from that list: it names the images through its own opening, so the left-out image comes back.
    page->pairsView()->setCurrentPair(0);
    page->pairsView()->keepBoth();
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset()->dataset.imageCount() == images, 60000);
    QVERIFY(CorrectionStore(folder.toStdString()).leftOut().empty());
    QTRY_VERIFY(!window.isRefreshingCorrections());

    // A tag of the long-tail plot opens its queue on the page.
    window.showReview(false);
    QVERIFY(window.showReviewQueue(static_cast<int>(*tag)));
    QVERIFY(window.isShowingReview());
    QCOMPARE(page->session()->queueKind(), ReviewQueueKind::Missing);
    QCOMPARE(page->session()->queueTag(), static_cast<int>(*tag));

    // Review Labels with this Run hands its scores to the page, in front.
    window.showReview(false);
    Q_EMIT window.reviewScoresReady(scores_);
    QVERIFY(window.isShowingReview());
    QVERIFY(waitReady(*page));
}

void TestReviewPage::journalReportsWhatItCannotWrite()
{
    QTemporaryDir folder;
    CorrectionJournal journal;
    QVERIFY(journal.openFolder(folder.path()));
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("human-imagelabels.csv"))); // a folder where the journal goes
    QSignalSpy failed(&journal, &CorrectionJournal::writeFailed);
    QSignalSpy changed(&journal, &CorrectionJournal::changed);
    journal.decide("0000000000000001", "/m/t0", LabelState::Positive);
    QCOMPARE(journal.decision("0000000000000001", "/m/t0"), std::optional<LabelState>(LabelState::Positive)); // at once
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.front().front().toString().contains(folder.filePath(QStringLiteral("human-imagelabels.csv"))),
             qPrintable(failed.front().front().toString()));
    QCOMPARE(changed.count(), 0);
    // Opening a folder whose journal cannot be read is refused, naming the file.
    CorrectionJournal other;
    QString error;
    QVERIFY(!other.openFolder(folder.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("human-imagelabels.csv")), qPrintable(error));
    QVERIFY(!other.isOpen());
}

void TestReviewPage::endOfAQueue()
{
    ReviewPage page;
    page.resize(1200, 800);
    page.show();
    page.setDataset(data_);
    QVERIFY(page.openScores(scores_));
    QVERIFY(waitReady(page));
    ReviewSession* session = page.session();
    // The wrong-negative queue of a tag with a few candidates, answered to its end.
    int tag = -1;
    for (const ReviewTag& t : session->tags())
        if (const std::uint64_t n = t.counts[static_cast<std::size_t>(ReviewQueueKind::WrongNegative)]; n >= 2 && n <= 6)
            tag = t.tag;
    QVERIFY(tag >= 0);
    session->setQueue(ReviewQueueKind::WrongNegative, tag);
    session->moveTo(0);
    QVERIFY(page.card()->questionLabel()->text().contains(QStringLiteral("after all")));
    page.card()->setFocus();
    const int size = session->size();
    for (int k = 0; k < size; ++k)
        QTest::keyClick(page.card(), Qt::Key_Y);
    QCOMPARE(session->position(), size);
    QVERIFY(!session->current());
    QCOMPARE(page.card()->questionLabel()->text(), QStringLiteral("This queue is done."));
    QVERIFY(!page.card()->yesAction()->isEnabled());
    QCOMPARE(session->progress(ReviewQueueKind::WrongNegative, tag).done, size);
    QTest::keyClick(page.card(), Qt::Key_Y); // nothing to answer
    QCOMPARE(session->position(), size);
    QTest::keyClick(page.card(), Qt::Key_Backspace); // the last card again, undecided
    QCOMPARE(session->position(), size - 1);
    QVERIFY(session->current());
    QVERIFY(!session->decisionOf(*session->current()));
    QCOMPARE(session->progress(ReviewQueueKind::WrongNegative, tag).done, size - 1);
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("REVIEW_KEY_PRESSER"))
        return runKeyPresser(argc, argv);
    QApplication app(argc, argv);
    TestReviewPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_review_page.moc"
