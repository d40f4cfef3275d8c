#pragma once
// A sum of values in [0, 1] kept in fixed point (units of 2^-32, far finer than a float probability): integer
// addition is exact, so a total does not depend on the order rows come in or on how they are split among threads,
// and a pass over the scores gives the same thresholds on any machine.
#include <cstdint>

namespace tagscope {

class FixedSum {
public:
    // `value` in [0, 1]: rounded to the nearest unit (a plain conversion, no library call: this runs for nearly
    // every entry of a score matrix).
    void add(double value) { units_ += static_cast<std::uint64_t>(value * kScale + 0.5); }
    void add(const FixedSum& other) { units_ += other.units_; }
    double value() const { return static_cast<double>(units_) / kScale; }

private:
    static constexpr double kScale = 4294967296.0; // 2^32: room for 2^32 values of 1
    std::uint64_t units_ = 0;
};

} // namespace tagscope
