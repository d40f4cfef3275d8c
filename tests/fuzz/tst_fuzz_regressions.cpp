// Every input that once broke a parser (tests/data/fuzz-regressions/<harness>/, one file per bug, named after
// it) and every seed of the fuzz corpus (tests/fuzz/corpus/<harness>/) goes through its fuzz harness again:
// the parser must report bad input through its documented exception and keep the harness's properties.
// Under the sanitizer build (tests/hardening) this also checks them for memory errors and undefined behaviour.
#include "fuzz_harnesses.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace tagscope::fuzz;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void inputsKeepTheHarnessProperties_data();
    void inputsKeepTheHarnessProperties();
    void everyHarnessHasRegressionsOrSeeds();
};

namespace {

QString regressionFolder(const char* harness) { return QStringLiteral(TAGSCOPE_TEST_DATA "/fuzz-regressions/") + harness; }
QString corpusFolder(const char* harness) { return QStringLiteral(TAGSCOPE_TEST_DATA "/../fuzz/corpus/") + harness; }

QStringList filesIn(const QString& folder)
{
    QStringList files;
    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name))
        files << QDir(folder).filePath(name);
    return files;
}

} // namespace

void TestFuzzRegressions::inputsKeepTheHarnessProperties_data()
{
    QTest::addColumn<int>("harness");
    QTest::addColumn<QString>("file");
    for (std::size_t h = 0; h < harnesses().size(); ++h)
        for (const QString& folder : {regressionFolder(harnesses()[h].name), corpusFolder(harnesses()[h].name)})
            for (const QString& file : filesIn(folder))
                QTest::newRow(qPrintable(QString("%1/%2").arg(harnesses()[h].name, QFileInfo(file).fileName())))
                    << static_cast<int>(h) << file;
}

void TestFuzzRegressions::inputsKeepTheHarnessProperties()
{
    QFETCH(int, harness);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = input.readAll();
    try {
        harnesses()[static_cast<std::size_t>(harness)].run(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                                          static_cast<std::size_t>(bytes.size()));
    } catch (const HarnessFailure& failure) {
        QFAIL(qPrintable(file + ": " + failure.what()));
    } catch (const std::exception& error) {
        QFAIL(qPrintable(file + ": an exception the parser does not document escaped: " + error.what()));
    }
}

void TestFuzzRegressions::everyHarnessHasRegressionsOrSeeds()
{
    for (const Harness& harness : harnesses())
        QVERIFY2(!filesIn(corpusFolder(harness.name)).isEmpty(), harness.name);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
