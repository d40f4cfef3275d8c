// The Review page answering label questions at the speed of a keypress: the whole window opens a dataset
// (File > Open Dataset), shows View > Review, opens a score file of `tagscope-cli crossval` or `predict` (what
// File > Open Scores for Review… does once a file is chosen), picks a queue, and answers its first cards by key
// presses on the card, the dataset's hidden truth (a demo's ground-truth/labels.csv) standing in for the
// annotator: Y when the tag is truly in the image, N otherwise. For each key press it measures the time from the
// key event to the next card painted and flushed to the screen: the first paint of the card after the key at
// which its picture is the new card's image (not the "Loading…" message). At the end it reads the corrections
// folder back with a store of its own and checks that the decisions written are the answers given.
//
//   XDG_DATA_HOME=FOLDER review_session_bench DATASET SCORES.npy [--cards 1000]
//       [--truth DATASET/ground-truth/labels.csv] [--queue missing|wrong-positive|wrong-negative] [--pause 100]
//       [--trace CARDS.csv]
//
// Run it under xvfb-run with a screen of at least 1440x900 and fresh XDG_DATA_HOME, XDG_CONFIG_HOME and
// XDG_CACHE_HOME: the decisions go to XDG_DATA_HOME/tagscope/corrections/, and the bench refuses a corrections
// folder that already holds decisions or review progress (its queue would start where that review stopped).
// --pause is the time between a card painted and the next key: a reader faster than any person, leaving the
// decoding ahead no more time than it would have in use. The truth file lists every label whose annotation differs
// from the truth (ImageID,LabelName,Truth,Given); every other label is as annotated, an unknown one absent.
// --trace writes each card's times (card,ms,busy_ms,decoded_ahead) to see how they change along the queue.
#include "review/correction_journal.h"
#include "review/review_card.h"
#include "review/review_page.h"
#include "review/review_session.h"
#include "window/application_setup.h"
#include "window/main_window.h"

#include "quality/corrections.h"
#include "thumbnails/image_preview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QListWidget>
#include <QSet>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

constexpr int kPaintTimeoutMs = 30000;
constexpr int kSettleMs = 2000; // after the review is ready: the first cards decoded, the window idle

double cpuWaitMs() // time this thread has been ready to run but waiting for a CPU
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() / 1e6 : 0;
}

double percentile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[static_cast<std::size_t>(share * static_cast<double>(values.size() - 1))];
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "review_session_bench: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(1);
}

// (ImageID, LabelName) -> truly present, for the labels whose annotation differs from the truth.
QHash<QString, bool> readTruth(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QHash<QString, bool> truth;
    const QByteArray header = file.readLine().trimmed();
    if (!header.startsWith("ImageID,LabelName,Truth"))
        fail(QStringLiteral("%1: expected the header ImageID,LabelName,Truth,Given").arg(path));
    for (int line = 2; !file.atEnd(); ++line) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() < 3 || (fields[2] != "0" && fields[2] != "1"))
            fail(QStringLiteral("%1, line %2: expected ImageID,LabelName,Truth with Truth 0 or 1").arg(path).arg(line));
        truth.insert(QString::fromUtf8(fields[0] + ',' + fields[1]), fields[2] == "1");
    }
    return truth;
}

std::optional<ReviewQueueKind> queueOf(const QString& name)
{
    if (name == QLatin1String("missing"))
        return ReviewQueueKind::Missing;
    if (name == QLatin1String("wrong-positive"))
        return ReviewQueueKind::WrongPositive;
    if (name == QLatin1String("wrong-negative"))
        return ReviewQueueKind::WrongNegative;
    return std::nullopt;
}

struct Answer {
    std::string image, labelName;
    bool present;
};

// Presses a key on the card, then waits for the next card to be painted; one card at a time, from the event loop.
class KeyPresser : public QObject {
public:
    KeyPresser(ReviewPage* page, QHash<QString, bool> truth, int cards, int pauseMs)
        : page_(page), truth_(std::move(truth)), cards_(cards), pauseMs_(pauseMs)
    {
        page_->card()->installEventFilter(this);
        for (QWidget* child : page_->card()->findChildren<QWidget*>())
            child->installEventFilter(this);
        timeout_.setSingleShot(true);
        timeout_.setInterval(kPaintTimeoutMs);
        connect(&timeout_, &QTimer::timeout, this, [this] {
            fail(QStringLiteral("card %1: no new card painted %2 s after the key").arg(answers_.size()).arg(kPaintTimeoutMs / 1000));
        });
        clock_.start();
    }

    void start() { QTimer::singleShot(0, this, &KeyPresser::press); }

    const std::vector<Answer>& answers() const { return answers_; }
    const std::vector<double>& latencies() const { return latencies_; }
    const std::vector<double>& busy() const { return busy_; }
    const std::vector<bool>& ahead() const { return ahead_; }
    int decodedAhead() const { return static_cast<int>(std::count(ahead_.begin(), ahead_.end(), true)); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !armed_)
            return QObject::eventFilter(watched, event);
        const ui::ImagePreview* preview = page_->card()->preview();
        // The new card, not the old one repainted: every change of the key is made before this paint; only the
        // picture may still be loading.
        if (!expectImage_ || (preview->message().isEmpty() && !preview->image().isNull())) {
            armed_ = false;
            // This paint is one of a window repaint that ends with the flush to the screen: timed just after it.
            QMetaObject::invokeMethod(this, &KeyPresser::painted, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void press()
    {
        ReviewSession* session = page_->session();
        const std::optional<ReviewCard> card = session->current();
        if (!card || static_cast<int>(answers_.size()) >= cards_) {
            QApplication::quit();
            return;
        }
        const Dataset& dataset = session->reviewedDataset()->dataset;
        const std::string image = dataset.imageName(static_cast<std::size_t>(card->image));
        const std::string labelName = dataset.tag(static_cast<std::size_t>(card->tag)).labelName;
        const auto listed = truth_.constFind(QString::fromStdString(image + ',' + labelName));
        const bool present = listed != truth_.constEnd()
                                 ? listed.value()
                                 : dataset.labelState(static_cast<std::size_t>(card->image), static_cast<std::uint32_t>(card->tag)) == LabelState::Positive;
        const int position = session->position();

        startWait_ = cpuWaitMs();
        start_ = clock_.nsecsElapsed();
        QTest::keyClick(page_->card(), present ? Qt::Key_Y : Qt::Key_N); // handled at once: no paint happens inside
        if (session->position() != position + 1)
            fail(QStringLiteral("card %1: the key did not reach the card (is the window active?)").arg(answers_.size()));
        answers_.push_back({image, labelName, present});
        expectImage_ = session->current().has_value(); // past the last card the page says the queue is done
        const ui::ImagePreview* preview = page_->card()->preview();
        ahead_.push_back(expectImage_ && preview->message().isEmpty() && !preview->image().isNull());
        armed_ = true; // the paints from here on show the new card
        timeout_.start();
    }

    void painted()
    {
        const double ms = static_cast<double>(clock_.nsecsElapsed() - start_) / 1e6;
        timeout_.stop();
        latencies_.push_back(ms);
        busy_.push_back(ms - (cpuWaitMs() - startWait_));
        QTimer::singleShot(pauseMs_, this, &KeyPresser::press);
    }

    ReviewPage* page_;
    QHash<QString, bool> truth_;
    int cards_, pauseMs_;
    QElapsedTimer clock_;
    QTimer timeout_;
    bool armed_ = false, expectImage_ = true;
    qint64 start_ = 0;
    double startWait_ = 0;
    std::vector<bool> ahead_;
    std::vector<Answer> answers_;
    std::vector<double> latencies_, busy_;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    setUpApplication(app);
    QStringList positional;
    QString truthPath, tracePath, queueName = QStringLiteral("missing");
    int cards = 1000, pauseMs = 100;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg.startsWith(QLatin1String("--")) && i + 1 >= args.size())
            fail(QStringLiteral("%1 needs a value").arg(arg));
        if (arg == QLatin1String("--cards"))
            cards = args[++i].toInt();
        else if (arg == QLatin1String("--truth"))
            truthPath = args[++i];
        else if (arg == QLatin1String("--queue"))
            queueName = args[++i];
        else if (arg == QLatin1String("--trace"))
            tracePath = args[++i];
        else if (arg == QLatin1String("--pause"))
            pauseMs = args[++i].toInt();
        else if (arg.startsWith(QLatin1String("--")))
            fail(QStringLiteral("unknown option %1").arg(arg));
        else
            positional << arg;
    }
    const std::optional<ReviewQueueKind> queue = queueOf(queueName);
    if (positional.size() != 2 || cards <= 0 || pauseMs < 0 || !queue)
        fail(QStringLiteral("usage: review_session_bench DATASET SCORES.npy [--cards N] [--truth LABELS.csv] "
                            "[--queue missing|wrong-positive|wrong-negative] [--pause MS] [--trace CARDS.csv]"));
    if (qEnvironmentVariable("XDG_DATA_HOME").isEmpty())
        fail(QStringLiteral("set XDG_DATA_HOME to a fresh folder: the decisions are written there"));
    const QString dataset = positional[0], scores = positional[1];
    if (truthPath.isEmpty())
        truthPath = QDir(dataset).filePath(QStringLiteral("ground-truth/labels.csv"));
    QHash<QString, bool> truth = readTruth(truthPath);

    MainWindow window;
    window.resize(1440, 900);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window, 10000))
        fail(QStringLiteral("the window did not become active: the keys would not reach it"));
    QObject::connect(&window, &MainWindow::openFailed, [](const QString& message) { fail(message); });
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    QElapsedTimer opening;
    opening.start();
    window.openDataset(dataset);
    if (!shown.wait(300000))
        fail(QStringLiteral("%1: the dataset did not open within 5 minutes").arg(dataset));
    window.reviewAction()->trigger();
    ReviewPage* page = window.reviewPage();
    const QString folder = page->journal()->folder();
    if (page->journal()->decisionCount() > 0 || QFile::exists(page->session()->progressFile()))
        fail(QStringLiteral("%1 already holds decisions or review progress: give a fresh XDG_DATA_HOME").arg(folder));
    QString error;
    if (!page->openScores(scores, &error))
        fail(error);
    if (!QTest::qWaitFor([&] { return page->session()->isReady() || !page->message().isEmpty(); }, 600000) || !page->session()->isReady())
        fail(page->message().isEmpty() ? QStringLiteral("%1: the review did not finish within 10 minutes").arg(scores) : page->message());
    const double openSeconds = opening.elapsed() / 1000.0;
    if (*queue != ReviewQueueKind::Missing) { // the queue clicked in the list, as a person picks it
        QListWidget* queues = page->queueList();
        const QRect item = queues->visualItemRect(queues->item(static_cast<int>(*queue)));
        QTest::mouseClick(queues->viewport(), Qt::LeftButton, {}, item.center());
        if (page->session()->queueKind() != *queue)
            fail(QStringLiteral("the %1 queue could not be chosen in the list").arg(queueName));
    }
    const int queued = page->session()->size();
    QTest::qWait(kSettleMs);
    if (!page->card()->hasFocus())
        fail(QStringLiteral("the card does not have the keyboard focus"));

    KeyPresser presser(page, std::move(truth), cards, pauseMs);
    presser.start();
    QApplication::exec();

    // The decisions as written to disk, read by a store of its own.
    page->journal()->waitForWrites();
    const CorrectionStore store(QFile::encodeName(folder).toStdString());
    std::map<std::pair<std::string, std::string>, LabelState> written;
    for (const LabelDecision& d : store.labels())
        written[{d.image, d.labelName}] = d.state;
    std::map<std::pair<std::string, std::string>, LabelState> given;
    int yes = 0;
    for (const Answer& a : presser.answers()) {
        given[{a.image, a.labelName}] = a.present ? LabelState::Positive : LabelState::Negative;
        yes += a.present ? 1 : 0;
    }
    const std::size_t answered = presser.answers().size();
    const bool same = written == given && given.size() == answered;
    const std::vector<double>& latencies = presser.latencies();
    std::printf("dataset %s, scores %s: %.1f s to open both; %s queue of %d cards\n", qPrintable(dataset), qPrintable(scores), openSeconds,
                qPrintable(queueName), queued);
    std::printf("%zu cards answered by key, %d ms after each card painted; image decoded ahead for %d of them\n", answered, pauseMs,
                presser.decodedAhead());
    std::printf("key to next card painted: median %.1f ms, 99th percentile %.1f ms, longest %.1f ms\n", percentile(latencies, 0.5),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("  less the GUI thread's waits for a CPU: median %.1f ms, 99th percentile %.1f ms, longest %.1f ms\n",
                percentile(presser.busy(), 0.5), percentile(presser.busy(), 0.99), percentile(presser.busy(), 1.0));
    std::printf("decisions written %zu, %s the %zu answers; yes %d, no %zu, precision of yes %.3f\n", written.size(),
                same ? "equal to" : "NOT EQUAL to", answered, yes, answered - static_cast<std::size_t>(yes),
                answered ? static_cast<double>(yes) / static_cast<double>(answered) : 0.0);
    std::printf("corrections folder %s\n", qPrintable(folder));
    if (!tracePath.isEmpty()) {
        QFile trace(tracePath);
        if (!trace.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1: %2").arg(tracePath, trace.errorString()));
        trace.write("card,ms,busy_ms,decoded_ahead\n");
        for (std::size_t i = 0; i < latencies.size(); ++i)
            trace.write(QStringLiteral("%1,%2,%3,%4\n").arg(i + 1).arg(latencies[i], 0, 'f', 2).arg(presser.busy()[i], 0, 'f', 2).arg(presser.ahead()[i] ? 1 : 0).toUtf8());
    }
    return same ? 0 : 1;
}
