// Entry point of libtagscope_cli_images.so: the tagscope-cli commands that encode or decode images (OpenCV).
#include "image_plugin_commands.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

extern "C" __attribute__((visibility("default"))) int tagscope_cli_images_main(int argc, char** argv)
{
    CLI::App app{"Tagscope: imbalanced multilabel image datasets, headless", "tagscope-cli"};
    app.require_subcommand(1);
    addDemoCommand(app);
    addSynthCommand(app);
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
