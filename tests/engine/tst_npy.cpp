// .npy reading and writing: round trip, the dtypes Python writes, and untrusted headers.
#include "common/npy.h"
#include "test_files.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tagscope;

namespace {

QByteArray npyBytes(const QByteArray& descr, const QByteArray& shape, const QByteArray& data, bool fortran = false)
{
    QByteArray header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64)
        header += ' ';
    header += '\n';
    QByteArray bytes("\x93NUMPY\x01\x00", 8);
    bytes += char(header.size() & 0xFF);
    bytes += char(header.size() >> 8);
    return bytes + header + data;
}

QString errorOf(const QByteArray& bytes)
{
    try {
        parseNpy(std::vector<std::uint8_t>(bytes.begin(), bytes.end()), "x.npy");
    } catch (const std::runtime_error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestNpy : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void readsPythonDtypes();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
};

void TestNpy::roundTrip()
{
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/a.npy").toStdString();
    writeNpy(path, {1.5f, -2.0f, 3.25f, 4.0f, 5.0f, 6.0f}, {2, 3});
    const NpyArray a = readNpy(path);
    QCOMPARE(a.type, NpyType::Float32);
    QCOMPARE(a.shape, (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(a.toFloat(), (std::vector<float>{1.5f, -2.0f, 3.25f, 4.0f, 5.0f, 6.0f}));
    writeNpy(path, {7.0f, 8.0f}, {2});
    QCOMPARE(readNpy(path).shape, (std::vector<std::int64_t>{2}));
}

void TestNpy::readsPythonDtypes()
{
    const std::int64_t labels[3] = {0, -1, 7};
    const NpyArray ints = parseNpy([&] {
        QByteArray b = npyBytes("<i8", "(3,)", QByteArray(reinterpret_cast<const char*>(labels), sizeof labels));
        return std::vector<std::uint8_t>(b.begin(), b.end());
    }(), "labels.npy");
    QCOMPARE(ints.toInt64(), (std::vector<std::int64_t>{0, -1, 7}));
    const double values[2] = {0.25, -1.5};
    QByteArray b = npyBytes("<f8", "(1, 2)", QByteArray(reinterpret_cast<const char*>(values), sizeof values));
    const NpyArray doubles = parseNpy(std::vector<std::uint8_t>(b.begin(), b.end()), "d.npy");
    QCOMPARE(doubles.toFloat(), (std::vector<float>{0.25f, -1.5f}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, doubles.toInt64()); // not whole numbers
}

void TestNpy::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QTest::newRow("not npy") << QByteArray("hello world, no magic here") << "bad magic";
    QTest::newRow("truncated data") << npyBytes("<f4", "(4,)", QByteArray(8, 0)) << "does not match";
    QTest::newRow("fortran") << npyBytes("<f4", "(1,)", QByteArray(4, 0), true) << "Fortran";
    QTest::newRow("dtype") << npyBytes("<c8", "(1,)", QByteArray(8, 0)) << "unsupported dtype";
    QTest::newRow("huge shape") << npyBytes("<f4", "(99999999999999999,)", QByteArray(4, 0)) << "absurd";
    QTest::newRow("header past end") << QByteArray("\x93NUMPY\x01\x00\xff\x7f{", 11) << "truncated";
    QTest::newRow("incomplete header") << QByteArray("\x93NUMPY\x01\x00\x10\x00{'descr': '<f4'}", 26) << "header lacks";
}

void TestNpy::rejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    const QString error = errorOf(bytes);
    QVERIFY2(error.contains(words), qPrintable(error));
    QVERIFY(error.startsWith("x.npy"));
}

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
