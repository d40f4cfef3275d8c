#pragma once
// Every loss Tagscope trains with, described once: the CLI validates configs against these descriptions and
// the GUI builds its parameter form from them (defaults, ranges, help).
#include "losses/loss.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tagscope {

struct LossParameter {
    enum class Type { Number, Integer, Flag, Choice, NumberList }; // NumberList: optional, empty by default
    std::string name;
    Type type = Type::Number;
    double defaultValue = 0; // Number, Integer, Flag (0 / 1)
    double minimum = 0;
    double maximum = 0;
    std::vector<std::string> choices; // Choice: the first is the default
    std::string help;
    std::optional<double> offValue; // Number: a value outside [minimum, maximum] that turns the parameter off
};

struct LossDescription {
    std::string name;    // "asl"
    std::string title;   // "Asymmetric Loss (ASL)"
    std::string family;  // "multilabel" or "metric"
    std::string summary; // when to use it
    std::vector<LossParameter> parameters;
    bool needsClassCounts = false;
};

// Validated parameter values: every parameter present, in range, of the right type.
class LossParameters {
public:
    LossParameters() = default;
    explicit LossParameters(nlohmann::json values) : values_(std::move(values)) {}
    double number(const std::string& name) const { return values_.at(name).get<double>(); }
    std::vector<double> numbers(const std::string& name) const { return values_.at(name).get<std::vector<double>>(); }
    bool flag(const std::string& name) const { return values_.at(name).get<bool>(); }
    std::string choice(const std::string& name) const { return values_.at(name).get<std::string>(); }
    const nlohmann::json& json() const { return values_; }

private:
    nlohmann::json values_;
};

using LossFactory = std::function<std::unique_ptr<Loss>(const LossParameters&, const LossContext&)>;

struct RegisteredLoss {
    LossDescription description;
    LossFactory create;
};

const std::vector<RegisteredLoss>& lossRegistry();
const RegisteredLoss* findLoss(const std::string& name);

// Fills in defaults and checks `given` (a JSON object) against the description; throws std::invalid_argument
// with a message naming the parameter (unknown key, wrong type, out of range, not a listed choice).
LossParameters validateLossParameters(const LossDescription& description, const nlohmann::json& given);

// Throws std::invalid_argument for an unknown name or bad parameters, and when a loss needs class counts
// that the context lacks.
std::unique_ptr<Loss> createLoss(const std::string& name, const nlohmann::json& parameters, const LossContext& context = {});

} // namespace tagscope
