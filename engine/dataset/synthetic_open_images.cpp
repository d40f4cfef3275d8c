#include "dataset/synthetic_open_images.h"

#include "dataset/dataset.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <stdexcept>
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

} // namespace

SyntheticSummary writeSyntheticOpenImages(const SyntheticOptions& options, const ProgressCallback& progress,
                                          const CancelToken* cancel)
{
    if (options.tags == 0 || options.images == 0 || options.rows < options.images)
        throw std::runtime_error("synthetic dataset: need tags > 0, images > 0 and rows >= images");
    if (!(options.flipShare >= 0 && options.flipShare <= 0.5))
        throw std::runtime_error("synthetic dataset: the share of flipped labels must be between 0 and 0.5");
    std::error_code error;
    std::filesystem::create_directories(options.outputFolder, error);
    if (error)
        throw std::runtime_error(options.outputFolder + ": cannot create (" + error.message() + ")");

    std::vector<std::string> labelNames(options.tags);
    {
        BufferedFile classes(options.outputFolder + "/oidv6-class-descriptions.csv");
        classes.write("LabelName,DisplayName\n");
        for (std::uint32_t t = 0; t < options.tags; ++t) {
            labelNames[t] = syntheticLabelName(t);
            // Every 97th name carries a comma, as real names like "Bow and arrow, archery" do.
            classes.write(labelNames[t] + (t % 97 == 5 ? ",\"Tag " + std::to_string(t) + ", variant\"\n" : ",Tag " + std::to_string(t) + "\n"));
        }
        classes.close();
    }

    // Zipf-like cumulative weights; the rank order is shuffled so that frequent tags are not tag 0, 1, 2...
    std::mt19937_64 rng(options.seed);
    std::vector<double> cumulative(options.tags);
    double total = 0;
    for (std::uint32_t r = 0; r < options.tags; ++r)
        cumulative[r] = total += 1.0 / std::pow(r + 1.0, options.zipfExponent);
    std::vector<std::uint32_t> tagOfRank(options.tags);
    for (std::uint32_t t = 0; t < options.tags; ++t)
        tagOfRank[t] = t;
    std::shuffle(tagOfRank.begin(), tagOfRank.end(), rng);

    // Sorted distinct ImageIDs: evenly spaced with random jitter, like hashes sorted.
    const std::uint64_t stride = ~std::uint64_t(0) / options.images;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double extraPerImage = static_cast<double>(options.rows - options.images) / options.images;
    std::geometric_distribution<std::uint64_t> extraRows(1.0 / (1.0 + extraPerImage));

    SyntheticSummary summary;
    summary.labelsFile = options.outputFolder + "/oidv6-train-annotations-human-imagelabels.csv";
    BufferedFile labels(summary.labelsFile);
    labels.write("ImageID,Source,LabelName,Confidence\n");
    // The machine rows draw from a generator of their own, so that the human-verified rows stay the same.
    const auto machineTarget = static_cast<std::uint64_t>(std::llround(options.machineRowsPerRow * static_cast<double>(options.rows)));
    std::unique_ptr<BufferedFile> machine;
    if (machineTarget > 0) {
        summary.machineLabelsFile = options.outputFolder + "/oidv6-train-annotations-machine-imagelabels.csv";
        machine = std::make_unique<BufferedFile>(summary.machineLabelsFile);
        machine->write("ImageID,Source,LabelName,Confidence\n");
    }
    std::mt19937_64 machineRng(options.seed ^ 0x6D616368696E65ull);
    std::unique_ptr<BufferedFile> truth;
    if (options.flipShare > 0) {
        std::filesystem::create_directories(options.outputFolder + "/ground-truth", error);
        summary.truthFile = options.outputFolder + "/ground-truth/labels.csv";
        truth = std::make_unique<BufferedFile>(summary.truthFile);
        truth->write("ImageID,LabelName,Truth,Given\n");
    }
    std::mt19937_64 flipRng(options.seed ^ 0x666C6970ull);
    std::uint64_t machineRowsLeft = machineTarget;
    std::vector<std::uint32_t> imageTags;
    std::uint64_t rowsLeft = options.rows;
    std::string line;
    auto drawTags = [&](std::mt19937_64& random, std::uint64_t count) {
        imageTags.clear();
        while (imageTags.size() < count) {
            const double pick = unit(random) * total;
            const auto rank = static_cast<std::uint32_t>(std::lower_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin());
            const std::uint32_t tag = tagOfRank[std::min(rank, options.tags - 1)];
            if (std::find(imageTags.begin(), imageTags.end(), tag) == imageTags.end())
                imageTags.push_back(tag);
        }
        std::sort(imageTags.begin(), imageTags.end(), [&](std::uint32_t a, std::uint32_t b) { return labelNames[a] < labelNames[b]; });
    };
    for (std::uint64_t image = 0; image < options.images; ++image) {
        if (image % 65536 == 0) {
            reportProgress(progress, image, options.images, "Writing labels");
            if (isCancelled(cancel))
                throw std::runtime_error("synthetic dataset: cancelled");
        }
        const std::uint64_t imagesLeft = options.images - image;
        // One row per image plus a geometric number of extra rows, so the total lands on options.rows.
        std::uint64_t count = 1 + extraRows(rng);
        count = std::min<std::uint64_t>({count, rowsLeft - (imagesLeft - 1), options.tags});
        if (imagesLeft == 1)
            count = std::min<std::uint64_t>(rowsLeft, options.tags);
        rowsLeft -= count;
        drawTags(rng, count);
        const std::string id = formatImageId(image * stride + static_cast<std::uint64_t>(unit(rng) * (stride - 1)));
        for (std::uint32_t tag : imageTags) {
            const bool positive = unit(rng) < options.positiveShare;
            const bool flipped = truth && unit(flipRng) < options.flipShare;
            const bool given = positive != flipped;
            line = id;
            line += given ? ",verification," : ",crowdsource-verification,";
            line += labelNames[tag];
            line += given ? ",1\n" : ",0\n";
            labels.write(line);
            ++summary.rows;
            if (flipped) {
                truth->write(id + "," + labelNames[tag] + (positive ? ",1,0\n" : ",0,1\n"));
                ++summary.flippedRows;
            }
        }
        if (!machine)
            continue;
        // A geometric number of machine rows whose mean follows the rows still to write, so the total lands on
        // the target; some images get none.
        std::uint64_t machineCount = machineRowsLeft;
        if (imagesLeft > 1) {
            const double mean = static_cast<double>(machineRowsLeft) / static_cast<double>(imagesLeft);
            machineCount = mean > 0 ? std::geometric_distribution<std::uint64_t>(1.0 / (1.0 + mean))(machineRng) : 0;
        }
        machineCount = std::min<std::uint64_t>({machineCount, machineRowsLeft, options.tags});
        machineRowsLeft -= machineCount;
        drawTags(machineRng, machineCount);
        for (std::uint32_t tag : imageTags) {
            // Hundredths in (0, 1], four in five at or above 0.5, written as the files do ("0.7", "0.85", "1").
            const int hundredths = unit(machineRng) < 0.8 ? 50 + static_cast<int>(machineRng() % 51) : 1 + static_cast<int>(machineRng() % 49);
            line = id;
            line += ",machine,";
            line += labelNames[tag];
            line += hundredths == 100 ? ",1\n" : hundredths % 10 == 0 ? ",0." + std::to_string(hundredths / 10) + "\n"
                : ",0." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths) + "\n";
            machine->write(line);
            ++summary.machineRows;
        }
    }
    if (machine)
        summary.machineBytes = machine->close();
    summary.bytes = labels.close();
    if (truth)
        truth->close();
    reportProgress(progress, options.images, options.images, "Writing labels");
    return summary;
}

} // namespace tagscope
