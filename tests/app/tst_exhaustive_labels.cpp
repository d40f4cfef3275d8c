// Exhaustive labels (COCO, class folders): a tag an image's annotations leave out is a verified negative in every
// view. Typed filters, the grid's label-state filters, the CLI filter, the map's tag and correctness colourings, the
// inspector's and the tooltip's tag lists, on a generated COCO dataset and a generated class-folder dataset, against
// states the test derives itself from the annotations it wrote (never from Dataset::labelState or the labels).
#include "browse/image_filter.h"
#include "browse/inspector_tags.h"
#include "common/dataset_queries.h"
#include "embeddings/map_colouring.h"

#include "cli_runner.h"
#include "dataset/dataset_loader.h"
#include "dataset/statistics.h"
#include "test_files.h"

#include "window_dataset.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <set>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

// What the generator wrote: every image's name (as the dataset names it), split and positive tags.
struct Truth {
    QStringList tags; // display names
    std::map<std::string, std::set<QString>> positives;
    std::map<std::string, Split> splits;
};

const QStringList kCocoNames = {"person", "car", "traffic light", "dog", "bottle", "toothbrush"};
const int kCocoIds[] = {1, 3, 10, 18, 44, 90};

QByteArray cocoFile(const QList<QByteArray>& images, const QList<QByteArray>& annotations)
{
    QByteArray categories;
    for (int c = 0; c < kCocoNames.size(); ++c)
        categories += QByteArray(c ? ",\n" : "") + "{\"supercategory\": \"thing\", \"id\": " + QByteArray::number(kCocoIds[c]) + ", \"name\": \""
            + kCocoNames[c].toUtf8() + "\"}";
    return "{\"info\": {}, \"licenses\": [],\n\"images\": [\n" + images.join(",\n") + "\n],\n\"annotations\": [\n"
        + annotations.join(",\n") + "\n],\n\"categories\": [\n" + categories + "\n]}\n";
}

// 150 images, 100 train and 50 val; each category on an image with its own probability (several boxes of one
// category sometimes), one image in six with no annotation at all.
Truth writeCoco(const QDir& root)
{
    Truth truth;
    truth.tags = kCocoNames;
    QRandomGenerator random(21);
    const double probability[] = {0.5, 0.3, 0.15, 0.25, 0.2, 0.05};
    int annotationId = 1;
    for (const char* split : {"train2017", "val2017"}) {
        QList<QByteArray> images, annotations;
        const int first = split[0] == 't' ? 0 : 100, count = split[0] == 't' ? 100 : 50;
        for (int id = first; id < first + count; ++id) {
            const QByteArray file = QByteArray::number(id).rightJustified(6, '0') + ".jpg";
            images << "{\"file_name\": \"" + file + "\", \"height\": 480, \"width\": 640, \"id\": " + QByteArray::number(id) + "}";
            const std::string name = std::string(split) + "/" + file.toStdString();
            writeTestFile(root, QString::fromStdString(name), "not really a jpeg");
            truth.splits[name] = split[0] == 't' ? Split::Train : Split::Validation;
            std::set<QString>& positives = truth.positives[name];
            if (id % 6 == 5)
                continue;
            for (int c = 0; c < kCocoNames.size(); ++c)
                if (random.generateDouble() < probability[c])
                    for (int box = 0; box < 1 + int(random.bounded(2)); ++box) {
                        annotations << "{\"image_id\": " + QByteArray::number(id) + ", \"bbox\": [1, 2, 3, 4], \"area\": 12, \"iscrowd\": 0, "
                                "\"category_id\": " + QByteArray::number(kCocoIds[c]) + ", \"id\": " + QByteArray::number(annotationId++) + "}";
                        positives.insert(kCocoNames[c]);
                    }
        }
        writeTestFile(root, QString("annotations/instances_%1.json").arg(split), cocoFile(images, annotations));
    }
    return truth;
}

// train/<class>/ and val/<class>/ folders, a class with no image, images of unequal counts per class.
Truth writeClassFolders(const QDir& root)
{
    Truth truth;
    truth.tags = {"bird", "cat", "dog", "empty", "fish"}; // the folder importer sorts classes by name
    const int perClass[] = {7, 12, 9, 0, 4};
    for (const char* split : {"train", "val"})
        for (int c = 0; c < truth.tags.size(); ++c)
            for (int i = 0; i < perClass[c] / (split[0] == 't' ? 1 : 2); ++i) {
                const QString name = QString("%1/%2/%3.png").arg(split, truth.tags[c]).arg(i, 3, 10, QChar('0'));
                writeTestFile(root, name, "not really an image");
                truth.positives[name.toStdString()] = {truth.tags[c]};
                truth.splits[name.toStdString()] = split[0] == 't' ? Split::Train : Split::Validation;
            }
    QDir().mkpath(root.filePath("train/empty"));
    return truth;
}

// A filter expression and what it means, as a predicate over (image name, positive tags, split).
struct Case {
    QString expression;
    std::function<bool(const std::set<QString>&, Split)> matches;
};

QString quoted(const QString& tag) { return tag.contains(' ') ? '"' + tag + '"' : tag; }

std::vector<Case> casesFor(const QString& a, const QString& b)
{
    const QString qa = quoted(a), qb = quoted(b);
    const auto has = [](const QString& tag) { return [tag](const std::set<QString>& p) { return p.count(tag) > 0; }; };
    const auto A = has(a), B = has(b);
    return {
        {qa, [=](auto& p, Split) { return A(p); }},
        {qa + ":positive", [=](auto& p, Split) { return A(p); }},
        {qa + ":negative", [=](auto& p, Split) { return !A(p); }},
        {qa + ":unknown", [=](auto&, Split) { return false; }},
        {"NOT " + qa, [=](auto& p, Split) { return !A(p); }},
        {"NOT " + qa + ":negative", [=](auto& p, Split) { return A(p); }},
        {"NOT " + qa + ":unknown", [=](auto&, Split) { return true; }},
        {qa + " AND " + qb + ":negative", [=](auto& p, Split) { return A(p) && !B(p); }},
        {qa + ":negative AND " + qb + ":negative", [=](auto& p, Split) { return !A(p) && !B(p); }},
        {qa + ":negative OR " + qb, [=](auto& p, Split) { return !A(p) || B(p); }},
        {qa + ":unknown OR " + qb, [=](auto& p, Split) { return B(p); }},
        {"NOT (" + qa + " OR " + qb + ":unknown)", [=](auto& p, Split) { return !A(p); }},
        {"split:val AND " + qa + ":negative", [=](auto& p, Split s) { return s == Split::Validation && !A(p); }},
        {"NOT (" + qa + ":negative AND split:train)", [=](auto& p, Split s) { return !(!A(p) && s == Split::Train); }},
    };
}

} // namespace

class TestExhaustiveLabels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedFiltersReadAbsentTagsAsNegative_data();
    void typedFiltersReadAbsentTagsAsNegative();
    void labelStateFiltersReadAbsentTagsAsNegative_data();
    void labelStateFiltersReadAbsentTagsAsNegative();
    void cliFilterCountsNegatives();
    void mapColoursAbsentTagsAsNegative_data();
    void mapColoursAbsentTagsAsNegative();
    void inspectorListsAbsentTagsAsNegative_data();
    void inspectorListsAbsentTagsAsNegative();

private:
    void addDatasetRows();
    // The truth for each of the dataset's images, by index.
    std::vector<std::set<QString>> positivesByImage(const Dataset& dataset, const Truth& truth);

    QTemporaryDir cocoDir_, foldersDir_;
    std::map<QString, Truth> truth_;
    std::map<QString, std::shared_ptr<LoadedDataset>> data_;
};

void TestExhaustiveLabels::initTestCase()
{
    QVERIFY(cocoDir_.isValid() && foldersDir_.isValid());
    truth_["coco"] = writeCoco(QDir(cocoDir_.path()));
    truth_["folders"] = writeClassFolders(QDir(foldersDir_.path()));
    data_["coco"] = loadAsTheWindowDoes(cocoDir_.path());
    data_["folders"] = loadAsTheWindowDoes(foldersDir_.path());
    for (const auto& [format, data] : data_) {
        const Truth& truth = truth_[format];
        QVERIFY2(data->dataset.exhaustiveLabels(), qPrintable(format));
        QCOMPARE(data->dataset.imageCount(), truth.positives.size());
        QCOMPARE(data->dataset.tagCount(), std::size_t(truth.tags.size()));
        for (std::size_t t = 0; t < data->dataset.tagCount(); ++t)
            QCOMPARE(QString::fromStdString(data->dataset.tag(t).displayName), truth.tags[int(t)]);
    }
}

void TestExhaustiveLabels::addDatasetRows()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("coco") << "coco";
    QTest::newRow("class folders") << "folders";
}

std::vector<std::set<QString>> TestExhaustiveLabels::positivesByImage(const Dataset& dataset, const Truth& truth)
{
    std::vector<std::set<QString>> positives(dataset.imageCount());
    for (std::size_t i = 0; i < dataset.imageCount(); ++i) {
        const auto it = truth.positives.find(dataset.imageName(i));
        if (it == truth.positives.end())
            qFatal("image %s was not generated", dataset.imageName(i).c_str());
        positives[i] = it->second;
    }
    return positives;
}

void TestExhaustiveLabels::typedFiltersReadAbsentTagsAsNegative_data() { addDatasetRows(); }

void TestExhaustiveLabels::typedFiltersReadAbsentTagsAsNegative()
{
    QFETCH(QString, format);
    const LoadedDataset& data = *data_[format];
    const Truth& truth = truth_[format];
    const std::vector<std::set<QString>> positives = positivesByImage(data.dataset, truth);
    int nonEmptyNegatives = 0;
    for (int a = 0; a < truth.tags.size(); ++a)
        for (int b = 0; b < truth.tags.size(); ++b) {
            if (a == b)
                continue;
            for (const Case& c : casesFor(truth.tags[a], truth.tags[b])) {
                QVector<int> expected;
                for (std::size_t i = 0; i < positives.size(); ++i)
                    if (c.matches(positives[i], truth.splits.at(data.dataset.imageName(i))))
                        expected.push_back(int(i));
                const ImageFilterResult result = filterImages(data, ImageFilter::matching(c.expression));
                QVERIFY2(result.error.isEmpty(), qPrintable(c.expression + ": " + result.error));
                QVERIFY2(result.images == expected, qPrintable(QString("%1: %2 images, expected %3")
                                                                   .arg(c.expression).arg(result.images.size()).arg(expected.size())));
                nonEmptyNegatives += c.expression.endsWith(":negative") && !expected.isEmpty();
            }
        }
    QVERIFY(nonEmptyNegatives > 0); // the cases reach images a tag is absent from
}

void TestExhaustiveLabels::labelStateFiltersReadAbsentTagsAsNegative_data() { addDatasetRows(); }

void TestExhaustiveLabels::labelStateFiltersReadAbsentTagsAsNegative()
{
    QFETCH(QString, format);
    const LoadedDataset& data = *data_[format];
    const Truth& truth = truth_[format];
    const std::vector<std::set<QString>> positives = positivesByImage(data.dataset, truth);
    for (int tag = 0; tag < truth.tags.size(); ++tag) {
        QVector<int> present, absent;
        for (std::size_t i = 0; i < positives.size(); ++i)
            (positives[i].count(truth.tags[tag]) ? present : absent).push_back(int(i));
        QCOMPARE(filterImages(data, ImageFilter::label(tag, LabelState::Positive)).images, present);
        QCOMPARE(filterImages(data, ImageFilter::label(tag, LabelState::Negative)).images, absent);
        QCOMPARE(filterImages(data, ImageFilter::label(tag, LabelState::Unknown)).images, QVector<int>());
        QCOMPARE(filterImages(data, ImageFilter::without(tag)).images, absent);
        QCOMPARE(data.index.unknowns(std::uint32_t(tag)), std::vector<std::uint32_t>());
        // The statistics the browser shows beside the filter agree.
        QCOMPARE(data.statistics.all.tags[std::size_t(tag)].negative, quint64(absent.size()));
        QCOMPARE(data.statistics.all.tags[std::size_t(tag)].unknown, quint64(0));
    }
}

void TestExhaustiveLabels::cliFilterCountsNegatives()
{
    const Truth& truth = truth_["coco"];
    qint64 persons = 0;
    for (const auto& [name, positives] : truth.positives)
        persons += positives.count("person");
    QVERIFY(persons > 0 && persons < qint64(truth.positives.size()));
    const auto count = [&](const QString& expression) {
        const CliRun run = runCli({"filter", cocoDir_.path(), expression, "--json", "--no-cache"});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json().value("count").toInteger(-1);
    };
    QCOMPARE(count("person"), persons);
    QCOMPARE(count("person:negative"), qint64(truth.positives.size()) - persons);
    QCOMPARE(count("person:unknown"), qint64(0));
}

void TestExhaustiveLabels::mapColoursAbsentTagsAsNegative_data() { addDatasetRows(); }

void TestExhaustiveLabels::mapColoursAbsentTagsAsNegative()
{
    QFETCH(QString, format);
    const LoadedDataset& data = *data_[format];
    const Truth& truth = truth_[format];
    const std::vector<std::set<QString>> positives = positivesByImage(data.dataset, truth);
    // A layout of every other image, in a shuffled order: rows and images differ.
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < data.dataset.imageCount(); i += 2)
        rows.push_back(i);
    std::shuffle(rows.begin(), rows.end(), std::mt19937(5));
    // Scores: 0.9 on every third image, 0.1 elsewhere, for every tag.
    auto scores = std::make_shared<FloatMatrix>(data.dataset.imageCount(), data.dataset.tagCount());
    MapPredictions predictions;
    predictions.scores = scores;
    for (std::uint32_t i = 0; i < data.dataset.imageCount(); ++i) {
        predictions.imageIds.push_back(i);
        for (std::size_t t = 0; t < data.dataset.tagCount(); ++t)
            scores->at(i, t) = i % 3 == 0 ? 0.9f : 0.1f;
    }
    for (int tag = 0; tag < truth.tags.size(); ++tag) {
        const MapColouring states = MapColours::byTag(data, rows, tag);
        const MapColouring correctness = MapColours::byCorrectness(data, rows, tag, predictions);
        QCOMPARE(states.classes->size(), rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const bool present = positives[rows[r]].count(truth.tags[tag]) > 0;
            const bool predicted = rows[r] % 3 == 0;
            QCOMPARE(int((*states.classes)[r]), int(present ? MapColours::Positive : MapColours::Negative));
            const MapColours::CorrectnessClass expected = present ? (predicted ? MapColours::TruePositive : MapColours::FalseNegative)
                                                                  : (predicted ? MapColours::FalsePositive : MapColours::TrueNegative);
            QCOMPARE(int((*correctness.classes)[r]), int(expected));
        }
        QCOMPARE(states.legend.at(MapColours::Unknown).count, qint64(0));
    }
}

void TestExhaustiveLabels::inspectorListsAbsentTagsAsNegative_data() { addDatasetRows(); }

void TestExhaustiveLabels::inspectorListsAbsentTagsAsNegative()
{
    QFETCH(QString, format);
    const LoadedDataset& data = *data_[format];
    const Truth& truth = truth_[format];
    const std::vector<std::set<QString>> positives = positivesByImage(data.dataset, truth);
    for (std::size_t i = 0; i < positives.size(); ++i) {
        QStringList present, absent; // in tag order
        for (const QString& tag : truth.tags)
            (positives[i].count(tag) ? present : absent) << tag;
        const InspectorTagGroups groups = groupTagsOfImage(data, i);
        QStringList shownPositive, shownNegative;
        for (const InspectorTag& entry : groups.positive)
            shownPositive << entry.name;
        for (const InspectorTag& entry : groups.negative)
            shownNegative << entry.name;
        shownPositive.sort();
        shownNegative.sort();
        QStringList sortedPresent = present, sortedAbsent = absent;
        sortedPresent.sort();
        sortedAbsent.sort();
        QCOMPARE(shownPositive, sortedPresent);
        QCOMPARE(shownNegative, sortedAbsent);
        QVERIFY(groups.machine.isEmpty());
        // The grid's tooltip lists the same.
        QCOMPARE(tagNamesOfImage(data.dataset, i, LabelState::Positive), present);
        QCOMPARE(tagNamesOfImage(data.dataset, i, LabelState::Negative), absent);
        QCOMPARE(tagNamesOfImage(data.dataset, i, LabelState::Unknown), QStringList());
    }
}

QTEST_MAIN(TestExhaustiveLabels)
#include "tst_exhaustive_labels.moc"
