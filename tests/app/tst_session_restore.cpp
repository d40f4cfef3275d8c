// Session restore: a window closed with a dataset, a filter expression or a selected tag, its embeddings, the
// training page in front and a run shown in it comes back the same at the next start; a dataset that has gone
// gets a message, not a crash; the preference turns it off.
#include "embeddings/embedding_file.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "settings/app_settings.h"
#include "training/training_panel.h"
#include "window/main_window.h"
#include "window/session_state.h"

#include "tags/image_filter_bar.h"
#include "thumbnails/thumbnail_grid_model.h"

#include "common/npy.h"
#include "embedding/float_matrix.h"
#include "map/embedding_map_view.h"

#include "list_dataset.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using tagscope::gui::AppSettings;
using tagscope::gui::MainWindow;
using tagscope::gui::SessionState;

namespace {

bool waitForGrid(MainWindow& window)
{
    return QTest::qWaitFor([&] { return window.dataset() && !window.isBusy() && !window.isFiltering(); }, 60000);
}

// Embeddings of every other image of the list dataset, as an extraction caches them: EMB.npy and EMB.images.npy.
QString writeEmbeddings(const QString& folder)
{
    tagscope::FloatMatrix vectors(kListImages / 2, 8);
    std::vector<std::int64_t> images;
    for (std::size_t r = 0; r < vectors.rows; ++r) {
        images.push_back(static_cast<std::int64_t>(2 * r));
        for (std::size_t d = 0; d < vectors.cols; ++d)
            vectors.at(r, d) = static_cast<float>((r * 7 + d * 3) % 11) + (d == r % 8 ? 5.0f : 0.0f);
    }
    const QString path = folder + "/EMB.npy";
    tagscope::writeFloatMatrix(path.toStdString(), vectors);
    tagscope::writeNpyInt64(tagscope::gui::embeddingSidecarPath(path).toStdString(), images, {static_cast<std::int64_t>(images.size())});
    return path;
}

int tagIndex(const MainWindow& window, const char* name)
{
    const auto& d = window.dataset()->dataset;
    for (std::size_t t = 0; t < d.tagCount(); ++t)
        if (d.tag(t).displayName == name)
            return int(t);
    return -1;
}

} // namespace

class TestSessionRestore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void reopensDatasetAndFilter();
    void reopensSelectedTagAndRun();
    void reopensEmbeddingsAndTrainingPage();
    void missingDatasetGetsAMessage();
    void preferenceTurnsItOff();

private:
    QTemporaryDir dir_;
    QString labels_;
};

void TestSessionRestore::initTestCase()
{
    labels_ = writeListDataset(QDir(dir_.path()));
}

void TestSessionRestore::init()
{
    QSettings().clear();
    AppSettings().setWorkspaceFolder(dir_.filePath("runs"));
}

void TestSessionRestore::reopensDatasetAndFilter()
{
    int filtered = 0;
    {
        MainWindow window;
        window.openDataset(labels_);
        QVERIFY(waitForGrid(window));
        window.setFilterExpression("cat AND NOT dog");
        QVERIFY(waitForGrid(window));
        filtered = window.gridModel()->rowCount();
        QCOMPARE(filtered, 16); // even, not a multiple of 5: 20 - 4
        window.close();
    }
    const SessionState saved = SessionState::load();
    QCOMPARE(saved.dataset, labels_);
    QCOMPARE(saved.filterExpression, QStringLiteral("cat AND NOT dog"));

    MainWindow window;
    window.openAtStartup(QString());
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(window.filterBar()->expression(), QStringLiteral("cat AND NOT dog"), 10000);
    QVERIFY(waitForGrid(window));
    QCOMPARE(window.dataset()->path, labels_);
    QCOMPARE(window.gridModel()->rowCount(), filtered);
    QCOMPARE(window.filterBar()->expressionEdit()->text(), QStringLiteral("cat AND NOT dog"));
}

void TestSessionRestore::reopensSelectedTagAndRun()
{
    const QString run = dir_.filePath("runs/20260101-120000-asl");
    QVERIFY(QDir().mkpath(run));
    {
        MainWindow window;
        window.openDataset(labels_);
        QVERIFY(waitForGrid(window));
        window.setCurrentTag(tagIndex(window, "zebra"));
        QVERIFY(waitForGrid(window));
        QCOMPARE(window.gridModel()->rowCount(), 5); // 0, 8, 16, 24, 32
        window.trainingPanel()->openRun(run);
        window.close();
    }
    QCOMPARE(SessionState::load().tag, QStringLiteral("zebra"));
    QCOMPARE(SessionState::load().shownRun, QDir::cleanPath(run));

    MainWindow window;
    window.openAtStartup(QString());
    QCOMPARE(window.trainingPanel()->shownRun(), QDir::cleanPath(run)); // at once, not after the dataset
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() && window.currentTag() >= 0, 60000);
    QCOMPARE(window.currentTag(), tagIndex(window, "zebra"));
    QVERIFY(waitForGrid(window));
    QCOMPARE(window.gridModel()->rowCount(), 5);
    QTRY_VERIFY(!window.trainingPanel()->isLoading());
}

void TestSessionRestore::reopensEmbeddingsAndTrainingPage()
{
    QTemporaryDir cache; // where an extraction would have cached them
    const QString embeddings = writeEmbeddings(cache.path());
    const QString model = dir_.filePath("runs/20260101-130000-arcface");
    {
        MainWindow window;
        window.openDataset(labels_);
        QVERIFY(waitForGrid(window));
        window.embeddingPage()->loadEmbeddings(embeddings, model);
        QTRY_COMPARE_WITH_TIMEOUT(window.embeddingStore()->rows(), std::size_t(kListImages / 2), 10000);
        window.trainingAction()->trigger();
        QVERIFY(window.isShowingTraining());
        window.close();
    }
    const SessionState saved = SessionState::load();
    QCOMPARE(saved.embeddings, embeddings);
    QCOMPARE(saved.embeddingModel, model);
    QVERIFY(saved.trainingShown);

    MainWindow window;
    window.show();
    window.openAtStartup(QString());
    QVERIFY(window.isShowingTraining()); // at once, as the runs are
    QVERIFY(window.trainingAction()->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(window.embeddingStore()->rows(), std::size_t(kListImages / 2), 60000);
    QCOMPARE(window.embeddingStore()->sourcePath(), embeddings);
    QCOMPARE(window.embeddingStore()->modelPath(), model);
    QCOMPARE(window.embeddingStore()->rowOf(2), 1);
    QVERIFY(window.isShowingTraining()); // the dataset's arrival left the training page in front
    QVERIFY(waitForGrid(window));

    // The map has them at once: no "no embeddings" page.
    window.embeddingMapAction()->trigger();
    QVERIFY(!window.isShowingTraining());
    QVERIFY(window.embeddingPage()->map()->isVisible());
    QVERIFY(!window.embeddingPage()->findChild<QLabel*>("embeddingEmptyLabel")->isVisible());

    // Embeddings whose file has gone are left out, without a message.
    window.close();
    QVERIFY(QFile::remove(embeddings));
    MainWindow again;
    again.openAtStartup(QString());
    QVERIFY(waitForGrid(again));
    QTest::qWait(200);
    QVERIFY(again.embeddingStore()->isEmpty());
    QVERIFY(again.embeddingPage()->lastError().isEmpty());
}

void TestSessionRestore::missingDatasetGetsAMessage()
{
    SessionState state;
    state.dataset = dir_.filePath("moved-away/labels.csv");
    state.filterExpression = "cat";
    state.save();
    QSettings().setValue("recentDatasets", QStringList{state.dataset});

    MainWindow window;
    window.show();
    window.openAtStartup(QString());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>("sessionRestoreBox")) != nullptr);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(state.dataset)));
    QVERIFY(!window.isBusy()); // neither the missing dataset nor the demo is being opened
    QVERIFY(window.dataset() == nullptr);
    QVERIFY(!QSettings().value("recentDatasets").toStringList().contains(state.dataset));
    box->close();
}

void TestSessionRestore::preferenceTurnsItOff()
{
    SessionState state;
    state.dataset = labels_;
    state.save();
    QSettings().setValue("recentDatasets", QStringList{labels_});
    AppSettings().setRestoreSession(false);

    MainWindow window;
    window.openAtStartup(QString());
    QTest::qWait(200);
    QVERIFY(!window.isBusy());
    QVERIFY(window.dataset() == nullptr);

    window.openAtStartup(labels_); // the command line still opens what it names
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset() != nullptr, 60000);
}

QTEST_MAIN(TestSessionRestore)
#include "tst_session_restore.moc"
