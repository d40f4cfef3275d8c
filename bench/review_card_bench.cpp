// The Review page's cards on the demo: the time from a key (Y or N) to the next card painted with its picture, over
// a session of answers, as the median and the 99th percentile. The next cards are decoded ahead while a card is
// judged; --pace is the time between two keys (a reviewer reads the card first: 0 presses the next key as soon as
// the card is painted, the worst case for decoding ahead).
//
//   review_card_bench [--images 2000] [--keys 300] [--pace 250] [--out FOLDER]
//
// The demo (Fashion Mosaic, 112 px, 5% of its verified labels flipped) is generated in FOLDER (default: a
// temporary folder); the scores are its hidden truth plus Gaussian noise (sd 0.1), so the queue holds real
// missing labels. The decisions go to a private data folder.
#include "review/correction_journal.h"
#include "review/review_card.h"
#include "review/review_page.h"
#include "review/review_session.h"

#include "common/npy.h"
#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"
#include "dataset/statistics.h"

#include "thumbnails/image_preview.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

// Counts the paints of the card's picture.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

std::vector<float> noisyTruth(const Dataset& dataset, const QString& demo)
{
    const std::size_t tags = dataset.tagCount();
    std::vector<char> truth(dataset.imageCount() * tags, 0);
    for (std::size_t i = 0; i < dataset.imageCount(); ++i)
        for (std::uint32_t t = 0; t < tags; ++t)
            truth[i * tags + t] = dataset.labelState(i, t) == LabelState::Positive;
    QFile file(demo + "/ground-truth/labels.csv");
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        const auto image = dataset.findImage(fields.value(0).toStdString());
        const auto tag = dataset.findTag(fields.value(1).toStdString());
        if (image && tag)
            truth[*image * tags + *tag] = fields.value(2) == "1";
    }
    std::mt19937 random(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    std::vector<float> scores(truth.size());
    for (std::size_t k = 0; k < truth.size(); ++k)
        scores[k] = std::clamp((truth[k] ? 0.8f : 0.1f) + noise(random), 0.0f, 1.0f);
    return scores;
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    const double at = q * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(at);
    const std::size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (at - static_cast<double>(low));
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(home.path() + "/" + variable));
    QApplication app(argc, argv);
    std::size_t images = 2000;
    int keys = 300, pace = 250;
    QString folder;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--images")
            images = std::strtoull(argv[i + 1], nullptr, 10);
        else if (key == "--keys")
            keys = std::atoi(argv[i + 1]);
        else if (key == "--pace")
            pace = std::atoi(argv[i + 1]);
        else if (key == "--out")
            folder = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir scratch;
    if (folder.isEmpty())
        folder = scratch.path();
    if (!QFile::exists(folder + "/ground-truth/labels.csv")) {
        DemoOptions options;
        options.outputFolder = QFile::encodeName(folder).toStdString();
        options.images = images;
        options.flipShare = 0.05;
        generateDemoDataset(options);
    }
    auto data = std::make_shared<LoadedDataset>();
    ImportResult imported = loadDataset(folder.toStdString());
    data->path = folder;
    data->dataset = std::move(imported.dataset);
    data->statistics = computeStatistics(data->dataset);
    const std::vector<float> scores = noisyTruth(data->dataset, folder);
    const std::string npy = (scratch.path() + "/scores.npy").toStdString();
    writeNpy(npy, scores, {static_cast<std::int64_t>(data->dataset.imageCount()), static_cast<std::int64_t>(data->dataset.tagCount())});
    std::vector<std::int64_t> rows(data->dataset.imageCount());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = static_cast<std::int64_t>(i);
    writeNpyInt64((scratch.path() + "/scores.images.npy").toStdString(), rows, {static_cast<std::int64_t>(rows.size())});

    ReviewPage page;
    page.resize(1280, 800);
    page.show();
    page.setDataset(data);
    QString error;
    if (!page.openScores(QString::fromStdString(npy), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    while (!page.session()->isReady())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    PaintCounter counter;
    page.card()->preview()->installEventFilter(&counter);
    const auto waitFor = [](const std::function<bool()>& done) { // sleeps between events: the decoders keep the cores
        while (!done())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    waitFor([&] { return page.pictureOnCard() >= 0; }); // the first card

    std::vector<double> latencies;
    int ready = 0;
    const int size = page.session()->size();
    QElapsedTimer clock;
    for (int k = 0; k < keys && page.session()->position() + 1 < size; ++k) {
        if (pace > 0) { // the reviewer looks at the card
            QEventLoop reading;
            QTimer::singleShot(pace, &reading, &QEventLoop::quit);
            reading.exec();
        }
        const int paintsBefore = counter.paints;
        const int next = page.session()->cardAt(page.session()->position() + 1)->image;
        clock.start();
        (k % 3 == 2 ? page.card()->noAction() : page.card()->yesAction())->trigger();
        ready += page.pictureOnCard() == next ? 1 : 0; // decoded ahead: on the card as the key's action returns
        waitFor([&] { return page.pictureOnCard() == next && counter.paints > paintsBefore; });
        latencies.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    page.journal()->waitForWrites();
    std::printf("{\"images\": %zu, \"keys\": %zu, \"pace_ms\": %d, \"decoded_ahead\": %d, \"median_ms\": %.2f, \"p99_ms\": %.2f, "
                "\"max_ms\": %.2f}\n",
                data->dataset.imageCount(), latencies.size(), pace, ready, percentile(latencies, 0.5), percentile(latencies, 0.99),
                *std::max_element(latencies.begin(), latencies.end()));
    return 0;
}
