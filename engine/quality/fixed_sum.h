#pragma once
// A sum of values in [0, 1] kept in fixed point (units of 2^-62 in a 128-bit total: a probability of 1e-10 keeps
// nine significant digits, and 2^66 values of 1 fit): integer
// addition is exact, so a total does not depend on the order rows come in or on how they are split among threads,
// and a pass over the scores gives the same thresholds on any machine.
#include <cstdint>

namespace tagscope {

class FixedSum {
public:
    // `value` in [0, 1]: rounded to the nearest unit (a plain conversion, no library call: this runs for nearly
    // every entry of a score matrix).
    void add(double value) { units_ += static_cast<std::uint64_t>(value * kScale + 0.5); } // at most 2^62: fits
    void add(const FixedSum& other) { units_ += other.units_; }
    double value() const { return static_cast<double>(units_) / kScale; }

private:
    static constexpr double kScale = 4611686018427387904.0; // 2^62
    unsigned __int128 units_ = 0;
};

} // namespace tagscope
