// Preferences: the typed settings (defaults, round trip, bad stored values), the dialog reading and writing them
// (its fields untouched by a wheel that passes over them), the thumbnail cache trimmed to its limit without
// touching foreign files, and the theme's palettes.
#include "common/focused_wheel_filter.h"
#include "analysis/band_rule_bar.h"
#include "settings/app_settings.h"
#include "settings/language.h"
#include "settings/preferences_apply.h"
#include "settings/preferences_dialog.h"
#include "settings/theme.h"
#include "settings/thumbnail_cache_trim.h"
#include "training/training_form.h"

#include "engine_bridge/training_engine.h"

#include "common/number_format.h"
#include "thumbnails/thumbnail_disk_cache.h"
#include "thumbnails/thumbnail_loader.h"

#include "wheel_events.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using tagscope::gui::AppSettings;
using tagscope::gui::PreferencesDialog;

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void storedNonsenseReadsAsDefault();
    void resetToDefaults();
    void dialogShowsAndWritesSettings();
    void dialogRestoreDefaults();
    void dialogRefusesUncreatableFolder();
    void wheelChangesOnlyTheFocusedField();
    void trimRemovesOldestCacheFilesOnly();
    void thumbnailPreferencesReachTheLoader();
    void themes();
    void languagePreferenceSetsNumberFormats();
    void imageCacheBudgetReachesTheTrainingForm();
};

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::defaults()
{
    const AppSettings s;
    QCOMPARE(s.workspaceFolder(), AppSettings::defaultWorkspaceFolder());
    QVERIFY(s.workspaceFolder().endsWith(QLatin1String("/runs")));
    QCOMPARE(s.thumbnailCacheFolder(), tagscope::ui::ThumbnailDiskCache::defaultDirectory());
    QCOMPARE(s.thumbnailDiskCacheMB(), AppSettings::kDefaultThumbnailDiskCacheMB);
    QCOMPARE(s.thumbnailMemoryCacheMB(), AppSettings::kDefaultThumbnailMemoryCacheMB);
    QCOMPARE(s.defaultDevice(), QStringLiteral("auto"));
    QCOMPARE(s.threads(), 0);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.theme(), AppSettings::Theme::System);
    QVERIFY(s.restoreSession());
}

void TestPreferences::roundTrip()
{
    QTemporaryDir dir;
    {
        AppSettings s;
        s.setWorkspaceFolder(dir.filePath("runs"));
        s.setThumbnailCacheFolder(dir.filePath("thumbs"));
        s.setThumbnailDiskCacheMB(2048);
        s.setThumbnailMemoryCacheMB(512);
        s.setDefaultDevice("cuda:1");
        s.setThreads(6);
        s.setDefaultBandRule("quantile:0.25:0.1");
        s.setLanguage("de");
        s.setTheme(AppSettings::Theme::Dark);
        s.setRestoreSession(false);
    }
    QSettings().sync();
    const AppSettings s; // a fresh reader sees what was stored
    QCOMPARE(s.workspaceFolder(), dir.filePath("runs"));
    QCOMPARE(s.thumbnailCacheFolder(), dir.filePath("thumbs"));
    QCOMPARE(s.thumbnailDiskCacheMB(), 2048);
    QCOMPARE(s.thumbnailMemoryCacheMB(), 512);
    QCOMPARE(s.defaultDevice(), QStringLiteral("cuda:1"));
    QCOMPARE(s.threads(), 6);
    QCOMPARE(s.defaultBandRule(), QStringLiteral("quantile:0.25:0.1"));
    QCOMPARE(s.language(), QStringLiteral("de"));
    QCOMPARE(s.theme(), AppSettings::Theme::Dark);
    QVERIFY(!s.restoreSession());
    // The training panel's runs folder is the same preference.
    QCOMPARE(QSettings().value("training/runsFolder").toString(), dir.filePath("runs"));
}

void TestPreferences::storedNonsenseReadsAsDefault()
{
    QSettings settings;
    settings.setValue("cache/thumbnailDiskMB", "lots");
    settings.setValue("cache/thumbnailMemoryMB", 1); // below the minimum: clamped
    settings.setValue("compute/defaultDevice", "tpu:0");
    settings.setValue("compute/threads", -4);
    settings.setValue("analysis/bandRule", "quantile:0.8:0.5"); // shares over 100 %
    settings.setValue("appearance/language", "tlh");
    settings.setValue("appearance/theme", "sepia");
    settings.setValue("training/runsFolder", "   ");
    const AppSettings s;
    QCOMPARE(s.thumbnailDiskCacheMB(), AppSettings::kDefaultThumbnailDiskCacheMB);
    QCOMPARE(s.thumbnailMemoryCacheMB(), AppSettings::kMinimumCacheMB);
    QCOMPARE(s.defaultDevice(), QStringLiteral("auto"));
    QCOMPARE(s.threads(), 0);
    QCOMPARE(s.defaultBandRule(), QStringLiteral("absolute:100:20"));
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.theme(), AppSettings::Theme::System);
    QCOMPARE(s.workspaceFolder(), AppSettings::defaultWorkspaceFolder());
}

void TestPreferences::resetToDefaults()
{
    AppSettings s;
    s.setThreads(3);
    s.setDefaultBandRule("thirds");
    s.setTheme(AppSettings::Theme::Light);
    s.setLanguage("es");
    QSettings().setValue("session/dataset", "/data/somewhere"); // the session is not a preference
    s.resetToDefaults();
    QCOMPARE(s.threads(), 0);
    QCOMPARE(s.defaultBandRule(), QStringLiteral("absolute:100:20"));
    QCOMPARE(s.theme(), AppSettings::Theme::System);
    QCOMPARE(s.language(), QString());
    QCOMPARE(QSettings().value("session/dataset").toString(), QStringLiteral("/data/somewhere"));
}

void TestPreferences::dialogShowsAndWritesSettings()
{
    QTemporaryDir dir;
    AppSettings s;
    s.setWorkspaceFolder(dir.filePath("runs"));
    s.setThreads(5);
    s.setDefaultBandRule("thirds");
    s.setTheme(AppSettings::Theme::Light);
    s.setLanguage("es");
    const QVector<tagscope::gui::DeviceChoice> devices = {{"cpu", "CPU"}, {"cuda:0", "NVIDIA Test GPU"}};
    PreferencesDialog dialog(devices);
    QCOMPARE(QDir::fromNativeSeparators(dialog.workspaceEdit()->text()), dir.filePath("runs"));
    QCOMPARE(dialog.threadsSpin()->value(), 5);
    QCOMPARE(formatBandRule(dialog.bandRuleBar()->rule()), std::string("thirds"));
    QCOMPARE(dialog.bandRuleBar()->findChild<QComboBox*>("bandRuleKind")->currentIndex(), 2);
    QCOMPARE(dialog.themeCombo()->currentData().toString(), QStringLiteral("light"));
    QCOMPARE(dialog.languageCombo()->currentText(), QStringLiteral("Español"));
    QCOMPARE(dialog.deviceCombo()->count(), 3); // Automatic, the CPU, the GPU by name
    QVERIFY(dialog.deviceCombo()->itemText(2).contains("NVIDIA Test GPU"));
    QTRY_VERIFY(!dialog.cacheUsageLabel()->text().isEmpty() && !dialog.cacheUsageLabel()->text().endsWith(QChar(0x2026)));

    dialog.thumbnailFolderEdit()->setText(dir.filePath("thumbs"));
    dialog.diskCacheSpin()->setValue(300);
    dialog.memoryCacheSpin()->setValue(128);
    dialog.deviceCombo()->setCurrentIndex(2);
    dialog.threadsSpin()->setValue(0);
    dialog.bandRuleBar()->findChild<QComboBox*>("bandRuleKind")->setCurrentIndex(1); // shares of the tags
    dialog.bandRuleBar()->findChild<QSpinBox*>("bandHeadPercent")->setValue(20);
    dialog.bandRuleBar()->findChild<QSpinBox*>("bandTailPercent")->setValue(40);
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData("de"));
    dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData("dark"));
    dialog.restoreSessionCheck()->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(dir.filePath("thumbs")).isDir()); // created when accepted

    const AppSettings after;
    QCOMPARE(after.thumbnailCacheFolder(), dir.filePath("thumbs"));
    QCOMPARE(after.thumbnailDiskCacheMB(), 300);
    QCOMPARE(after.thumbnailMemoryCacheMB(), 128);
    QCOMPARE(after.defaultDevice(), QStringLiteral("cuda:0"));
    QCOMPARE(after.threads(), 0);
    QCOMPARE(after.defaultBandRule(), QStringLiteral("quantile:0.2:0.4"));
    QCOMPARE(after.language(), QStringLiteral("de"));
    QCOMPARE(after.theme(), AppSettings::Theme::Dark);
    QVERIFY(!after.restoreSession());
    QCOMPARE(dialog.threadsSpin()->text(), dialog.threadsSpin()->specialValueText()); // 0 reads "One per core"
}

void TestPreferences::dialogRestoreDefaults()
{
    AppSettings s;
    s.setThreads(7);
    s.setDefaultDevice("cpu");
    s.setDefaultBandRule("thirds");
    PreferencesDialog dialog(QVector<tagscope::gui::DeviceChoice>{{"cpu", "CPU"}});
    dialog.restoreDefaults();
    QCOMPARE(dialog.threadsSpin()->value(), 0);
    QCOMPARE(formatBandRule(dialog.bandRuleBar()->rule()), std::string("absolute:100:20"));
    QCOMPARE(dialog.deviceCombo()->currentData().toString(), QStringLiteral("auto"));
    QCOMPARE(AppSettings().threads(), 7); // only OK saves
    dialog.reject();
    QCOMPARE(AppSettings().threads(), 7);
}

void TestPreferences::dialogRefusesUncreatableFolder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("plain-file");
    QFile(file).open(QIODevice::WriteOnly);
    PreferencesDialog dialog(QVector<tagscope::gui::DeviceChoice>{{"cpu", "CPU"}});
    dialog.workspaceEdit()->setText(file + "/runs"); // under a file: cannot be made
    dialog.threadsSpin()->setValue(9);
    QTimer::singleShot(0, [] { // the warning is modal: close it
        QTRY_VERIFY(QApplication::activeModalWidget() && QApplication::activeModalWidget()->inherits("QMessageBox"));
        QApplication::activeModalWidget()->close();
    });
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(AppSettings().threads(), 0); // nothing saved
}

void TestPreferences::wheelChangesOnlyTheFocusedField()
{
    tagscope::gui::FocusedWheelFilter::install(*qApp); // as the application does at start-up
    AppSettings().setThreads(5);
    PreferencesDialog dialog(QVector<tagscope::gui::DeviceChoice>{{"cpu", "CPU"}, {"cuda:0", "NVIDIA Test GPU"}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QList<QSpinBox*> spins = {dialog.threadsSpin(), dialog.diskCacheSpin(), dialog.memoryCacheSpin()};
    const QList<QComboBox*> combos = {dialog.themeCombo(), dialog.languageCombo(), dialog.deviceCombo()};
    for (QSpinBox* spin : spins) {
        const int before = spin->value();
        turnWheel(spin, 1);
        QCOMPARE(spin->value(), before);
        QVERIFY(!spin->hasFocus());
    }
    for (QComboBox* combo : combos) {
        const int before = combo->currentIndex();
        turnWheel(combo, before > 0 ? 1 : -1);
        QCOMPARE(combo->currentIndex(), before);
        QVERIFY(!combo->hasFocus());
    }
    // Focused (a click or Tab), a field takes the wheel as before.
    dialog.threadsSpin()->setFocus(Qt::TabFocusReason);
    QVERIFY(dialog.threadsSpin()->hasFocus());
    turnWheel(dialog.threadsSpin(), 1);
    QCOMPARE(dialog.threadsSpin()->value(), 6);
    dialog.reject();
    QCOMPARE(AppSettings().threads(), 5);
}

void TestPreferences::trimRemovesOldestCacheFilesOnly()
{
    QTemporaryDir dir;
    const tagscope::ui::ThumbnailDiskCache cache(dir.path());
    QImage image(64, 64, QImage::Format_RGB888);
    QStringList keys;
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < 20; ++i) {
        image.fill(QColor::fromHsv(i * 17, 200, 200));
        const QString key = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).toHex());
        QVERIFY(cache.write(key, image));
        QFile file(cache.filePath(key));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(now.addSecs(-3600 + i * 60), QFileDevice::FileModificationTime)); // key 0 oldest
        keys << key;
    }
    const QString foreign = dir.filePath("notes.jpg"); // not the cache's: never removed
    QFile(foreign).open(QIODevice::WriteOnly);
    QFile(foreign).resize(100000);

    const tagscope::gui::ThumbnailCacheUsage before = tagscope::gui::thumbnailCacheUsage(dir.path());
    QCOMPARE(before.files, 20);
    QVERIFY(before.bytes > 0);
    QCOMPARE(tagscope::gui::trimThumbnailCache(dir.path(), before.bytes).files, 20); // within the limit: untouched

    const qint64 limit = before.bytes / 2;
    const tagscope::gui::ThumbnailCacheUsage after = tagscope::gui::trimThumbnailCache(dir.path(), limit);
    QVERIFY(after.bytes <= limit / 10 * 9);
    QVERIFY(after.files > 0 && after.files < 20);
    QCOMPARE(tagscope::gui::thumbnailCacheUsage(dir.path()).files, after.files);
    const int removed = 20 - after.files;
    for (int i = 0; i < 20; ++i) // the oldest went first
        QCOMPARE(QFile::exists(cache.filePath(keys[i])), i >= removed);
    QVERIFY(QFile::exists(foreign));
}

void TestPreferences::thumbnailPreferencesReachTheLoader()
{
    QTemporaryDir dir;
    AppSettings s;
    s.setThumbnailCacheFolder(dir.filePath("cache"));
    s.setThumbnailMemoryCacheMB(96);
    tagscope::ui::ThumbnailLoader loader;
    tagscope::gui::applyThumbnailPreferences(&loader, s);
    QVERIFY(loader.diskCache());
    QCOMPARE(loader.diskCache()->directory(), dir.filePath("cache"));
    QCOMPARE(loader.cacheLimit(), qint64(96) * 1024 * 1024);
}

void TestPreferences::themes()
{
    QVERIFY(tagscope::gui::isDark(tagscope::gui::darkPalette()));
    QVERIFY(!tagscope::gui::isDark(tagscope::gui::lightPalette()));
    tagscope::gui::applyTheme(AppSettings::Theme::Dark);
    QVERIFY(tagscope::gui::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QWidget widget;
    QVERIFY(tagscope::gui::isDark(widget.palette())); // new widgets get it
    tagscope::gui::applyTheme(AppSettings::Theme::Light);
    QVERIFY(!tagscope::gui::isDark(QApplication::palette()));
    tagscope::gui::applyTheme(AppSettings::Theme::System); // offscreen: the platform's light palette again
    QVERIFY(!tagscope::gui::isDark(QApplication::palette()));
}

void TestPreferences::languagePreferenceSetsNumberFormats()
{
    using tagscope::gui::installTranslations;
    QCOMPARE(tagscope::gui::localeForLanguage(QString()), QLocale::system());
    QCOMPARE(tagscope::gui::localeForLanguage("es").language(), QLocale::Spanish);
    const QStringList codes = {"en", "de", "es"};
    for (const tagscope::gui::LanguageChoice& choice : tagscope::gui::languageChoices())
        QVERIFY(codes.contains(choice.code));

    installTranslations(*QCoreApplication::instance(), "de");
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(tagscope::ui::groupedNumber(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(tagscope::ui::decimalText(0.125, 2), QStringLiteral("0,13"));
    QCOMPARE(tagscope::ui::shortestNumber(0.25), QStringLiteral("0,25"));
    installTranslations(*QCoreApplication::instance(), "en"); // English needs no translator
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(tagscope::ui::groupedNumber(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(tagscope::ui::decimalText(0.125, 2), QStringLiteral("0.13"));
}

void TestPreferences::imageCacheBudgetReachesTheTrainingForm()
{
    QCOMPARE(AppSettings().imageCacheBudgetGB(), 0); // automatic
    QSettings().setValue("compute/imageCacheBudgetGB", -5);
    QCOMPARE(AppSettings().imageCacheBudgetGB(), 0);

    PreferencesDialog dialog({});
    QCOMPARE(dialog.imageCacheSpin()->value(), 0);
    QCOMPARE(dialog.imageCacheSpin()->text(), dialog.imageCacheSpin()->specialValueText()); // 0 reads "Automatic"
    dialog.imageCacheSpin()->setValue(120);
    dialog.accept();
    QCOMPARE(AppSettings().imageCacheBudgetGB(), 120);

    // A new run starts with it: the training form's budget, and so the config the run is given.
    tagscope::gui::TrainingForm form;
    tagscope::gui::applyComputeDefaults(&form, AppSettings());
    const QJsonObject config = QJsonDocument::fromJson(form.configJson()).object();
    QCOMPARE(config.value("cache_budget_gb").toDouble(), 120.0);
    QCOMPARE(config.value("cache").toString(), QStringLiteral("auto"));

    PreferencesDialog again({});
    QCOMPARE(again.imageCacheSpin()->value(), 120);
    again.restoreDefaults();
    QCOMPARE(again.imageCacheSpin()->value(), 0);
    AppSettings().resetToDefaults();
    QCOMPARE(AppSettings().imageCacheBudgetGB(), 0);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
