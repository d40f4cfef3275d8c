// A libFuzzer entry point for one harness of fuzz_harnesses.h, chosen at compile time (TAGSCOPE_FUZZ_HARNESS).
#include "fuzz_harnesses.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        tagscope::fuzz::TAGSCOPE_FUZZ_HARNESS(data, size);
    } catch (const tagscope::fuzz::HarnessFailure& failure) {
        std::fprintf(stderr, "harness property broken: %s\n", failure.what());
        std::abort();
    }
    return 0;
}
