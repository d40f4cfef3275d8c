// libFuzzer target for run configs (training/training_config.*): JSON text as `tagscope-cli train --config`
// reads it. A config either fails with std::invalid_argument naming the key, or is accepted; an accepted
// config written back with toJson() must read back to the same config.
#include "training/training_config.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const nlohmann::json json = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded())
        return 0;
    tagscope::TrainingConfig config;
    try {
        config = tagscope::trainingConfigFromJson(json);
    } catch (const std::invalid_argument&) {
        return 0;
    }
    const nlohmann::json written = tagscope::toJson(config);
    if (tagscope::toJson(tagscope::trainingConfigFromJson(written)) != written) {
        std::fprintf(stderr, "a config written by toJson reads back different:\n%s\n", written.dump(2).c_str());
        std::abort();
    }
    return 0;
}
