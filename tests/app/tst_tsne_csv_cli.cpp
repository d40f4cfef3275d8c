// `tagscope-cli tsne EMB.npy --out XY.npy --csv XY.csv --dataset D`: the layout as CSV with each row's image
// index, name and path, the rows mapped to images through the embedding's EMB.images.npy (or row r = image r).
#include "common/npy.h"
#include "dataset/dataset_opener.h"
#include "embedding/float_matrix.h"
#include "embedding/layout_csv.h"

#include "embedding_data.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tagscope;

namespace {

struct Run {
    int exitCode = -1;
    QString output, errors;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TAGSCOPE_CLI_PATH), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestTsneCsvCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvNamesEachRowsImage();
    void rowsWithoutSidecarAreImages();
    void csvNeedsTheDataset();

private:
    QTemporaryDir dir_;
    QString dataset_;
};

void TestTsneCsvCli::initTestCase()
{
    dataset_ = dir_.filePath(QStringLiteral("demo"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), dataset_, QStringLiteral("--images"), QStringLiteral("80"),
                     QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
             0);
}

void TestTsneCsvCli::csvNamesEachRowsImage()
{
    // 30 rows for images 79 down to 50, with their sidecar.
    const FloatMatrix points = gaussianClusters(3, 10, 8, 8.0, 4).points;
    const std::string emb = dir_.filePath(QStringLiteral("emb.npy")).toStdString();
    writeFloatMatrix(emb, points);
    std::vector<std::int64_t> images;
    for (int r = 0; r < 30; ++r)
        images.push_back(79 - r);
    writeNpyInt64(rowImagesPath(emb), images, {30});
    const QString xy = dir_.filePath(QStringLiteral("xy.npy")), csv = dir_.filePath(QStringLiteral("xy.csv"));
    const Run run = runCli({QStringLiteral("tsne"), QString::fromStdString(emb), QStringLiteral("--out"), xy, QStringLiteral("--csv"), csv,
                            QStringLiteral("--dataset"), dataset_, QStringLiteral("--perplexity"), QStringLiteral("5"),
                            QStringLiteral("--iterations"), QStringLiteral("100"), QStringLiteral("--quiet")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
    const QStringList lines = csvLines(csv);
    QCOMPARE(lines.size(), 31);
    QCOMPARE(lines[0], QStringLiteral("row,image_index,image_name,path,x,y"));
    const FloatMatrix layout = readFloatMatrix(xy.toStdString());
    const OpenResult opened = openDataset(dataset_.toStdString());
    const Dataset& dataset = opened.import.dataset;
    for (int r = 0; r < 30; ++r) {
        const QStringList fields = lines[r + 1].split(QLatin1Char(','));
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[0].toInt(), r);
        QCOMPARE(fields[1].toInt(), 79 - r);
        QCOMPARE(fields[2], QString::fromStdString(dataset.imageName(static_cast<std::size_t>(79 - r))));
        QCOMPARE(fields[3], QString::fromStdString(dataset.imagePath(static_cast<std::size_t>(79 - r))));
        QVERIFY(QFile::exists(fields[3]));
        QCOMPARE(fields[4].toFloat(), layout.at(static_cast<std::size_t>(r), 0));
        QCOMPARE(fields[5].toFloat(), layout.at(static_cast<std::size_t>(r), 1));
    }
}

void TestTsneCsvCli::rowsWithoutSidecarAreImages()
{
    // 80 rows and no sidecar: row r is image r. 30 rows and no sidecar: refused, naming the file.
    const std::string all = dir_.filePath(QStringLiteral("all.npy")).toStdString();
    writeFloatMatrix(all, gaussianClusters(4, 20, 6, 8.0, 5).points);
    const QString csv = dir_.filePath(QStringLiteral("all.csv"));
    QCOMPARE(runCli({QStringLiteral("tsne"), QString::fromStdString(all), QStringLiteral("--out"), dir_.filePath(QStringLiteral("all-xy.npy")),
                     QStringLiteral("--csv"), csv, QStringLiteral("--dataset"), dataset_, QStringLiteral("--perplexity"), QStringLiteral("5"),
                     QStringLiteral("--iterations"), QStringLiteral("50"), QStringLiteral("--quiet")})
                 .exitCode,
             0);
    const QStringList lines = csvLines(csv);
    QCOMPARE(lines.size(), 81);
    QVERIFY(lines[80].startsWith(QStringLiteral("79,79,")));

    const std::string few = dir_.filePath(QStringLiteral("few.npy")).toStdString();
    writeFloatMatrix(few, gaussianClusters(3, 10, 6, 8.0, 6).points);
    const Run refused = runCli({QStringLiteral("tsne"), QString::fromStdString(few), QStringLiteral("--out"), dir_.filePath(QStringLiteral("few-xy.npy")),
                                QStringLiteral("--csv"), dir_.filePath(QStringLiteral("few.csv")), QStringLiteral("--dataset"), dataset_,
                                QStringLiteral("--perplexity"), QStringLiteral("5"), QStringLiteral("--iterations"), QStringLiteral("20"),
                                QStringLiteral("--quiet")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.errors.contains(QStringLiteral("few.npy: 30 rows, but the dataset has 80 images")), qPrintable(refused.errors));
}

void TestTsneCsvCli::csvNeedsTheDataset()
{
    const std::string emb = dir_.filePath(QStringLiteral("emb.npy")).toStdString();
    const Run run = runCli({QStringLiteral("tsne"), QString::fromStdString(emb), QStringLiteral("--out"), dir_.filePath(QStringLiteral("o.npy")),
                            QStringLiteral("--csv"), dir_.filePath(QStringLiteral("o.csv"))});
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.errors.contains(QStringLiteral("--csv needs --dataset")));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("o.npy")))); // refused before any work
}

QTEST_MAIN(TestTsneCsvCli)
#include "tst_tsne_csv_cli.moc"
