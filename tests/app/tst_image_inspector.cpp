// The image inspector on a small hand-made dataset: tags grouped by label state with their positive
// counts, the picture decoded off the GUI thread, a missing file reported, Previous/Next.
#include "browse/image_inspector.h"
#include "browse/inspector_tags.h"

#include "thumbnails/image_preview.h"

#include "dataset/statistics.h"
#include "imaging/image_io.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

struct Label {
    std::uint32_t tag;
    LabelState state;
    float machine = -1; // machine confidence, -1: a human label
};

// Tags: Cat, Dog, Tree, Car. Positives: Cat 3, Tree 2, Dog 1, Car 0.
std::shared_ptr<LoadedDataset> smallDataset(const QString& root)
{
    DatasetContents c;
    c.format = "test";
    c.root = root.toStdString();
    for (const char* name : {"Cat", "Dog", "Tree", "Car"})
        c.tags.push_back({std::string("/m/") + name, name, true});
    const std::vector<std::vector<Label>> images = {
        {{0, LabelState::Positive}, {1, LabelState::Negative}, {2, LabelState::Positive, 0.8f}, {3, LabelState::Unknown, 0.95f}},
        {{0, LabelState::Positive}, {1, LabelState::Positive}, {2, LabelState::Positive}},
        {{0, LabelState::Positive}, {3, LabelState::Negative}},
    };
    const Split splits[] = {Split::Train, Split::Validation, Split::Train};
    c.labelOffsets.push_back(0);
    for (std::size_t i = 0; i < images.size(); ++i) {
        c.imagePaths.add("img" + std::to_string(i) + ".jpg");
        c.imageSplits.push_back(static_cast<std::uint8_t>(splits[i]));
        for (const Label& label : images[i]) {
            c.labelTags.push_back(label.tag);
            std::uint8_t flags = static_cast<std::uint8_t>(label.state);
            if (label.machine >= 0)
                flags |= label_flags::kHasMachineConfidence;
            c.labelFlags.push_back(flags);
            c.labelConfidence.push_back(label.machine >= 0 ? label.machine : label.state == LabelState::Positive ? 1.f : 0.f);
        }
        c.labelOffsets.push_back(c.labelTags.size());
    }
    auto data = std::make_shared<LoadedDataset>();
    data->path = root;
    data->dataset = Dataset(std::move(c));
    data->statistics = computeStatistics(data->dataset);
    return data;
}

QStringList names(const QVector<InspectorTag>& tags)
{
    QStringList list;
    for (const InspectorTag& tag : tags)
        list << tag.name;
    return list;
}

} // namespace

class TestImageInspector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsTagsByState();
    void showsGroupsWithFrequencies();
    void loadsThePictureOffTheGuiThread();
    void reportsAMissingFile();
    void stepsThroughTheGrid();

private:
    QTemporaryDir folder_;
    std::shared_ptr<LoadedDataset> data_;
};

void TestImageInspector::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(folder_.isValid());
    data_ = smallDataset(folder_.path());
    // img0 and img1 exist; img2 does not.
    for (int i = 0; i < 2; ++i) {
        RgbImage image;
        image.width = 320;
        image.height = 200;
        image.pixels.assign(320 * 200 * 3, static_cast<std::uint8_t>(60 + 100 * i));
        std::string error;
        QVERIFY2(writeJpeg(folder_.filePath(QStringLiteral("img%1.jpg").arg(i)).toStdString(), image, 90, &error), error.c_str());
    }
}

void TestImageInspector::groupsTagsByState()
{
    const InspectorTagGroups first = groupTagsOfImage(*data_, 0);
    QCOMPARE(names(first.positive), (QStringList{"Cat", "Tree"})); // most frequent first
    QCOMPARE(first.positive[0].positives, quint64(3));
    QCOMPARE(first.positive[1].positives, quint64(2));
    QCOMPARE(first.positive[0].confidence, -1.f);
    QCOMPARE(names(first.negative), QStringList{"Dog"});
    QCOMPARE(first.negative[0].positives, quint64(1));
    QCOMPARE(names(first.machine), (QStringList{"Car", "Tree"})); // most confident first
    QCOMPARE(first.machine[0].confidence, 0.95f);
    QCOMPARE(first.machine[0].positives, quint64(0));
    QCOMPARE(first.machine[1].confidence, 0.8f);

    const InspectorTagGroups second = groupTagsOfImage(*data_, 1);
    QCOMPARE(names(second.positive), (QStringList{"Cat", "Tree", "Dog"}));
    QVERIFY(second.negative.isEmpty());
    QVERIFY(second.machine.isEmpty());

    QVERIFY(groupTagsOfImage(*data_, 99).positive.isEmpty()); // out of range: nothing, no crash
}

void TestImageInspector::showsGroupsWithFrequencies()
{
    ImageInspector inspector;
    inspector.setDataset(data_);
    inspector.showImage(0, 0, 3);
    QCOMPARE(inspector.titleText(), QString("img0.jpg"));
    QTreeWidget* tree = inspector.tagTree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QString("Positive (2)"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QString("Verified negative (1)"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QString("Machine (2)"));
    QTreeWidgetItem* cat = tree->topLevelItem(0)->child(0);
    QCOMPARE(cat->text(0), QString("Cat"));
    QCOMPARE(cat->text(1), QString("3"));
    QVERIFY(cat->text(2).isEmpty());
    QTreeWidgetItem* car = tree->topLevelItem(2)->child(0);
    QCOMPARE(car->text(0), QString("Car"));
    QCOMPARE(car->text(2), QString("0.95"));
}

void TestImageInspector::loadsThePictureOffTheGuiThread()
{
    ImageInspector inspector;
    inspector.setDataset(data_);
    inspector.showImage(0, 0, 3);
    QVERIFY(inspector.isLoading()); // returned before decoding
    QTRY_VERIFY(!inspector.preview()->image().isNull());
    QCOMPARE(inspector.preview()->image().size(), QSize(320, 200));
    // Moving on quickly: the newest image wins.
    inspector.showImage(0, 0, 3);
    inspector.showImage(1, 1, 3);
    QTRY_VERIFY(!inspector.isLoading());
    QTRY_VERIFY(qAbs(inspector.preview()->image().pixelColor(10, 10).red() - 160) < 8);
}

void TestImageInspector::reportsAMissingFile()
{
    ImageInspector inspector;
    inspector.setDataset(data_);
    inspector.showImage(2, 2, 3);
    QTRY_VERIFY(!inspector.isLoading());
    QVERIFY(inspector.preview()->image().isNull());
    QVERIFY(inspector.preview()->message().contains("img2.jpg"));
    QCOMPARE(inspector.tagTree()->topLevelItem(1)->text(0), QString("Verified negative (1)"));
}

void TestImageInspector::stepsThroughTheGrid()
{
    ImageInspector inspector;
    inspector.setDataset(data_);
    QSignalSpy steps(&inspector, &ImageInspector::stepRequested);
    const auto buttons = inspector.findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), 2);
    QToolButton* previous = buttons[0]->arrowType() == Qt::LeftArrow ? buttons[0] : buttons[1];
    QToolButton* next = previous == buttons[0] ? buttons[1] : buttons[0];
    inspector.showImage(0, 0, 3);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(steps.count(), 1);
    QCOMPARE(steps.last().first().toInt(), 1);
    inspector.showImage(2, 2, 3);
    QVERIFY(previous->isEnabled());
    QVERIFY(!next->isEnabled());
    previous->click();
    QCOMPARE(steps.last().first().toInt(), -1);
    inspector.showImage(-1, -1, 0);
    QVERIFY(!previous->isEnabled() && !next->isEnabled());
    QCOMPARE(inspector.tagTree()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestImageInspector)
#include "tst_image_inspector.moc"
