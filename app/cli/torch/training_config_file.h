#pragma once
// A training config file as tagscope-cli train and crossval read it: JSON, with --set key=value overrides applied,
// validated; an error is blamed on the --set that brings it in or on the file.
#include "training/training_config.h"

#include <string>
#include <vector>

// Throws std::runtime_error naming the file (unreadable, not JSON, invalid) or the --set at fault.
tagscope::TrainingConfig readTrainingConfigFile(const std::string& file, const std::vector<std::string>& overrides);
