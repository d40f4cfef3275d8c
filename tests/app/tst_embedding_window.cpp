// The embedding map inside the main window on a generated demo dataset: View > Embedding Map (Ctrl+E) shows it in
// place of the browser once a dataset is open, embeddings in the window's store start live t-SNE, the browser's
// filter shows above the map (its points outside drawn hollow) with a button that clears it, and a selection on
// the map comes back to the browser as an image-set filter that Esc clears. A wheel over the t-SNE controls leaves
// their values alone. The Compute Embeddings dialog says when a run has no embedding head.
#include "common/focused_wheel_filter.h"
#include "embeddings/compute_embeddings_dialog.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "embeddings/tsne_runner.h"
#include "settings/language.h"
#include "window/main_window.h"

#include "dataset/demo_generator.h"

#include "map/embedding_map_view.h"
#include "map/map_legend.h"
#include "map/tsne_controls.h"
#include "tags/image_filter_bar.h"
#include "thumbnails/selection_gallery.h"
#include "thumbnails/thumbnail_grid_model.h"

#include "embedding_data.h"
#include "wheel_events.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;
using namespace tagscope::gui;

class TestEmbeddingWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mapInTheWindow();
    void computeDialogSaysWhenARunHasNoEmbeddingHead();

private:
    QTemporaryDir demo_;
};

void TestEmbeddingWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TagscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TagscopeEmbeddingWindow"));
    QCOMPARE(tagscope::gui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en")); // plurals
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    FocusedWheelFilter::install(*qApp); // as the application does at start-up
    DemoOptions options;
    options.outputFolder = QFile::encodeName(demo_.path()).toStdString();
    options.images = 200;
    try {
        generateDemoDataset(options);
    } catch (const std::exception& error) {
        QFAIL(qPrintable(QStringLiteral("the demo generator failed: %1").arg(QString::fromUtf8(error.what()))));
    }
}

void TestEmbeddingWindow::mapInTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(!window.embeddingMapAction()->isEnabled()); // nothing to map before a dataset is open
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    window.openDataset(demo_.path());
    QVERIFY(shown.wait(60000));
    QTRY_VERIFY(!window.isFiltering());
    const std::size_t images = window.dataset()->dataset.imageCount();
    QCOMPARE(images, std::size_t(200));

    // Ctrl+E shows the map page in place of the browser.
    QVERIFY(window.embeddingMapAction()->isEnabled());
    QCOMPARE(window.embeddingMapAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    window.embeddingMapAction()->trigger();
    EmbeddingPage* page = window.embeddingPage();
    QTRY_VERIFY(page->isVisible());

    // Embeddings of every other image, in four clusters by image % 4: the map fills with their layout.
    const ClusteredPoints points = gaussianClusters(1, 100, 12, 0.0, 9);
    auto vectors = std::make_shared<FloatMatrix>(100, 12);
    std::vector<std::uint32_t> ids;
    for (std::size_t r = 0; r < 100; ++r) {
        ids.push_back(static_cast<std::uint32_t>(2 * r));
        for (std::size_t d = 0; d < 12; ++d)
            vectors->at(r, d) = points.points.at(r, d) + (d == (2 * r) % 4 ? 10.0f : 0.0f);
    }
    ui::TsneControlValues values = page->controls()->values();
    values.perplexity = 15;
    values.iterations = 250;
    page->controls()->setValues(values);
    window.embeddingStore()->setEmbeddings(vectors, ids, QStringLiteral("generated.npy"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(page->map()->pointCount(), std::size_t(100), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->tsne()->status().phase, TsneRunner::Phase::Finished, 60000);

    // The wheel passing over the t-SNE controls changes none of them.
    for (QAbstractSpinBox* box : QList<QAbstractSpinBox*>{page->controls()->perplexityBox(), page->controls()->learningRateBox(),
                                                          page->controls()->exaggerationBox(), page->controls()->iterationsBox()}) {
        QVERIFY(box->isEnabled());
        const QString before = box->text();
        turnWheel(box, 1);
        QCOMPARE(box->text(), before);
    }
    QCOMPARE(page->controls()->values().perplexity, 15.0);
    QCOMPARE(page->controls()->values().iterations, 250);

    // The browser's filter (a tag, set in the browser) shows above the map with how many points it leaves; the
    // others are drawn hollow, and the legend says so. Its button clears it: every point in its colour again.
    const int tag = page->colourTag();
    QVERIFY(tag >= 0);
    QVERIFY(!page->filterLabel()->isVisible());
    window.setCurrentTag(tag);
    QTRY_VERIFY(page->filterLabel()->isVisible());
    const QString tagName = QString::fromStdString(window.dataset()->dataset.tag(std::size_t(tag)).displayName);
    QVERIFY(page->filterLabel()->text().contains(tagName));
    QVERIFY(page->filterLabel()->text().contains(QStringLiteral(" of 100 points match")));
    QVERIFY(page->map()->legend()->text().contains(QStringLiteral("Outside&nbsp;the&nbsp;filter")));
    QVERIFY(page->clearFilterButton()->isVisible());
    page->clearFilterButton()->click();
    QTRY_VERIFY(!page->filterLabel()->isVisible());
    QCOMPARE(window.currentFilter().kind, ImageFilter::Kind::All);
    QCOMPARE(window.currentTag(), -1);
    QVERIFY(!page->map()->legend()->text().contains(QStringLiteral("Outside")));
    QVERIFY(page->isVisible()); // the map stays in front
    QTRY_COMPARE(window.gridModel()->rowCount(), 200);

    // A selection goes back to the browser as its filter, the map gives way to the grid.
    page->map()->setSelection({0, 1, 2, 3, 4});
    QCOMPARE(page->gallery()->images(), (QVector<int>{0, 2, 4, 6, 8}));
    page->gallery()->showInBrowserButton()->click();
    QTRY_VERIFY(!page->isVisible());
    QVERIFY(!window.embeddingMapAction()->isChecked());
    QTRY_COMPARE(window.gridModel()->images(), (QVector<int>{0, 2, 4, 6, 8}));
    QVERIFY(window.filterBar()->imageSet().contains(QStringLiteral("5 images from the embedding map")));
    QCOMPARE(window.currentFilter().kind, ImageFilter::Kind::ImageSet);

    // Show All Images (Esc) clears it: every image again.
    window.showAllImages();
    QTRY_COMPARE(window.gridModel()->rowCount(), 200);
    QVERIFY(window.filterBar()->imageSet().isEmpty());
    QCOMPARE(window.currentFilter().kind, ImageFilter::Kind::All);
}

void TestEmbeddingWindow::computeDialogSaysWhenARunHasNoEmbeddingHead()
{
    QTemporaryDir runs;
    const auto makeRun = [&](const QString& name, int embeddingDim) {
        const QString run = runs.filePath(name);
        QDir().mkpath(run + QStringLiteral("/checkpoints"));
        QFile config(run + QStringLiteral("/config.json"));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral(R"({"loss": "asl", "epochs": 2, "embedding_dim": %1})").arg(embeddingDim).toUtf8());
        QFile(run + QStringLiteral("/checkpoints/best.pt")).open(QIODevice::WriteOnly);
        return QDir(run).absolutePath();
    };
    const QString tagger = makeRun(QStringLiteral("20260101-100000-asl"), 0);
    const QString embedder = makeRun(QStringLiteral("20260101-110000-arcface"), 64);
    QVERIFY(ComputeEmbeddingsDialog::lacksEmbeddingHead(tagger));
    QVERIFY(ComputeEmbeddingsDialog::lacksEmbeddingHead(tagger + QStringLiteral("/checkpoints/best.pt")));
    QVERIFY(!ComputeEmbeddingsDialog::lacksEmbeddingHead(embedder));
    QVERIFY(!ComputeEmbeddingsDialog::lacksEmbeddingHead(runs.filePath(QStringLiteral("model.pt")))); // TorchScript: not known

    // The run without a head is chosen: the dialog says, before computing, that its pooled features will be used.
    ComputeEmbeddingsDialog dialog(demo_.path(), runs.path(), tagger);
    dialog.show();
    QCOMPARE(dialog.modelCombo()->currentData().toString(), tagger);
    QVERIFY(dialog.noHeadNote()->isVisible());
    QVERIFY(dialog.noHeadNote()->text().contains(QStringLiteral("no embedding head")));
    QVERIFY(!dialog.pooledCheck()->isEnabled());
    dialog.modelCombo()->setCurrentIndex(dialog.modelCombo()->findData(embedder));
    QVERIFY(!dialog.noHeadNote()->isVisible());
    QVERIFY(dialog.pooledCheck()->isEnabled());
    QVERIFY(!dialog.request().pooledFeatures);

    // For predictions the note has no say.
    ComputeEmbeddingsDialog predictions(demo_.path(), runs.path(), tagger, nullptr, ComputeEmbeddingsDialog::Purpose::Predictions);
    predictions.show();
    QVERIFY(!predictions.noHeadNote()->isVisible());
}

QTEST_MAIN(TestEmbeddingWindow)
#include "tst_embedding_window.moc"
