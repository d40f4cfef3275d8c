#pragma once
// Subcommands compiled into the LibTorch plugin; each registers itself on the plugin's app.
namespace CLI {
class App;
}

void addDevicesCommand(CLI::App& app);
void addLossCommand(CLI::App& app);
void addTrainCommand(CLI::App& app);
void addRetrievalCommand(CLI::App& app);
void addEmbedCommand(CLI::App& app);
void addPredictCommand(CLI::App& app);
void addCrossvalCommand(CLI::App& app);
