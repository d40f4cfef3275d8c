#pragma once
// The --bands option shared by the commands that draw head / medium / tail bands.
#include <CLI/CLI.hpp>

// Refuses a bad band rule with the parser's message before the dataset is read.
CLI::Validator bandRuleValidator();

// Adds --bands RULE to `command`, stored in `rule` (empty: the default, absolute:100:20).
CLI::Option* addBandsOption(CLI::App* command, std::string& rule);
