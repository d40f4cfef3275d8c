#include "dataset/synthetic_open_images.h"

#include "dataset/dataset.h"
#include "imaging/image_io.h"
#include "imaging/synthetic_photo.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tagscope {
namespace {

class BufferedFile {
public:
    explicit BufferedFile(std::string path) : path_(std::move(path)), file_(std::fopen(path_.c_str(), "wb"))
    {
        if (!file_)
            throw std::runtime_error(path_ + ": cannot create (" + std::strerror(errno) + ")");
        buffer_.reserve(kFlushBytes + 4096);
    }
    ~BufferedFile()
    {
        if (file_)
            std::fclose(file_);
    }
    void write(std::string_view text)
    {
        buffer_.append(text);
        if (buffer_.size() >= kFlushBytes)
            flush();
    }
    std::uint64_t close()
    {
        flush();
        const bool failed = std::fclose(file_) != 0;
        file_ = nullptr;
        if (failed)
            throw std::runtime_error(path_ + ": write failed (" + std::strerror(errno) + ")");
        return written_;
    }

private:
    static constexpr std::size_t kFlushBytes = 8 << 20;
    void flush()
    {
        if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
            throw std::runtime_error(path_ + ": write failed (" + std::strerror(errno) + ")");
        written_ += buffer_.size();
        buffer_.clear();
    }
    std::string path_;
    std::FILE* file_;
    std::string buffer_;
    std::uint64_t written_ = 0;
};

std::string syntheticLabelName(std::uint32_t tag)
{
    // Open Images style: "/m/" + base-36 digits.
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string suffix;
    std::uint32_t value = tag + 36 * 36 * 36; // at least four digits
    while (value) {
        suffix.insert(suffix.begin(), digits[value % 36]);
        value /= 36;
    }
    return "/m/0" + suffix;
}

// The Zipf-like tag distribution both splits draw from.
struct TagDraw {
    std::vector<std::string> labelNames;
    std::vector<double> cumulative;
    double total = 0;
    std::vector<std::uint32_t> tagOfRank;
};

// The machine-label rows written beside a split's human-verified rows. They draw from a generator of their own,
// so that the human-verified rows stay the same with or without them.
struct MachineRows {
    BufferedFile* file = nullptr;
    std::mt19937_64 rng;
    std::uint64_t left = 0; // rows still to write
    std::uint64_t written = 0;
};

// Human-verified labels written flipped (1 <-> 0) with their truth, from a generator of their own so that the
// rows are otherwise the same.
struct FlippedLabels {
    BufferedFile* file = nullptr; // ground-truth/labels.csv
    std::mt19937_64 rng;
    double share = 0;
    std::uint64_t written = 0;
};

// The label rows of one split, sorted by ImageID: one row per image plus a geometric number of extra rows, so
// that the total lands on `rows`. ImageIDs are spread evenly with random jitter (like sorted hashes), even in
// the train split and odd in validation, so that the splits never share one. Returns the file's size.
std::uint64_t writeSplitLabels(const std::string& path, std::uint64_t images, std::uint64_t rows, bool odd, const TagDraw& draw,
                               const SyntheticOptions& options, std::mt19937_64& rng, std::vector<std::uint64_t>* ids,
                               MachineRows* machine, FlippedLabels* flips, std::uint64_t& rowsWritten, const ProgressCallback& progress,
                               const CancelToken* cancel)
{
    const std::uint64_t stride = ~std::uint64_t(0) / images;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double extraPerImage = static_cast<double>(rows - images) / images;
    std::geometric_distribution<std::uint64_t> extraRows(1.0 / (1.0 + extraPerImage));
    BufferedFile labels(path);
    labels.write("ImageID,Source,LabelName,Confidence\n");
    std::vector<std::uint32_t> imageTags;
    std::uint64_t rowsLeft = rows;
    std::string line;
    auto drawTags = [&](std::mt19937_64& random, std::uint64_t count) {
        imageTags.clear();
        while (imageTags.size() < count) {
            const double pick = unit(random) * draw.total;
            const auto rank = static_cast<std::uint32_t>(std::lower_bound(draw.cumulative.begin(), draw.cumulative.end(), pick) - draw.cumulative.begin());
            const std::uint32_t tag = draw.tagOfRank[std::min(rank, options.tags - 1)];
            if (std::find(imageTags.begin(), imageTags.end(), tag) == imageTags.end())
                imageTags.push_back(tag);
        }
        std::sort(imageTags.begin(), imageTags.end(), [&](std::uint32_t a, std::uint32_t b) { return draw.labelNames[a] < draw.labelNames[b]; });
    };
    for (std::uint64_t image = 0; image < images; ++image) {
        if (image % 65536 == 0) {
            reportProgress(progress, image, images, "Writing labels");
            if (isCancelled(cancel))
                throw std::runtime_error("synthetic dataset: cancelled");
        }
        const std::uint64_t imagesLeft = images - image;
        std::uint64_t count = 1 + extraRows(rng);
        count = std::min<std::uint64_t>({count, rowsLeft - (imagesLeft - 1), options.tags});
        if (imagesLeft == 1)
            count = std::min<std::uint64_t>(rowsLeft, options.tags);
        rowsLeft -= count;
        drawTags(rng, count);
        std::uint64_t value = image * stride + static_cast<std::uint64_t>(unit(rng) * (stride - 1));
        value = odd ? value | 1 : value & ~std::uint64_t(1);
        if (ids)
            ids->push_back(value);
        const std::string id = formatImageId(value);
        for (std::uint32_t tag : imageTags) {
            const bool positive = unit(rng) < options.positiveShare;
            const bool flipped = flips && unit(flips->rng) < flips->share;
            const bool given = positive != flipped;
            line = id;
            line += given ? ",verification," : ",crowdsource-verification,";
            line += draw.labelNames[tag];
            line += given ? ",1\n" : ",0\n";
            labels.write(line);
            ++rowsWritten;
            if (flipped) {
                flips->file->write(id + "," + draw.labelNames[tag] + (positive ? ",1,0\n" : ",0,1\n"));
                ++flips->written;
            }
        }
        if (!machine)
            continue;
        // A geometric number of machine rows whose mean follows the rows still to write, so the total lands on
        // the target; some images get none.
        std::uint64_t machineCount = machine->left;
        if (imagesLeft > 1) {
            const double mean = static_cast<double>(machine->left) / static_cast<double>(imagesLeft);
            machineCount = mean > 0 ? std::geometric_distribution<std::uint64_t>(1.0 / (1.0 + mean))(machine->rng) : 0;
        }
        machineCount = std::min<std::uint64_t>({machineCount, machine->left, options.tags});
        machine->left -= machineCount;
        drawTags(machine->rng, machineCount);
        for (std::uint32_t tag : imageTags) {
            // Hundredths in (0, 1], four in five at or above 0.5, written as the files do ("0.7", "0.85", "1").
            const int hundredths = unit(machine->rng) < 0.8 ? 50 + static_cast<int>(machine->rng() % 51) : 1 + static_cast<int>(machine->rng() % 49);
            line = id;
            line += ",machine,";
            line += draw.labelNames[tag];
            line += hundredths == 100 ? ",1\n" : hundredths % 10 == 0 ? ",0." + std::to_string(hundredths / 10) + "\n"
                : ",0." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths) + "\n";
            machine->file->write(line);
            ++machine->written;
        }
    }
    reportProgress(progress, images, images, "Writing labels");
    return labels.close();
}

// A photo per ImageID in `folder`, on all cores; returns the bytes written.
std::uint64_t writePhotos(const std::string& folder, const std::vector<std::uint64_t>& ids, const SyntheticOptions& options,
                          const ProgressCallback& progress, const CancelToken* cancel)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw std::runtime_error(folder + ": cannot create (" + error.message() + ")");
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<bool> failed{false};
    std::string failure;
    std::mutex mutex;
    auto work = [&] {
        for (std::size_t i; !failed && !isCancelled(cancel) && (i = next++) < ids.size();) {
            const std::string path = folder + "/" + formatImageId(ids[i]) + ".jpg";
            // Seeded by the ImageID: the same options give the same files.
            const RgbImage photo = syntheticPhoto(options.photoWidth, options.photoHeight, options.seed ^ ids[i]);
            std::string message;
            if (!writeJpeg(path, photo, options.photoQuality, &message)) {
                std::lock_guard<std::mutex> lock(mutex);
                failure = message;
                failed = true;
                return;
            }
            bytes += static_cast<std::uint64_t>(std::filesystem::file_size(path, error));
            ++done;
        }
    };
    const unsigned cores = options.threads > 0 ? unsigned(options.threads) : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < cores; ++t)
        threads.emplace_back(work);
    while (done < ids.size() && !failed && !isCancelled(cancel)) {
        reportProgress(progress, done, ids.size(), "Writing photos");
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    for (std::thread& thread : threads)
        thread.join();
    if (failed)
        throw std::runtime_error(failure);
    if (isCancelled(cancel))
        throw std::runtime_error("synthetic dataset: cancelled");
    reportProgress(progress, ids.size(), ids.size(), "Writing photos");
    return bytes;
}

} // namespace

SyntheticSummary writeSyntheticOpenImages(const SyntheticOptions& options, const ProgressCallback& progress,
                                          const CancelToken* cancel)
{
    if (options.tags == 0 || options.images == 0 || options.rows < options.images)
        throw std::runtime_error("synthetic dataset: need tags > 0, images > 0 and rows >= images");
    if (options.photos && (options.photoWidth < 16 || options.photoHeight < 16 || options.photoQuality < 1 || options.photoQuality > 100))
        throw std::runtime_error("synthetic dataset: photos need a width and height of at least 16 pixels and a quality of 1 to 100");
    if (options.photos && !imagingAvailable())
        throw std::runtime_error("synthetic dataset: this build has no image encoder (built without OpenCV) to write photos");
    if (!(options.flipShare >= 0 && options.flipShare <= 0.5))
        throw std::runtime_error("synthetic dataset: the share of flipped labels must be between 0 and 0.5");
    std::error_code error;
    std::filesystem::create_directories(options.outputFolder, error);
    if (error)
        throw std::runtime_error(options.outputFolder + ": cannot create (" + error.message() + ")");

    TagDraw draw;
    draw.labelNames.resize(options.tags);
    {
        BufferedFile classes(options.outputFolder + "/oidv6-class-descriptions.csv");
        classes.write("LabelName,DisplayName\n");
        for (std::uint32_t t = 0; t < options.tags; ++t) {
            draw.labelNames[t] = syntheticLabelName(t);
            // Every 97th name carries a comma, as real names like "Bow and arrow, archery" do.
            classes.write(draw.labelNames[t] + (t % 97 == 5 ? ",\"Tag " + std::to_string(t) + ", variant\"\n" : ",Tag " + std::to_string(t) + "\n"));
        }
        classes.close();
    }

    // Zipf-like cumulative weights; the rank order is shuffled so that frequent tags are not tag 0, 1, 2...
    std::mt19937_64 rng(options.seed);
    draw.cumulative.resize(options.tags);
    for (std::uint32_t r = 0; r < options.tags; ++r)
        draw.cumulative[r] = draw.total += 1.0 / std::pow(r + 1.0, options.zipfExponent);
    draw.tagOfRank.resize(options.tags);
    for (std::uint32_t t = 0; t < options.tags; ++t)
        draw.tagOfRank[t] = t;
    std::shuffle(draw.tagOfRank.begin(), draw.tagOfRank.end(), rng);

    SyntheticSummary summary;
    summary.labelsFile = options.outputFolder + "/oidv6-train-annotations-human-imagelabels.csv";
    std::vector<std::uint64_t> trainIds, validationIds;
    // Machine-label rows for the train split only, as Open Images ships them.
    MachineRows machine;
    std::unique_ptr<BufferedFile> machineFile;
    machine.left = static_cast<std::uint64_t>(std::llround(options.machineRowsPerRow * static_cast<double>(options.rows)));
    machine.rng.seed(options.seed ^ 0x6D616368696E65ull);
    if (machine.left > 0) {
        summary.machineLabelsFile = options.outputFolder + "/oidv6-train-annotations-machine-imagelabels.csv";
        machineFile = std::make_unique<BufferedFile>(summary.machineLabelsFile);
        machineFile->write("ImageID,Source,LabelName,Confidence\n");
        machine.file = machineFile.get();
    }
    FlippedLabels flips;
    std::unique_ptr<BufferedFile> truthFile;
    flips.rng.seed(options.seed ^ 0x666C6970ull);
    flips.share = options.flipShare;
    if (options.flipShare > 0) {
        std::filesystem::create_directories(options.outputFolder + "/ground-truth", error);
        summary.truthFile = options.outputFolder + "/ground-truth/labels.csv";
        truthFile = std::make_unique<BufferedFile>(summary.truthFile);
        truthFile->write("ImageID,LabelName,Truth,Given\n");
        flips.file = truthFile.get();
    }
    summary.bytes = writeSplitLabels(summary.labelsFile, options.images, options.rows, false, draw, options, rng,
                                     options.photos ? &trainIds : nullptr, machineFile ? &machine : nullptr,
                                     truthFile ? &flips : nullptr, summary.rows,
                                     progress, cancel);
    if (machineFile) {
        summary.machineBytes = machineFile->close();
        summary.machineRows = machine.written;
    }
    if (options.validationImages > 0) {
        const auto rows = static_cast<std::uint64_t>(double(options.rows) / double(options.images) * double(options.validationImages));
        writeSplitLabels(options.outputFolder + "/validation-annotations-human-imagelabels.csv", options.validationImages,
                         std::max(rows, options.validationImages), true, draw, options, rng, options.photos ? &validationIds : nullptr,
                         nullptr, truthFile ? &flips : nullptr, summary.rows, progress, cancel);
    }
    if (truthFile) {
        truthFile->close();
        summary.flippedRows = flips.written;
    }
    if (options.photos) {
        summary.photoBytes = writePhotos(options.outputFolder + "/train", trainIds, options, progress, cancel);
        if (!validationIds.empty())
            summary.photoBytes += writePhotos(options.outputFolder + "/validation", validationIds, options, progress, cancel);
        summary.photos = trainIds.size() + validationIds.size();
    }
    return summary;
}

} // namespace tagscope
