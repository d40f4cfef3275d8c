#include "band_option.h"

#include "dataset/band_rule.h"

CLI::Validator bandRuleValidator()
{
    return CLI::Validator(
        [](std::string& text) {
            std::string error;
            return tagscope::parseBandRule(text, &error) ? std::string() : error;
        },
        "RULE");
}

CLI::Option* addBandsOption(CLI::App* command, std::string& rule)
{
    return command
        ->add_option("--bands", rule, "Band rule: absolute:HEAD_ABOVE:TAIL_BELOW, quantile:HEAD_SHARE:TAIL_SHARE, absolute or thirds")
        ->check(bandRuleValidator());
}
