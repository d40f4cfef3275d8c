// tagscope-cli devices [--json]: what LibTorch can compute on here.
#include "torch_plugin_commands.h"

#include "models/device.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

void addDevicesCommand(CLI::App& app)
{
    auto json = std::make_shared<bool>(false);
    CLI::App* devices = app.add_subcommand("devices", "List the compute devices LibTorch can use (CPU, CUDA GPUs)");
    devices->add_flag("--json", *json, "Print one JSON object");
    devices->callback([json] {
        tagscope::setTorchThreads();
        const auto list = tagscope::availableDevices();
        if (*json) {
            nlohmann::json out{{"torch_version", tagscope::torchVersion()}, {"threads", tagscope::torchThreads()}};
            out["devices"] = nlohmann::json::array();
            for (const auto& device : list)
                out["devices"].push_back({{"id", device.id}, {"label", device.label}});
            std::cout << out.dump(2) << '\n';
            return;
        }
        std::printf("LibTorch %s\n", tagscope::torchVersion().c_str());
        for (const auto& device : list)
            std::printf("  %-8s %s\n", device.id.c_str(), device.label.c_str());
    });
}
