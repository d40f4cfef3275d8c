#pragma once
// Principal component analysis in float32: the instant 2-D preview of an embedding and the 50-dimensional input
// of t-SNE. Exact (covariance eigen decomposition) for up to 256 features, randomised beyond (Halko, Martinsson
// and Tropp 2011: a Gaussian sketch, power iterations, then an exact decomposition of the small projection).
#include "common/progress.h"
#include "embedding/float_matrix.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tagscope {

enum class PcaMethod { Auto, Exact, Randomized };

struct PcaOptions {
    std::size_t components = 50;  // at most min(rows, features)
    PcaMethod method = PcaMethod::Auto;
    std::size_t oversampling = 10;  // randomised: extra sketch columns
    int powerIterations = -1;       // randomised: -1 picks 7 for few components, else 4 (as scikit-learn)
    std::uint64_t seed = 1;
    int threads = 0;                // 0: every core
};

struct PcaModel {
    std::vector<float> mean;         // features
    FloatMatrix axes;                // components x features, unit rows, largest variance first
    std::vector<double> variances;   // variance along each axis (divided by rows - 1)
    double totalVariance = 0;        // sum of the variances of all features
    bool randomized = false;

    std::size_t components() const { return axes.rows; }
    double explainedShare() const;   // share of the total variance the axes keep
};

// Each axis is signed so that its largest-magnitude entry is positive (a deterministic orientation).
// Throws std::invalid_argument for fewer than two rows or zero components; nullopt when cancelled (checked, and
// progress reported, once per chunk of rows of each pass over the data).
std::optional<PcaModel> fitPca(const FloatMatrix& data, const PcaOptions& options = {}, const CancelToken* cancel = nullptr,
                               const ProgressCallback& progress = {});

// (data - mean) x axes^T: rows x components. Throws std::invalid_argument when the feature counts differ.
FloatMatrix projectPca(const PcaModel& model, const FloatMatrix& data, std::size_t components = 0);

} // namespace tagscope
