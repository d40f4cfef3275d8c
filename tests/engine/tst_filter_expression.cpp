// Filter expressions: how they are read (precedence, quoting, errors with columns), how names bind to
// tags, and what they select: random expression trees against a brute-force scan with Dataset::labelState.
#include "cli_runner.h"
#include "dataset/filter_evaluator.h"
#include "dataset/filter_expression.h"
#include "dataset/image_name_match.h"
#include "dataset/tag_index.h"
#include "dataset/tag_search.h"
#include "quality/corrections.h"
#include "random_dataset.h"
#include "test_files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cctype>
#include <numeric>
#include <random>
#include <unordered_map>

using namespace tagscope;

namespace {

// 6 images (ImageIDs 1..6), splits train x4, validation, test.
//          Person  Human face      Cat             T-shirt  Say "cheese"
// image 0  +       -               machine 0.9 (+)
// image 1  +                       +
// image 2  +       machine 0.3 (?)
// image 3  -                                       +
// image 4  +       +                                        +
// image 5                          -
// Two tags share the display name "Apple" and have no labels.
Dataset handMadeDataset()
{
    DatasetContents c;
    c.format = "test";
    c.tags = {{"/m/person", "Person"}, {"/m/hf", "Human face"}, {"/m/cat", "Cat"},        {"/m/apple1", "Apple"},
              {"/m/apple2", "Apple"},   {"/m/tshirt", "T-shirt"}, {"/m/cheese", "Say \"cheese\""}};
    c.imageIds = {1, 2, 3, 4, 5, 6};
    c.imageSplits = {0, 0, 0, 0, 1, 2};
    const auto P = static_cast<std::uint8_t>(LabelState::Positive);
    const auto N = static_cast<std::uint8_t>(LabelState::Negative);
    const auto M = static_cast<std::uint8_t>(label_flags::kHasMachineConfidence);
    c.labelOffsets = {0, 3, 5, 7, 9, 12, 13};
    c.labelTags = {0, 1, 2, 0, 2, 0, 1, 0, 5, 0, 1, 6, 2};
    c.labelFlags = {P, N, std::uint8_t(P | M), P, P, P, M, N, P, P, P, P, N};
    c.labelConfidence = {1, 0, 0.9f, 1, 1, 1, 0.3f, 0, 1, 1, 1, 1, 0};
    return Dataset(std::move(c));
}

// A random expression tree, kept apart from FilterNode so that the brute force does not share its code.
struct Expr {
    enum Kind { Tag, SplitTerm, Name, Corrected, And, Or, Not } kind = Tag;
    std::vector<Expr> children;
    std::uint32_t tag = 0;
    TagCondition condition = TagCondition::Positive;
    bool anyMachine = false;
    float threshold = 0;
    std::string thresholdText;
    Split split = Split::Train;
    std::string text;
    bool anyTag = false; // Corrected: any tag rather than `tag`
};

// The corrected labels the random expressions are evaluated with (a random set, ordered by image and tag).
CorrectedLabels randomCorrections(const Dataset& dataset, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    CorrectedLabels labels;
    for (std::uint32_t image = 0; image < dataset.imageCount(); ++image) {
        if (random() % 20 != 0 || dataset.tagCount() == 0)
            continue;
        const auto first = static_cast<std::uint32_t>(random() % dataset.tagCount());
        const auto second = static_cast<std::uint32_t>(random() % dataset.tagCount());
        labels.push_back({image, std::min(first, second), LabelState::Unknown, LabelState::Positive});
        if (first != second)
            labels.push_back({image, std::max(first, second), LabelState::Negative, LabelState::Positive});
    }
    return labels;
}

// The brute force's own view of them: each image's corrected tags.
using CorrectedTags = std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>;
CorrectedTags correctedTagsOf(const CorrectedLabels& labels)
{
    CorrectedTags tags;
    for (const CorrectedLabel& l : labels)
        tags[l.image].push_back(l.tag);
    return tags;
}

bool hasCorrection(const CorrectedTags& corrected, std::uint32_t image, const Expr& e)
{
    const auto it = corrected.find(image);
    return it != corrected.end() && (e.anyTag || std::find(it->second.begin(), it->second.end(), e.tag) != it->second.end());
}

bool nameContains(const Dataset& dataset, std::size_t image, const std::string& text)
{
    return asciiLower(dataset.imageName(image)).find(asciiLower(text)) != std::string::npos;
}

bool matches(const Expr& e, const Dataset& dataset, std::uint32_t image, const CorrectedTags& corrected)
{
    switch (e.kind) {
    case Expr::Tag:
        switch (e.condition) {
        case TagCondition::Positive: return dataset.labelState(image, e.tag) == LabelState::Positive;
        case TagCondition::Negative: return dataset.labelState(image, e.tag) == LabelState::Negative;
        case TagCondition::Unknown: return dataset.labelState(image, e.tag) == LabelState::Unknown;
        case TagCondition::Machine: {
            if (!dataset.hasMachineConfidence())
                return false;
            const std::optional<float> confidence = dataset.machineConfidence(image, e.tag);
            return confidence && (e.anyMachine || *confidence >= e.threshold);
        }
        }
        return false;
    case Expr::SplitTerm: return dataset.imageSplit(image) == e.split;
    case Expr::Name: return nameContains(dataset, image, e.text);
    case Expr::Corrected: return hasCorrection(corrected, image, e);
    case Expr::And:
        return std::all_of(e.children.begin(), e.children.end(), [&](const Expr& c) { return matches(c, dataset, image, corrected); });
    case Expr::Or:
        return std::any_of(e.children.begin(), e.children.end(), [&](const Expr& c) { return matches(c, dataset, image, corrected); });
    case Expr::Not: return !matches(e.children.front(), dataset, image, corrected);
    }
    return false;
}

class ExpressionGenerator {
public:
    ExpressionGenerator(const Dataset& dataset, std::uint64_t seed) : dataset_(dataset), random_(seed) {}

    Expr tree(int terms)
    {
        Expr e;
        if (terms == 1) {
            e = term();
        } else {
            e.kind = chance(0.5) ? Expr::And : Expr::Or;
            const int parts = 2 + static_cast<int>(pick(std::min(terms, 3) - 1));
            int left = terms;
            for (int i = 0; i < parts; ++i) {
                const int share = i + 1 == parts ? left : 1 + static_cast<int>(pick(static_cast<std::size_t>(left - (parts - i))));
                e.children.push_back(tree(share));
                left -= share;
            }
        }
        if (chance(0.25)) {
            Expr negation;
            negation.kind = Expr::Not;
            negation.children.push_back(std::move(e));
            return negation;
        }
        return e;
    }

    std::string render(const Expr& e)
    {
        switch (e.kind) {
        case Expr::Tag: return tagText(e);
        case Expr::SplitTerm: return std::string(oneOf({"split:", "SPLIT:", "split: "})) + splitText(e.split);
        case Expr::Name: return "name:~\"" + e.text + "\"";
        case Expr::Corrected: {
            if (e.anyTag)
                return oneOf({"corrected", "CORRECTED", "Corrected"});
            return std::string(oneOf({"corrected:", "corrected: "})) + tagName(e);
        }
        case Expr::Not: {
            const Expr& child = e.children.front();
            const bool compound = child.kind == Expr::And || child.kind == Expr::Or;
            return std::string(oneOf({"NOT ", "not ", "!", "-", "! "})) + wrap(render(child), compound);
        }
        case Expr::And:
        case Expr::Or: break;
        }
        const bool isAnd = e.kind == Expr::And;
        std::string out;
        for (std::size_t i = 0; i < e.children.size(); ++i) {
            if (i)
                out += isAnd ? oneOf({" AND ", " and ", " & ", "&", " && "}) : oneOf({" OR ", " or ", " | ", "|", " || "});
            // OR inside AND needs parentheses; anything may get redundant ones.
            out += wrap(render(e.children[i]), isAnd && e.children[i].kind == Expr::Or);
        }
        return out;
    }

private:
    std::size_t pick(std::size_t n) { return n ? static_cast<std::size_t>(random_() % n) : 0; }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(random_) < p; }
    const char* oneOf(std::initializer_list<const char*> options) { return options.begin()[pick(options.size())]; }
    std::string wrap(std::string text, bool needed) { return needed || chance(0.15) ? "(" + text + ")" : text; }

    static const char* splitText(Split split)
    {
        return split == Split::Validation ? "val" : splitName(split);
    }

    Expr term()
    {
        Expr e;
        const double r = std::uniform_real_distribution<double>(0, 1)(random_);
        if (r < 0.15 && dataset_.imageCount()) {
            e.kind = Expr::Name;
            const std::string name = dataset_.imageName(pick(dataset_.imageCount()));
            const std::size_t length = 1 + pick(std::min<std::size_t>(name.size(), 5));
            e.text = name.substr(pick(name.size() - length + 1), length);
            // Sometimes another case (names match in any case), sometimes a text no name contains.
            if (chance(0.2))
                for (char& ch : e.text)
                    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            else if (chance(0.1))
                e.text = "zz";
            return e;
        }
        if (r < 0.22) {
            e.kind = Expr::Corrected;
            e.anyTag = chance(0.4);
            e.tag = static_cast<std::uint32_t>(pick(dataset_.tagCount()));
            return e;
        }
        if (r < 0.3) {
            e.kind = Expr::SplitTerm;
            e.split = static_cast<Split>(pick(kSplitCount));
            return e;
        }
        e.tag = static_cast<std::uint32_t>(pick(dataset_.tagCount()));
        e.condition = static_cast<TagCondition>(pick(4));
        if (e.condition == TagCondition::Machine) {
            e.anyMachine = chance(0.2);
            const char* thresholds[] = {"0", "0.25", "0.5", "0.55", "0.7", "1", ".9"};
            e.thresholdText = thresholds[pick(7)];
            e.threshold = std::strtof(e.thresholdText.c_str(), nullptr);
        }
        return e;
    }

    std::string tagName(const Expr& e)
    {
        const Tag& tag = dataset_.tag(e.tag);
        std::string name;
        switch (pick(3)) {
        case 0: name = tag.labelName; break;
        case 1: name = tag.displayName; break;
        default: name = asciiLower(tag.displayName); break;
        }
        if (name.find(' ') != std::string::npos || chance(0.2))
            name = "\"" + name + "\"";
        return name;
    }

    std::string tagText(const Expr& e)
    {
        const std::string name = tagName(e);
        switch (e.condition) {
        case TagCondition::Positive: return name + oneOf({"", "", ":positive", ":pos", ":POSITIVE"});
        case TagCondition::Negative: return name + oneOf({":negative", ":neg"});
        case TagCondition::Unknown: return name + oneOf({":unknown", ":unk"});
        case TagCondition::Machine: return name + (e.anyMachine ? ":machine" : ":machine>=" + e.thresholdText);
        }
        return name;
    }

    const Dataset& dataset_;
    std::mt19937_64 random_;
};

std::string describe(std::string_view expression)
{
    FilterError error;
    const std::optional<FilterNode> node = parseFilter(expression, error);
    return node ? describeFilter(*node) : "error at " + std::to_string(error.column) + ": " + error.message;
}

std::vector<std::uint32_t> run(const Dataset& dataset, const TagIndex& index, std::string_view expression)
{
    FilterError error;
    const std::optional<FilterNode> node = compileFilter(expression, dataset, error);
    if (!node)
        qFatal("%s", formatFilterError(error, expression).c_str());
    return evaluateFilter(*node, index, dataset);
}

} // namespace

using IdList = std::vector<std::uint32_t>;
Q_DECLARE_METATYPE(IdList)

class TestFilterExpression : public QObject {
    Q_OBJECT

private slots:
    void parsing_data();
    void parsing();
    void parseErrors_data();
    void parseErrors();
    void errorFormatting();
    void binding();
    void handMadeQueries_data();
    void handMadeQueries();
    void edgeCases();
    void randomExpressionsMatchBruteForce_data();
    void randomExpressionsMatchBruteForce();
    void imageNameMatching();
    void tagSearch();
    void cliFilter();
    void correctedTerm();
    void cliCorrectedTerm();
};

void TestFilterExpression::parsing_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("reading");
    auto row = [](const char* expression, const char* reading) { QTest::newRow(expression) << expression << reading; };
    row("cat", "cat");
    row("cat:positive", "cat");
    row("cat:NEG", "cat:negative");
    row("cat:unknown", "cat:unknown");
    row("cat:machine>=0.7", "cat:machine>=0.7");
    row("cat:machine", "cat:machine");
    row("a OR b AND c", "OR(a, AND(b, c))");
    row("a AND b OR c", "OR(AND(a, b), c)");
    row("NOT a AND b", "AND(NOT(a), b)");
    row("NOT (a AND b)", "NOT(AND(a, b))");
    row("(a OR b) AND c", "AND(OR(a, b), c)");
    row("a and b and c or d", "OR(AND(a, b, c), d)");
    row("a & b | !c", "OR(AND(a, b), NOT(c))");
    row("a&&b||c", "OR(AND(a, b), c)");
    row("-a & -b", "AND(NOT(a), NOT(b))");
    row("!!a", "NOT(NOT(a))");
    row("not(a)", "NOT(a)");
    row("T-shirt AND -T-shirt", "AND(T-shirt, NOT(T-shirt))");
    row("((a))", "a");
    row("a OR (b OR c)", "OR(a, b, c)");
    row("\"Human face\":negative", "\"Human face\":negative");
    row("\"a:b\" | \"x\\\"y\"", "OR(\"a:b\", \"x\\\"y\")");
    row("\"AND\" AND \"or\"", "AND(\"AND\", \"or\")");
    row("/m/014j1m", "/m/014j1m");
    row("split:train | split:val | split:TEST", "OR(split:train, split:validation, split:test)");
    row("\"split\":negative", "\"split\":negative");
    row("name:~2F0c", "name:~2F0c");
    row("name:~\"dogs/a b\"", "name:~\"dogs/a b\"");
    row("corrected", "corrected");
    row("CORRECTED AND NOT corrected:Cat", "AND(corrected, NOT(corrected:Cat))");
    row("corrected:\"Human face\" | \"corrected\"", "OR(corrected:\"Human face\", \"corrected\")");
    row("  cat   :   negative  ", "cat:negative");
    row("Café AND Ünïcode", "AND(Café, Ünïcode)");
}

void TestFilterExpression::parsing()
{
    QFETCH(QString, expression);
    QFETCH(QString, reading);
    QCOMPARE(QString::fromStdString(describe(expression.toStdString())), reading);
}

void TestFilterExpression::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    auto row = [](const char* expression, int column, const char* message) {
        QTest::newRow(expression) << expression << column << message;
    };
    row("", 1, "the expression is empty");
    row("   ", 4, "the expression is empty");
    row("cat AND", 8, "expected a tag, split:, name: or corrected term after AND, found the end");
    row("corrected:", 11, "expected a tag after corrected:");
    row("corrected:(cat)", 11, "expected a tag after corrected:");
    row("cat OR OR dog", 8, "after OR, found OR");
    row("(cat", 5, "missing ')' for the '(' at column 1");
    row("cat)", 4, "')' without a matching '('");
    row("()", 2, "after '(', found ')'");
    row("Human face", 7, "expected AND, OR or ')' before 'face' (put names with spaces in quotes");
    row("cat -dog", 5, "expected AND, OR or ')' before NOT");
    row("(a b)", 4, "before 'b'");
    row("\"Human face", 1, "unterminated quote");
    row("cat:maybe", 5, "unknown state 'maybe'");
    row("cat:", 5, "expected a state after ':'");
    row("cat:machine>=high", 14, "expected a number after machine>=");
    row("cat:machine>=1.5", 14, "between 0 and 1");
    row("cat:machine >= 0.5", 13, "before '>='");
    row("split:holdout", 7, "unknown split 'holdout'");
    row("split", 6, "expected ':' after split");
    row("name:dogs", 6, "expected ~text after name:");
    row("name:~ \"x\"", 6, "expected ~text after name:");
    row(":cat", 1, "found ':'");
    row("NOT", 4, "after NOT, found the end");
    row("Ünï b", 5, "before 'b'"); // columns count characters, not UTF-8 bytes
}

void TestFilterExpression::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(int, column);
    QFETCH(QString, message);
    FilterError error;
    QVERIFY(!parseFilter(expression.toStdString(), error));
    QVERIFY2(QString::fromStdString(error.message).contains(message), error.message.c_str());
    QCOMPARE(int(error.column), column);
}

void TestFilterExpression::errorFormatting()
{
    FilterError error;
    QVERIFY(!parseFilter("cat AND (dog", error));
    QCOMPARE(QString::fromStdString(formatFilterError(error, "cat AND (dog")),
             QString("column 13: missing ')' for the '(' at column 9\n  cat AND (dog\n              ^"));
    // 300 nested parentheses: an error, not a stack overflow.
    const std::string deep = std::string(300, '(') + "a" + std::string(300, ')');
    QVERIFY(!parseFilter(deep, error));
    QVERIFY(QString::fromStdString(error.message).contains("nested too deeply"));
    QVERIFY(parseFilter(std::string(100, '(') + "a" + std::string(100, ')'), error));
}

void TestFilterExpression::binding()
{
    const Dataset dataset = handMadeDataset();
    FilterError error;
    auto tagOf = [&](const char* expression) -> int {
        std::optional<FilterNode> node = compileFilter(expression, dataset, error);
        return node ? int(node->tag) : -1;
    };
    QCOMPARE(tagOf("Person"), 0);
    QCOMPARE(tagOf("person"), 0);
    QCOMPARE(tagOf("/m/person"), 0);
    QCOMPARE(tagOf("/M/PERSON"), 0);
    QCOMPARE(tagOf("\"human FACE\""), 1);
    QCOMPARE(tagOf("/m/apple2"), 4);
    QCOMPARE(tagOf("\"Say \\\"cheese\\\"\""), 6);

    QCOMPARE(tagOf("Cat AND Persn"), -1);
    QCOMPARE(int(error.column), 9);
    QVERIFY2(QString::fromStdString(error.message).startsWith("no tag named 'Persn'"), error.message.c_str());
    QCOMPARE(error.suggestions, std::vector<std::string>{"Person"}); // one typing slip away
    QCOMPARE(replaceFilterTerm("Cat AND Persn", error.column, error.suggestions.front()), std::string("Cat AND Person"));
    QCOMPARE(tagOf("face"), -1);
    const std::string formatted = formatFilterError(error, "face");
    QVERIFY2(QString::fromStdString(formatted).contains("no tag named 'face'; did you mean \"Human face\"?\n"), formatted.c_str());
    // A quoted name is replaced with its quotes; columns count characters; a column on no name changes nothing.
    QCOMPARE(replaceFilterTerm("\"Hman face\":negative OR Cat", 1, "Human face"), std::string("\"Human face\":negative OR Cat"));
    QCOMPARE(replaceFilterTerm("Ünï AND Cta", 9, "Cat"), std::string("Ünï AND Cat"));
    QCOMPARE(replaceFilterTerm("Cat AND Dog", 4, "Person"), std::string("Cat AND Dog"));
    QCOMPARE(replaceFilterTerm("Cat AND Dog", 5, "Person"), std::string("Cat AND Dog"));
    QCOMPARE(tagOf("Cat OR Apple"), -1);
    QCOMPARE(int(error.column), 8);
    QVERIFY2(QString::fromStdString(error.message).contains("'Apple' names 2 tags (/m/apple1, /m/apple2): use the LabelName"),
             error.message.c_str());
}

void TestFilterExpression::handMadeQueries_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<IdList>("images");
    auto row = [](const char* expression, IdList images) { QTest::newRow(expression) << expression << images; };
    row("Person", {0, 1, 2, 4});
    row("person:negative", {3});
    row("Person:unknown", {5});
    row("\"Human face\"", {4});
    row("\"Human face\":unknown", {1, 2, 3, 5}); // a machine label below the threshold stays unknown
    row("\"Human face\":machine>=0.3", {2});
    row("\"Human face\":machine>=0.31", {});
    row("Cat:machine", {0});
    row("Cat", {0, 1});
    row("Person AND NOT Cat", {2, 4});
    row("Person OR Cat:negative", {0, 1, 2, 4, 5});
    row("split:validation | split:test", {4, 5});
    row("split:train AND NOT (Person OR Cat)", {3});
    row("T-shirt", {3});
    row("-T-shirt", {0, 1, 2, 4, 5});
    row("\"Say \\\"cheese\\\"\"", {4});
    row("/m/apple1", {});
    row("NOT /m/apple1", {0, 1, 2, 3, 4, 5});
    row("NOT (Person OR NOT Person)", {});
    row("Person:unknown OR NOT Person:unknown", {0, 1, 2, 3, 4, 5});
    row("name:~0000000000000004", {3});
    row("name:~00000000000000041", {});
    row("name:~xyz", {});
    row("name:~\"\"", {0, 1, 2, 3, 4, 5});
    row("name:~5 OR name:~6", {4, 5});
    row("split:train AND Person AND name:~3", {2});
    row("Person AND NOT name:~3", {0, 1, 4});
    row("Cat:negative AND (name:~6 OR name:~1)", {5});
}

void TestFilterExpression::handMadeQueries()
{
    QFETCH(QString, expression);
    QFETCH(IdList, images);
    const Dataset dataset = handMadeDataset();
    const TagIndex index(dataset);
    QCOMPARE(run(dataset, index, expression.toStdString()), images);
    FilterError error;
    const std::optional<FilterNode> node = compileFilter(expression.toStdString(), dataset, error);
    QVERIFY(node);
    QCOMPARE(countFilter(*node, index, dataset), std::uint64_t(images.size()));
}

void TestFilterExpression::edgeCases()
{
    // An empty dataset: everything is empty, NOT included.
    const Dataset empty;
    const TagIndex emptyIndex(empty);
    QCOMPARE(run(empty, emptyIndex, "NOT split:train"), IdList{});
    QCOMPARE(run(empty, emptyIndex, "name:~a OR split:test"), IdList{});
    FilterError error;
    QVERIFY(!compileFilter("cat", empty, error));
    QVERIFY(QString::fromStdString(error.message).contains("no tag named 'cat'"));

    // NOT of everything and everything, on a dataset large enough for bitsets.
    RandomDatasetShape shape;
    shape.images = 10000;
    const Dataset dataset = randomDataset(21, shape);
    const TagIndex index(dataset);
    IdList all(dataset.imageCount());
    std::iota(all.begin(), all.end(), 0u);
    const char* everything = "split:train OR split:validation OR split:test OR split:unassigned";
    QCOMPARE(run(dataset, index, everything), all);
    QCOMPARE(run(dataset, index, std::string("NOT (") + everything + ")"), IdList{});
    QCOMPARE(run(dataset, index, "NOT tag0:machine>=1 AND NOT /m/t1:negative AND NOT NOT tag0:unknown").size(),
             static_cast<std::size_t>(std::count_if(all.begin(), all.end(), [&](std::uint32_t i) {
                 const std::optional<float> c = dataset.machineConfidence(i, 0);
                 return !(c && *c >= 1.0f) && dataset.labelState(i, 1) != LabelState::Negative
                     && dataset.labelState(i, 0) == LabelState::Unknown;
             })));
    const std::optional<FilterNode> node = compileFilter("NOT tag0 AND NOT tag2", dataset, error);
    QVERIFY(node);
    const ImageSet set = evaluateFilterSet(*node, index, dataset);
    QVERIFY(set.isComplement()); // NOT a AND NOT b stays NOT (a OR b) until listed
    QCOMPARE(set.toIds().size(), set.count());
}

void TestFilterExpression::randomExpressionsMatchBruteForce_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("tags");
    QTest::addColumn<bool>("paths");
    QTest::addColumn<bool>("machine");
    QTest::addColumn<int>("expressions");
    QTest::newRow("tiny") << quint64(1) << 7 << 3 << false << true << 300;
    QTest::newRow("small") << quint64(2) << 150 << 6 << false << true << 400;
    QTest::newRow("paths") << quint64(3) << 400 << 10 << true << true << 400;
    QTest::newRow("no machine labels") << quint64(4) << 900 << 8 << false << false << 300;
    QTest::newRow("many tags") << quint64(5) << 2000 << 40 << false << true << 400;
    QTest::newRow("paths, many tags") << quint64(6) << 3000 << 25 << true << true << 300;
    QTest::newRow("dense") << quint64(7) << 5000 << 4 << false << true << 300;
    // Over 200k images: several name-scan threads and index threads.
    QTest::newRow("large") << quint64(8) << 220000 << 30 << false << true << 25;
}

void TestFilterExpression::randomExpressionsMatchBruteForce()
{
    QFETCH(quint64, seed);
    QFETCH(int, images);
    QFETCH(int, tags);
    QFETCH(bool, paths);
    QFETCH(bool, machine);
    QFETCH(int, expressions);
    RandomDatasetShape shape;
    shape.images = static_cast<std::size_t>(images);
    shape.tags = static_cast<std::uint32_t>(tags);
    shape.imagePaths = paths;
    shape.machineLabels = machine;
    const Dataset dataset = randomDataset(seed, shape);
    const TagIndex index(dataset, TagIndexOptions{static_cast<int>(seed % 4)});
    ExpressionGenerator generator(dataset, seed * 1000);
    const CorrectedLabels corrected = randomCorrections(dataset, seed * 7);
    const CorrectedTags correctedTags = correctedTagsOf(corrected);
    std::mt19937_64 random(seed);
    for (int round = 0; round < expressions; ++round) {
        const Expr tree = generator.tree(1 + static_cast<int>(random() % 6));
        const std::string text = generator.render(tree);
        IdList expected;
        for (std::uint32_t i = 0; i < dataset.imageCount(); ++i)
            if (matches(tree, dataset, i, correctedTags))
                expected.push_back(i);
        FilterError error;
        const std::optional<FilterNode> node = compileFilter(text, dataset, error);
        QVERIFY2(node, formatFilterError(error, text).c_str());
        const IdList actual = evaluateFilter(*node, index, dataset, &corrected);
        if (actual != expected)
            QFAIL(qPrintable(QString("%1\nread as %2\n%3 images expected, %4 found")
                                 .arg(QString::fromStdString(text), QString::fromStdString(describeFilter(*node)))
                                 .arg(expected.size())
                                 .arg(actual.size())));
        QCOMPARE(countFilter(*node, index, dataset, &corrected), std::uint64_t(expected.size()));
    }
}

void TestFilterExpression::imageNameMatching()
{
    DatasetContents c;
    c.imageIds = {0x00000000000000ffull, 0x0123456789abcdefull, 0xfedcba9876543210ull, 0x00ab00ab00ab00abull};
    c.imageSplits.assign(4, 0);
    const Dataset ids(std::move(c));
    auto found = [](const Dataset& dataset, const char* text) { return imagesWithNameContaining(dataset, text); };
    QCOMPARE(found(ids, "ff"), (IdList{0}));
    QCOMPARE(found(ids, "0123456789ABCDEF"), (IdList{1}));
    QCOMPARE(found(ids, "0123456789abcdef0"), IdList{});
    QCOMPARE(found(ids, "ab"), (IdList{1, 3}));
    QCOMPARE(found(ids, "10"), (IdList{2}));
    QCOMPARE(found(ids, "0000"), (IdList{0}));
    QCOMPARE(found(ids, "fed"), (IdList{2}));
    QCOMPARE(found(ids, "g"), IdList{});
    QCOMPARE(found(ids, ""), (IdList{0, 1, 2, 3}));
    const IdList candidates{1, 2};
    QCOMPARE(imagesWithNameContaining(ids, "ab", ImageIdSpan{candidates.data(), candidates.size()}), (IdList{1}));

    DatasetContents p;
    p.imagePaths.add("Dogs/IMG_1.jpg");
    p.imagePaths.add("cats/img_2.JPG");
    p.imagePaths.add("misc/Ünï.png");
    p.imageSplits.assign(3, 0);
    const Dataset paths(std::move(p));
    QCOMPARE(found(paths, "img_"), (IdList{0, 1}));
    QCOMPARE(found(paths, "DOGS/"), (IdList{0}));
    QCOMPARE(found(paths, ".jpg"), (IdList{0, 1}));
    QCOMPARE(found(paths, "Ünï"), (IdList{2}));
}

void TestFilterExpression::tagSearch()
{
    DatasetContents c;
    c.tags = {{"/m/1", "Pineapple"}, {"/m/2", "Apple pie"}, {"/m/3", "Crab apple"}, {"/m/4", "Apple"},
              {"/m/5", "Cat"},       {"/m/apple6", "Pear"}};
    const Dataset dataset(std::move(c));
    QCOMPARE(searchTags(dataset, "APPLE"), (std::vector<std::uint32_t>{3, 1, 2, 5, 0}));
    QCOMPARE(searchTags(dataset, "apple", 2), (std::vector<std::uint32_t>{3, 1}));
    QCOMPARE(searchTags(dataset, "/m/5"), (std::vector<std::uint32_t>{4}));
    QCOMPARE(searchTags(dataset, "pie"), (std::vector<std::uint32_t>{1}));
    QCOMPARE(searchTags(dataset, "zebra"), std::vector<std::uint32_t>{});
    QCOMPARE(searchTags(dataset, "").size(), std::size_t(6));

    // "Did you mean": what the search finds first, then names a few typing slips away, the closest first.
    QCOMPARE(closestTags(dataset, "Aple", 3), (std::vector<std::uint32_t>{3}));       // one letter missing
    QCOMPARE(closestTags(dataset, "cta", 3), (std::vector<std::uint32_t>{4}));        // two letters swapped
    QCOMPARE(closestTags(dataset, "Peer", 3), (std::vector<std::uint32_t>{5}));       // one letter wrong
    QCOMPARE(closestTags(dataset, "Apple pi", 3), (std::vector<std::uint32_t>{1, 3})); // found by the search, then 3 slips
    QCOMPARE(closestTags(dataset, "Zebra crossing", 3), std::vector<std::uint32_t>{}); // too far from every name
    QCOMPARE(closestTags(dataset, "appl", 2), (std::vector<std::uint32_t>{3, 1}));   // the search fills the limit
}

void TestFilterExpression::cliFilter()
{
    QTemporaryDir dir;
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,Apple\n/m/b,Human face\n");
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n"
                  "0000000000000001,verification,/m/a,1\n"
                  "0000000000000001,verification,/m/b,0\n"
                  "0000000000000002,verification,/m/a,1\n"
                  "0000000000000003,verification,/m/b,1\n");
    CliRun text = runCli({"filter", dir.path(), "Apple AND NOT \"Human face\":negative", "--no-cache"});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("0000000000000002\n"));

    CliRun json = runCli({"filter", dir.path(), "apple | \"human face\"", "--json", "--limit", "2", "--repeat", "3", "--no-cache"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(out.value("count").toInt(), 3);
    QCOMPARE(out.value("parsed").toString(), QString("OR(apple, \"human face\")"));
    QCOMPARE(out.value("matches").toArray().size(), 2);
    QCOMPARE(out.value("matches").toArray()[0].toObject().value("name").toString(), QString("0000000000000001"));
    QCOMPARE(out.value("repeat").toInt(), 3);
    QVERIFY(out.value("index_seconds").toDouble() >= 0);
    QVERIFY(out.value("query_seconds").toDouble() >= 0);

    CliRun count = runCli({"filter", dir.path(), "NOT Apple", "--count", "--no-cache"});
    QCOMPARE(count.out, QByteArray("1\n"));

    CliRun bad = runCli({"filter", dir.path(), "Apple AND (Pear", "--no-cache"});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains("column 16: missing ')'"), bad.err.constData());
    CliRun unknown = runCli({"filter", dir.path(), "Pear", "--no-cache"});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains("no tag named 'Pear'"), unknown.err.constData());
}

// `corrected` reads the labels that review decisions changed, in the indices of the corrected dataset (a left-out
// image moves the later ones up); a decision that confirms the annotations is not a correction.
void TestFilterExpression::correctedTerm()
{
    QTemporaryDir folder;
    CorrectionStore store(folder.path().toStdString());
    store.decide({{"0000000000000001", "/m/cat", LabelState::Positive},   // already positive: confirmed
                  {"0000000000000003", "/m/cat", LabelState::Positive},   // unknown -> positive
                  {"0000000000000004", "/m/person", LabelState::Positive}, // negative -> positive
                  {"0000000000000006", "/m/hf", LabelState::Negative}});   // unknown -> negative
    store.leaveOut({"0000000000000002"});
    Dataset dataset = handMadeDataset();
    const AppliedCorrections applied = applyCorrections(store, dataset);
    QCOMPARE(dataset.imageCount(), std::size_t(5)); // images 3..6 are now 1..4
    QCOMPARE(applied.changed.size(), std::size_t(3));
    QCOMPARE(applied.leftOutImages, std::vector<std::string>{"0000000000000002"});
    const CorrectedLabel* cat = findCorrectedLabel(applied.changed, 1, 2);
    QVERIFY(cat);
    QCOMPARE(cat->original, LabelState::Unknown);
    QCOMPARE(cat->corrected, LabelState::Positive);
    QCOMPARE(findCorrectedLabel(applied.changed, 2, 0)->original, LabelState::Negative);
    QVERIFY(!findCorrectedLabel(applied.changed, 0, 2)); // confirmed, not corrected

    const TagIndex index(dataset);
    auto query = [&](const char* expression, const CorrectedLabels* corrected) {
        FilterError error;
        const std::optional<FilterNode> node = compileFilter(expression, dataset, error);
        if (!node)
            qFatal("%s", formatFilterError(error, expression).c_str());
        const IdList images = evaluateFilter(*node, index, dataset, corrected);
        if (countFilter(*node, index, dataset, corrected) != images.size())
            qFatal("count and list differ for %s", expression);
        return images;
    };
    QCOMPARE(query("corrected", &applied.changed), (IdList{1, 2, 4}));
    QCOMPARE(query("corrected:Cat", &applied.changed), (IdList{1}));
    QCOMPARE(query("corrected:/m/hf", &applied.changed), (IdList{4}));
    QCOMPARE(query("corrected:\"Human face\" OR corrected:Person", &applied.changed), (IdList{2, 4}));
    QCOMPARE(query("NOT corrected", &applied.changed), (IdList{0, 3}));
    QCOMPARE(query("corrected AND Person", &applied.changed), (IdList{1, 2}));
    QCOMPARE(query("corrected:T-shirt", &applied.changed), IdList{});
    QCOMPARE(query("corrected", nullptr), IdList{}); // no decisions applied
    FilterError error;
    QVERIFY(!compileFilter("corrected:Pear", dataset, error));
    QVERIFY2(QString::fromStdString(error.message).contains("no tag named 'Pear'"), error.message.c_str());
    QCOMPARE(int(error.column), 1);
}

void TestFilterExpression::cliCorrectedTerm()
{
    QTemporaryDir dir, dataHome;
    writeTestFile(QDir(dir.path()), "oidv6-class-descriptions.csv", "LabelName,DisplayName\n/m/a,Apple\n/m/b,Human face\n");
    writeTestFile(QDir(dir.path()), "oidv6-train-annotations-human-imagelabels.csv",
                  "ImageID,Source,LabelName,Confidence\n"
                  "0000000000000001,verification,/m/a,1\n"
                  "0000000000000002,verification,/m/a,1\n"
                  "0000000000000003,verification,/m/b,1\n");
    // The CLI finds the decisions in the user's data folder.
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    CliRun set = runCli({"corrections", dir.path(), "--set", "0000000000000003", "/m/a", "positive"});
    QCOMPARE(set.exitCode, 0);
    CliRun corrected = runCli({"filter", dir.path(), "corrected", "--no-cache"});
    CliRun apple = runCli({"filter", dir.path(), "corrected:Apple AND Apple", "--count", "--no-cache"});
    CliRun original = runCli({"filter", dir.path(), "corrected", "--count", "--no-cache", "--no-corrections"});
    qputenv("XDG_DATA_HOME", previous);
    QCOMPARE(corrected.exitCode, 0);
    QCOMPARE(corrected.out, QByteArray("0000000000000003\n"));
    QCOMPARE(apple.out, QByteArray("1\n"));
    QCOMPARE(original.out, QByteArray("0\n"));
}

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filter_expression.moc"
