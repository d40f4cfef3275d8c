// The embedding page during live t-SNE of N points: the GUI thread's longest stall (an event-loop probe firing
// every 5 ms) and the frames that reached the map, while the optimiser runs in its worker.
//
//   map_live_bench [--points 200000] [--dims 32] [--seconds 30]
//
// The embeddings are Gaussian clusters on a generated dataset of the same size (no images: only the map is
// measured). Setup (PCA, neighbours, affinities) is reported apart from the optimisation.
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "embeddings/tsne_runner.h"

#include "map/embedding_map_view.h"

#include "dataset/statistics.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

using namespace tagscope;
using namespace tagscope::gui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::size_t points = 200000, dims = 32;
    int seconds = 30;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--points")
            points = std::strtoull(argv[i + 1], nullptr, 10);
        else if (key == "--dims")
            dims = std::strtoull(argv[i + 1], nullptr, 10);
        else if (key == "--seconds")
            seconds = std::atoi(argv[i + 1]);
    }
    // A dataset of `points` images with one tag (every third image positive), and clustered embeddings.
    DatasetContents c;
    c.format = "bench";
    c.tags.push_back({"/m/a", "A", true});
    c.labelOffsets.push_back(0);
    for (std::size_t i = 0; i < points; ++i) {
        c.imagePaths.add("img" + std::to_string(i) + ".jpg");
        c.imageSplits.push_back(0);
        if (i % 3 == 0) {
            c.labelTags.push_back(0);
            c.labelFlags.push_back(static_cast<std::uint8_t>(LabelState::Positive));
        }
        c.labelOffsets.push_back(c.labelTags.size());
    }
    auto data = std::make_shared<LoadedDataset>();
    data->dataset = Dataset(std::move(c));
    data->statistics = computeStatistics(data->dataset);
    data->index = TagIndex(data->dataset);
    auto vectors = std::make_shared<FloatMatrix>(points, dims);
    std::mt19937 random(5);
    std::normal_distribution<float> normal;
    std::vector<float> centres(30 * dims);
    for (float& v : centres)
        v = 6.0f * normal(random);
    std::vector<std::uint32_t> ids(points);
    for (std::size_t r = 0; r < points; ++r) {
        ids[r] = static_cast<std::uint32_t>(r);
        for (std::size_t d = 0; d < dims; ++d)
            vectors->at(r, d) = centres[(r % 30) * dims + d] + normal(random);
    }

    EmbeddingStore store;
    EmbeddingPage page(&store);
    page.resize(1400, 900);
    page.show();
    page.setDataset(data, nullptr, nullptr, nullptr);

    QElapsedTimer clock, sinceProbe;
    qint64 longest = 0, setupMs = -1;
    int frames = 0;
    std::uint64_t lastVersion = 0;
    bool optimising = false;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = sinceProbe.restart();
        const TsneRunner::Status status = page.tsne()->status();
        if (!optimising && status.phase == TsneRunner::Phase::Running && status.iteration > 0) {
            optimising = true;
            setupMs = clock.elapsed();
            clock.restart();
            longest = 0;
            return;
        }
        if (optimising) {
            longest = std::max(longest, gap);
            if (page.shownFrameVersion() != lastVersion) {
                lastVersion = page.shownFrameVersion();
                ++frames;
            }
            if (clock.elapsed() >= seconds * 1000) {
                std::printf("%zu points x %zu dims: setup %.1f s; in %d s of optimisation: %d iterations, %d frames shown (%.1f per second), "
                            "longest GUI-thread stall %lld ms\n",
                            points, dims, setupMs / 1000.0, seconds, status.iteration, frames, frames / double(seconds), longest);
                QApplication::quit();
            }
        }
    });
    clock.start();
    sinceProbe.start();
    probe.start();
    store.setEmbeddings(vectors, ids, QStringLiteral("generated"), QString());
    return QApplication::exec();
}
