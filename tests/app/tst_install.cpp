// The installed application: `cmake --install` of this build into a temporary prefix, then the installed files
// are where desktops and users look for them, and the installed programs run from there: tagscope-cli reads a
// generated dataset and finds its LibTorch plugin relative to itself, and the GUI starts, opens the dataset and quits.
#include "ci_requirements.h"
#include "list_dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestInstall : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filesInTheirPlaces();
    void desktopEntry();
    void cliRunsFromPrefix();
    void cliFindsItsPluginFromPrefix();
    void guiStartsFromPrefix();
    void guiHasNoScreenshotOptions();

private:
    // Runs an installed program with a clean environment (no build-tree paths) and its own settings folders.
    QProcess* run(const QString& program, const QStringList& arguments);
    QString prefixed(const QString& relative) const { return QDir(prefix_.path()).filePath(relative); }

    QTemporaryDir prefix_, home_, data_;
    QString labels_;
};

void TestInstall::initTestCase()
{
    QVERIFY(prefix_.isValid() && home_.isValid() && data_.isValid());
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(TAGSCOPE_CMAKE_COMMAND, {"--install", TAGSCOPE_BUILD_DIR, "--prefix", prefix_.path()});
    QVERIFY(install.waitForFinished(300000));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0, install.readAll().constData());
    labels_ = writeListDataset(QDir(data_.path()));
}

QProcess* TestInstall::run(const QString& program, const QStringList& arguments)
{
    auto* process = new QProcess(this);
    QProcessEnvironment env;
    env.insert("PATH", "/usr/bin:/bin");
    env.insert("HOME", home_.path());
    env.insert("XDG_CONFIG_HOME", home_.filePath("config"));
    env.insert("XDG_CACHE_HOME", home_.filePath("cache"));
    env.insert("XDG_DATA_HOME", home_.filePath("data"));
    env.insert("XDG_RUNTIME_DIR", home_.path());
    env.insert("LANG", "C.UTF-8");
    process->setProcessEnvironment(env);
    process->start(prefixed(program), arguments);
    return process;
}

void TestInstall::filesInTheirPlaces()
{
    for (const char* file : {"bin/tagscope", "bin/tagscope-cli"}) {
        const QFileInfo info(prefixed(file));
        QVERIFY2(info.isFile() && info.isExecutable(), file);
    }
    QVERIFY(QFileInfo(prefixed(TAGSCOPE_INSTALL_LIBDIR "/tagscope/libtagscope_cli_torch.so")).isFile());
    QFile icon(prefixed("share/icons/hicolor/scalable/apps/tagscope.svg"));
    QVERIFY(icon.open(QIODevice::ReadOnly));
    QVERIFY(icon.readAll().contains("<svg"));
    const QStringList configs = QDir(prefixed("share/tagscope/configs")).entryList({"*.json"}, QDir::Files);
    QVERIFY2(configs.contains("long-tail-db.json"), qPrintable(configs.join(", ")));
    QVERIFY2(!QFileInfo::exists(prefixed("bin/tagscope-screenshots")), "the screenshot tool is for the documentation, not installed");
}

void TestInstall::desktopEntry()
{
    QFile file(prefixed("share/applications/tagscope.desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n');
    QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
    for (const char* line : {"Type=Application", "Name=Tagscope", "Exec=tagscope %f", "Icon=tagscope", "Terminal=false"})
        QVERIFY2(lines.contains(QString::fromLatin1(line)), line);
    // Exec names the installed program and Icon the installed icon's base name.
    QVERIFY(QFileInfo::exists(prefixed("bin/tagscope")));
    QVERIFY(QFileInfo::exists(prefixed("share/icons/hicolor/scalable/apps/tagscope.svg")));
    const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
    TAGSCOPE_REQUIRE_IN_CI(!validator.isEmpty(), "desktop-file-validate is not installed (apt install desktop-file-utils)");
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, {file.fileName()});
    QVERIFY(validate.waitForFinished(30000));
    QVERIFY2(validate.exitCode() == 0, validate.readAll().constData());
}

void TestInstall::cliRunsFromPrefix()
{
    QProcess* version = run("bin/tagscope-cli", {"--version"});
    QVERIFY(version->waitForFinished(60000));
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(version->readAllStandardOutput().contains(TAGSCOPE_VERSION));

    QProcess* info = run("bin/tagscope-cli", {"info", labels_});
    QVERIFY(info->waitForFinished(120000));
    QVERIFY2(info->exitCode() == 0, info->readAllStandardError().constData());
    const QString out = QString::fromUtf8(info->readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression("Images\\s+40\\b")), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression("Tags\\s+3\\b")), qPrintable(out));
}

void TestInstall::cliFindsItsPluginFromPrefix()
{
    QProcess* devices = run("bin/tagscope-cli", {"devices"});
    QVERIFY(devices->waitForFinished(120000));
    QVERIFY2(devices->exitCode() == 0, devices->readAllStandardError().constData());
    QVERIFY(devices->readAllStandardOutput().contains("LibTorch"));
}

void TestInstall::guiStartsFromPrefix()
{
    QProcess* gui = run("bin/tagscope", {"-platform", "offscreen", "--quit-after-start", labels_});
    QVERIFY(gui->waitForFinished(120000));
    const QString err = QString::fromUtf8(gui->readAllStandardError());
    QVERIFY2(gui->exitStatus() == QProcess::NormalExit && gui->exitCode() == 0, qPrintable(err));
    const QString out = QString::fromUtf8(gui->readAllStandardOutput());
    QVERIFY2(out.contains("tagscope " TAGSCOPE_VERSION " started: 40 images, 3 tags"), qPrintable(out + err));

    QProcess* missing = run("bin/tagscope", {"-platform", "offscreen", "--quit-after-start", data_.filePath("nowhere")});
    QVERIFY(missing->waitForFinished(120000));
    QCOMPARE(missing->exitCode(), 1);
    QVERIFY(missing->readAllStandardError().contains("nowhere"));
}

// The pictures of the README come from tagscope-screenshots: the shipped window knows none of its options.
void TestInstall::guiHasNoScreenshotOptions()
{
    for (const char* option : {"--screenshot", "--training-screenshot", "--embedding-screenshot", "--neighbour-screenshot",
                               "--dialog-screenshot"}) {
        QProcess* gui = run("bin/tagscope", {"-platform", "offscreen", option, data_.filePath("shot.png"), labels_});
        QVERIFY(gui->waitForFinished(120000));
        QVERIFY2(gui->exitCode() != 0, option);
        QVERIFY2(gui->readAllStandardError().contains("Unknown option"), option);
        QVERIFY(!QFileInfo::exists(data_.filePath("shot.png")));
    }
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
