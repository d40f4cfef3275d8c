#include "training_config_file.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <stdexcept>

namespace {

// "lr=0.01", "backbone.name=resnet18", "augmentation.flip=false": the value is parsed as JSON when it can be.
void applyOverride(nlohmann::json& config, const std::string& assignment)
{
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
        throw std::runtime_error("--set expects key=value, not '" + assignment + "'");
    nlohmann::json value;
    const std::string text = assignment.substr(equals + 1);
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
        value = text;
    }
    nlohmann::json* node = &config;
    std::string key = assignment.substr(0, equals);
    for (std::size_t dot; (dot = key.find('.')) != std::string::npos; key = key.substr(dot + 1)) {
        node = &(*node)[key.substr(0, dot)];
        if (!node->is_object() && !node->is_null())
            throw std::runtime_error("--set " + assignment + ": '" + assignment.substr(0, equals - key.size() + dot) +
                                     "' is a value, not a group of keys");
    }
    (*node)[key] = value;
}

// Whether `text` holds `word` (a config key) as a whole word.
bool mentions(const std::string& text, const std::string& word)
{
    const auto isKeyCharacter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        if ((at == 0 || !isKeyCharacter(text[at - 1])) && (at + word.size() == text.size() || !isKeyCharacter(text[at + word.size()])))
            return true;
    return false;
}

// The config file with the --set overrides applied, validated. An error is blamed on the --set that brings it in
// when it names that key, otherwise on the file (which may leave out what --set gives, such as the dataset).
tagscope::TrainingConfig validatedConfig(nlohmann::json json, const std::vector<std::string>& overrides, const std::string& file)
{
    if (!json.is_object())
        throw std::runtime_error(file + ": expected a JSON object");
    auto problem = [](const nlohmann::json& candidate) -> std::string {
        try {
            tagscope::trainingConfigFromJson(candidate);
            return {};
        } catch (const std::invalid_argument& error) {
            return error.what();
        }
    };
    std::vector<std::string> problems{problem(json)};
    for (const std::string& assignment : overrides) {
        applyOverride(json, assignment);
        problems.push_back(problem(json));
    }
    const std::string& error = problems.back();
    if (error.empty())
        return tagscope::trainingConfigFromJson(json);
    std::size_t source = problems.size() - 1; // the first override after which the config fails this way
    while (source > 0 && problems[source - 1] == error)
        --source;
    if (source > 0) {
        const std::string& assignment = overrides[source - 1];
        const std::string key = assignment.substr(0, assignment.find('='));
        if (mentions(error, key.substr(0, key.find('.'))) || mentions(error, key.substr(key.rfind('.') + 1)))
            throw std::runtime_error("--set " + assignment + ": " + error);
    }
    throw std::runtime_error(file + ": " + error);
}

} // namespace

tagscope::TrainingConfig readTrainingConfigFile(const std::string& file, const std::vector<std::string>& overrides)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file + ": cannot open the training config");
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& error) {
        throw std::runtime_error(file + ": not valid JSON (" + error.what() + ")");
    }
    return validatedConfig(json, overrides, file);
}
