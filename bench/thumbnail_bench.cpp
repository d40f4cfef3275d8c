// Thumbnails per second of Tagscope's pipeline (engine loadThumbnail with reduced-size JPEG decoding,
// and the on-disk cache on a second visit) against plain cv::imread + cv::resize of the same files on
// the same cores; then the GUI thread's longest stall while the grid scrolls and loads.
//
//   thumbnail_bench [--jpegs DIR] [--count N] [--side PX] [--scroll-seconds S] [--dataset DIR]...
//
// The 640x480 JPEGs are generated once into DIR (default /tmp/tagscope-bench/jpeg640). The demo dataset
// is used for the 112 px set and for the first GUI run; each --dataset adds a GUI run.
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"
#include "window/main_window.h"

#include "dataset/demo_generator.h"
#include "imaging/image_io.h"
#include "thumbnails/thumbnail_disk_cache.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

void generateJpegs(const QString& folder, int count)
{
    QDir().mkpath(folder);
    std::mt19937 random(7);
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/%2.jpg").arg(folder).arg(i, 5, 10, QLatin1Char('0'));
        if (QFileInfo::exists(path))
            continue;
        // Gradient, a few shapes and noise: compresses like a photo rather than a flat fill.
        cv::Mat image(480, 640, CV_8UC3);
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.cols; ++x)
                image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / 640), uchar(y * 255 / 480), uchar((i * 37) % 256));
        for (int s = 0; s < 6; ++s)
            cv::circle(image, {int(random() % 640), int(random() % 480)}, 20 + int(random() % 80),
                       cv::Scalar(random() % 256, random() % 256, random() % 256), cv::FILLED);
        cv::Mat noise(image.size(), image.type());
        cv::randn(noise, 0, 18);
        image += noise;
        cv::imwrite(path.toStdString(), image, {cv::IMWRITE_JPEG_QUALITY, 90});
    }
}

std::vector<std::string> imageFiles(const QString& folder, int limit)
{
    std::vector<std::string> files;
    QDirIterator it(folder, {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && int(files.size()) < limit)
        files.push_back(it.next().toStdString());
    std::sort(files.begin(), files.end());
    return files;
}

// Runs `work` once per file on `threads` threads; returns thumbnails per second.
double throughput(const std::vector<std::string>& files, int threads, const std::function<bool(const std::string&)>& work)
{
    std::atomic<std::size_t> next{0};
    std::atomic<int> failures{0};
    const auto start = Clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i; (i = next.fetch_add(1)) < files.size();)
                failures += work(files[i]) ? 0 : 1;
        });
    for (auto& thread : pool)
        thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (failures > 0)
        std::fprintf(stderr, "warning: %d files failed\n", failures.load());
    return files.size() / seconds;
}

bool opencvThumbnail(const std::string& path, int side)
{
    cv::Mat image = cv::imread(path, cv::IMREAD_COLOR);
    if (image.empty())
        return false;
    const double scale = std::min(1.0, double(side) / std::max(image.cols, image.rows));
    cv::Mat small, rgb;
    cv::resize(image, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
    return !rgb.empty();
}

QImage toQImage(const tagscope::RgbImage& rgb)
{
    return QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy();
}

void benchDecoding(const QString& label, const std::vector<std::string>& files, int side, int threads)
{
    if (files.empty())
        return;
    for (const auto& file : files) // both contenders read from the page cache
        QFile(QString::fromStdString(file)).open(QIODevice::ReadOnly);
    QTemporaryDir cacheDir;
    tagscope::ui::ThumbnailDiskCache cache(cacheDir.path());
    const double opencv = throughput(files, threads, [side](const std::string& p) { return opencvThumbnail(p, side); });
    // First visit: decode with the engine and write the disk cache, as the grid's workers do.
    const double engine = throughput(files, threads, [side](const std::string& p) { return !tagscope::loadThumbnail(p, side).empty(); });
    const double firstVisit = throughput(files, threads, [&](const std::string& p) {
        const QString key = tagscope::ui::ThumbnailDiskCache::keyFor(QString::fromStdString(p), side);
        const tagscope::RgbImage rgb = tagscope::loadThumbnail(p, side);
        return !rgb.empty() && cache.write(key, toQImage(rgb));
    });
    const double secondVisit = throughput(files, threads, [&](const std::string& p) {
        return !cache.read(tagscope::ui::ThumbnailDiskCache::keyFor(QString::fromStdString(p), side)).isNull();
    });
    auto row = [&](const char* what, double rate) {
        std::printf("| %s | %s | %zu | %d | %.0f | %.2fx |\n", qPrintable(label), what, files.size(), threads, rate, rate / opencv);
    };
    row("cv::imread + cv::resize (INTER_AREA)", opencv);
    row("Tagscope loadThumbnail (reduced JPEG decoding)", engine);
    row("Tagscope first visit (decode + write disk cache)", firstVisit);
    row("Tagscope second visit (disk cache hit)", secondVisit);
}

struct GuiResult {
    QString dataset;
    quint64 images = 0;
    double openSeconds = 0;
    int frames = 0;
    double maxStallMs = 0;
    double p99StallMs = 0;
    int thumbnailsLoaded = 0;
};

// Opens `folder`, then scrolls the grid for `seconds`: steady scrolling with jumps across the whole
// range, while a 5 ms timer measures how late the event loop serves it.
GuiResult benchGui(const QString& folder, double seconds)
{
    GuiResult result;
    result.dataset = QDir(folder).dirName();
    tagscope::gui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QElapsedTimer open;
    open.start();
    window.openDataset(folder);
    while (!(window.dataset() && !window.isBusy() && !window.isFiltering() && window.gridModel()->rowCount() > 0)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (open.elapsed() > 600000 || (!window.isBusy() && !window.lastError().isEmpty())) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(folder), qPrintable(window.lastError()));
            return result;
        }
    }
    result.openSeconds = open.elapsed() / 1000.0;
    result.images = window.dataset()->dataset.imageCount();

    tagscope::ui::VirtualThumbnailGrid* grid = window.gridView();
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, (now - last) / 1e6 - 5.0));
        last = now;
    });
    QTimer scroller;
    scroller.setInterval(16);
    std::mt19937 random(3);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        ++result.frames;
        QScrollBar* bar = grid->verticalScrollBar();
        if (result.frames % 60 == 0) // a jump, as when dragging the scroll bar thumb
            bar->setValue(int(random() % std::max(1, bar->maximum())));
        else
            grid->setScrollOffset(grid->scrollOffset() + grid->viewport()->height() / 6);
    });
    probe.start();
    scroller.start();
    while (clock.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    scroller.stop();
    probe.stop();
    std::sort(lateness.begin(), lateness.end());
    if (!lateness.empty()) {
        result.maxStallMs = lateness.back();
        result.p99StallMs = lateness[lateness.size() * 99 / 100];
    }
    result.thumbnailsLoaded = window.gridModel()->loader()->cachedCount();
    window.close();
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tagscope"));
    QApplication::setApplicationName(QStringLiteral("TagscopeBench")); // its own settings and caches

    QString jpegFolder = QStringLiteral("/tmp/tagscope-bench/jpeg640");
    int count = 2000, side = 128;
    double scrollSeconds = 5;
    QStringList datasets{QString::fromStdString(tagscope::defaultDemoFolder())};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--jpegs") jpegFolder = args[i + 1];
        else if (args[i] == "--count") count = args[i + 1].toInt();
        else if (args[i] == "--side") side = args[i + 1].toInt();
        else if (args[i] == "--scroll-seconds") scrollSeconds = args[i + 1].toDouble();
        else if (args[i] == "--dataset") datasets << args[i + 1];
    }
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));

    generateJpegs(jpegFolder, count);
    std::printf("## Thumbnail decoding (%d px thumbnails, %d threads)\n\n", side, threads);
    std::printf("| Images | Pipeline | Files | Threads | Thumbnails/s | vs OpenCV |\n|---|---|---|---|---|---|\n");
    benchDecoding(QStringLiteral("640x480 JPEG"), imageFiles(jpegFolder, count), side, threads);
    benchDecoding(QStringLiteral("demo 112 px"), imageFiles(datasets.first(), count), side, threads);

    std::printf("\n## GUI thread while the grid scrolls (5 ms probe timer; target: max stall < 16 ms)\n\n");
    std::printf("| Dataset | Images | Open until grid usable (s) | Scroll frames | Max stall (ms) | p99 stall (ms) | Thumbnails cached |\n"
                "|---|---|---|---|---|---|---|\n");
    for (const QString& folder : datasets) {
        const GuiResult r = benchGui(folder, scrollSeconds);
        std::printf("| %s | %llu | %.2f | %d | %.1f | %.1f | %d |\n", qPrintable(r.dataset), static_cast<unsigned long long>(r.images),
                    r.openSeconds, r.frames, r.maxStallMs, r.p99StallMs, r.thumbnailsLoaded);
        std::fflush(stdout);
    }
    return 0;
}
