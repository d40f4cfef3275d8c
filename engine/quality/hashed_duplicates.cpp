#include "quality/hashed_duplicates.h"

#include "embedding/cpu_clones.h"
#include "embedding/matrix_multiply.h"
#include "embedding/worker_pool.h"
#include "quality/cosine_distance.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <random>

namespace tagscope {
namespace {

constexpr int kTrialBits = 32;          // hyperplanes of the trial table (its prefixes give every k up to 32)
constexpr int kMaxTables = 4000;
constexpr int kMaxCountingSortBits = 20; // wider keys are sorted by comparison
constexpr std::size_t kExactBucketAbove = 48; // a larger bucket goes to the blocked exact kernel
constexpr std::size_t kPlanesPerPass = 256;   // hyperplanes hashed in one pass over the rows
constexpr std::size_t kRowBlock = 1024;
constexpr std::uint64_t kHyperplaneSeed = 0x7a6d5c4b3a291807ULL; // fixed: the same pairs on every run

// Work estimates in nanoseconds of one core, measured on the blocked kernel and the bucket loops (2-core AMD EPYC):
// what matters is their ratio, which picks k and decides when all pairs are cheaper.
constexpr double kHashNsPerMultiply = 0.1;
constexpr double kNsPerRowAndTable = 12.0;  // sorting into buckets, walking them
constexpr double kComparedPairNs = 20.0;    // fetching the two rows
constexpr double kComparedNsPerDimension = 0.15;
constexpr double kExactNsPerMultiply = 0.04; // the all-pairs kernel skips whole blocks beyond tau

typedef float Lanes8 __attribute__((vector_size(32)));

TAGSCOPE_CPU_CLONES
float dotProduct(const float* a, const float* b, std::size_t n)
{
    Lanes8 sum = {};
    std::size_t c = 0;
    for (; c + 8 <= n; c += 8) {
        Lanes8 x, y;
        std::memcpy(&x, a + c, sizeof x);
        std::memcpy(&y, b + c, sizeof y);
        sum += x * y;
    }
    float total = 0;
    for (int lane = 0; lane < 8; ++lane)
        total += sum[lane];
    for (; c < n; ++c)
        total += a[c] * b[c];
    return total;
}

// The probability that one hyperplane puts two rows at cosine distance tau on the same side.
double sameSideProbability(double tau)
{
    return 1.0 - std::acos(std::clamp(1.0 - tau, -1.0, 1.0)) / M_PI;
}

int tablesFor(double collision, double recall)
{
    if (collision >= 1.0 - 1e-12)
        return 1;
    if (collision <= 0)
        return kMaxTables + 1;
    return static_cast<int>(std::ceil(std::log(1.0 - recall) / std::log1p(-collision)));
}

std::vector<float> hyperplanes(std::size_t count, std::size_t dimensions)
{
    std::mt19937_64 random(kHyperplaneSeed);
    std::normal_distribution<float> normal;
    std::vector<float> planes(count * dimensions);
    for (float& value : planes)
        value = normal(random);
    return planes;
}

// keys[t * rows + r]: the signs of row r against the `bits` planes of table t (the first plane in the highest of
// the key's `bits` low bits), for `tables` tables of consecutive planes.
std::vector<std::uint32_t> hashRows(const FloatMatrix& unit, const float* planes, int bits, int tables, WorkerPool& pool,
                                    const CancelToken* cancel)
{
    const std::size_t n = unit.rows, d = unit.cols, width = static_cast<std::size_t>(bits) * tables;
    std::vector<std::uint32_t> keys(static_cast<std::size_t>(tables) * n);
    const std::size_t blocks = (n + kRowBlock - 1) / kRowBlock;
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        std::vector<float> projections(kRowBlock * width);
        for (std::size_t block = first; block < last && !isCancelled(cancel); ++block) {
            const std::size_t r0 = block * kRowBlock, rows = std::min(kRowBlock, n - r0);
            multiplyMatricesBlocked(false, true, rows, width, d, 1.0f, unit.row(r0), d, planes, d, 0.0f, projections.data(), width);
            for (std::size_t r = 0; r < rows; ++r) {
                const float* p = projections.data() + r * width;
                for (int t = 0; t < tables; ++t) {
                    std::uint32_t key = 0;
                    for (int b = 0; b < bits; ++b)
                        key = (key << 1) | (p[t * bits + b] >= 0.0f ? 1u : 0u);
                    keys[static_cast<std::size_t>(t) * n + r0 + r] = key;
                }
            }
        }
    });
    return keys;
}

// The rows ordered by key (the rows of one key in ascending order), and [begin, end) of each bucket of two or
// more rows in `bounds`, one pair of entries per bucket.
void bucketRows(const std::uint32_t* keys, std::size_t n, int bits, std::vector<std::uint32_t>& order, std::vector<std::size_t>& bounds)
{
    order.resize(n);
    bounds.clear();
    if (bits <= kMaxCountingSortBits) {
        std::vector<std::uint32_t> starts((std::size_t{1} << bits) + 1, 0);
        for (std::size_t r = 0; r < n; ++r)
            ++starts[keys[r] + 1];
        for (std::size_t k = 1; k < starts.size(); ++k)
            starts[k] += starts[k - 1];
        for (std::size_t k = 0; k + 1 < starts.size(); ++k)
            if (starts[k + 1] - starts[k] >= 2)
                bounds.push_back(starts[k]), bounds.push_back(starts[k + 1]);
        for (std::size_t r = 0; r < n; ++r)
            order[starts[keys[r]]++] = static_cast<std::uint32_t>(r);
        return;
    }
    std::vector<std::uint64_t> packed(n);
    for (std::size_t r = 0; r < n; ++r)
        packed[r] = (static_cast<std::uint64_t>(keys[r]) << 32) | r;
    std::sort(packed.begin(), packed.end());
    for (std::size_t i = 0; i < n; ++i)
        order[i] = static_cast<std::uint32_t>(packed[i]);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && (packed[j] >> 32) == (packed[i] >> 32))
            ++j;
        if (j - i >= 2)
            bounds.push_back(i), bounds.push_back(j);
        i = j;
    }
}

// The pairs within tau among `rows` (ascending), appended to `found` with a < b.
void compareBucket(const FloatMatrix& unit, const std::uint32_t* rows, std::size_t m, double tau, std::vector<RowPair>& found)
{
    const std::size_t d = unit.cols;
    if (m > kExactBucketAbove) {
        FloatMatrix members(m, d);
        for (std::size_t i = 0; i < m; ++i)
            std::memcpy(members.row(i), unit.row(rows[i]), d * sizeof(float));
        const std::vector<RowPair> within = *nearDuplicatePairs(members, tau, 1);
        for (const RowPair& pair : within)
            found.push_back({rows[pair.a], rows[pair.b], pair.distance});
        return;
    }
    const float limit = static_cast<float>(1.0 - tau) - 1e-4f; // the float filter lets a margin through
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 1; j < m; ++j) {
            if (dotProduct(unit.row(rows[i]), unit.row(rows[j]), d) < limit)
                continue;
            const double distance = cosineDistance(unit.row(rows[i]), unit.row(rows[j]), d);
            if (distance <= tau)
                found.push_back({rows[i], rows[j], static_cast<float>(distance)});
        }
}

bool sameRows(const RowPair& x, const RowPair& y) { return x.a == y.a && x.b == y.b; }
bool byRows(const RowPair& x, const RowPair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; }

void keepEachPairOnce(std::vector<RowPair>& pairs)
{
    std::sort(pairs.begin(), pairs.end(), byRows);
    pairs.erase(std::unique(pairs.begin(), pairs.end(), sameRows), pairs.end());
}

} // namespace

DuplicateHashing planDuplicateHashing(const FloatMatrix& unit, double tau, double recall, int threads)
{
    DuplicateHashing plan;
    const std::size_t n = unit.rows;
    const double d = static_cast<double>(unit.cols), rows = static_cast<double>(n);
    const double exactCost = rows * rows / 2 * d * kExactNsPerMultiply;
    plan.exactIsCheaper = true;
    if (n < 2)
        return plan;
    WorkerPool pool(threads);
    const std::vector<float> trialPlanes = hyperplanes(kTrialBits, unit.cols);
    std::vector<std::uint32_t> keys = hashRows(unit, trialPlanes.data(), kTrialBits, 1, pool, nullptr);
    std::sort(keys.begin(), keys.end());
    const double p = sameSideProbability(tau);
    double best = exactCost;
    for (int bits = 1; bits <= kTrialBits; ++bits) {
        double pairs = 0; // rows sharing a bucket of a table of `bits` planes, as in the trial
        for (std::size_t i = 0; i < n;) {
            const std::uint32_t prefix = keys[i] >> (kTrialBits - bits);
            std::size_t j = i + 1;
            while (j < n && (keys[j] >> (kTrialBits - bits)) == prefix)
                ++j;
            const double m = static_cast<double>(j - i);
            pairs += m * (m - 1) / 2;
            i = j;
        }
        const int tables = tablesFor(std::pow(p, bits), recall);
        if (tables > kMaxTables)
            break;
        const double perTable = rows * bits * d * kHashNsPerMultiply + rows * kNsPerRowAndTable +
                                pairs * (kComparedPairNs + d * kComparedNsPerDimension);
        if (tables * perTable < best) {
            best = tables * perTable;
            plan.bits = bits;
            plan.tables = tables;
            plan.comparedPairs = tables * pairs;
            plan.recallAtTau = 1.0 - std::pow(1.0 - std::pow(p, bits), tables);
            plan.exactIsCheaper = false;
        }
    }
    return plan;
}

std::optional<std::vector<RowPair>> hashedDuplicatePairs(const FloatMatrix& unit, double tau, int threads, const ProgressCallback& progress,
                                                         const CancelToken* cancel, DuplicateHashing* planOut)
{
    const DuplicateHashing plan = planDuplicateHashing(unit, tau, kHashedDuplicateRecall, threads);
    if (planOut)
        *planOut = plan;
    if (plan.exactIsCheaper)
        return nearDuplicatePairs(unit, tau, threads, progress, cancel);
    const std::size_t n = unit.rows;
    const int tablesPerPass = std::max(1, static_cast<int>(kPlanesPerPass) / plan.bits);
    const std::vector<float> planes = hyperplanes(kTrialBits + static_cast<std::size_t>(plan.bits) * plan.tables, unit.cols);
    WorkerPool pool(threads);
    std::vector<RowPair> pairs;
    std::mutex merge;
    for (int first = 0; first < plan.tables; first += tablesPerPass) {
        const int tables = std::min(tablesPerPass, plan.tables - first);
        // Planes after the trial's, so the tables are independent of the trial that sized them.
        const float* passPlanes = planes.data() + (kTrialBits + static_cast<std::size_t>(first) * plan.bits) * unit.cols;
        const std::vector<std::uint32_t> keys = hashRows(unit, passPlanes, plan.bits, tables, pool, cancel);
        if (isCancelled(cancel))
            return std::nullopt;
        pool.parallelFor(static_cast<std::size_t>(tables), [&](std::size_t t0, std::size_t t1, int) {
            std::vector<std::uint32_t> order;
            std::vector<std::size_t> bounds;
            std::vector<RowPair> found;
            for (std::size_t t = t0; t < t1 && !isCancelled(cancel); ++t) {
                bucketRows(keys.data() + t * n, n, plan.bits, order, bounds);
                for (std::size_t b = 0; b < bounds.size(); b += 2)
                    compareBucket(unit, order.data() + bounds[b], bounds[b + 1] - bounds[b], tau, found);
            }
            const std::lock_guard<std::mutex> lock(merge);
            pairs.insert(pairs.end(), found.begin(), found.end());
        });
        if (isCancelled(cancel))
            return std::nullopt;
        keepEachPairOnce(pairs);
        reportProgress(progress, static_cast<std::uint64_t>(first + tables), static_cast<std::uint64_t>(plan.tables),
                       "Near duplicates (hashed search)");
    }
    std::sort(pairs.begin(), pairs.end(), [](const RowPair& x, const RowPair& y) {
        return x.distance != y.distance ? x.distance < y.distance : byRows(x, y);
    });
    return pairs;
}

} // namespace tagscope
