#pragma once
// Near duplicates of a large set by random-hyperplane hashing (Charikar, "Similarity estimation techniques from
// rounding algorithms", STOC 2002). A table hashes each row to the signs of its dot products with k random
// hyperplanes; two rows at angle theta agree on one sign with probability 1 - theta / pi, so a pair at cosine
// distance tau shares a bucket of one table with probability p^k, and of at least one of L tables with
// 1 - (1 - p^k)^L. Only rows that share a bucket are compared, exactly (quality/README.md).
#include "common/progress.h"
#include "embedding/float_matrix.h"
#include "quality/near_duplicates.h"

#include <optional>
#include <vector>

namespace tagscope {

// The chance that a pair at exactly cosine distance tau shares a bucket of some table (closer pairs: more).
constexpr double kHashedDuplicateRecall = 0.99;

struct DuplicateHashing {
    int bits = 0;              // k: hyperplanes per table
    int tables = 0;            // L
    double recallAtTau = 0;    // 1 - (1 - p^k)^L for a pair at distance tau
    double comparedPairs = 0;  // pairs of rows expected to share a bucket over all tables
    bool exactIsCheaper = false; // all pairs cost less than the tables (few rows, or a tau too wide to hash)
};

// Bits and tables for `unit` at `tau`: the k minimising the work of hashing and of comparing bucket mates, where
// the bucket sizes come from one trial table hashed on the data itself (clustered embeddings fill buckets that
// random directions would not), and L the fewest tables that reach `recall` at tau.
DuplicateHashing planDuplicateHashing(const FloatMatrix& unit, double tau, double recall = kHashedDuplicateRecall, int threads = 0);

// Every pair with cosine distance <= tau that shares a bucket of one of the plan's tables, ordered as
// nearDuplicatePairs orders them (each distance recomputed in double precision). A bucket larger than a few dozen
// rows is searched with the exact blocked kernel. Runs the exact search when the plan says it is cheaper.
// nullopt when cancelled; `plan` (optional) receives the plan used.
std::optional<std::vector<RowPair>> hashedDuplicatePairs(const FloatMatrix& unit, double tau, int threads = 0,
                                                         const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr,
                                                         DuplicateHashing* plan = nullptr);

} // namespace tagscope
