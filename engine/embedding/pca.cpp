#include "embedding/pca.h"

#include "embedding/matrix_multiply.h"
#include "embedding/symmetric_eigen.h"
#include "embedding/worker_pool.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace tagscope {
namespace {

constexpr std::size_t kChunkRows = 4096; // rows centred at a time: products stay accurate without a centred copy

struct Moments {
    std::vector<float> mean;
    double totalVariance = 0;
};

Moments columnMoments(const FloatMatrix& data, WorkerPool& pool)
{
    const std::size_t d = data.cols;
    std::vector<std::vector<double>> sums(pool.size(), std::vector<double>(2 * d, 0.0));
    pool.parallelFor(data.rows, [&](std::size_t begin, std::size_t end, int worker) {
        double* sum = sums[worker].data();
        double* squares = sum + d;
        for (std::size_t r = begin; r < end; ++r) {
            const float* row = data.row(r);
            for (std::size_t c = 0; c < d; ++c) {
                sum[c] += row[c];
                squares[c] += static_cast<double>(row[c]) * row[c];
            }
        }
    }, 1024);
    Moments moments;
    moments.mean.resize(d);
    const double n = static_cast<double>(data.rows);
    for (std::size_t c = 0; c < d; ++c) {
        double sum = 0, squares = 0;
        for (const auto& part : sums) {
            sum += part[c];
            squares += part[d + c];
        }
        const double mean = sum / n;
        moments.mean[c] = static_cast<float>(mean);
        moments.totalVariance += std::max(0.0, (squares - n * mean * mean) / (n - 1));
    }
    return moments;
}

// Rows visited over every pass of a fit, reported as progress.
struct PassProgress {
    const ProgressCallback* callback = nullptr;
    std::uint64_t done = 0, total = 0;

    void add(std::size_t rows)
    {
        done += rows;
        if (callback)
            reportProgress(*callback, done, total, "PCA");
    }
};

// Calls visit(first, count, centred) for consecutive row chunks of data - mean.
template <typename Visit>
bool forEachCentredChunk(const FloatMatrix& data, const std::vector<float>& mean, const CancelToken* cancel, PassProgress* progress,
                         Visit visit)
{
    std::vector<float> chunk;
    for (std::size_t first = 0; first < data.rows; first += kChunkRows) {
        if (isCancelled(cancel))
            return false;
        const std::size_t count = std::min(kChunkRows, data.rows - first);
        chunk.resize(count * data.cols);
        for (std::size_t r = 0; r < count; ++r) {
            const float* row = data.row(first + r);
            float* out = chunk.data() + r * data.cols;
            for (std::size_t c = 0; c < data.cols; ++c)
                out[c] = row[c] - mean[c];
        }
        visit(first, count, chunk.data());
        if (progress)
            progress->add(count);
    }
    return true;
}

// Replaces the columns of m (rows x cols) by an orthonormal basis of their span: the Gram matrix's eigen
// decomposition whitens them; done twice, the result is orthonormal to float precision. Columns of a
// rank-deficient m come out as zeros.
void orthonormalizeColumns(std::vector<float>& m, std::size_t rows, std::size_t cols, WorkerPool& pool)
{
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<float> gram(cols * cols);
        multiplyMatrices(true, false, cols, cols, rows, 1.0f, m.data(), cols, m.data(), cols, 0.0f, gram.data(), cols, &pool);
        const SymmetricEigen eigen = symmetricEigen(std::vector<double>(gram.begin(), gram.end()), cols);
        const double largest = std::max(eigen.values.empty() ? 0.0 : eigen.values[0], 0.0);
        std::vector<float> whiten(cols * cols, 0.0f); // cols x cols: column j = eigenvector j / sqrt(value j)
        for (std::size_t j = 0; j < cols; ++j) {
            if (!(eigen.values[j] > 1e-10 * largest) || largest == 0.0)
                continue;
            const double scale = 1.0 / std::sqrt(eigen.values[j]);
            for (std::size_t i = 0; i < cols; ++i)
                whiten[i * cols + j] = static_cast<float>(eigen.vectors[j * cols + i] * scale);
        }
        std::vector<float> out(rows * cols);
        multiplyMatrices(false, false, rows, cols, cols, 1.0f, m.data(), cols, whiten.data(), cols, 0.0f, out.data(), cols, &pool);
        m.swap(out);
    }
}

void orientAxes(FloatMatrix& axes)
{
    for (std::size_t r = 0; r < axes.rows; ++r) {
        float* axis = axes.row(r);
        std::size_t largest = 0;
        for (std::size_t c = 1; c < axes.cols; ++c)
            if (std::abs(axis[c]) > std::abs(axis[largest]))
                largest = c;
        if (axis[largest] < 0)
            for (std::size_t c = 0; c < axes.cols; ++c)
                axis[c] = -axis[c];
    }
}

bool fitExact(const FloatMatrix& data, PcaModel& model, std::size_t k, WorkerPool& pool, const CancelToken* cancel,
              const ProgressCallback& progress)
{
    const std::size_t d = data.cols;
    std::vector<double> covariance(d * d, 0.0);
    std::vector<float> gram(d * d);
    PassProgress passes{&progress, 0, data.rows};
    const bool complete = forEachCentredChunk(data, model.mean, cancel, &passes, [&](std::size_t, std::size_t count, const float* chunk) {
        multiplyMatrices(true, false, d, d, count, 1.0f, chunk, d, chunk, d, 0.0f, gram.data(), d, &pool);
        for (std::size_t i = 0; i < d * d; ++i)
            covariance[i] += gram[i];
    });
    if (!complete)
        return false;
    for (double& c : covariance)
        c /= static_cast<double>(data.rows - 1);
    const SymmetricEigen eigen = symmetricEigen(std::move(covariance), d);
    model.axes = FloatMatrix(k, d);
    for (std::size_t r = 0; r < k; ++r) {
        model.variances.push_back(std::max(0.0, eigen.values[r]));
        for (std::size_t c = 0; c < d; ++c)
            model.axes.at(r, c) = static_cast<float>(eigen.vectors[r * d + c]);
    }
    return true;
}

bool fitRandomized(const FloatMatrix& data, PcaModel& model, std::size_t k, const PcaOptions& options, WorkerPool& pool,
                   const CancelToken* cancel, const ProgressCallback& progress)
{
    const std::size_t n = data.rows, d = data.cols;
    const std::size_t l = std::min(k + options.oversampling, std::min(n, d));
    const int powerIterations = options.powerIterations >= 0 ? options.powerIterations : (k < std::min(n, d) / 10 ? 7 : 4);
    PassProgress passes{&progress, 0, static_cast<std::uint64_t>(2 + 2 * powerIterations) * n}; // sketch, power iterations, final
    std::mt19937_64 random(options.seed);
    std::normal_distribution<float> gaussian;
    std::vector<float> sketch(d * l); // D x l
    for (float& value : sketch)
        value = gaussian(random);

    std::vector<float> range(n * l); // N x l: (X - mean) x sketch, orthonormalised
    std::vector<float> back(d * l);  // D x l: (X - mean)^T x range
    auto multiplyRight = [&](const std::vector<float>& right) {
        return forEachCentredChunk(data, model.mean, cancel, &passes, [&](std::size_t first, std::size_t count, const float* chunk) {
            multiplyMatrices(false, false, count, l, d, 1.0f, chunk, d, right.data(), l, 0.0f, range.data() + first * l, l, &pool);
        });
    };
    auto multiplyLeft = [&]() {
        std::fill(back.begin(), back.end(), 0.0f);
        return forEachCentredChunk(data, model.mean, cancel, &passes, [&](std::size_t first, std::size_t count, const float* chunk) {
            multiplyMatrices(true, false, d, l, count, 1.0f, chunk, d, range.data() + first * l, l, 1.0f, back.data(), l, &pool);
        });
    };
    if (!multiplyRight(sketch))
        return false;
    orthonormalizeColumns(range, n, l, pool);
    for (int iteration = 0; iteration < powerIterations; ++iteration) {
        if (!multiplyLeft())
            return false;
        orthonormalizeColumns(back, d, l, pool);
        if (!multiplyRight(back))
            return false;
        orthonormalizeColumns(range, n, l, pool);
    }
    if (!multiplyLeft()) // back = B^T, where B = Q^T (X - mean) is l x D
        return false;
    std::vector<float> gram(l * l);
    multiplyMatrices(true, false, l, l, d, 1.0f, back.data(), l, back.data(), l, 0.0f, gram.data(), l, &pool);
    const SymmetricEigen eigen = symmetricEigen(std::vector<double>(gram.begin(), gram.end()), l); // B B^T = U S^2 U^T
    model.axes = FloatMatrix(k, d);
    for (std::size_t r = 0; r < k; ++r) {
        const double squared = std::max(0.0, eigen.values[r]);
        model.variances.push_back(squared / static_cast<double>(n - 1));
        const double scale = squared > 0 ? 1.0 / std::sqrt(squared) : 0.0;
        // Right singular vector r: B^T u_r / s_r.
        for (std::size_t c = 0; c < d; ++c) {
            double sum = 0;
            for (std::size_t j = 0; j < l; ++j)
                sum += static_cast<double>(back[c * l + j]) * eigen.vectors[r * l + j];
            model.axes.at(r, c) = static_cast<float>(sum * scale);
        }
    }
    return true;
}

} // namespace

double PcaModel::explainedShare() const
{
    double kept = 0;
    for (double v : variances)
        kept += v;
    return totalVariance > 0 ? kept / totalVariance : 0.0;
}

std::optional<PcaModel> fitPca(const FloatMatrix& data, const PcaOptions& options, const CancelToken* cancel,
                               const ProgressCallback& progress)
{
    if (data.rows < 2)
        throw std::invalid_argument("PCA needs at least two rows");
    if (options.components == 0)
        throw std::invalid_argument("PCA needs at least one component");
    const std::size_t k = std::min(options.components, std::min(data.rows, data.cols));
    WorkerPool pool(options.threads);
    PcaModel model;
    Moments moments = columnMoments(data, pool);
    model.mean = std::move(moments.mean);
    model.totalVariance = moments.totalVariance;
    const bool randomized = options.method == PcaMethod::Randomized || (options.method == PcaMethod::Auto && data.cols > 256);
    model.randomized = randomized;
    const bool complete = randomized ? fitRandomized(data, model, k, options, pool, cancel, progress)
                                     : fitExact(data, model, k, pool, cancel, progress);
    if (!complete)
        return std::nullopt;
    orientAxes(model.axes);
    return model;
}

FloatMatrix projectPca(const PcaModel& model, const FloatMatrix& data, std::size_t components)
{
    if (data.cols != model.axes.cols)
        throw std::invalid_argument("PCA: the model has " + std::to_string(model.axes.cols) + " features, the data " +
                                    std::to_string(data.cols));
    const std::size_t k = components == 0 ? model.components() : std::min(components, model.components());
    FloatMatrix out(data.rows, k);
    WorkerPool pool;
    forEachCentredChunk(data, model.mean, nullptr, nullptr, [&](std::size_t first, std::size_t count, const float* chunk) {
        multiplyMatrices(false, true, count, k, data.cols, 1.0f, chunk, data.cols, model.axes.values.data(), data.cols, 0.0f,
                         out.row(first), k, &pool);
    });
    return out;
}

} // namespace tagscope
