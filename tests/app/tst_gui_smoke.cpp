// The main window end to end on a small hand-made Open Images folder: import in a worker thread, tag
// table, histogram, filtering the grid by a tag, thumbnails, errors, drops, cancelling on close.
#include "browse/image_inspector.h"
#include "settings/language.h"
#include "window/import_report_dialog.h"
#include "window/main_window.h"

#include "dataset/demo_generator.h"
#include "dataset/synthetic_open_images.h"
#include "imaging/image_io.h"

#include "forms/task_progress_widget.h"
#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_panel.h"
#include "tags/tag_table_model.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QDropEvent>
#include <QHeaderView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <cstdlib>

using tagscope::gui::MainWindow;
using tagscope::ui::ThumbnailGridModel;
using tagscope::ui::VirtualThumbnailGrid;
using tagscope::ui::ThumbnailLoader;

namespace {

constexpr int kTrainImages = 300;
constexpr int kValidationImages = 40;
constexpr int kTags = 12;
constexpr int kMissingTrainImage = 7; // listed in the labels, no JPEG on disk
// Tag k is positive on every step[k]-th train image and verified negative on the image after it.
constexpr std::array<int, kTags> kStep = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 300};
const char* const kTagNames[kTags] = {"Person", "Shirt", "Dog", "Cat", "Bicycle", "Tree",
                                      "Car", "Umbrella", "Guitar", "Kite", "Zebra", "Quokka"};

QString trainId(int i) { return QStringLiteral("%1").arg(0x10000 + i, 16, 16, QLatin1Char('0')); }
QString validationId(int i) { return QStringLiteral("%1").arg(0x20000 + i, 16, 16, QLatin1Char('0')); }
QColor colorOfId(quint64 id) { return QColor::fromHsv(int(id * 47 % 360), 180, 60 + int(id * 29 % 180)); }

struct Expected {
    std::array<int, kTags> positive{};
    std::array<int, kTags> negative{};
};

void writeJpeg(const QString& path, const QColor& color)
{
    tagscope::RgbImage image;
    image.width = 40;
    image.height = 30;
    image.pixels.resize(40 * 30 * 3);
    for (std::size_t p = 0; p < image.pixels.size(); p += 3) {
        image.pixels[p] = std::uint8_t(color.red());
        image.pixels[p + 1] = std::uint8_t(color.green());
        image.pixels[p + 2] = std::uint8_t(color.blue());
    }
    std::string error;
    if (!tagscope::writeJpeg(QFile::encodeName(path).toStdString(), image, 95, &error))
        qFatal("%s", error.c_str());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// An Open Images V6 folder: class descriptions, train and validation labels (one bad row), JPEGs.
Expected writeSmallDataset(const QDir& dir)
{
    Expected expected;
    QByteArray classes = "LabelName,DisplayName\n";
    for (int k = 0; k < kTags; ++k)
        classes += QStringLiteral("/m/t%1,%2\n").arg(k).arg(kTagNames[k]).toUtf8();
    writeFile(dir.filePath("oidv6-class-descriptions.csv"), classes);

    dir.mkpath("train");
    dir.mkpath("validation");
    QByteArray train = "ImageID,Source,LabelName,Confidence\n";
    for (int i = 0; i < kTrainImages; ++i) {
        for (int k = 0; k < kTags; ++k) {
            if (i % kStep[k] == 0) {
                train += QStringLiteral("%1,verification,/m/t%2,1\n").arg(trainId(i)).arg(k).toUtf8();
                ++expected.positive[k];
            } else if (i % kStep[k] == 1) {
                train += QStringLiteral("%1,verification,/m/t%2,0\n").arg(trainId(i)).arg(k).toUtf8();
                ++expected.negative[k];
            }
        }
        if (i == 150)
            train += "not-a-hex-id,verification,/m/t0,1\n"; // the one row the import must skip
        if (i != kMissingTrainImage)
            writeJpeg(dir.filePath("train/" + trainId(i) + ".jpg"), colorOfId(0x10000 + i));
    }
    writeFile(dir.filePath("oidv6-train-annotations-human-imagelabels.csv"), train);

    QByteArray validation = "ImageID,Source,LabelName,Confidence\n";
    for (int i = 0; i < kValidationImages; ++i) {
        const int k = i % kTags;
        validation += QStringLiteral("%1,verification,/m/t%2,1\n").arg(validationId(i)).arg(k).toUtf8();
        ++expected.positive[k];
        writeJpeg(dir.filePath("validation/" + validationId(i) + ".jpg"), colorOfId(0x20000 + i));
    }
    writeFile(dir.filePath("validation-annotations-human-imagelabels.csv"), validation);
    return expected;
}

int rowOfImageName(const ThumbnailGridModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row).data(Qt::DisplayRole).toString() == name)
            return row;
    return -1;
}

bool sameColor(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestGuiSmoke : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDatasetAndFiltersByTag();
    void thumbnailsArriveAndMissingImagesShowAsMissing();
    void gridKeysDriveTheInspector();
    void unreadablePathsProduceErrors_data();
    void unreadablePathsProduceErrors();
    void droppedFolderOpens();
    void closingDuringImportCancelsCleanly();
    void cancelKeepsTheOpenDataset();
    void rememberedDatasetOpensAtStartup();
    void opensGeneratedDemoDataset();
    void showAllClearsTheTagTableSelection();
    void zoomKeepsTheSelectedImage();
    void cooccurrenceTabGivesTheGridItsRowsBack();
    void tagColumnWidthsSurviveARestart();

private:
    bool openAndWait(MainWindow& window, const QString& path);

    QTemporaryDir folder_;
    Expected expected_;
};

void TestGuiSmoke::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName("TagscopeTest");
    QCoreApplication::setApplicationName("TagscopeGuiSmoke");
    QCOMPARE(tagscope::gui::installTranslations(*QCoreApplication::instance(), "en"), QStringLiteral("en")); // English plurals
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    QVERIFY(folder_.isValid());
    expected_ = writeSmallDataset(QDir(folder_.path()));
}

bool TestGuiSmoke::openAndWait(MainWindow& window, const QString& path)
{
    window.openDataset(path);
    if (!QTest::qWaitFor([&] { return !window.isBusy() && window.dataset() && !window.isFiltering(); }, 60000))
        return false;
    return window.dataset()->path == path;
}

void TestGuiSmoke::opensDatasetAndFiltersByTag()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.dataset());
    window.openDataset(folder_.path());
    QVERIFY(window.isBusy()); // the import runs in a worker: the call returned at once
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 60000);
    QCOMPARE(window.dataset()->path, folder_.path());

    const auto& dataset = window.dataset()->dataset;
    QCOMPARE(int(dataset.imageCount()), kTrainImages + kValidationImages);
    QCOMPARE(int(dataset.tagCount()), kTags);
    QCOMPARE(window.tagPanel()->model()->rowCount(), kTags);
    QCOMPARE(window.tagPanel()->table()->model()->rowCount(), kTags);
    QCOMPARE(window.histogram()->bars().size(), kTags);
    QTRY_COMPARE(window.gridModel()->rowCount(), kTrainImages + kValidationImages);
    QVERIFY(window.windowTitle().contains(QFileInfo(folder_.path()).fileName()));
    QVERIFY(window.issueSummary().contains("1 row skipped"));
    auto* issues = window.findChild<QLabel*>("importIssuesLabel");
    QVERIFY(issues && issues->isVisible());
    Q_EMIT issues->linkActivated("#report"); // the "details" link
    auto* report = window.findChild<tagscope::gui::ImportReportDialog*>();
    QVERIFY(report);
    QCOMPARE(report->issueList()->topLevelItemCount(), 1);
    const QString reportText = report->issuesAsText();
    QVERIFY2(reportText.contains("oidv6-train-annotations-human-imagelabels.csv:") && reportText.contains("not-a-hex-id"),
             qPrintable(reportText));
    report->close();
    auto* summary = window.findChild<QLabel*>("datasetSummaryLabel");
    QVERIFY(summary);
    QVERIFY2(summary->text().contains("340 images") && summary->text().contains("12 tags"), qPrintable(summary->text()));

    // A tag chosen in the table filters the grid to its positive images.
    for (int tag : {1, 4, 11}) {
        window.tagPanel()->selectTag(tag);
        QCOMPARE(window.currentTag(), tag);
        QTRY_COMPARE(window.gridModel()->rowCount(), expected_.positive[tag]);
        QCOMPARE(window.filterBar()->countText(), QStringLiteral("%1 of 340 images").arg(expected_.positive[tag]));
        QCOMPARE(window.histogram()->selectedTag(), tag);
        for (int row = 0; row < window.gridModel()->rowCount(); ++row) {
            const int image = window.gridModel()->imageAt(row);
            QCOMPARE(dataset.labelState(std::size_t(image), std::uint32_t(tag)), tagscope::LabelState::Positive);
        }
    }

    // A bar clicked in the histogram does the same, and the table follows.
    Q_EMIT window.histogram()->tagClicked(3);
    QTRY_COMPARE(window.currentTag(), 3);
    QCOMPARE(window.tagPanel()->currentTag(), 3);
    QTRY_COMPARE(window.gridModel()->rowCount(), expected_.positive[3]);

    // The label state can be switched to verified negatives.
    window.filterBar()->setLabelFilter(tagscope::ui::ImageFilterBar::LabelFilter::Negative);
    QTRY_COMPARE(window.gridModel()->rowCount(), expected_.negative[3]);
    window.filterBar()->setLabelFilter(tagscope::ui::ImageFilterBar::LabelFilter::Unknown);
    QTRY_COMPARE(window.gridModel()->rowCount(), kTrainImages + kValidationImages - expected_.positive[3] - expected_.negative[3]);

    // A typed expression replaces the tag filter; validation rows are all positive, so they add to t3's negatives.
    QLineEdit* expression = window.filterBar()->expressionEdit();
    QTest::keyClicks(expression, "\"/m/t3\":negative OR split:val");
    QTest::keyClick(expression, Qt::Key_Return);
    QTRY_COMPARE(window.gridModel()->rowCount(), expected_.negative[3] + kValidationImages);
    QCOMPARE(window.currentTag(), -1);
    QVERIFY(window.filterBar()->countText().startsWith(QString::number(expected_.negative[3] + kValidationImages)));

    // A malformed one is reported with its column under the box and leaves the grid and its title as they were.
    QSignalSpy filterFailed(&window, &MainWindow::filterFailed);
    const QString title = window.filterBar()->title();
    expression->selectAll(); // typed over: an emptied box would show all images
    QTest::keyClicks(expression, "(/m/t3 AND");
    QTest::keyClick(expression, Qt::Key_Return);
    QTRY_COMPARE(filterFailed.count(), 1);
    QVERIFY2(filterFailed.first().at(0).toString().contains("column"), qPrintable(filterFailed.first().at(0).toString()));
    QCOMPARE(window.gridModel()->rowCount(), expected_.negative[3] + kValidationImages);
    QVERIFY(window.filterBar()->errorLabel()->isVisible());
    QVERIFY2(window.filterBar()->errorLabel()->text().contains("column 11"), qPrintable(window.filterBar()->errorLabel()->text()));
    QCOMPARE(window.filterBar()->title(), title);
    QVERIFY(!window.isFiltering());

    // An unknown tag: the closest names are offered, and a click on one applies the corrected expression.
    expression->selectAll();
    QTest::keyClicks(expression, "Persn OR Zebra");
    QTest::keyClick(expression, Qt::Key_Return);
    QTRY_COMPARE(filterFailed.count(), 2);
    QLabel* error = window.filterBar()->errorLabel();
    QVERIFY2(error->text().contains("no tag named") && error->text().contains(">Person</a>"), qPrintable(error->text()));
    QCOMPARE(window.filterBar()->title(), title);
    Q_EMIT error->linkActivated("0");
    QCOMPARE(expression->text(), QStringLiteral("Person OR Zebra"));
    int personOrZebra = 0; // tags 0 and 10
    for (std::size_t image = 0; image < dataset.imageCount(); ++image)
        personOrZebra += dataset.labelState(image, 0) == tagscope::LabelState::Positive
                      || dataset.labelState(image, 10) == tagscope::LabelState::Positive;
    QTRY_COMPARE(window.gridModel()->rowCount(), personOrZebra);
    QVERIFY(error->isHidden());
    QCOMPARE(window.filterBar()->title(), QStringLiteral("Images matching Person OR Zebra"));

    window.showAllImages();
    QTRY_COMPARE(window.gridModel()->rowCount(), kTrainImages + kValidationImages);
    QVERIFY(expression->text().isEmpty());
}

void TestGuiSmoke::thumbnailsArriveAndMissingImagesShowAsMissing()
{
    MainWindow window;
    window.resize(1280, 860); // a fresh configuration has no saved geometry: make room for 10+ cells
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, folder_.path()));
    ThumbnailGridModel* model = window.gridModel();

    const int row = rowOfImageName(*model, trainId(42));
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row);
    // Only rows on screen are decoded: requests scrolled away are dropped.
    window.gridView()->scrollToRow(row, VirtualThumbnailGrid::ScrollHint::PositionAtCenter);
    QTRY_COMPARE_WITH_TIMEOUT(index.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Loaded), 20000);
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(thumbnail.size(), QSize(40, 30));
    QVERIFY(sameColor(thumbnail.pixelColor(20, 15), colorOfId(0x10000 + 42), 12));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(trainId(42)));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains("Person")); // tag 0 is on every train image

    const int missingRow = rowOfImageName(*model, trainId(kMissingTrainImage));
    QVERIFY(missingRow >= 0);
    const QModelIndex missing = model->index(missingRow);
    window.gridView()->scrollToRow(missingRow, VirtualThumbnailGrid::ScrollHint::PositionAtCenter);
    QTRY_COMPARE_WITH_TIMEOUT(missing.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Failed), 20000);
    QVERIFY(missing.data(Qt::ToolTipRole).toString().contains(trainId(kMissingTrainImage) + ".jpg"));

    // The visible part of the grid fills in by itself.
    QTRY_VERIFY_WITH_TIMEOUT(model->loader()->cachedCount() >= 10, 20000);
}

void TestGuiSmoke::gridKeysDriveTheInspector()
{
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, folder_.path()));
    VirtualThumbnailGrid* grid = window.gridView();
    ThumbnailGridModel* model = window.gridModel();
    QTRY_COMPARE(grid->currentRow(), 0); // a new filter starts on its first image
    QCOMPARE(window.inspector()->image(), model->imageAt(0));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(window.inspector()->image(), model->imageAt(1));
    QCOMPARE(window.inspector()->titleText(), model->index(1).data().toString());
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(window.inspector()->image(), model->imageAt(model->rowCount() - 1));
    Q_EMIT window.inspector()->stepRequested(-1); // the inspector's Previous button
    QCOMPARE(grid->currentRow(), model->rowCount() - 2);
    QTest::keyClick(grid, Qt::Key_Home);
    QTRY_VERIFY_WITH_TIMEOUT(!window.inspector()->isLoading(), 20000);
    QVERIFY(!window.inspector()->tagTree()->topLevelItem(0)->text(0).isEmpty());
}

void TestGuiSmoke::unreadablePathsProduceErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing folder") << "missing";
    QTest::newRow("folder without a dataset") << "empty";
    QTest::newRow("a plain file") << "file";
}

void TestGuiSmoke::unreadablePathsProduceErrors()
{
    QFETCH(QString, kind);
    QTemporaryDir scratch;
    QString path;
    if (kind == "missing")
        path = scratch.filePath("no/such/folder");
    else if (kind == "empty")
        path = scratch.path();
    else {
        path = scratch.filePath("labels.txt");
        writeFile(path, "not a dataset");
    }

    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, folder_.path()));
    const auto before = window.dataset();

    QSignalSpy failed(&window, &MainWindow::openFailed);
    window.openDataset(path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY2(window.lastError().contains(path), qPrintable(window.lastError()));
    QCOMPARE(window.dataset(), before); // what was open stays open
    QTRY_VERIFY(window.findChild<QMessageBox*>("openErrorBox"));
    auto* box = window.findChild<QMessageBox*>("openErrorBox");
    QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
    box->close();
    QCOMPARE(window.tagPanel()->model()->rowCount(), kTags);
}

void TestGuiSmoke::droppedFolderOpens()
{
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder_.path())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 60000);
    QCOMPARE(window.dataset()->path, folder_.path());

    QMimeData text;
    text.setText("hello");
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestGuiSmoke::closingDuringImportCancelsCleanly()
{
    {
        MainWindow window;
        window.show();
        window.openDataset(folder_.path());
        QVERIFY(window.isBusy());
        QVERIFY(window.close());
        QVERIFY(!window.isBusy()); // close() cancelled the worker and waited for it
    }
    {
        auto* window = new MainWindow;
        window->openDataset(folder_.path());
        delete window; // destroyed mid-import: must not crash or leak a running thread
    }
    QVERIFY(QSettings().contains("window/geometry"));
}

void TestGuiSmoke::cancelKeepsTheOpenDataset()
{
    // Labels only, big enough that the import is still running when Cancel is pressed.
    QTemporaryDir big;
    tagscope::SyntheticOptions options;
    options.outputFolder = QFile::encodeName(big.path()).toStdString();
    options.images = 300000;
    options.rows = 1500000;
    options.tags = 5000;
    options.machineRowsPerRow = 0; // human-verified labels are enough to keep the import busy
    tagscope::writeSyntheticOpenImages(options);

    MainWindow window;
    QVERIFY(openAndWait(window, folder_.path()));
    const auto before = window.dataset();
    auto* progress = window.findChild<tagscope::ui::TaskProgressWidget*>();
    QVERIFY(progress && progress->isHidden());

    window.openDataset(big.path());
    QVERIFY(window.isBusy());
    QVERIFY(!progress->isHidden());
    progress->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY(progress->isHidden());
    QCOMPARE(window.dataset(), before); // the cancelled import is discarded, the open dataset stays
    QVERIFY(window.lastError().isEmpty());
    QCOMPARE(window.tagPanel()->model()->rowCount(), kTags);
}

void TestGuiSmoke::rememberedDatasetOpensAtStartup()
{
    {
        MainWindow window;
        QVERIFY(openAndWait(window, folder_.path()));
        window.close();
    }
    const QStringList recent = QSettings().value("recentDatasets").toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first(), QDir(folder_.path()).absolutePath());

    MainWindow window;
    window.openAtStartup(QString());
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 60000);
    QCOMPARE(QDir(window.dataset()->path).absolutePath(), QDir(folder_.path()).absolutePath());
}

void TestGuiSmoke::opensGeneratedDemoDataset()
{
    QTemporaryDir demo;
    tagscope::DemoOptions options;
    options.outputFolder = QFile::encodeName(demo.path()).toStdString();
    options.images = 300;
    tagscope::DemoSummary summary;
    try {
        summary = tagscope::generateDemoDataset(options);
    } catch (const std::exception& error) {
        QFAIL(qPrintable(QString("the demo generator failed: %1").arg(error.what())));
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, demo.path()));
    const auto& dataset = window.dataset()->dataset;
    QCOMPARE(dataset.imageCount(), summary.images);
    QCOMPARE(window.tagPanel()->model()->rowCount(), int(dataset.tagCount()));
    QCOMPARE(window.histogram()->bars().size(), int(dataset.tagCount()));

    // The most frequent tag filters the grid to exactly its positive images.
    const int tag = window.histogram()->bars().first().tag;
    int positives = 0;
    for (std::size_t image = 0; image < dataset.imageCount(); ++image)
        positives += dataset.labelState(image, std::uint32_t(tag)) == tagscope::LabelState::Positive;
    QVERIFY(positives > 0);
    window.tagPanel()->selectTag(tag);
    QTRY_COMPARE(window.gridModel()->rowCount(), positives);
    const QModelIndex first = window.gridModel()->index(0);
    first.data(Qt::DecorationRole);
    QTRY_COMPARE_WITH_TIMEOUT(first.data(ThumbnailGridModel::ThumbnailStateRole).toInt(), int(ThumbnailLoader::State::Loaded), 20000);
}

// Esc (Show All Images) leaves no tag highlighted in the table, whether a tag or an expression filtered the grid.
void TestGuiSmoke::showAllClearsTheTagTableSelection()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, folder_.path()));
    QTableView* table = window.tagPanel()->table();
    auto showAll = [&] {
        QApplication::setActiveWindow(&window);
        QTest::keyClick(window.gridView(), Qt::Key_Escape);
        QTRY_COMPARE(window.gridModel()->rowCount(), kTrainImages + kValidationImages);
    };
    window.tagPanel()->selectTag(2);
    QTRY_COMPARE(window.gridModel()->rowCount(), expected_.positive[2]);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    showAll();
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!table->selectionModel()->currentIndex().isValid());
    QCOMPARE(window.tagPanel()->currentTag(), -1);

    window.tagPanel()->selectTag(4);
    QTRY_COMPARE(window.gridModel()->rowCount(), expected_.positive[4]);
    window.setFilterExpression("Dog OR Cat"); // replaces the tag: its row is no longer highlighted
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QTRY_VERIFY(window.gridModel()->rowCount() > expected_.positive[2]);
    showAll();
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(window.currentTag(), -1);
}

// Ctrl+Plus and Ctrl+Minus change the thumbnail size and keep the current image, the selection and the inspector.
void TestGuiSmoke::zoomKeepsTheSelectedImage()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, folder_.path()));
    VirtualThumbnailGrid* grid = window.gridView();
    QTRY_COMPARE(grid->currentRow(), 0);
    grid->setCurrentRow(150);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    const QVector<int> selected = grid->selectedRows();
    QCOMPARE(selected, (QVector<int>{150, 151}));
    const int image = window.inspector()->image();
    QCOMPARE(image, window.gridModel()->imageAt(151));
    const int side = grid->thumbnailSide();
    QApplication::setActiveWindow(&window);
    QTest::keySequence(grid, QKeySequence::ZoomIn);
    QVERIFY(grid->thumbnailSide() > side);
    QCOMPARE(grid->currentRow(), 151);
    QCOMPARE(grid->selectedRows(), selected);
    QCOMPARE(window.inspector()->image(), image);
    QVERIFY(grid->viewport()->rect().contains(grid->visualRect(151)));
    QTest::keySequence(grid, QKeySequence::ZoomOut);
    QTest::keySequence(grid, QKeySequence::ZoomOut);
    QVERIFY(grid->thumbnailSide() < side);
    QCOMPARE(grid->selectedRows(), selected);
    QVERIFY(grid->viewport()->rect().contains(grid->visualRect(151)));
}

// The co-occurrence tab grows the analysis pane while it shows; another tab gives the grid its rows back.
void TestGuiSmoke::cooccurrenceTabGivesTheGridItsRowsBack()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, folder_.path()));
    auto* splitter = window.findChild<QSplitter*>("rightSplitter");
    QVERIFY(splitter);
    QVERIFY(window.showAnalysisTab("frequency"));
    const QList<int> before = splitter->sizes();
    QVERIFY(window.showAnalysisTab("cooccurrence"));
    QVERIFY2(splitter->sizes()[1] > before[1], qPrintable(QString::number(splitter->sizes()[1])));
    QVERIFY(window.showAnalysisTab("summary"));
    QCOMPARE(splitter->sizes(), before);
    window.analysisTabs()->setCurrentIndex(2); // a click on the tab does the same
    QVERIFY(splitter->sizes()[1] > before[1]);
    window.analysisTabs()->setCurrentIndex(0);
    QCOMPARE(splitter->sizes(), before);
}

// Tag table columns the user resized keep their width when the window opens again.
void TestGuiSmoke::tagColumnWidthsSurviveARestart()
{
    int bandWidth = 0;
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, folder_.path()));
        QHeaderView* header = window.tagPanel()->table()->horizontalHeader();
        bandWidth = header->sectionSize(tagscope::ui::TagTableModel::BandColumn) + 37;
        header->resizeSection(tagscope::ui::TagTableModel::BandColumn, bandWidth);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, folder_.path()));
    QCOMPARE(window.tagPanel()->table()->horizontalHeader()->sectionSize(tagscope::ui::TagTableModel::BandColumn), bandWidth);
    QSettings().remove("window/tagHeader");
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
