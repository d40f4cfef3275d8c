#include "embedding/interpolation_repulsion.h"

#include "embedding/worker_pool.h"

#include <fftw3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace tagscope {
namespace {

// Transform plans for every size, shared by all estimators of the process, made with FFTW_ESTIMATE when a size is
// first needed. Measured plans (FFTW_MEASURE) were tried: measuring took 1-4 s of CPU per size, so the first run on
// a machine took twice as long, and the whole run was no faster with them afterwards (bench/RESULTS.md). Estimated
// plans also depend on nothing but the size, so a layout is the same for its seed in every run. FFTW's planner is
// not thread-safe, so planning is serialised; executing a plan on new arrays is thread-safe.
class PlanCache {
public:
    struct Plans {
        fftwf_plan forward = nullptr, inverse = nullptr; // L x L real to half-complex, and back
    };

    static PlanCache& instance()
    {
        static PlanCache cache;
        return cache;
    }

    Plans plans(std::size_t size)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        Plans& plans = plans_[size];
        if (!plans.forward)
            plans = makePlans(size);
        return plans;
    }

private:
    PlanCache() = default;

    ~PlanCache()
    {
        // The plans live as long as the process; released here so that leak checkers see a clean exit.
        for (auto& [size, plans] : plans_)
            if (plans.forward) { // a size FFTW could not plan stays empty
                fftwf_destroy_plan(plans.forward);
                fftwf_destroy_plan(plans.inverse);
            }
    }

    // Plans on scratch arrays of the alignment fftwf_alloc gives every buffer.
    static Plans makePlans(std::size_t size)
    {
        const int l = static_cast<int>(size);
        float* real = fftwf_alloc_real(size * size);
        fftwf_complex* complex = fftwf_alloc_complex(size * (size / 2 + 1));
        Plans plans;
        plans.forward = fftwf_plan_dft_r2c_2d(l, l, real, complex, FFTW_ESTIMATE);
        plans.inverse = fftwf_plan_dft_c2r_2d(l, l, complex, real, FFTW_ESTIMATE);
        fftwf_free(real);
        fftwf_free(complex);
        if (!plans.forward || !plans.inverse) {
            if (plans.forward)
                fftwf_destroy_plan(plans.forward);
            if (plans.inverse)
                fftwf_destroy_plan(plans.inverse);
            throw std::runtime_error("FFTW could not plan a " + std::to_string(size) + " x " + std::to_string(size) + " transform");
        }
        return plans;
    }

    std::mutex mutex_; // the plans, and FFTW's planner
    std::map<std::size_t, Plans> plans_;
};

// Transform sizes 16, 18, 20, 24, 30 times powers of two: fast for FFTW, and ~15% apart, so a growing layout
// keeps each size for many iterations.
std::size_t transformSize(std::size_t atLeast)
{
    for (std::size_t scale = 1;; scale *= 2)
        for (std::size_t base : {16, 18, 20, 24, 30})
            if (base * scale >= atLeast)
                return base * scale;
}

struct FloatBuffer {
    float* data = nullptr;
    FloatBuffer() = default;
    explicit FloatBuffer(std::size_t count) : data(fftwf_alloc_real(count))
    {
        if (!data)
            throw std::bad_alloc();
    }
    ~FloatBuffer() { fftwf_free(data); }
    FloatBuffer(const FloatBuffer&) = delete;
    FloatBuffer& operator=(const FloatBuffer&) = delete;
    FloatBuffer(FloatBuffer&& other) noexcept : data(other.data) { other.data = nullptr; }
    FloatBuffer& operator=(FloatBuffer&& other) noexcept
    {
        std::swap(data, other.data);
        return *this;
    }
};

constexpr int kCharges = 3; // 1, x, y
constexpr std::size_t kPointBlock = 4096;

} // namespace

struct InterpolationRepulsion::Impl {
    double nodesPerUnit;
    std::size_t fftSize = 0, nodes = 0; // L and M = L / 2
    double kernelSpacing = -1;          // spacing the kernel spectra were made for
    PlanCache::Plans plans;
    FloatBuffer charges[kCharges], potentials[kCharges], kernels[2]; // L x L real
    FloatBuffer chargeSpectra[kCharges], kernelSpectra[2];          // L x (L/2 + 1) complex
    // Per point: stencil centre (column, row) and the three weights along each axis.
    std::vector<std::int32_t> centreX, centreY;
    std::vector<float> weightX, weightY;
    std::vector<std::uint32_t> byRow;        // points ordered by stencil row
    std::vector<std::size_t> rowStart;       // into byRow, nodes + 1

    std::size_t spectrumSize() const { return fftSize * (fftSize / 2 + 1); }

    void resize(std::size_t size)
    {
        if (size == fftSize)
            return;
        plans = PlanCache::instance().plans(size);
        fftSize = size;
        nodes = size / 2;
        kernelSpacing = -1;
        const std::size_t real = size * size, complex = 2 * spectrumSize();
        for (int c = 0; c < kCharges; ++c) {
            charges[c] = FloatBuffer(real);
            potentials[c] = FloatBuffer(real);
            chargeSpectra[c] = FloatBuffer(complex);
            std::fill(charges[c].data, charges[c].data + real, 0.0f); // the padding stays zero
        }
        for (int k = 0; k < 2; ++k) {
            kernels[k] = FloatBuffer(real);
            kernelSpectra[k] = FloatBuffer(complex);
        }
    }

    void transform(float* in, float* out) const
    {
        fftwf_execute_dft_r2c(plans.forward, in, reinterpret_cast<fftwf_complex*>(out));
    }
    void inverseTransform(float* in, float* out) const
    {
        fftwf_execute_dft_c2r(plans.inverse, reinterpret_cast<fftwf_complex*>(in), out);
    }

    // Kernel values on the circulant layout: offsets 0..M, then -(M-1)..-1.
    void fillKernels(double spacing, WorkerPool& pool)
    {
        const std::size_t l = fftSize;
        pool.parallelFor(l, [&](std::size_t first, std::size_t last, int) {
            for (std::size_t i = first; i < last; ++i) {
                const double di = (i <= nodes ? static_cast<double>(i) : static_cast<double>(i) - static_cast<double>(l)) * spacing;
                for (std::size_t j = 0; j < l; ++j) {
                    const double dj = (j <= nodes ? static_cast<double>(j) : static_cast<double>(j) - static_cast<double>(l)) * spacing;
                    const double q = 1.0 / (1.0 + di * di + dj * dj);
                    kernels[0].data[i * l + j] = static_cast<float>(q * q);
                    kernels[1].data[i * l + j] = static_cast<float>(q);
                }
            }
        });
    }
};

InterpolationRepulsion::InterpolationRepulsion(double nodesPerUnit) : impl_(std::make_unique<Impl>())
{
    impl_->nodesPerUnit = nodesPerUnit;
}

InterpolationRepulsion::~InterpolationRepulsion() = default;

std::size_t InterpolationRepulsion::gridNodes() const { return impl_->nodes; }

double InterpolationRepulsion::compute(const float* y, std::size_t n, float* repulsion, WorkerPool& pool)
{
    Impl& m = *impl_;
    // Bounds, in fixed blocks so the result never depends on the thread count.
    const std::size_t blocks = (n + kPointBlock - 1) / kPointBlock;
    std::vector<float> blockBounds(4 * blocks);
    pool.parallelFor(blocks, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t b = first; b < last; ++b) {
            float lo[2] = {y[2 * b * kPointBlock], y[2 * b * kPointBlock + 1]}, hi[2] = {lo[0], lo[1]};
            for (std::size_t i = b * kPointBlock; i < std::min(n, (b + 1) * kPointBlock); ++i)
                for (int d = 0; d < 2; ++d) {
                    lo[d] = std::min(lo[d], y[2 * i + d]);
                    hi[d] = std::max(hi[d], y[2 * i + d]);
                }
            blockBounds[4 * b] = lo[0], blockBounds[4 * b + 1] = lo[1], blockBounds[4 * b + 2] = hi[0], blockBounds[4 * b + 3] = hi[1];
        }
    });
    double lo[2] = {blockBounds[0], blockBounds[1]}, hi[2] = {blockBounds[2], blockBounds[3]};
    for (std::size_t b = 1; b < blocks; ++b)
        for (int d = 0; d < 2; ++d) {
            lo[d] = std::min<double>(lo[d], blockBounds[4 * b + d]);
            hi[d] = std::max<double>(hi[d], blockBounds[4 * b + 2 + d]);
        }
    const double range = std::max({hi[0] - lo[0], hi[1] - lo[1], 1e-3});
    const double centre[2] = {0.5 * (lo[0] + hi[0]), 0.5 * (lo[1] + hi[1])};

    // Grid: M nodes a side, the points within nodes 1..M-2 so every 3-node stencil fits. The grid fits the
    // layout exactly, so its spacing changes at every iteration and so do the interpolation errors: holding the
    // spacing fixed for several iterations (to reuse the kernel spectra) left a measurably worse final KL.
    const std::size_t wanted = static_cast<std::size_t>(std::ceil(range * m.nodesPerUnit)) + 3;
    m.resize(transformSize(2 * std::max<std::size_t>(wanted, 16)));
    const std::size_t nodes = m.nodes, l = m.fftSize;
    const double spacing = range / static_cast<double>(nodes - 3);
    const double origin[2] = {centre[0] - spacing * 0.5 * static_cast<double>(nodes - 1),
                              centre[1] - spacing * 0.5 * static_cast<double>(nodes - 1)};

    m.centreX.resize(n);
    m.centreY.resize(n);
    m.weightX.resize(3 * n);
    m.weightY.resize(3 * n);
    pool.parallelFor(n, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t i = first; i < last; ++i)
            for (int d = 0; d < 2; ++d) {
                const double u = (y[2 * i + d] - origin[d]) / spacing;
                const std::int32_t c = std::clamp<std::int32_t>(static_cast<std::int32_t>(std::lround(u)), 1,
                                                                static_cast<std::int32_t>(nodes) - 2);
                const float t = static_cast<float>(u - c);
                float* w = (d == 0 ? m.weightX.data() : m.weightY.data()) + 3 * i;
                w[0] = 0.5f * t * (t - 1.0f); // Lagrange weights of the nodes at -1, 0, +1
                w[1] = 1.0f - t * t;
                w[2] = 0.5f * t * (t + 1.0f);
                (d == 0 ? m.centreX : m.centreY)[i] = c;
            }
    }, 1024);
    // Points by stencil row (a stable counting sort), so each grid row gathers its charges without locks.
    m.rowStart.assign(nodes + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++m.rowStart[m.centreY[i] + 1];
    for (std::size_t r = 0; r < nodes; ++r)
        m.rowStart[r + 1] += m.rowStart[r];
    m.byRow.resize(n);
    {
        std::vector<std::size_t> fill(m.rowStart.begin(), m.rowStart.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            m.byRow[fill[m.centreY[i]]++] = static_cast<std::uint32_t>(i);
    }
    pool.parallelFor(nodes, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t row = first; row < last; ++row) {
            float* grid[kCharges] = {m.charges[0].data + row * l, m.charges[1].data + row * l, m.charges[2].data + row * l};
            for (int c = 0; c < kCharges; ++c)
                std::fill(grid[c], grid[c] + nodes, 0.0f);
            // Points centred one row below use their weight for offset +1, and so on.
            for (int offset = -1; offset <= 1; ++offset) {
                const std::int64_t centreRow = static_cast<std::int64_t>(row) - offset;
                if (centreRow < 1 || centreRow > static_cast<std::int64_t>(nodes) - 2)
                    continue;
                for (std::size_t s = m.rowStart[centreRow]; s < m.rowStart[centreRow + 1]; ++s) {
                    const std::uint32_t i = m.byRow[s];
                    const float wy = m.weightY[3 * i + offset + 1];
                    const float charge[kCharges] = {1.0f, static_cast<float>(y[2 * i] - centre[0]), static_cast<float>(y[2 * i + 1] - centre[1])};
                    const std::int32_t cx = m.centreX[i];
                    for (int a = 0; a < 3; ++a) {
                        const float w = wy * m.weightX[3 * i + a];
                        for (int c = 0; c < kCharges; ++c)
                            grid[c][cx - 1 + a] += w * charge[c];
                    }
                }
            }
        }
    }, 4);

    // Spectra of the charges and, when the spacing changed, of the kernels.
    const bool newKernels = spacing != m.kernelSpacing;
    if (newKernels)
        m.fillKernels(spacing, pool);
    const int transforms = kCharges + (newKernels ? 2 : 0);
    pool.parallelFor(static_cast<std::size_t>(transforms), [&](std::size_t first, std::size_t last, int) {
        for (std::size_t t = first; t < last; ++t) {
            if (t < kCharges)
                m.transform(m.charges[t].data, m.chargeSpectra[t].data);
            else
                m.transform(m.kernels[t - kCharges].data, m.kernelSpectra[t - kCharges].data);
        }
    });
    m.kernelSpacing = spacing;

    // Z from the charge-1 spectrum (Parseval), before the spectra are overwritten by the products.
    const std::size_t half = l / 2 + 1, spectrum = m.spectrumSize();
    double total = 0;
    {
        const float* g = m.chargeSpectra[0].data;
        const float* k = m.kernelSpectra[1].data;
        for (std::size_t f = 0; f < spectrum; ++f) {
            const std::size_t column = f % half;
            const double weight = (column == 0 || column == l / 2) ? 1.0 : 2.0; // r2c stores half the columns
            total += weight * (static_cast<double>(g[2 * f]) * g[2 * f] + static_cast<double>(g[2 * f + 1]) * g[2 * f + 1]) * k[2 * f];
        }
    }
    const double scale = 1.0 / (static_cast<double>(l) * static_cast<double>(l));
    const double z = total * scale - static_cast<double>(n); // each point's own q_ii = 1 is not part of Z

    pool.parallelFor(kCharges, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t c = first; c < last; ++c) {
            float* g = m.chargeSpectra[c].data;
            const float* k = m.kernelSpectra[0].data;
            for (std::size_t f = 0; f < spectrum; ++f) {
                const float re = g[2 * f] * k[2 * f] - g[2 * f + 1] * k[2 * f + 1];
                const float im = g[2 * f] * k[2 * f + 1] + g[2 * f + 1] * k[2 * f];
                g[2 * f] = re;
                g[2 * f + 1] = im;
            }
            m.inverseTransform(g, m.potentials[c].data);
        }
    });

    const float potentialScale = static_cast<float>(scale);
    pool.parallelFor(n, [&](std::size_t first, std::size_t last, int) {
        for (std::size_t i = first; i < last; ++i) {
            float phi[kCharges] = {0, 0, 0};
            const std::int32_t cx = m.centreX[i], cy = m.centreY[i];
            for (int b = 0; b < 3; ++b) {
                const std::size_t rowOffset = static_cast<std::size_t>(cy - 1 + b) * l + static_cast<std::size_t>(cx - 1);
                for (int a = 0; a < 3; ++a) {
                    const float w = m.weightY[3 * i + b] * m.weightX[3 * i + a];
                    for (int c = 0; c < kCharges; ++c)
                        phi[c] += w * m.potentials[c].data[rowOffset + a];
                }
            }
            const float px = static_cast<float>(y[2 * i] - centre[0]), py = static_cast<float>(y[2 * i + 1] - centre[1]);
            repulsion[2 * i] = (px * phi[0] - phi[1]) * potentialScale;
            repulsion[2 * i + 1] = (py * phi[0] - phi[2]) * potentialScale;
        }
    }, 1024);
    return z;
}

} // namespace tagscope
