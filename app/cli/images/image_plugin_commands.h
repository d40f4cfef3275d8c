#pragma once
// Subcommands compiled into the image plugin (the OpenCV users); each registers itself on the plugin's app.
namespace CLI {
class App;
}

void addDemoCommand(CLI::App& app);
void addSynthCommand(CLI::App& app);
