// The input pipeline alone, as training pulls it: decode (reduced-size JPEG decoding), random-resized crop to
// the input size, flip, normalise and batch, in worker threads with a bounded prefetch queue; no model.
// Prints one JSON line: images per second (wall and per CPU second) over the measured batches.
// bench/input_pipeline_bench.py runs it beside a PyTorch DataLoader with PIL and torchvision transforms.
#include "dataset/dataset_opener.h"
#include "training/batch_source.h"
#include "training/image_stream.h"
#include "training/packed_image_cache.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string>

using namespace tagscope;

int main(int argc, char** argv)
{
    std::string dataset, split = "train", cache = "off";
    int workers = 2, batchSize = 64, inputSize = 224, batches = 40, warmup = 3;
    std::size_t images = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--dataset") dataset = value;
        else if (key == "--split") split = value;
        else if (key == "--workers") workers = std::stoi(value);
        else if (key == "--batch") batchSize = std::stoi(value);
        else if (key == "--input-size") inputSize = std::stoi(value);
        else if (key == "--batches") batches = std::stoi(value);
        else if (key == "--warmup") warmup = std::stoi(value);
        else if (key == "--images") images = std::stoul(value);
        else if (key == "--cache") cache = value; // off, or a packed cache file to fill and read (built first)
        else throw std::invalid_argument("unknown option " + key);
    }
    if (dataset.empty())
        throw std::invalid_argument("usage: input_pipeline_bench --dataset FOLDER [--workers N --batch B --input-size S --batches K]");
    torch::set_num_threads(1); // each worker is one thread, as each DataLoader worker process is
    const OpenResult opened = openDataset(dataset);
    const Dataset& data = opened.import.dataset;
    std::vector<std::uint32_t> list;
    for (std::size_t i = 0; i < data.imageCount(); ++i)
        if (data.imageSplit(i) == *splitFromName(split) && (!images || list.size() < images))
            list.push_back(static_cast<std::uint32_t>(i));
    const int size = (inputSize * 8 + 6) / 7; // the trainer's default square
    std::shared_ptr<PackedImageCache> packed;
    if (cache != "off")
        packed = PackedImageCache::build(data, list, size, cache);
    BatchOptions options;
    options.batchSize = batchSize;
    options.inputSize = inputSize;
    options.workers = workers;
    options.seed = 1;
    BatchSource source(std::make_shared<ImageStream>(data, list, size, packed), data, {}, options);
    source.startEpoch(0);
    Batch batch;
    for (int i = 0; i < warmup && source.next(batch); ++i) {
    }
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    std::int64_t served = 0;
    for (int i = 0; i < batches && source.next(batch); ++i)
        served += batch.images.size(0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("%s\n", nlohmann::json{{"images", served}, {"seconds", seconds}, {"images_per_second", served / seconds},
                                       {"cpu_seconds", cpu}, {"images_per_cpu_second", served / std::max(cpu, 1e-9)},
                                       {"workers", workers}, {"cache", cache != "off"}}
                            .dump()
                            .c_str());
    return 0;
}
