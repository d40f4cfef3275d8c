// RFC 4180 reading: quoting, CRLF, BOM, blank lines, malformed records, and block boundaries.
#include "dataset/csv.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;

namespace {

struct Parsed {
    std::vector<std::vector<std::string>> records;
    std::vector<std::uint64_t> lines;
    std::vector<std::string> errors;
};

Parsed parseFile(const QString& path, std::size_t blockBytes)
{
    Parsed parsed;
    std::vector<std::string_view> fields;
    readCsvBlocks(path.toStdString(), [&](const CsvBlock& block) {
        CsvRecordParser parser(block);
        while (parser.next(fields)) {
            parsed.records.emplace_back(fields.begin(), fields.end());
            parsed.lines.push_back(parser.recordLine());
            parsed.errors.push_back(parser.error());
        }
        return true;
    }, blockBytes);
    return parsed;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void quotedFields_data();
    void quotedFields();
    void bomAndCrlf();
    void malformedRecordIsReportedAndParsingGoesOn();
    void recordsSpanningBlockBoundaries();
    void missingFileNamesThePath();

private:
    QTemporaryDir dir_;
};

void TestCsv::quotedFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("plain") << QByteArray("a,b,c\n") << QStringList{"a", "b", "c"};
    QTest::newRow("comma in quotes") << QByteArray("/m/01,\"Bow and arrow, archery\"\n") << QStringList{"/m/01", "Bow and arrow, archery"};
    QTest::newRow("doubled quote") << QByteArray("/m/02,\"12\"\" vinyl\"\n") << QStringList{"/m/02", "12\" vinyl"};
    QTest::newRow("newline in quotes") << QByteArray("x,\"two\nlines\",y\n") << QStringList{"x", "two\nlines", "y"};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{"", "", ""};
    QTest::newRow("empty quoted") << QByteArray("\"\",z\n") << QStringList{"", "z"};
    QTest::newRow("no final newline") << QByteArray("a,\"b\"") << QStringList{"a", "b"};
    QTest::newRow("utf8") << QByteArray("/m/03,Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9\n") << QStringList{"/m/03", QString::fromUtf8("Cr\xc3\xa8me br\xc3\xbbl\xc3\xa9")};
}

void TestCsv::quotedFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, fields);
    const Parsed parsed = parseFile(writeTestFile(QDir(dir_.path()), QTest::currentDataTag() + QStringLiteral(".csv"), input), 1 << 16);
    QCOMPARE(parsed.records.size(), std::size_t(1));
    QCOMPARE(parsed.errors[0], std::string());
    QStringList got;
    for (const auto& field : parsed.records[0])
        got << QString::fromStdString(field);
    QCOMPARE(got, fields);
}

void TestCsv::bomAndCrlf()
{
    const QString path = writeTestFile(QDir(dir_.path()), "bom.csv", "\xEF\xBB\xBFLabelName,DisplayName\r\n/m/01,\"A, b\"\r\n\r\n/m/02,C\r\n");
    const Parsed parsed = parseFile(path, 1 << 16);
    QCOMPARE(parsed.records.size(), std::size_t(3));
    QCOMPARE(parsed.records[0][0], std::string("LabelName")); // BOM stripped
    QCOMPARE(parsed.records[0][1], std::string("DisplayName")); // CR stripped
    QCOMPARE(parsed.records[1][1], std::string("A, b"));
    QCOMPARE(parsed.records[2][1], std::string("C"));
    QCOMPARE(parsed.lines, (std::vector<std::uint64_t>{1, 2, 4})); // the blank line still counts
}

void TestCsv::malformedRecordIsReportedAndParsingGoesOn()
{
    const QString path = writeTestFile(QDir(dir_.path()), "bad.csv", "a,\"b\"x,c\nd,e\n");
    const Parsed parsed = parseFile(path, 1 << 16);
    QCOMPARE(parsed.records.size(), std::size_t(2));
    QVERIFY(parsed.errors[0].find("closing quote") != std::string::npos);
    QCOMPARE(parsed.errors[1], std::string());
    QCOMPARE(parsed.records[1], (std::vector<std::string>{"d", "e"}));
    QCOMPARE(parsed.lines[1], std::uint64_t(2));

    const Parsed unterminated = parseFile(writeTestFile(QDir(dir_.path()), "open.csv", "a,b\nc,\"never closed\n"), 1 << 16);
    QCOMPARE(unterminated.records.size(), std::size_t(2));
    QVERIFY(unterminated.errors[1].find("unterminated") != std::string::npos);
}

void TestCsv::recordsSpanningBlockBoundaries()
{
    // Tiny blocks force records (and a quoted newline) across buffer refills; the result must not change.
    QByteArray input;
    for (int i = 0; i < 200; ++i)
        input += QByteArray::number(i) + ",\"name " + QByteArray::number(i) + ", with \"\"quotes\"\"\nand a break\"," + QByteArray(i % 7, 'x') + "\n";
    const QString path = writeTestFile(QDir(dir_.path()), "blocks.csv", input);
    const Parsed small = parseFile(path, 16);
    const Parsed large = parseFile(path, 1 << 20);
    QCOMPARE(small.records.size(), std::size_t(200));
    QCOMPARE(small.records, large.records);
    QCOMPARE(small.lines, large.lines);
    QCOMPARE(small.records[123][1], std::string("name 123, with \"quotes\"\nand a break"));
    QCOMPARE(small.lines[123], std::uint64_t(1 + 2 * 123));
}

void TestCsv::missingFileNamesThePath()
{
    const std::string path = (dir_.path() + "/absent.csv").toStdString();
    try {
        readCsvBlocks(path, [](const CsvBlock&) { return true; });
        QFAIL("no exception for a missing file");
    } catch (const std::runtime_error& error) {
        QVERIFY(std::string(error.what()).find(path) != std::string::npos);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
