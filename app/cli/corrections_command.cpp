// tagscope-cli corrections DATASET [--set IMAGE TAG positive|negative] [--unset IMAGE TAG] [--leave-out IMAGE]
// [--keep IMAGE] [--clear] [--import FILE] [--export FILE] [--list] [--json]: the review decisions kept for a dataset
// in the user's data folder (engine/quality/corrections.h), which every command opening the dataset applies.
#include "commands.h"
#include "console_progress.h"

#include "dataset/dataset_opener.h"
#include "dataset/image_lookup.h"
#include "quality/corrections.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct CorrectionsOptions {
    std::string dataset;
    std::vector<std::vector<std::string>> set;   // IMAGE TAG STATE
    std::vector<std::vector<std::string>> unset; // IMAGE TAG
    std::vector<std::string> leaveOut, keep;
    std::string importFile, exportFile;
    bool clear = false;
    bool list = false;
    bool json = false;
    bool quiet = false;
};

std::size_t imageOf(const Dataset& dataset, const ImageLookup& images, const std::string& name)
{
    if (const std::optional<std::size_t> image = images.find(name))
        return *image;
    throw std::runtime_error(dataset.root() + ": no image \"" + name + "\" (give its ImageID, or its path relative to the dataset folder)");
}

// A LabelName, or a display name that only one tag has.
std::uint32_t tagOf(const Dataset& dataset, const std::string& name)
{
    if (const std::optional<std::uint32_t> tag = dataset.findTag(name))
        return *tag;
    std::optional<std::uint32_t> found;
    for (std::uint32_t t = 0; t < dataset.tagCount(); ++t)
        if (dataset.tag(t).displayName == name) {
            if (found)
                throw std::runtime_error(dataset.root() + ": several tags are called \"" + name + "\"; give the LabelName (" +
                                         dataset.tag(*found).labelName + ", " + dataset.tag(t).labelName + ", ...)");
            found = t;
        }
    if (!found)
        throw std::runtime_error(dataset.root() + ": no tag \"" + name + "\" (give a LabelName or a display name)");
    return *found;
}

LabelState stateOf(const std::string& text)
{
    if (text == "positive" || text == "1")
        return LabelState::Positive;
    if (text == "negative" || text == "0")
        return LabelState::Negative;
    throw std::runtime_error("--set: \"" + text + "\" is neither positive nor negative");
}

std::string displayNameOf(const Dataset& dataset, const std::string& labelName)
{
    const std::optional<std::uint32_t> tag = dataset.findTag(labelName);
    return tag ? dataset.tag(*tag).displayName : std::string();
}

void print(const CorrectionStore& store, const Dataset& dataset, const CorrectionsOptions& o, std::size_t unanswered)
{
    const std::vector<LabelDecision> labels = store.labels();
    std::size_t positive = 0;
    for (const LabelDecision& d : labels)
        positive += d.state == LabelState::Positive;
    if (o.json) {
        nlohmann::json out;
        out["dataset"] = dataset.root();
        out["folder"] = store.folder();
        out["label_file"] = store.labelFile();
        out["left_out_file"] = store.leftOutFile();
        out["hash"] = store.hash().empty() ? nlohmann::json(nullptr) : nlohmann::json(store.hash());
        out["counts"] = {{"labels", labels.size()}, {"positive", positive}, {"negative", labels.size() - positive},
                         {"left_out", store.leftOutCount()}};
        if (!o.importFile.empty())
            out["unanswered"] = unanswered;
        if (o.list) {
            nlohmann::json rows = nlohmann::json::array();
            for (const LabelDecision& d : labels)
                rows.push_back({{"image", d.image}, {"tag", d.labelName}, {"name", displayNameOf(dataset, d.labelName)},
                                {"state", d.state == LabelState::Positive ? "positive" : "negative"}});
            out["labels"] = std::move(rows);
            out["left_out"] = store.leftOut();
        }
        nlohmann::json issues = nlohmann::json::array();
        for (const CorrectionIssue& issue : store.issues())
            issues.push_back({{"file", issue.file}, {"line", issue.line}, {"message", issue.message}});
        out["issues"] = std::move(issues);
        std::cout << out.dump(2) << '\n';
        return;
    }
    if (o.list) {
        for (const LabelDecision& d : labels)
            std::printf("%s\t%s\t%s\t%s\n", d.image.c_str(), d.labelName.c_str(), displayNameOf(dataset, d.labelName).c_str(),
                        d.state == LabelState::Positive ? "positive" : "negative");
        for (const std::string& image : store.leftOut())
            std::printf("%s\tleft out\n", image.c_str());
    }
    std::printf("%zu label decisions (%zu positive, %zu negative), %zu images left out, in %s\n", labels.size(), positive,
                labels.size() - positive, store.leftOutCount(), store.folder().c_str());
    if (unanswered)
        std::printf("%zu rows without a Confidence (questions not answered) were skipped\n", unanswered);
}

void runCorrections(const CorrectionsOptions& o)
{
    OpenOptions open;
    open.applyCorrections = false; // decisions are checked against the annotations, left-out images included
    OpenResult opened = openDataset(o.dataset, open, consoleProgress(o.quiet));
    finishConsoleProgress(o.quiet);
    const Dataset& dataset = opened.import.dataset;
    CorrectionStore store(defaultCorrectionsFolder(o.dataset));
    for (const CorrectionIssue& issue : store.issues())
        std::fprintf(stderr, "warning: %s\n", formatIssue(issue).c_str());

    // Everything is checked before anything is written.
    const ImageLookup images(dataset);
    std::size_t unanswered = 0;
    std::vector<LabelDecision> decisions;
    if (!o.importFile.empty())
        decisions = readDecisionFile(o.importFile, dataset, &unanswered);
    for (const std::vector<std::string>& s : o.set)
        decisions.push_back({dataset.imageName(imageOf(dataset, images, s.at(0))), dataset.tag(tagOf(dataset, s.at(1))).labelName, stateOf(s.at(2))});
    std::vector<std::pair<std::string, std::string>> withdrawn;
    for (const std::vector<std::string>& u : o.unset)
        withdrawn.emplace_back(dataset.imageName(imageOf(dataset, images, u.at(0))), dataset.tag(tagOf(dataset, u.at(1))).labelName);
    std::vector<std::string> leftOut, kept;
    for (const std::string& name : o.leaveOut)
        leftOut.push_back(dataset.imageName(imageOf(dataset, images, name)));
    for (const std::string& name : o.keep)
        kept.push_back(dataset.imageName(imageOf(dataset, images, name)));

    if (o.clear) { // before the other changes, so that --clear --import FILE leaves exactly the file's decisions
        std::vector<std::pair<std::string, std::string>> everyLabel;
        for (const LabelDecision& d : store.labels())
            everyLabel.emplace_back(d.image, d.labelName);
        store.withdraw(everyLabel);
        store.keep(store.leftOut());
    }
    store.decide(decisions);
    store.withdraw(withdrawn);
    store.leaveOut(leftOut);
    store.keep(kept);
    if (!o.exportFile.empty())
        store.exportLabels(o.exportFile);
    print(store, dataset, o, unanswered);
}

} // namespace

void addCorrectionsCommand(CLI::App& app)
{
    auto o = std::make_shared<CorrectionsOptions>();
    CLI::App* command = app.add_subcommand(
        "corrections", "Review decisions on a dataset's labels, applied whenever the dataset is opened: set a label, "
                       "leave an image out, list, import or export them as an Open Images human-label file");
    command->add_option("dataset", o->dataset, "Dataset folder or file")->required();
    command->add_option("--set", o->set, "Set a label: IMAGE TAG positive|negative (IMAGE: ImageID or relative path; TAG: "
                                         "LabelName or display name); repeatable")
        ->expected(3)
        ->type_name("IMAGE TAG STATE");
    command->add_option("--unset", o->unset, "Withdraw the decision on a label: IMAGE TAG; repeatable")->expected(2)->type_name("IMAGE TAG");
    command->add_option("--leave-out", o->leaveOut, "Open the dataset without this image (a duplicate, a leak); repeatable")
        ->type_name("IMAGE")
        ->allow_extra_args(false);
    command->add_option("--keep", o->keep, "Take a left-out image back; repeatable")->type_name("IMAGE")->allow_extra_args(false);
    command->add_option("--import", o->importFile,
                        "Add the decisions of an Open Images human-label file (ImageID,Source,LabelName,Confidence; rows "
                        "without a Confidence are skipped)");
    command->add_option("--export", o->exportFile, "Write the label decisions as an Open Images human-label file");
    command->add_flag("--clear", o->clear,
                      "Withdraw every decision and take back every left-out image first (with --import: replace them "
                      "with the file's)");
    command->add_flag("--list", o->list, "List every decision");
    command->add_flag("--json", o->json, "Print one JSON object");
    command->add_flag("--quiet", o->quiet, "No progress on stderr");
    command->callback([o] { runCorrections(*o); });
}
