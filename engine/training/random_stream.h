#pragma once
// A small deterministic random number generator for the data pipeline. Every random choice of a batch is drawn
// from a stream seeded by hashing (seed, epoch, batch, sample), so batches do not depend on which worker thread
// made them or on what was drawn before, and the same numbers come out on every platform (the standard
// library's distributions are implementation-defined).
#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace tagscope {

// SplitMix64's finaliser: a bijective mix with good avalanche.
inline std::uint64_t mixBits(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

inline std::uint64_t hashSeed(std::initializer_list<std::uint64_t> parts)
{
    std::uint64_t h = 0x243F6A8885A308D3ull;
    for (std::uint64_t part : parts)
        h = mixBits(h ^ mixBits(part));
    return h;
}

class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed) : state_(seed) {}

    std::uint64_t nextBits() // SplitMix64
    {
        state_ += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(nextBits() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // [0, n) without modulo bias worth mentioning for the n used here (< 2^40).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : static_cast<std::uint64_t>(uniform() * double(n)) % n; }
    bool coin() { return (nextBits() >> 63) != 0; }
    double normal() // Box-Muller
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    // Marsaglia and Tsang (2000); shape < 1 through Gamma(shape + 1) * U^(1 / shape).
    double gamma(double shape)
    {
        if (shape < 1)
            return gamma(shape + 1) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = 1.0 - uniform();
            if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a), y = gamma(b);
        return x + y > 0 ? x / (x + y) : 0.5;
    }

private:
    std::uint64_t state_;
};

} // namespace tagscope
