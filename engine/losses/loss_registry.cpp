#include "losses/loss_registry.h"

#include "losses/metric/metric_losses.h"
#include "losses/multilabel/multilabel_losses.h"

#include <cmath>
#include <stdexcept>

namespace tagscope {

const std::vector<RegisteredLoss>& lossRegistry()
{
    static const std::vector<RegisteredLoss> registry = {
        bceLossEntry(), focalLossEntry(), asymmetricLossEntry(), distributionBalancedLossEntry(), partialLabelLossEntry(),
        contrastiveLossEntry(), tripletLossEntry(), quadrupletLossEntry(), sphereFaceLossEntry(), cosFaceLossEntry(),
        arcFaceLossEntry(), proxyNcaLossEntry(), proxyNcaPlusPlusLossEntry(), intraBatchLossEntry(),
    };
    return registry;
}

const RegisteredLoss* findLoss(const std::string& name)
{
    for (const RegisteredLoss& entry : lossRegistry())
        if (entry.description.name == name)
            return &entry;
    return nullptr;
}

namespace {

nlohmann::json checkedValue(const LossDescription& loss, const LossParameter& p, const nlohmann::json& value)
{
    const std::string where = loss.name + ": parameter '" + p.name + "'";
    switch (p.type) {
    case LossParameter::Type::Flag:
        if (value.is_boolean())
            return value;
        if (value.is_number_integer() && (value.get<int>() == 0 || value.get<int>() == 1))
            return value.get<int>() == 1;
        throw std::invalid_argument(where + " must be true or false");
    case LossParameter::Type::Choice: {
        if (!value.is_string())
            throw std::invalid_argument(where + " must be a string");
        for (const std::string& choice : p.choices)
            if (choice == value.get<std::string>())
                return value;
        std::string list;
        for (const std::string& choice : p.choices)
            list += (list.empty() ? "" : ", ") + choice;
        throw std::invalid_argument(where + " must be one of " + list + ", not '" + value.get<std::string>() + "'");
    }
    case LossParameter::Type::NumberList: {
        if (value.is_number() && p.name == "pos_weight")
            return nlohmann::json::array({value}); // one weight for every tag
        if (!value.is_array())
            throw std::invalid_argument(where + " must be a list of numbers");
        for (const auto& item : value)
            if (!item.is_number() || !std::isfinite(item.get<double>()) || item.get<double>() < p.minimum || item.get<double>() > p.maximum)
                throw std::invalid_argument(where + " must hold numbers in [" + nlohmann::json(p.minimum).dump() + ", " +
                                            nlohmann::json(p.maximum).dump() + "]");
        return value;
    }
    case LossParameter::Type::Number:
    case LossParameter::Type::Integer: {
        if (!value.is_number())
            throw std::invalid_argument(where + " must be a number");
        const double number = value.get<double>();
        if (p.offValue && number == *p.offValue)
            return number;
        if (!std::isfinite(number) || number < p.minimum || number > p.maximum)
            throw std::invalid_argument(where + " = " + value.dump() + " is outside [" + nlohmann::json(p.minimum).dump() + ", " +
                                        nlohmann::json(p.maximum).dump() + "]" +
                                        (p.offValue ? " (or " + nlohmann::json(*p.offValue).dump() + " for off)" : std::string()));
        if (p.type == LossParameter::Type::Integer && number != std::floor(number))
            throw std::invalid_argument(where + " must be a whole number");
        return number;
    }
    }
    return value;
}

nlohmann::json defaultValue(const LossParameter& p)
{
    switch (p.type) {
    case LossParameter::Type::Flag: return p.defaultValue != 0;
    case LossParameter::Type::Choice: return p.choices.front();
    case LossParameter::Type::NumberList: return nlohmann::json::array();
    case LossParameter::Type::Number:
    case LossParameter::Type::Integer: break;
    }
    return p.defaultValue;
}

} // namespace

LossParameters validateLossParameters(const LossDescription& description, const nlohmann::json& given)
{
    if (!given.is_null() && !given.is_object())
        throw std::invalid_argument(description.name + ": parameters must be a JSON object");
    nlohmann::json values = nlohmann::json::object();
    for (const LossParameter& p : description.parameters)
        values[p.name] = defaultValue(p);
    if (given.is_object()) {
        for (const auto& [key, value] : given.items()) {
            const LossParameter* parameter = nullptr;
            for (const LossParameter& p : description.parameters)
                if (p.name == key)
                    parameter = &p;
            if (!parameter) {
                std::string known;
                for (const LossParameter& p : description.parameters)
                    known += (known.empty() ? "" : ", ") + p.name;
                throw std::invalid_argument(description.name + ": unknown parameter '" + key + "' (known: " + known + ")");
            }
            values[key] = checkedValue(description, *parameter, value);
        }
    }
    return LossParameters(std::move(values));
}

std::unique_ptr<Loss> createLoss(const std::string& name, const nlohmann::json& parameters, const LossContext& context)
{
    const RegisteredLoss* entry = findLoss(name);
    if (!entry) {
        std::string known;
        for (const RegisteredLoss& loss : lossRegistry())
            known += (known.empty() ? "" : ", ") + loss.description.name;
        throw std::invalid_argument("unknown loss '" + name + "' (known: " + known + ")");
    }
    const LossParameters values = validateLossParameters(entry->description, parameters);
    const bool countsInParameters = values.json().contains("class_counts") && !values.numbers("class_counts").empty();
    if (entry->description.needsClassCounts && context.classPositives.empty() && !countsInParameters)
        throw std::invalid_argument(name + ": needs the per-tag positive counts of the training split (or class_counts and num_samples)");
    return entry->create(values, context);
}

} // namespace tagscope
