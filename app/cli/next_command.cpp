// tagscope-cli next DATASET --scores SCORES.npy --embeddings EMB.npy ... --budget B [--tags L1,L2,...|--band tail,medium]
// [--csv OUT] [--in-sample] [--bands RULE] [--json]: the B images to send to annotators next (uncertainty x class
// balance x diversity, engine/quality/README.md), each with its questions; --csv writes them in the Open Images
// human-label layout (ImageID,Source,LabelName,Confidence, the confidence left for the annotator).
#include "band_option.h"
#include "commands.h"
#include "console_progress.h"
#include "open_dataset.h"
#include "text_columns.h"

#include "dataset/dataset_opener.h"
#include "quality/annotator_questions.h"
#include "quality/label_selection.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>

using namespace tagscope;

namespace {

struct NextOptions {
    std::string dataset;
    std::string scores;
    std::vector<std::string> embeddings;
    std::size_t budget = 0;
    std::vector<std::string> tags;  // LabelNames
    std::vector<std::string> bands; // head, medium, tail
    std::string csv;
    bool inSample = false;
    std::string bandRule;
    bool noCache = false;
    bool json = false;
    bool quiet = false;
};

// The score columns of the tags asked about: --tags, else the tags of --band (default medium and tail).
std::vector<std::uint32_t> chosenColumns(const NextOptions& o, const ScoreFile& scores, const Dataset& dataset, const std::vector<TagBand>& bands)
{
    std::vector<std::uint32_t> columns;
    if (!o.tags.empty()) {
        for (const std::string& name : o.tags) {
            const auto tag = dataset.findTag(name);
            if (!tag)
                throw std::runtime_error("--tags " + name + ": not a LabelName of the dataset " + dataset.root());
            const auto at = std::find(scores.columnTags().begin(), scores.columnTags().end(), *tag);
            if (at == scores.columnTags().end())
                throw std::runtime_error("--tags " + name + ": the tag has no column in " + scores.path());
            columns.push_back(static_cast<std::uint32_t>(at - scores.columnTags().begin()));
        }
    } else {
        std::vector<TagBand> wanted;
        for (const std::string& band : o.bands) {
            if (band != "head" && band != "medium" && band != "tail")
                throw std::runtime_error("--band " + band + ": use head, medium or tail");
            wanted.push_back(band == "head" ? TagBand::Head : band == "medium" ? TagBand::Medium : TagBand::Tail);
        }
        columns = columnsInBands(bands, wanted.empty() ? defaultSelectionBands() : wanted);
        if (columns.empty())
            throw std::runtime_error("no scored tag is in the band(s) asked for; name tags with --tags or other bands with --band");
    }
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    return columns;
}

int runNext(const NextOptions& o)
{
    OpenOptions open;
    open.useCache = !o.noCache;
    const OpenResult opened = openDatasetForCommand(o.dataset, open, o.quiet);
    const Dataset& dataset = opened.import.dataset;
    const ScoreFile scores(o.scores, dataset);
    if (scores.inSample() && !o.inSample)
        throw std::runtime_error(o.scores + ": in-sample scores (from a model that trained on these images) are over-confident; use "
                                 "out-of-fold scores (crossval), or pass --in-sample to use them anyway");
    const bool inSample = scores.inSample() || o.inSample;
    const NamedEmbedding embedding = readNamedEmbedding(o.embeddings, o.dataset, dataset);
    const BandRule rule = o.bandRule.empty() ? BandRule{} : *parseBandRule(o.bandRule, nullptr); // checked by the option
    const std::vector<TagBand> bands = columnBands(scores, dataset, rule);
    const std::vector<std::uint32_t> columns = chosenColumns(o, scores, dataset, bands);
    CancelToken cancel;
    const InterruptCancels interrupts(cancel);
    const ProgressCallback progress = consoleProgress(o.quiet);
    const std::optional<std::vector<TagReview>> tags = scoreThresholds(scores, bands, progress, &cancel);
    std::optional<std::vector<ImageToLabel>> chosen;
    if (tags)
        chosen = selectImagesToLabel(scores, *tags, embedding, columns, o.budget, progress, &cancel);
    finishConsoleProgress(o.quiet);
    if (!chosen) {
        std::fprintf(stderr, "cancelled; nothing chosen\n");
        return 130;
    }
    if (!o.csv.empty())
        writeAnnotatorQuestions(o.csv, *chosen, scores, dataset);
    const auto tagName = [&](std::uint32_t column) { return dataset.tag(scores.columnTag(column)).labelName; };
    if (o.json) {
        nlohmann::json images = nlohmann::json::array();
        for (const ImageToLabel& image : *chosen) {
            nlohmann::json questions = nlohmann::json::array();
            for (const LabelQuestion& question : image.questions)
                questions.push_back({{"tag", tagName(question.column)}, {"uncertainty", question.uncertainty}});
            images.push_back({{"image", dataset.imageName(image.image)}, {"utility", image.utility}, {"questions", std::move(questions)}});
        }
        nlohmann::json out = {{"images", std::move(images)}};
        if (inSample)
            out["in_sample"] = true;
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    std::size_t questions = 0;
    for (const ImageToLabel& image : *chosen)
        questions += image.questions.size();
    std::printf("%zu images to label next (of a budget of %zu), %zu questions on %zu tags%s\n", chosen->size(), o.budget, questions,
                columns.size(), inSample ? ", from in-sample scores" : "");
    for (const ImageToLabel& image : *chosen) {
        std::string asked;
        for (std::size_t q = 0; q < image.questions.size() && q < 5; ++q)
            asked += (q ? ", " : "") + dataset.tag(scores.columnTag(image.questions[q].column)).displayName;
        if (image.questions.size() > 5)
            asked += ", ... (" + std::to_string(image.questions.size()) + " in all)";
        std::printf("  %-24s utility %.4f  %s\n", dataset.imageName(image.image).c_str(), image.utility, asked.c_str());
    }
    if (!o.csv.empty())
        std::printf("Questions written to %s\n", o.csv.c_str());
    return 0;
}

} // namespace

void addNextCommand(CLI::App& app)
{
    auto o = std::make_shared<NextOptions>();
    CLI::App* next = app.add_subcommand("next", "The images to label next: uncertain, of rare tags, and unlike each other");
    next->add_option("dataset", o->dataset, "Dataset folder or file")->required();
    next->add_option("--scores", o->scores, "Probabilities, images x tags float32 (.npy), rows named by SCORES.images.npy or SCORES.json")
        ->required();
    next->add_option("--embeddings", o->embeddings, "Embedding (.npy), rows named by EMB.images.npy or EMB.json; repeat for one per split")
        ->required();
    next->add_option("--budget", o->budget, "How many images to choose")->required()->check(CLI::PositiveNumber);
    CLI::Option* tags = next->add_option("--tags", o->tags, "Ask only about these tags (LabelNames, comma-separated)")->delimiter(',');
    CLI::Option* band = next->add_option("--band", o->bands, "Ask about the tags of these bands (comma-separated; default medium,tail)")->delimiter(',');
    next->add_option("--csv", o->csv, "Write the questions as an Open Images human-label CSV for annotators");
    next->add_flag("--in-sample", o->inSample, "Accept scores from a model that trained on these images (outputs say so)");
    addBandsOption(next, o->bandRule);
    next->add_flag("--no-cache", o->noCache, "Parse the dataset's source files even when its cache is current");
    next->add_flag("--json", o->json, "Print one JSON object");
    next->add_flag("--quiet", o->quiet, "No progress on stderr");
    tags->excludes(band);
    next->callback([o] {
        const int code = runNext(*o);
        if (code != 0)
            throw CLI::RuntimeError(code);
    });
}
