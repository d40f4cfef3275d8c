// Review corrections in the window, on a generated demo dataset whose decisions the engine's CorrectionStore writes
// into the test's private data folder: the inspector marks a corrected label (with the annotations' state in its
// tooltip), the `corrected` filter finds exactly the images whose labels changed, the tag table counts follow,
// refreshCorrections() keeps the filter and the current image (found again by name when an image is left out),
// refreshes asked for while one runs are coalesced, and View > Show Review Corrections shows the original. The
// training form's "Use review corrections" reaches the config; a tiny training run records the decisions; Train Again
// starts a run compared with the first; Review Labels with this Run predicts, and cross-validates 2 folds off the GUI
// thread, cancelled after the first fold and resumed from it. The long-tail plot colours tags by incompleteness.
#include "browse/image_inspector.h"
#include "common/focused_wheel_filter.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "settings/language.h"
#include "training/review_run_dialog.h"
#include "training/review_scores_runner.h"
#include "training/run_comparison_view.h"
#include "training/run_history_panel.h"
#include "training/training_controller.h"
#include "training/training_form.h"
#include "training/training_panel.h"
#include "window/main_window.h"

#include "dataset/dataset_loader.h"
#include "dataset/demo_generator.h"
#include "quality/corrections.h"

#include "forms/parameter_form.h"
#include "map/embedding_map_view.h"
#include "map/map_legend.h"
#include "plots/long_tail_plot.h"
#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_panel.h"
#include "tags/tag_table_model.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include "private_settings.h"

#include <QAction>
#include <QPushButton>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

using namespace tagscope;
using namespace tagscope::gui;

namespace {

// The tag rows of the inspector, with whether each is marked corrected.
struct ShownTag {
    int tag;
    bool corrected;
    QString toolTip;
};
QVector<ShownTag> inspectorTags(ImageInspector* inspector)
{
    QVector<ShownTag> out;
    auto* tree = inspector->findChild<QTreeWidget*>(QStringLiteral("inspectorTags"));
    for (int g = 0; tree && g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
            out.push_back({item->data(0, Qt::UserRole).toInt(), item->data(0, ImageInspector::kCorrectedRole).toBool(), item->toolTip(0)});
        }
    return out;
}

QJsonObject startLineOf(const QString& runDirectory)
{
    QFile file(runDirectory + "/metrics.jsonl");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value("type").toString() == "start")
            return object;
    }
    return {};
}

void setField(TrainingForm* form, const QString& key, const QVariant& value)
{
    ui::ParameterForm* section = form->sectionOf(key);
    QVERIFY2(section, qPrintable(key));
    section->setValue(key, value);
}

} // namespace

class TestCorrectionsWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void correctionsShowInTheWindow();
    void refreshesAreCoalesced();
    void trainingFormUsesCorrections();
    void runsRecordCorrectionsAndTrainAgain();
    void reviewLabelsWithThisRun();
    void longTailColoursByIncompleteness();

private:
    void waitUntilIdle(MainWindow& window);
    QTemporaryDir dir_;
    QString demo_;
    QString run_; // trained by runsRecordCorrectionsAndTrainAgain, used by reviewLabelsWithThisRun
};

void TestCorrectionsWindow::initTestCase()
{
    const QString home = usePrivateSettings(); // the corrections live in its data folder
    QCoreApplication::setOrganizationName(QStringLiteral("TagscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TagscopeCorrectionsWindow"));
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en")); // plurals
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(QSettings().fileName().startsWith(home + "/"), qPrintable(QSettings().fileName()));
    QSettings().clear();
    FocusedWheelFilter::install(*qApp);
    QVERIFY(dir_.isValid());
    demo_ = dir_.path() + "/demo";
    DemoOptions options;
    options.outputFolder = QFile::encodeName(demo_).toStdString();
    options.images = 240;
    options.imageSize = 32;
    options.seed = 11;
    generateDemoDataset(options);
    QVERIFY(QString::fromStdString(defaultCorrectionsFolder(QFile::encodeName(demo_).toStdString())).startsWith(home));
}

void TestCorrectionsWindow::waitUntilIdle(MainWindow& window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && !window.isFiltering() && !window.isRefreshingCorrections(), 60000);
}

void TestCorrectionsWindow::correctionsShowInTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(window.showCorrectionsAction()->isChecked()); // on by default
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_);
    QVERIFY(shown.wait(60000));
    waitUntilIdle(window);
    const auto original = window.dataset();
    const Dataset& dataset = original->dataset;
    QCOMPARE(original->correctedLabelCount(), std::size_t(0));
    QVERIFY(window.correctionsSummary().isEmpty());

    // Tag 0: two images where it is unknown become positive, one where it is positive becomes a verified negative,
    // and one positive is confirmed (no change).
    const std::uint32_t tag = 0;
    std::vector<std::size_t> unknown, positive;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i) {
        if (dataset.labelState(i, tag) == LabelState::Positive)
            positive.push_back(i);
        else if (dataset.labelState(i, tag) == LabelState::Unknown)
            unknown.push_back(i);
    }
    QVERIFY(unknown.size() >= 2 && positive.size() >= 2);
    const std::size_t a = unknown[0], b = unknown[1], c = positive[0], d = positive[1];
    const std::string labelName = dataset.tag(tag).labelName;
    CorrectionStore store(defaultCorrectionsFolder(QFile::encodeName(demo_).toStdString()));
    store.decide({{dataset.imageName(a), labelName, LabelState::Positive},
                  {dataset.imageName(b), labelName, LabelState::Positive},
                  {dataset.imageName(c), labelName, LabelState::Negative},
                  {dataset.imageName(d), labelName, LabelState::Positive}});
    const quint64 positivesBefore = original->statistics.all.tags[tag].positive;

    // A filter and a current image that the refresh keeps.
    window.setFilterExpression("split:train");
    waitUntilIdle(window);
    const int row = 7;
    window.gridView()->setCurrentRow(row);
    window.gridView()->setSelectedRows({2, 3, 4, row});
    const int currentImage = window.gridModel()->imageAt(row);
    const auto selectedImages = [&] {
        QVector<int> images;
        for (int r : window.gridView()->selectedRows())
            images.push_back(window.gridModel()->imageAt(r));
        return images;
    };
    const QVector<int> selected = selectedImages();
    QCOMPARE(selected.size(), 4);
    // Embeddings of every image, the map coloured by the tag: its colours follow the refresh, its points stay.
    auto vectors = std::make_shared<FloatMatrix>(dataset.imageCount(), 4);
    std::vector<std::uint32_t> ids;
    for (std::size_t i = 0; i < dataset.imageCount(); ++i) {
        ids.push_back(static_cast<std::uint32_t>(i));
        for (std::size_t d = 0; d < 4; ++d)
            vectors->at(i, d) = float((i * 7 + d * 13) % 17);
    }
    window.embeddingStore()->setEmbeddings(vectors, ids, QStringLiteral("generated.npy"), QString());
    window.embeddingPage()->setColouring(MapColourMode::Tag, int(tag));
    const auto legendCount = [&](int entry) { return window.embeddingPage()->map()->legend()->entries().value(entry).count; };
    const qint64 mapPositivesBefore = legendCount(0);
    QCOMPARE(mapPositivesBefore, qint64(positivesBefore));

    // The tag table sorted by name, scrolled; the histogram zoomed: a refresh keeps both views.
    window.tagPanel()->table()->sortByColumn(ui::TagTableModel::NameColumn, Qt::AscendingOrder);
    window.histogram()->plot()->xAxis->setRange(2, 9);
    const QString firstRowName = window.tagPanel()->table()->model()->index(0, ui::TagTableModel::NameColumn).data().toString();
    QSignalSpy refreshed(&window, &MainWindow::correctionsRefreshed);
    window.refreshCorrections();
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QVERIFY(window.dataset() != original);
    QCOMPARE(window.tagPanel()->table()->horizontalHeader()->sortIndicatorSection(), int(ui::TagTableModel::NameColumn));
    QCOMPARE(window.tagPanel()->table()->model()->index(0, ui::TagTableModel::NameColumn).data().toString(), firstRowName);
    QCOMPARE(window.histogram()->plot()->xAxis->range().lower, 2.0);
    QCOMPARE(window.histogram()->plot()->xAxis->range().upper, 9.0);
    QCOMPARE(window.embeddingStore()->rows(), dataset.imageCount());
    QCOMPARE(legendCount(0), mapPositivesBefore + 1);
    QCOMPARE(window.filterBar()->expression(), QString("split:train"));
    QCOMPARE(window.gridModel()->imageAt(window.gridView()->currentRow()), currentImage);
    QCOMPARE(window.inspector()->image(), currentImage);
    QCOMPARE(selectedImages(), selected);

    // The counts: two positives more, one fewer, in the statistics and in the tag table.
    QCOMPARE(window.dataset()->correctedLabelCount(), std::size_t(3));
    QCOMPARE(window.dataset()->statistics.all.tags[tag].positive, positivesBefore + 1);
    const ui::TagTableModel* table = window.tagPanel()->model();
    QCOMPARE(table->tags()[table->rowForTag(int(tag))].positive, positivesBefore + 1);
    QCOMPARE(window.correctionsSummary(), QString("3 corrected labels"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("correctionsLabel"));
    QVERIFY(label && label->isVisible() && label->text() == "3 corrected labels");

    // The inspector marks the corrected label, with the state the annotations give it; the confirmed one is not marked.
    window.showImageInInspector(int(a));
    bool marked = false;
    for (const ShownTag& shownTag : inspectorTags(window.inspector())) {
        if (shownTag.tag == int(tag)) {
            marked = shownTag.corrected;
            QVERIFY2(shownTag.toolTip.contains("the annotations say unknown"), qPrintable(shownTag.toolTip));
        } else {
            QVERIFY(!shownTag.corrected);
        }
    }
    QVERIFY(marked);
    window.showImageInInspector(int(c));
    const QVector<ShownTag> ofC = inspectorTags(window.inspector());
    QVERIFY(std::any_of(ofC.begin(), ofC.end(), [&](const ShownTag& t) { return t.tag == int(tag) && t.corrected && t.toolTip.contains("positive"); }));
    window.showImageInInspector(int(d));
    for (const ShownTag& shownTag : inspectorTags(window.inspector()))
        QVERIFY(!shownTag.corrected);

    // `corrected` finds exactly those images; `corrected:TAG` the same for the tag.
    QVector<int> expected{int(a), int(b), int(c)};
    std::sort(expected.begin(), expected.end());
    window.setFilterExpression("corrected");
    waitUntilIdle(window);
    QCOMPARE(window.gridModel()->images(), expected);
    window.setFilterExpression(QString("corrected:\"%1\"").arg(QString::fromStdString(dataset.tag(tag).displayName)));
    waitUntilIdle(window);
    QCOMPARE(window.gridModel()->images(), expected);

    // The toggle shows the original: nothing corrected, the counts as the files give them; the filter stays.
    window.setFilterExpression("corrected");
    waitUntilIdle(window);
    window.showCorrectionsAction()->setChecked(false);
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QVERIFY(!QSettings().value("view/reviewCorrections").toBool());
    QCOMPARE(window.dataset()->correctedLabelCount(), std::size_t(0));
    QCOMPARE(window.dataset()->statistics.all.tags[tag].positive, positivesBefore);
    QCOMPARE(window.filterBar()->expression(), QString("corrected"));
    QVERIFY(window.gridModel()->images().isEmpty());
    QVERIFY(window.correctionsSummary().isEmpty());
    window.showCorrectionsAction()->setChecked(true);
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QCOMPARE(window.gridModel()->images(), expected);

    // An image left out: the indices after it move up; the current image is found again by its name.
    window.setFilterExpression("split:train");
    waitUntilIdle(window);
    const int keptRow = window.gridModel()->rowCount() - 3;
    window.gridView()->setCurrentRow(keptRow);
    const std::string keptName = window.dataset()->dataset.imageName(std::size_t(window.gridModel()->imageAt(keptRow)));
    std::size_t e = 0; // an image with no corrected label
    while (e == a || e == b || e == c)
        ++e;
    store.leaveOut({dataset.imageName(e)});
    window.refreshCorrections();
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QCOMPARE(window.dataset()->dataset.imageCount(), dataset.imageCount() - 1);
    QCOMPARE(window.dataset()->dataset.imageName(std::size_t(window.gridModel()->imageAt(window.gridView()->currentRow()))), keptName);
    QCOMPARE(window.correctionsSummary(), QString("3 corrected labels, 1 image left out"));

    store.withdraw({{dataset.imageName(a), labelName}, {dataset.imageName(b), labelName}, {dataset.imageName(c), labelName}, {dataset.imageName(d), labelName}});
    window.refreshCorrections();
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QCOMPARE(window.correctionsSummary(), QString("1 image left out"));
    store.keep({dataset.imageName(e)});
    window.refreshCorrections();
    QVERIFY(refreshed.wait(60000));
    waitUntilIdle(window);
    QCOMPARE(window.dataset()->dataset.imageCount(), dataset.imageCount());
}

void TestCorrectionsWindow::refreshesAreCoalesced()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_);
    QVERIFY(shown.wait(60000));
    waitUntilIdle(window);
    QSignalSpy refreshed(&window, &MainWindow::correctionsRefreshed);
    for (int i = 0; i < 6; ++i)
        window.refreshCorrections(); // as a burst of decisions asks: one runs, the others make one more
    QVERIFY(window.isRefreshingCorrections());
    waitUntilIdle(window);
    QTRY_COMPARE(refreshed.count(), 2);
    QTest::qWait(200);
    QCOMPARE(refreshed.count(), 2);
}

void TestCorrectionsWindow::trainingFormUsesCorrections()
{
    TrainingForm form;
    ui::ParameterForm* data = form.section("data");
    QVERIFY(data->value("use_corrections").toBool()); // on by default
    QVERIFY(QJsonDocument::fromJson(form.configJson()).object().value("use_corrections").toBool());
    data->setValue("use_corrections", false);
    QCOMPARE(QJsonDocument::fromJson(form.configJson()).object().value("use_corrections").toBool(true), false);
    form.setConfigJson(R"({"use_corrections": true})");
    QVERIFY(form.section("data")->value("use_corrections").toBool());
}

void TestCorrectionsWindow::runsRecordCorrectionsAndTrainAgain()
{
    const std::string datasetPath = QFile::encodeName(demo_).toStdString();
    CorrectionStore store(defaultCorrectionsFolder(datasetPath));
    const Dataset dataset = loadDataset(datasetPath).dataset;
    store.decide({{dataset.imageName(3), dataset.tag(1).labelName, LabelState::Positive}});
    const std::string hash = store.hash();
    QVERIFY(!hash.empty());

    TrainingPanel panel;
    panel.setRunsFolder(dir_.path() + "/runs");
    TrainingForm* form = panel.form();
    form->applyPreset(1);
    setField(form, "dataset", demo_);
    setField(form, "backbone.name", "small_cnn");
    setField(form, "backbone.input_size", 32.0);
    setField(form, "epochs", 1.0);
    setField(form, "batch_size", 32.0);
    setField(form, "workers", 1.0);
    setField(form, "threads", 1.0);
    setField(form, "device", "cpu");
    QSignalSpy finished(panel.controller(), &TrainingController::finished);
    QVERIFY(panel.start());
    QVERIFY(finished.wait(120000));
    run_ = panel.controller()->runDirectory();
    const QJsonObject corrections = startLineOf(run_).value("corrections").toObject();
    QCOMPARE(corrections.value("hash").toString(), QString::fromStdString(hash));
    QCOMPARE(corrections.value("labels").toInt(), int(store.labelCount()));

    // Train Again: a new run at once with the same settings, named after the first and compared with it.
    store.decide({{dataset.imageName(4), dataset.tag(1).labelName, LabelState::Positive}});
    QTRY_VERIFY_WITH_TIMEOUT(panel.history()->find(run_) && !panel.history()->isScanning(), 10000);
    panel.history()->selectRuns({run_});
    QVERIFY(panel.history()->trainAgainButton()->isEnabled());
    panel.history()->trainAgainButton()->click();
    const QString again = panel.controller()->runDirectory();
    QCOMPARE(QFileInfo(again).fileName(), QFileInfo(run_).fileName() + "-after-review");
    QCOMPARE(panel.comparisonRun(), QDir::cleanPath(run_));
    QVERIFY(finished.wait(120000));
    const QJsonObject after = startLineOf(again).value("corrections").toObject();
    QCOMPARE(after.value("labels").toInt(), int(store.labelCount()));
    QVERIFY(after.value("hash").toString() != QString::fromStdString(hash));
    QJsonObject firstConfig = QJsonDocument::fromJson([&] { QFile f(run_ + "/config.json"); f.open(QIODevice::ReadOnly); return f.readAll(); }()).object();
    QJsonObject againConfig = QJsonDocument::fromJson([&] { QFile f(again + "/config.json"); f.open(QIODevice::ReadOnly); return f.readAll(); }()).object();
    QCOMPARE(againConfig.value("epochs"), firstConfig.value("epochs"));
    QCOMPARE(againConfig.value("backbone"), firstConfig.value("backbone"));
    // The comparison says which decisions each run trained with.
    panel.comparisonView()->setRuns(readRun(QFile::encodeName(run_).toStdString()), readRun(QFile::encodeName(again).toStdString()));
    auto* table = panel.comparisonView()->findChild<QTableWidget*>();
    QVERIFY(table);
    int correctionsRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == "Review corrections")
            correctionsRow = r;
    QVERIFY(correctionsRow >= 0);
    QVERIFY2(table->item(correctionsRow, 0)->text().startsWith("1 label decision, 0 images left out ("),
             qPrintable(table->item(correctionsRow, 0)->text()));
    QVERIFY2(table->item(correctionsRow, 1)->text().contains(after.value("hash").toString()), qPrintable(table->item(correctionsRow, 1)->text()));
    store.withdraw({{dataset.imageName(3), dataset.tag(1).labelName}, {dataset.imageName(4), dataset.tag(1).labelName}});
}

void TestCorrectionsWindow::reviewLabelsWithThisRun()
{
    QVERIFY2(!run_.isEmpty(), "needs the run trained by runsRecordCorrectionsAndTrainAgain");

    // The dialog warns that the run's own training split gives in-sample scores.
    ReviewRunDialog dialog(run_, "train");
    dialog.setSplit("train");
    QVERIFY(dialog.isInSample());
    QVERIFY(!dialog.warningLabel()->isHidden());
    dialog.setSplit("validation");
    QVERIFY(dialog.warningLabel()->isHidden());
    dialog.setMode(ReviewRunDialog::Mode::CrossValidate);
    QVERIFY(!dialog.isInSample());
    dialog.setFolds(3);
    QCOMPARE(dialog.outputFolder(), QDir::cleanPath(run_) + "/crossval-3-folds");

    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_);
    QVERIFY(shown.wait(60000));
    waitUntilIdle(window);

    // Predict: the run's probabilities on the validation split, then the window says where they are.
    QSignalSpy ready(&window, &MainWindow::reviewScoresReady);
    QVERIFY(window.startReviewScores(run_, false, "validation", 0, QString()));
    QVERIFY(ready.wait(120000));
    const QString predicted = ready.takeFirst().at(0).toString();
    QVERIFY2(QFileInfo(predicted).isFile() && predicted.endsWith(".npy"), qPrintable(predicted));

    // Cross-validation, 2 folds, off the GUI thread: a timer keeps firing while the folds train.
    const QString out = dir_.path() + "/crossval";
    ReviewScoresRunner* runner = window.reviewScoresRunner();
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);
    QSignalSpy progress(runner, &ReviewScoresRunner::progressChanged);
    QSignalSpy cancelled(runner, &ReviewScoresRunner::cancelled);
    // The run's settings with a few epochs, so that a fold takes long enough to be cancelled in.
    QJsonObject config = QJsonDocument::fromJson([&] { QFile f(run_ + "/config.json"); f.open(QIODevice::ReadOnly); return f.readAll(); }()).object();
    config["epochs"] = 4;
    const QByteArray configJson = QJsonDocument(config).toJson();
    QVERIFY(runner->crossValidate(configJson, 2, out));
    QVERIFY(!window.startReviewScores(run_, true, QString(), 2, out)); // one job at a time
    // Cancelled once the second fold has begun: the first fold's scores stay.
    const QString firstFold = out + "/fold-1/scores.json";
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(firstFold) || !runner->isBusy(), 120000);
    QVERIFY(runner->isBusy());
    const int ticksWhileRunning = ticks;
    QVERIFY2(ticksWhileRunning > 5, "the GUI thread was blocked while the fold trained");
    const QDateTime firstFoldTime = QFileInfo(out + "/fold-1/scores.npy").lastModified();
    runner->cancel();
    QVERIFY(cancelled.wait(120000));
    QVERIFY(!runner->isBusy());
    QVERIFY(!QFileInfo::exists(out + "/oof.npy"));
    QVERIFY(progress.count() > 0);

    // Started again on the same folder: the first fold is kept, the second trained, the scores written.
    QVERIFY(runner->crossValidate(configJson, 2, out));
    QVERIFY(ready.wait(180000));
    QCOMPARE(ready.takeFirst().at(0).toString(), out + "/oof.npy");
    QCOMPARE(QFileInfo(out + "/fold-1/scores.npy").lastModified(), firstFoldTime);
    QVERIFY(QFileInfo::exists(out + "/fold-2/scores.json"));
    const QJsonObject metadata = [&] {
        QFile f(out + "/oof.json");
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    QCOMPARE(metadata.value("in_sample").toBool(true), false);
    QVERIFY(ticks > ticksWhileRunning);
}

void TestCorrectionsWindow::longTailColoursByIncompleteness()
{
    QCOMPARE(ui::incompleteness(30, 10), 0.25);
    QVERIFY(std::isnan(ui::incompleteness(30, std::nan(""))));
    QVERIFY(std::isnan(ui::incompleteness(0, 0)));

    ui::LongTailPlot plot;
    plot.resize(600, 400);
    plot.show();
    QVector<ui::TagPerformance> tags;
    tags.push_back({"/m/a", "Alpha", 200, 80, ui::TagBand::Head, 0});
    tags.push_back({"/m/b", "Beta", 30, 50, ui::TagBand::Medium, 1});
    tags.push_back({"/m/c", "Gamma", 5, 20, ui::TagBand::Tail, -1}); // not in the open dataset
    plot.setRun("run", tags);
    QVERIFY(!plot.showsIncompleteness());
    plot.setTagIncompleteness({2, 30});
    QVERIFY(plot.showsIncompleteness());
    QCOMPARE(plot.pointCount(), 3);
    QVERIFY2(plot.tooltipText("/m/b").contains("50.0% of its positives missing"), qPrintable(plot.tooltipText("/m/b")));
    QVERIFY(!plot.tooltipText("/m/c").contains("missing"));

    QSignalSpy byIndex(&plot, qOverload<int>(&ui::LongTailPlot::tagClicked));
    QSignalSpy byName(&plot, qOverload<const QString&>(&ui::LongTailPlot::tagClicked));
    QTest::qWait(50); // the queued replot places the axes
    plot.plot()->replot();
    QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, plot.pixelOf("/m/b").toPoint());
    QCOMPARE(byName.count(), 1);
    QCOMPARE(byIndex.count(), 1);
    QCOMPARE(byIndex.first().at(0).toInt(), 1);
    QTest::mouseClick(plot.plot(), Qt::LeftButton, {}, plot.pixelOf("/m/c").toPoint());
    QCOMPARE(byName.count(), 2);
    QCOMPARE(byIndex.count(), 1); // no dataset index to give
}

QTEST_MAIN(TestCorrectionsWindow)
#include "tst_corrections_window.moc"
