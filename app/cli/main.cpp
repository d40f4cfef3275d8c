// tagscope-cli: everything the GUI computes, headless (GPU servers, CI, scripts).
#include "commands.h"
#include "plugin_commands.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    if (const Plugin* plugin = argc > 1 ? pluginOf(argv[1]) : nullptr)
        return runPluginCommand(*plugin, argc, argv);
    CLI::App app{"Tagscope: imbalanced multilabel image datasets, headless", "tagscope-cli"};
    app.set_version_flag("--version", TAGSCOPE_VERSION);
    app.require_subcommand(1);
    addInfoCommand(app);
    addFilterCommand(app);
    addLaunchCommand(app);
    addRunsCommand(app);
    addPcaCommand(app);
    addKnnCommand(app);
    addTsneCommand(app);
    addProjectorCommand(app);
    addReviewCommand(app);
    addDuplicatesCommand(app);
    addOutliersCommand(app);
    addNextCommand(app);
    addCorrectionsCommand(app);
    listPluginCommands(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "tagscope-cli: %s\n", error.what());
        return 1;
    }
    return 0;
}
