// Frame time of the embedding map against QCustomPlot's own scatter, in one run on the same machine: a
// 1200 x 800 plot of N points (20 Gaussian clusters, as a t-SNE layout looks) panned a little before every
// frame so nothing is cached, replotted offscreen.
//
//   map_frame_bench [--points 100000,1000000] [--frames 30] [--width 1200] [--height 800]
//
// Tagscope: PointCloudLayer, every point rasterised (the count it drew is checked against N).
// QCustomPlot: a QCPGraph with ssDot scatters and no line, adaptive sampling off (every point drawn, the fair
// comparison), and adaptive sampling on (its default, which drops points in dense areas) for reference.
#include "map/point_cloud_layer.h"
#include "map/point_raster.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options {
    std::vector<std::size_t> points{100000, 1000000};
    int frames = 30;
    int width = 1200, height = 800;
};

std::vector<float> clusteredLayout(std::size_t count)
{
    std::mt19937 random(11);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> centre(-40.0f, 40.0f);
    std::vector<std::pair<float, float>> centres;
    for (int c = 0; c < 20; ++c)
        centres.emplace_back(centre(random), centre(random));
    std::vector<float> xy(2 * count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto& [cx, cy] = centres[i % centres.size()];
        xy[2 * i] = cx + 3.0f * normal(random);
        xy[2 * i + 1] = cy + 3.0f * normal(random);
    }
    return xy;
}

// Median milliseconds per replot while the view pans by 0.5 % of its width per frame.
double timeFrames(QCustomPlot& plot, int frames)
{
    std::vector<double> times;
    plot.replot(QCustomPlot::rpImmediateRefresh); // warm-up
    for (int f = 0; f < frames; ++f) {
        const double step = plot.xAxis->range().size() * 0.005 * (f % 2 ? -1 : 1);
        plot.xAxis->moveRange(step);
        QElapsedTimer clock;
        clock.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void setUp(QCustomPlot& plot, const Options& o)
{
    plot.resize(o.width, o.height);
    plot.yAxis->setRange(-60, 60); // every point in view, at equal units per pixel on both axes
    plot.xAxis->setRange(-60.0 * o.width / o.height, 60.0 * o.width / o.height);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--points") {
            o.points.clear();
            for (const QString& part : QString::fromLatin1(argv[i + 1]).split(QLatin1Char(',')))
                o.points.push_back(part.toULongLong());
        } else if (key == "--frames") {
            o.frames = std::max(3, std::atoi(argv[i + 1]));
        } else if (key == "--width") {
            o.width = std::atoi(argv[i + 1]);
        } else if (key == "--height") {
            o.height = std::atoi(argv[i + 1]);
        } else {
            std::fprintf(stderr, "unknown option %s\n", argv[i]);
            return 2;
        }
    }
    {
        QCustomPlot empty;
        setUp(empty, o);
        std::printf("empty plot replot: %.1f ms (the frame cost every row below includes)\n", timeFrames(empty, o.frames));
    }
    std::printf("%-10s %14s %10s %18s %10s %22s %8s\n", "points", "tagscope ms", "fps", "qcp dots ms", "fps", "qcp sampled ms (drops)", "ratio");
    for (std::size_t count : o.points) {
        const std::vector<float> xy = clusteredLayout(count);

        QCustomPlot ours;
        setUp(ours, o);
        auto* layer = new tagscope::ui::PointCloudLayer(ours.axisRect());
        auto classes = std::make_shared<std::vector<std::uint8_t>>(count);
        for (std::size_t i = 0; i < count; ++i)
            (*classes)[i] = static_cast<std::uint8_t>(i % 3);
        tagscope::ui::RasterStyle style;
        style.palette = {qRgb(222, 84, 44), qRgb(52, 116, 178), qRgb(176, 176, 176)};
        style.pointSize = count > 400000 ? 1 : 2;
        style.alpha = 0.35;
        layer->setStyle(style);
        layer->setClasses(classes);
        layer->setPoints(std::make_shared<std::vector<float>>(xy));
        const double oursMs = timeFrames(ours, o.frames);
        const std::size_t drawn = layer->lastStats().pointsInView;
        // The rasteriser alone, without the plot around it.
        tagscope::ui::PointRasteriser rasteriser;
        const tagscope::ui::RasterTransform transform = layer->transformFor(ours.axisRect()->rect(), 1.0);
        std::vector<double> rasterTimes;
        for (int f = 0; f < o.frames; ++f) {
            QElapsedTimer clock;
            clock.start();
            const QImage image = rasteriser.render({xy.data(), count, classes->data(), nullptr}, style, transform, ours.axisRect()->rect().size());
            rasterTimes.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(rasterTimes.begin(), rasterTimes.end());

        QVector<double> keys(static_cast<int>(count)), values(static_cast<int>(count));
        for (std::size_t i = 0; i < count; ++i) {
            keys[static_cast<int>(i)] = xy[2 * i];
            values[static_cast<int>(i)] = xy[2 * i + 1];
        }
        const auto graphFrames = [&](bool sampling, int frames) {
            QCustomPlot plot;
            setUp(plot, o);
            QCPGraph* graph = plot.addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDot));
            graph->setPen(QPen(QColor(52, 116, 178, 90)));
            graph->setAdaptiveSampling(sampling);
            graph->setData(keys, values);
            return timeFrames(plot, frames);
        };
        const int slowFrames = count > 400000 ? std::max(3, o.frames / 6) : o.frames;
        const double dotsMs = graphFrames(false, slowFrames);
        const double sampledMs = graphFrames(true, o.frames);
        std::printf("%-10zu %14.1f %10.1f %18.1f %10.1f %22.1f %7.1fx\n", count, oursMs, 1000.0 / oursMs, dotsMs, 1000.0 / dotsMs, sampledMs,
                    dotsMs / oursMs);
        std::printf("  tagscope drew %zu of %zu points in view; rasterising alone took %.1f ms\n", drawn, count, rasterTimes[rasterTimes.size() / 2]);
        std::fflush(stdout);
    }
    return 0;
}
