// The embedding map inside the main window on a generated demo dataset: View > Embedding Map (Ctrl+E) shows it in
// place of the browser once a dataset is open, embeddings in the window's store start live t-SNE, the browser's
// filter dims the map, and a selection on the map comes back to the browser as an image-set filter that Esc
// clears.
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

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
    DemoOptions options;
    options.outputFolder = QFile::encodeName(demo_.path()).toStdString();
    options.images = 200;
    try {
        generateDemoDataset(options);
    } catch (const std::exception& error) {
        QSKIP(qPrintable(QStringLiteral("demo generator unavailable: %1").arg(QString::fromUtf8(error.what()))));
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

    // The browser's filter (a tag) dims the map; the legend says how many points it leaves.
    const int tag = page->colourTag();
    QVERIFY(tag >= 0);
    window.setCurrentTag(tag);
    QTRY_VERIFY(page->map()->legend()->text().contains(QStringLiteral(" of 100 match the browser's filter")));

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

QTEST_MAIN(TestEmbeddingWindow)
#include "tst_embedding_window.moc"
