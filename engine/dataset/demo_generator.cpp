#include "dataset/demo_generator.h"

#include "dataset/dataset.h"
#include "dataset/fashion_mnist.h"
#include "imaging/image_io.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_set>

namespace fs = std::filesystem;

namespace tagscope {
namespace {

// ---- The tag vocabulary ------------------------------------------------------------------------------------

// Fashion-MNIST classes by rank: rank 0 is drawn most often, rank 9 least (see cumulativeClassWeights()).
// Two display names carry a comma and double quotes so that every import exercises CSV quoting.
struct ClassTag {
    int fashionLabel;
    const char* labelName;
    const char* displayName;
};
constexpr int kClassTags = 10;
const ClassTag kClasses[kClassTags] = {
    {0, "/demo/tshirt", "T-shirt/top"},  {1, "/demo/trouser", "Trouser"},
    {7, "/demo/sneaker", "Sneaker"},     {8, "/demo/bag", "Bag"},
    {3, "/demo/dress", "Dress"},         {2, "/demo/pullover", "Pullover"},
    {4, "/demo/coat", "Coat"},           {9, "/demo/ankle-boot", "Ankle boot"},
    {5, "/demo/sandal", "Sandal \"flip-flop\""}, {6, "/demo/shirt", "Shirt, button-down"},
};

constexpr std::uint16_t rankBit(int rank) { return static_cast<std::uint16_t>(1u << rank); }

// Group tags: positive when any member class is in the image. Members are class ranks.
struct GroupTag {
    const char* labelName;
    const char* displayName;
    std::uint16_t members;
    bool similarLooking; // members are easily confused: absent members make hard negatives
};
constexpr int kGroupTags = 3;
const GroupTag kGroups[kGroupTags] = {
    {"/demo/clothing", "Clothing", rankBit(0) | rankBit(1) | rankBit(4) | rankBit(5) | rankBit(6) | rankBit(9), false},
    {"/demo/tops", "Tops", rankBit(0) | rankBit(5) | rankBit(6) | rankBit(9), true},
    {"/demo/footwear", "Footwear", rankBit(2) | rankBit(7) | rankBit(8), true},
};

// Tints, each with a colour tag in the multi-item variant.
struct Tint {
    const char* labelName;
    const char* displayName;
    std::uint8_t rgb[3];
};
constexpr int kTints = 6;
const Tint kPalette[kTints] = {
    {"/demo/red", "Red", {205, 40, 40}},     {"/demo/orange", "Orange", {235, 130, 30}},
    {"/demo/yellow", "Yellow", {225, 195, 35}}, {"/demo/green", "Green", {45, 150, 65}},
    {"/demo/blue", "Blue", {40, 90, 205}},   {"/demo/purple", "Purple", {135, 60, 175}},
};

// Colour-and-class tags ("Red shirt"): present when one item is of that class in that colour. Made from the rarest
// classes, they give the demo a tail band (under 20 training positives at 20,000 images) and more of a medium one,
// the long tail that label-quality tools are measured on, while being as learnable as their two parts. Their
// labels are drawn after every other tag's, so the images and the other tags' labels are the same as without them.
struct ComboTag {
    int rank;
    int tint;
    const char* labelName;
    const char* displayName;
};
constexpr int kComboTags = 6;
const ComboTag kCombos[kComboTags] = {
    {9, 0, "/demo/red-shirt", "Red shirt"},         {9, 4, "/demo/blue-shirt", "Blue shirt"},
    {8, 3, "/demo/green-sandal", "Green sandal"},   {7, 5, "/demo/purple-ankle-boot", "Purple ankle boot"},
    {6, 2, "/demo/yellow-coat", "Yellow coat"},     {5, 1, "/demo/orange-pullover", "Orange pullover"},
};

const std::uint8_t kBackgrounds[][3] = {{236, 234, 228}, {222, 226, 232}, {242, 242, 242}, {228, 222, 214}, {72, 74, 80}};

constexpr int kGroupTagBase = kClassTags;
constexpr int kTintTagBase = kClassTags + kGroupTags;
constexpr int kComboTagBase = kTintTagBase + kTints;
static_assert(kComboTagBase + kComboTags <= 32, "an image's present tags are a 32-bit mask");

// Most / least frequent class, per item. With 1-4 items an image, the top class and "Clothing" saturate
// (they are in most images), which brings the tag-level ratio down to ~250 at 20k images: margin over 100.
constexpr double kHeadToTailItemRatio = 300.0;
constexpr double kUnannotatedShare = 0.18;   // present tags left unknown, as in Open Images
constexpr double kNegativeShare = 0.2;       // absent tags verified negative
constexpr double kHardNegativeShare = 0.6;   // absent classes that look like a present one
constexpr int kJpegQuality = 90;
constexpr std::size_t kChunkImages = 64;     // images between cancel checks and progress reports
const char* const kMarkerName = "tagscope-demo.txt";
const char* const kTruthFolder = "ground-truth";

// ---- Randomness ---------------------------------------------------------------------------------------------

// SplitMix64, with our own integer and real draws: std:: distributions differ between standard libraries,
// and the demo must be the same files for the same seed everywhere.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next()
    {
        const std::uint64_t value = mix(state_);
        state_ += 0x9E3779B97F4A7C15ull;
        return value;
    }
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }           // bias < 1e-14

private:
    std::uint64_t state_;
};

// Each image draws from its own stream, so the result does not depend on which thread renders it.
Rng imageRng(std::uint64_t seed, std::size_t index) { return Rng(mix(mix(seed) ^ mix(0xD1B54A32D192ED03ull + index))); }

// Geometric decay over ranks (a steep Zipf-like tail): weight(rank 9) = weight(rank 0) / kHeadToTailItemRatio.
std::vector<double> cumulativeClassWeights()
{
    const double decay = std::pow(kHeadToTailItemRatio, -1.0 / (kClassTags - 1));
    std::vector<double> cumulative(kClassTags);
    double sum = 0, weight = 1;
    for (int rank = 0; rank < kClassTags; ++rank, weight *= decay)
        cumulative[rank] = sum += weight;
    for (double& c : cumulative)
        c /= sum;
    return cumulative;
}

// ---- One image ----------------------------------------------------------------------------------------------

struct Label {
    std::uint8_t tag;
    bool positive;
};

// What an image shows (a bit per tag) and what its annotations say.
struct ImageLabels {
    std::uint32_t present = 0;
    std::vector<Label> labels;
};

struct Generator {
    const DemoOptions& options;
    const FashionMnist& items;
    std::vector<std::vector<std::uint32_t>> itemsByRank; // Fashion-MNIST indices of each class rank
    std::vector<double> cumulativeWeights;
    int tagCount;

    int drawRank(Rng& rng) const
    {
        const double u = rng.uniform();
        const auto it = std::upper_bound(cumulativeWeights.begin(), cumulativeWeights.end(), u);
        return std::min(static_cast<int>(it - cumulativeWeights.begin()), kClassTags - 1);
    }

    // Scales the grey item (bilinear) into the square at (left, top), tinted: bright item pixels cover the
    // background, their brightness kept as shading so that folds and prints stay visible.
    void drawItem(RgbImage& image, const std::uint8_t* item, int left, int top, int side, const Tint& tint, bool mirror) const
    {
        // The item with a one-pixel border of background, so that samples near its edges need no checks.
        const int paddedColumns = items.columns + 2;
        std::vector<float> padded(static_cast<std::size_t>(paddedColumns) * (items.rows + 2), 0.0f);
        for (int y = 0; y < items.rows; ++y)
            for (int x = 0; x < items.columns; ++x)
                padded[(y + 1) * paddedColumns + x + 1] = item[y * items.columns + x] / 255.0f;

        // Source position of every target column: padded index and weight of the right neighbour.
        std::vector<int> columnIndex(side);
        std::vector<float> columnWeight(side);
        const float scaleX = static_cast<float>(items.columns) / side, scaleY = static_cast<float>(items.rows) / side;
        for (int x = 0; x < side; ++x) {
            float u = (x + 0.5f) * scaleX - 0.5f;
            if (mirror)
                u = items.columns - 1 - u;
            const float cell = std::floor(u);
            columnIndex[x] = static_cast<int>(cell) + 1;
            columnWeight[x] = u - cell;
        }
        for (int y = 0; y < side; ++y) {
            const float v = (y + 0.5f) * scaleY - 0.5f;
            const float cell = std::floor(v), fy = v - cell;
            const float* above = padded.data() + (static_cast<int>(cell) + 1) * paddedColumns;
            const float* below = above + paddedColumns;
            std::uint8_t* pixel = image.pixels.data() + (static_cast<std::size_t>(top + y) * image.width + left) * 3;
            for (int x = 0; x < side; ++x, pixel += 3) {
                const int i = columnIndex[x];
                const float fx = columnWeight[x];
                const float upper = above[i] + (above[i + 1] - above[i]) * fx;
                const float lower = below[i] + (below[i + 1] - below[i]) * fx;
                const float a = upper + (lower - upper) * fy;
                if (a <= 0.0f)
                    continue;
                const float alpha = std::min(1.0f, 3.0f * a), shade = 0.45f + 0.55f * a;
                for (int c = 0; c < 3; ++c) {
                    const float value = pixel[c] * (1 - alpha) + tint.rgb[c] * shade * alpha;
                    pixel[c] = static_cast<std::uint8_t>(std::min(255.0f, value + 0.5f)); // value >= 0
                }
            }
        }
    }

    void fillBackground(RgbImage& image, Rng& rng) const
    {
        const std::uint8_t* base = kBackgrounds[rng.below(std::size(kBackgrounds))];
        const bool noisy = rng.uniform() < 0.5;
        for (std::size_t p = 0; p < image.pixels.size(); p += 3) {
            const int noise = noisy ? static_cast<int>(rng.below(13)) - 6 : 0;
            for (int c = 0; c < 3; ++c)
                image.pixels[p + c] = static_cast<std::uint8_t>(std::clamp(base[c] + noise, 0, 255));
        }
    }

    // Renders image `index` and returns its annotated labels (never empty: an unlisted image would not exist).
    ImageLabels makeImage(std::size_t index, RgbImage& image) const
    {
        Rng rng = imageRng(options.seed, index);
        image.width = image.height = options.imageSize;
        image.pixels.assign(static_cast<std::size_t>(options.imageSize) * options.imageSize * 3, 0);
        fillBackground(image, rng);

        // Multi-item: up to four items in the cells of a 2x2 grid; single-item: one item on the whole image.
        const int grid = options.singleItem ? 1 : 2;
        const int cell = options.imageSize / grid;
        const int itemCount = options.singleItem ? 1 : 1 + static_cast<int>(rng.below(4));
        int cells[4] = {0, 1, 2, 3};
        for (int i = 3; i > 0; --i)
            std::swap(cells[i], cells[rng.below(static_cast<std::size_t>(i) + 1)]);

        std::uint32_t present = 0; // bit per tag index
        int firstRank = -1;
        for (int i = 0; i < itemCount; ++i) {
            const int rank = drawRank(rng);
            const auto& pool = itemsByRank[rank];
            const std::uint8_t* item = items.image(pool[rng.below(pool.size())]);
            const int tint = static_cast<int>(rng.below(kTints));
            const int side = std::max(1, static_cast<int>(cell * (0.8 + 0.2 * rng.uniform())));
            const int at = options.singleItem ? 0 : cells[i];
            const int left = (at % grid) * cell + static_cast<int>(rng.below(static_cast<std::size_t>(cell - side) + 1));
            const int top = (at / grid) * cell + static_cast<int>(rng.below(static_cast<std::size_t>(cell - side) + 1));
            const bool mirror = rng.uniform() < 0.5;
            drawItem(image, item, left, top, side, kPalette[tint], mirror);

            present |= 1u << rank;
            if (!options.singleItem) {
                for (int g = 0; g < kGroupTags; ++g)
                    if (kGroups[g].members & rankBit(rank))
                        present |= 1u << (kGroupTagBase + g);
                present |= 1u << (kTintTagBase + tint);
                for (int c = 0; c < kComboTags; ++c)
                    if (kCombos[c].rank == rank && kCombos[c].tint == tint)
                        present |= 1u << (kComboTagBase + c);
            }
            if (firstRank < 0)
                firstRank = rank;
        }
        ImageLabels result{present, drawLabels(rng, present, firstRank)};
        flipLabels(index, result.labels);
        return result;
    }

    // A share of the verified labels written the wrong way round, from a stream of their own: without flips the
    // files are the same as before flips existed.
    void flipLabels(std::size_t index, std::vector<Label>& labels) const
    {
        if (options.flipShare <= 0)
            return;
        Rng rng = imageRng(options.seed ^ 0xF11BF11BF11BF11Bull, index);
        for (Label& label : labels)
            if (rng.uniform() < options.flipShare)
                label.positive = !label.positive;
    }

    std::vector<Label> drawLabels(Rng& rng, std::uint32_t present, int firstRank) const
    {
        // Classes that look like a present one (same similar-looking group) are the likely verified negatives,
        // as Open Images verified the candidates a classifier proposed.
        std::uint32_t lookalikes = 0;
        for (const GroupTag& group : kGroups)
            if (group.similarLooking && (present & group.members))
                lookalikes |= group.members;

        std::vector<Label> labels;
        for (int tag = 0; tag < tagCount; ++tag) {
            const double u = rng.uniform(); // one draw per tag keeps the stream aligned whatever is present
            if (present & (1u << tag)) {
                // Single-item keeps its one class annotated: it is the image's identity for metric learning.
                if (options.singleItem || u >= kUnannotatedShare)
                    labels.push_back({static_cast<std::uint8_t>(tag), true});
            } else {
                const bool lookalike = tag < kClassTags && (lookalikes & (1u << tag));
                if (u < (lookalike ? kHardNegativeShare : kNegativeShare))
                    labels.push_back({static_cast<std::uint8_t>(tag), false});
            }
        }
        if (labels.empty())
            labels.push_back({static_cast<std::uint8_t>(firstRank), true});
        return labels;
    }
};

// ---- Files --------------------------------------------------------------------------------------------------

struct TagName {
    const char* labelName;
    const char* displayName;
};

std::vector<TagName> tagNames(bool singleItem)
{
    std::vector<TagName> names;
    for (const ClassTag& c : kClasses)
        names.push_back({c.labelName, c.displayName});
    if (!singleItem) {
        for (const GroupTag& g : kGroups)
            names.push_back({g.labelName, g.displayName});
        for (const Tint& t : kPalette)
            names.push_back({t.labelName, t.displayName});
        for (const ComboTag& c : kCombos)
            names.push_back({c.labelName, c.displayName});
    }
    return names;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

void writeFile(const fs::path& path, const std::string& content)
{
    std::FILE* file = std::fopen(path.string().c_str(), "wb");
    if (!file)
        throw std::runtime_error(path.string() + ": cannot create the file");
    const bool written = std::fwrite(content.data(), 1, content.size(), file) == content.size();
    if (std::fclose(file) != 0 || !written)
        throw std::runtime_error(path.string() + ": cannot write the file (disk full?)");
}

const char* const kSplitFolders[3] = {"train", "validation", "test"};
const char* const kLabelFiles[3] = {"oidv6-train-annotations-human-imagelabels.csv",
                                    "validation-annotations-human-imagelabels.csv",
                                    "test-annotations-human-imagelabels.csv"};

// 80 / 10 / 10 by index; ImageIDs are random, so this is a random split in ImageID order.
int splitOf(std::size_t index) { return index % 10 < 8 ? 0 : index % 10 == 8 ? 1 : 2; }

// ImageIDs from the seed, in index order; a repeated draw (odds ~1e-11 at 20k images) draws again.
std::vector<std::uint64_t> drawImageIds(std::uint64_t seed, std::size_t count)
{
    Rng rng(mix(seed ^ 0x1D5EA5EDu));
    std::vector<std::uint64_t> ids(count);
    std::unordered_set<std::uint64_t> used;
    used.reserve(count * 2);
    for (auto& id : ids)
        do
            id = rng.next();
        while (!used.insert(id).second);
    return ids;
}

std::string markerText(const DemoOptions& options)
{
    return "Fashion Mosaic: a demo dataset generated by Tagscope (tagscope-cli demo) from Fashion-MNIST.\n"
           "Open Images V6 layout. This folder is replaced when the demo is generated again.\n"
           "format=fashion-mosaic-2\nseed=" + std::to_string(options.seed) + "\nimages=" + std::to_string(options.images) +
           "\nsingle_item=" + (options.singleItem ? "1" : "0") + "\nimage_size=" + std::to_string(options.imageSize) +
           "\nflip_share=" + std::to_string(options.flipShare) + "\ncopies=" + std::to_string(options.copies) + "\n";
}

bool isEmptyFolder(const fs::path& path)
{
    std::error_code error;
    return fs::is_directory(path, error) && fs::is_empty(path, error) && !error;
}

bool isDemoFolder(const fs::path& path)
{
    std::error_code error;
    return fs::is_directory(path, error) && fs::is_regular_file(path / kMarkerName, error);
}

// The dataset is built in a hidden sibling folder and moved into place when complete: a cancelled or failed
// run leaves the previous demo (if any) untouched and nothing that looks like a dataset.
class StagingFolder {
public:
    explicit StagingFolder(const fs::path& output)
        : output_(output), path_(output.parent_path() / ("." + output.filename().string() + ".partial"))
    {
        std::error_code error;
        fs::create_directories(output.parent_path(), error);
        if (error)
            throw std::runtime_error(output.parent_path().string() + ": cannot create the folder (" + error.message() + ")");
        removeLeftover(path_);
        fs::create_directory(path_, error);
        if (error)
            throw std::runtime_error(path_.string() + ": cannot create the folder (" + error.message() + ")");
        created_ = true;
    }
    ~StagingFolder()
    {
        std::error_code error;
        if (created_)
            fs::remove_all(path_, error);
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    const fs::path& path() const { return path_; }

    // Swaps the finished dataset in for the output folder (which is absent, empty or a previous demo).
    void commit()
    {
        std::error_code error;
        const fs::path old = output_.parent_path() / ("." + output_.filename().string() + ".old");
        bool movedOld = false;
        if (fs::exists(output_, error)) {
            if (isEmptyFolder(output_)) {
                fs::remove(output_, error);
            } else {
                removeLeftover(old);
                fs::rename(output_, old, error);
                movedOld = true;
            }
            if (error)
                throw std::runtime_error(output_.string() + ": cannot replace the previous demo (" + error.message() + ")");
        }
        fs::rename(path_, output_, error);
        if (error) {
            std::error_code ignored;
            if (movedOld)
                fs::rename(old, output_, ignored);
            throw std::runtime_error(output_.string() + ": cannot move the new demo into place (" + error.message() + ")");
        }
        created_ = false;
        if (movedOld)
            fs::remove_all(old, error);
    }

private:
    // Leftovers of an interrupted run carry the marker; anything else under that name is not ours to delete.
    static void removeLeftover(const fs::path& path)
    {
        std::error_code error;
        if (!fs::exists(path, error))
            return;
        if (!isDemoFolder(path) && !isEmptyFolder(path))
            throw std::runtime_error(path.string() + ": exists and is not a Tagscope demo; remove it or choose another folder");
        fs::remove_all(path, error);
        if (error)
            throw std::runtime_error(path.string() + ": cannot remove an interrupted demo (" + error.message() + ")");
    }

    fs::path output_;
    fs::path path_;
    bool created_ = false;
};

fs::path checkedOutputFolder(const std::string& folder)
{
    if (folder.empty())
        throw std::runtime_error("no output folder given for the demo dataset");
    fs::path path = fs::absolute(fs::path(folder)).lexically_normal();
    if (!path.has_filename())
        path = path.parent_path(); // "out/" names "out"
    std::error_code error;
    if (!fs::exists(path, error))
        return path;
    if (!fs::is_directory(path, error))
        throw std::runtime_error(path.string() + ": exists and is not a folder");
    if (!isEmptyFolder(path) && !isDemoFolder(path))
        throw std::runtime_error(path.string() + ": the folder is not empty and holds no Tagscope demo (no " +
                                 kMarkerName + "); choose a new or empty folder");
    return path;
}

void checkOptions(const DemoOptions& options)
{
    if (options.images == 0 || options.images > 10000000)
        throw std::runtime_error("demo: the number of images must be between 1 and 10,000,000");
    if (options.imageSize < 28 || options.imageSize > 2048)
        throw std::runtime_error("demo: the image size must be between 28 and 2048 pixels");
    if (options.threads < 0)
        throw std::runtime_error("demo: the number of threads cannot be negative");
    if (!(options.flipShare >= 0 && options.flipShare <= 0.5))
        throw std::runtime_error("demo: the share of flipped labels must be between 0 and 0.5");
    if (options.copies > (options.images * 8 + 9) / 10)
        throw std::runtime_error("demo: at most as many copies as training images (" + std::to_string((options.images * 8 + 9) / 10) + ")");
    if (!imagingAvailable())
        throw std::runtime_error("demo: this build has no JPEG encoder (built without OpenCV)");
}

// ---- Copies across splits ----------------------------------------------------------------------------------

// A training image copied into validation or test, as a leak between splits looks: re-encoded at a lower JPEG
// quality, and every second or third copy also slightly resized or cropped.
enum class CopyChange { Reencoded, Resized, Cropped };
const char* copyChangeName(CopyChange change)
{
    return change == CopyChange::Resized ? "resized" : change == CopyChange::Cropped ? "cropped" : "re-encoded";
}
constexpr int kCopyJpegQuality = 70;

struct CopyPlan {
    std::size_t source;
    int split; // 1 validation, 2 test
    CopyChange change;
};

std::vector<CopyPlan> planCopies(const DemoOptions& options)
{
    std::vector<std::size_t> train;
    for (std::size_t i = 0; i < options.images; ++i)
        if (splitOf(i) == 0)
            train.push_back(i);
    Rng rng(mix(options.seed ^ 0xC09E5C09E5ull));
    std::vector<CopyPlan> plans;
    for (std::size_t j = 0; j < options.copies; ++j) { // distinct sources: a partial Fisher-Yates shuffle
        std::swap(train[j], train[j + rng.below(train.size() - j)]);
        plans.push_back({train[j], j % 2 == 0 ? 1 : 2, static_cast<CopyChange>(j % 3)});
    }
    return plans;
}

RgbImage resizedImage(const RgbImage& in, int width, int height) // bilinear
{
    RgbImage out;
    out.width = width;
    out.height = height;
    out.pixels.resize(static_cast<std::size_t>(width) * height * 3);
    for (int y = 0; y < height; ++y) {
        const float v = std::clamp((y + 0.5f) * in.height / height - 0.5f, 0.0f, in.height - 1.0f);
        const int y0 = static_cast<int>(v), y1 = std::min(y0 + 1, in.height - 1);
        const float fy = v - y0;
        for (int x = 0; x < width; ++x) {
            const float u = std::clamp((x + 0.5f) * in.width / width - 0.5f, 0.0f, in.width - 1.0f);
            const int x0 = static_cast<int>(u), x1 = std::min(x0 + 1, in.width - 1);
            const float fx = u - x0;
            for (int c = 0; c < 3; ++c) {
                auto at = [&](int yy, int xx) { return static_cast<float>(in.pixels[(static_cast<std::size_t>(yy) * in.width + xx) * 3 + c]); };
                const float top = at(y0, x0) + (at(y0, x1) - at(y0, x0)) * fx;
                const float bottom = at(y1, x0) + (at(y1, x1) - at(y1, x0)) * fx;
                out.pixels[(static_cast<std::size_t>(y) * width + x) * 3 + c] = static_cast<std::uint8_t>(top + (bottom - top) * fy + 0.5f);
            }
        }
    }
    return out;
}

RgbImage changedCopy(const RgbImage& in, CopyChange change)
{
    const int side = in.width;
    if (change == CopyChange::Resized) { // 90% of the side
        const int smaller = std::max(1, side * 9 / 10);
        return resizedImage(in, smaller, smaller);
    }
    if (change == CopyChange::Cropped) { // about 3% off each edge
        const int border = std::max(1, side / 32);
        RgbImage out;
        out.width = out.height = side - 2 * border;
        for (int y = border; y < side - border; ++y) {
            const auto row = in.pixels.begin() + (static_cast<std::ptrdiff_t>(y) * side + border) * 3;
            out.pixels.insert(out.pixels.end(), row, row + static_cast<std::ptrdiff_t>(out.width) * 3);
        }
        return out;
    }
    return in;
}

void writeTruth(const fs::path& folder, const std::vector<TagName>& tags, const std::vector<std::uint64_t>& ids,
                const std::vector<ImageLabels>& labels, const std::vector<int>& splits, const std::vector<CopyPlan>& copies,
                std::size_t images, DemoSummary& summary)
{
    std::error_code error;
    fs::create_directory(folder / kTruthFolder, error);
    if (error)
        throw std::runtime_error((folder / kTruthFolder).string() + ": cannot create the folder (" + error.message() + ")");
    std::string text = "ImageID,LabelName,Truth,Given\n";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const std::string id = formatImageId(ids[i]);
        std::uint32_t annotated = 0;
        for (const Label& label : labels[i].labels) {
            annotated |= 1u << label.tag;
            const bool truth = labels[i].present & (1u << label.tag);
            if (truth != label.positive) {
                text.append(id).append(",").append(tags[label.tag].labelName).append(truth ? ",1," : ",0,").append(label.positive ? "1\n" : "0\n");
                summary.flippedLabels += i < images;
            }
        }
        for (std::size_t t = 0; t < tags.size(); ++t)
            if ((labels[i].present & ~annotated) & (1u << t)) {
                text.append(id).append(",").append(tags[t].labelName).append(",1,\n");
                summary.hiddenPositives += i < images;
            }
    }
    writeFile(folder / kTruthFolder / "labels.csv", text);
    text = "ImageID,Split,CopyOf,CopyOfSplit,Change\n";
    for (std::size_t j = 0; j < copies.size(); ++j)
        text.append(formatImageId(ids[images + j])).append(",").append(kSplitFolders[splits[images + j]]).append(",")
            .append(formatImageId(ids[copies[j].source])).append(",").append(kSplitFolders[splits[copies[j].source]]).append(",")
            .append(copyChangeName(copies[j].change)).append("\n");
    writeFile(folder / kTruthFolder / "copies.csv", text);
}

void writeLabelFiles(const fs::path& folder, const std::vector<TagName>& tags, const std::vector<std::uint64_t>& ids,
                     const std::vector<ImageLabels>& labels, const std::vector<int>& splits)
{
    // Rows sorted by ImageID, then LabelName, like the Open Images files.
    std::vector<int> labelNameOrder(tags.size());
    for (std::size_t t = 0; t < tags.size(); ++t)
        labelNameOrder[t] = static_cast<int>(std::count_if(tags.begin(), tags.end(), [&](const TagName& other) {
            return std::string_view(other.labelName) < tags[t].labelName;
        }));
    std::vector<std::size_t> order(ids.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });

    std::string csv[3];
    for (auto& text : csv)
        text = "ImageID,Source,LabelName,Confidence\n";
    std::vector<Label> sorted;
    for (std::size_t image : order) {
        sorted = labels[image].labels;
        std::sort(sorted.begin(), sorted.end(),
                  [&](const Label& a, const Label& b) { return labelNameOrder[a.tag] < labelNameOrder[b.tag]; });
        std::string& text = csv[splits[image]];
        const std::string id = formatImageId(ids[image]);
        for (const Label& label : sorted)
            text.append(id).append(",verification,").append(tags[label.tag].labelName).append(label.positive ? ",1\n" : ",0\n");
    }
    for (int s = 0; s < 3; ++s)
        writeFile(folder / kLabelFiles[s], csv[s]);
}

} // namespace

DemoSummary generateDemoDataset(const DemoOptions& options, const ProgressCallback& progress, const CancelToken* cancel)
{
    checkOptions(options);
    const fs::path output = checkedOutputFolder(options.outputFolder);

    reportProgress(progress, 0, 0, "Reading Fashion-MNIST");
    const FashionMnist items = readFashionMnist(options.fashionMnistFolder, FashionMnistPart::Train);
    if (isCancelled(cancel))
        return {};

    const std::vector<TagName> tags = tagNames(options.singleItem);
    Generator generator{options, items, std::vector<std::vector<std::uint32_t>>(kClassTags), cumulativeClassWeights(),
                        static_cast<int>(tags.size())};
    for (int rank = 0; rank < kClassTags; ++rank) {
        for (std::size_t i = 0; i < items.count(); ++i)
            if (items.labels[i] == kClasses[rank].fashionLabel)
                generator.itemsByRank[rank].push_back(static_cast<std::uint32_t>(i));
        if (generator.itemsByRank[rank].empty())
            throw std::runtime_error(options.fashionMnistFolder + ": Fashion-MNIST has no images of class " +
                                     fashionMnistClassName(kClasses[rank].fashionLabel));
    }

    StagingFolder staging(output);
    writeFile(staging.path() / kMarkerName, markerText(options));
    for (const char* split : kSplitFolders) {
        std::error_code error;
        fs::create_directory(staging.path() / split, error);
        if (error)
            throw std::runtime_error((staging.path() / split).string() + ": cannot create the folder (" + error.message() + ")");
    }

    // The copies come after the generated images: the images, their IDs and labels are the same with or without.
    const std::vector<CopyPlan> copies = planCopies(options);
    const std::size_t total = options.images + copies.size();
    const std::vector<std::uint64_t> ids = drawImageIds(options.seed, total);
    std::vector<int> splits(total);
    for (std::size_t i = 0; i < total; ++i)
        splits[i] = i < options.images ? splitOf(i) : copies[i - options.images].split;
    std::vector<ImageLabels> labels(total);

    // Workers take chunks of images; the calling thread works too and is the only one that reports progress.
    const int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> nextImage{0}, imagesDone{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::string firstError;
    auto work = [&](bool reporting) {
        RgbImage image;
        while (!failed.load() && !isCancelled(cancel)) {
            const std::size_t begin = nextImage.fetch_add(kChunkImages);
            if (begin >= total)
                return;
            const std::size_t end = std::min(total, begin + kChunkImages);
            try {
                for (std::size_t i = begin; i < end; ++i) {
                    const fs::path path = staging.path() / kSplitFolders[splits[i]] / (formatImageId(ids[i]) + ".jpg");
                    std::string error;
                    if (i < options.images) {
                        labels[i] = generator.makeImage(i, image);
                        if (!writeJpeg(path.string(), image, kJpegQuality, &error))
                            throw std::runtime_error(error);
                    } else { // a copy: its original drawn again, changed, with the original's labels
                        const CopyPlan& copy = copies[i - options.images];
                        labels[i] = generator.makeImage(copy.source, image);
                        if (!writeJpeg(path.string(), changedCopy(image, copy.change), kCopyJpegQuality, &error))
                            throw std::runtime_error(error);
                    }
                }
            } catch (const std::exception& e) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (firstError.empty())
                    firstError = e.what();
                failed = true;
                return;
            }
            imagesDone += end - begin;
            if (reporting)
                reportProgress(progress, imagesDone.load(), total, "Writing images");
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work, false);
    work(true);
    for (std::thread& worker : workers)
        worker.join();
    if (failed)
        throw std::runtime_error(firstError);
    if (isCancelled(cancel))
        return {}; // the staging folder goes; the output folder is as it was
    reportProgress(progress, total, total, "Writing images"); // the other threads' last chunks

    reportProgress(progress, 0, 0, "Writing labels");
    std::string descriptions = "LabelName,DisplayName\n";
    for (const TagName& tag : tags)
        descriptions += csvField(tag.labelName) + "," + csvField(tag.displayName) + "\n";
    writeFile(staging.path() / "oidv6-class-descriptions.csv", descriptions);
    writeLabelFiles(staging.path(), tags, ids, labels, splits);
    DemoSummary summary;
    writeTruth(staging.path(), tags, ids, labels, splits, copies, options.images, summary);
    staging.commit();

    summary.images = options.images;
    summary.copies = copies.size();
    summary.tags = tags.size();
    for (const ImageLabels& imageLabels : labels)
        for (const Label& label : imageLabels.labels)
            ++(label.positive ? summary.positiveLabels : summary.negativeLabels);
    reportProgress(progress, total, total, "Done");
    return summary;
}

} // namespace tagscope
