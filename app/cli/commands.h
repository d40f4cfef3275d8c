#pragma once
// Each tagscope-cli subcommand registers itself on the app; main() only wires them up.
namespace CLI {
class App;
}

void addInfoCommand(CLI::App& app);
void addFilterCommand(CLI::App& app);
void addLaunchCommand(CLI::App& app);
void addRunsCommand(CLI::App& app);
void addPcaCommand(CLI::App& app);
void addKnnCommand(CLI::App& app);
void addTsneCommand(CLI::App& app);
void addProjectorCommand(CLI::App& app);
void addReviewCommand(CLI::App& app);
void addDuplicatesCommand(CLI::App& app);
void addOutliersCommand(CLI::App& app);
void addNextCommand(CLI::App& app);
void addCorrectionsCommand(CLI::App& app);
