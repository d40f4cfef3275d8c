// The Training window during a run on the demo: how long the GUI thread goes without running a 5 ms event-loop
// probe while the worker trains and the curves redraw, less the time the thread was ready but waiting for a CPU
// (/proc schedstat), as the longest stall and the 99th percentile of the gaps.
//
//   training_panel_bench [--images 2000] [--seconds 60] [--out FOLDER]
//
// The demo (Fashion Mosaic at 32 px) is generated in FOLDER (default: a temporary folder); the run is the small
// CNN at 32 px, batches of 16, one loader thread, logging every step (the most the curves ever receive).
#include "training/training_controller.h"
#include "training/training_form.h"
#include "training/training_panel.h"

#include "dataset/demo_generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

double waitingMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() / 1e6 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::size_t images = 2000;
    int seconds = 60;
    QString folder;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--images")
            images = std::strtoull(argv[i + 1], nullptr, 10);
        else if (key == "--seconds")
            seconds = std::atoi(argv[i + 1]);
        else if (key == "--out")
            folder = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir scratch;
    if (folder.isEmpty())
        folder = scratch.path();
    const QString demo = folder + "/demo";
    if (!QFile::exists(demo)) {
        DemoOptions options;
        options.outputFolder = demo.toStdString();
        options.images = images;
        options.imageSize = 32;
        generateDemoDataset(options);
    }

    TrainingPanel panel;
    panel.resize(1300, 700);
    panel.show();
    panel.setRunsFolder(folder + "/runs");
    const QJsonObject config{{"dataset", demo},
                             {"backbone", QJsonObject{{"name", "small_cnn"}, {"input_size", 32}}},
                             {"epochs", 1000},
                             {"batch_size", 16},
                             {"workers", 1},
                             {"threads", 1},
                             {"device", "cpu"},
                             {"log_every", 1}};
    panel.form()->setConfigJson(QJsonDocument(config).toJson());

    QElapsedTimer clock;
    double last = 0, lastWaiting = 0;
    std::vector<double> gaps, blocked;
    bool training = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() / 1e6, waiting = waitingMs();
        if (!training) {
            if (panel.controller()->lastStatus().step == 0)
                return;
            training = true; // measured from the first step on: the dataset is open and the caches are packed
            clock.restart();
            last = 0;
            lastWaiting = waiting;
            return;
        }
        gaps.push_back(now - last);
        blocked.push_back(now - last - (waiting - lastWaiting));
        last = now;
        lastWaiting = waiting;
        if (clock.elapsed() < seconds * 1000LL)
            return;
        probe.stop();
        const auto percentile = [](std::vector<double> values, double share) {
            std::sort(values.begin(), values.end());
            return values.empty() ? 0.0 : values[static_cast<std::size_t>(share * static_cast<double>(values.size() - 1))];
        };
        std::printf("%d s of training (%lld steps): %zu probe ticks; GUI thread blocked at most %.1f ms (99th percentile %.1f ms); "
                    "longest gap including waits for a CPU %.1f ms (99th percentile %.1f ms)\n",
                    seconds, static_cast<long long>(panel.controller()->lastStatus().step), gaps.size(), percentile(blocked, 1.0),
                    percentile(blocked, 0.99), percentile(gaps, 1.0), percentile(gaps, 0.99));
        panel.controller()->stopAndWait();
        QApplication::quit();
    });
    if (!panel.start()) {
        std::fprintf(stderr, "the run did not start: the form refused the config\n");
        return 1;
    }
    clock.start();
    probe.start();
    return QApplication::exec();
}
