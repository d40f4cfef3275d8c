// The translations: every .ts file under translations/ is complete (no unfinished, empty, obsolete or vanished
// entry), keeps the placeholders and the accelerator of each source text, and lists exactly the strings lupdate
// finds in the sources today; the compiled translations, installed as main.cpp installs them, turn the main window's
// menus into German and Spanish with one accelerator per letter in each menu.
#include "ci_requirements.h"
#include "engine_bridge/training_engine.h"
#include "settings/language.h"
#include "training/engine_texts.h"
#include "embeddings/embedding_page.h"
#include "embeddings/embedding_store.h"
#include "window/main_window.h"

#include "plots/imbalance_summary_view.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kTsDir = QStringLiteral(TAGSCOPE_TS_DIR);

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type;            // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList translations; // one entry, or one per plural form
    int line = 0;            // line of the <message> in the .ts file
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            message.line = int(xml.lineNumber());
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) { // up to </translation>
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    return QDir(kTsDir).entryList({QStringLiteral("tagscope_*.ts")}, QDir::Files, QDir::Name);
}

// %1..%99, %L1, %n, %Ln (QString::arg and tr's plural), %p (QProgressBar's percentage).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)|%p"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

// Accelerator markers: '&' before a character, not "&&" and not an HTML entity such as &amp; in rich text.
int acceleratorCount(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z]+|#\\d+);"));
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == u'&' && !text.at(i + 1).isSpace())
            ++count;
    return count;
}

// Plural forms Qt's lrelease expects for each language shipped (English, German and Spanish: singular and plural).
int pluralForms(const QString& language)
{
    const QString code = language.section(u'_', 0, 0);
    static const QMap<QString, int> forms = {{QStringLiteral("en"), 2}, {QStringLiteral("de"), 2}, {QStringLiteral("es"), 2}};
    return forms.value(code, 0);
}

// English, the source language, is translated for its plural forms only (lupdate -pluralonly).
bool pluralsOnly(const QString& file)
{
    return file == u"tagscope_en.ts";
}

QString describe(const Message& m)
{
    return QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(80));
}

QSet<QString> keysOf(const TsFile& ts)
{
    QSet<QString> keys;
    for (const Message& m : ts.messages)
        keys.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment);
    return keys;
}

QString keyText(const QString& key)
{
    const QStringList parts = key.split(QChar(0));
    QString text = parts.value(0) + QStringLiteral(": \"") + parts.value(1) + u'"';
    if (!parts.value(2).isEmpty())
        text += QStringLiteral(" (") + parts.value(2) + u')';
    return text;
}

QStringList sortedKeys(const QSet<QString>& keys)
{
    QStringList list(keys.begin(), keys.end());
    list.sort();
    for (QString& key : list)
        key = keyText(key);
    return list;
}

// The menus of a window: the menu bar's menus and their submenus, each with its visible entries.
void collectMenus(QMenu* menu, QList<QMenu*>* out)
{
    out->append(menu);
    for (QAction* action : menu->actions())
        if (action->menu())
            collectMenus(action->menu(), out);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
    void engineTextsListed();
    void mainWindowMenus_data();
    void mainWindowMenus();
    void textsFitAtALaptopsSize_data();
    void textsFitAtALaptopsSize();
};

void TestTranslations::initTestCase()
{
    const QStringList files = tsFiles();
    QVERIFY2(files.contains(QStringLiteral("tagscope_de.ts")), qPrintable(kTsDir));
    QVERIFY2(files.contains(QStringLiteral("tagscope_es.ts")), qPrintable(kTsDir));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(kTsDir + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(file + QStringLiteral(": ") + ts.error));
    const QString expectedLanguage = file.mid(9, file.size() - 9 - 3); // tagscope_<lang>.ts
    QVERIFY2(ts.language.startsWith(expectedLanguage),
             qPrintable(QStringLiteral("%1 declares language %2").arg(file, ts.language)));
    const int fewest = pluralsOnly(file) ? 10 : 100;
    QVERIFY2(ts.messages.size() > fewest, qPrintable(QStringLiteral("%1 has only %2 messages").arg(file).arg(ts.messages.size())));
    const int forms = pluralForms(ts.language);
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("%1: add the plural forms of %2 to pluralForms()").arg(file, ts.language)));

    QStringList problems;
    for (const Message& m : ts.messages) {
        const QString where = QStringLiteral("%1:%2 %3").arg(file).arg(m.line).arg(describe(m));
        if (m.type == u"unfinished")
            problems << where + QStringLiteral(": unfinished");
        else if (!m.type.isEmpty())
            problems << where + QStringLiteral(": %1 (update with lupdate -no-obsolete)").arg(m.type);
        if (m.numerus && m.translations.size() != forms)
            problems << where + QStringLiteral(": %1 plural forms, %2 expected").arg(m.translations.size()).arg(forms);
        if (pluralsOnly(file) && !m.numerus)
            problems << where + QStringLiteral(": not a plural (lupdate -pluralonly keeps plurals only)");
        const QStringList sourcePlaceholders = placeholders(m.source);
        const int sourceAccelerators = acceleratorCount(m.source);
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                if (m.type.isEmpty())
                    problems << where + QStringLiteral(": empty translation");
                continue;
            }
            const QStringList translated = placeholders(translation);
            if (translated != sourcePlaceholders)
                problems << where + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                        .arg(sourcePlaceholders.join(u' '), translated.join(u' '), translation);
            const int accelerators = acceleratorCount(translation);
            if (accelerators != sourceAccelerators)
                problems << where + QStringLiteral(": %1 accelerator(s) in the source, %2 in \"%3\"")
                                        .arg(sourceAccelerators).arg(accelerators).arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

// lupdate on the sources the build translates (the list tests/CMakeLists.txt writes) into a fresh file: the
// committed .ts must hold exactly the same (context, source, comment) entries.
void TestTranslations::upToDate()
{
    QFETCH(QString, file);
    const QString lupdate = QStringLiteral(TAGSCOPE_LUPDATE);
    TAGSCOPE_REQUIRE_IN_CI(QFileInfo(lupdate).isExecutable(), "lupdate is not installed (apt install qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(file);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                             QStringLiteral("@") + QStringLiteral(TAGSCOPE_LUPDATE_LIST), QStringLiteral("-ts"), fresh};
    if (pluralsOnly(file))
        arguments.prepend(QStringLiteral("-pluralonly"));
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), qPrintable(lupdate + QStringLiteral(" did not finish")));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAll())));

    const TsFile current = readTs(fresh);
    const TsFile committed = readTs(kTsDir + u'/' + file);
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(current.messages.size() > (pluralsOnly(file) ? 10 : 100),
             qPrintable(QStringLiteral("lupdate found only %1 strings").arg(current.messages.size())));
    const QSet<QString> sources = keysOf(current);
    const QSet<QString> listed = keysOf(committed);
    const QStringList missing = sortedKeys(sources - listed);
    const QStringList stale = sortedKeys(listed - sources);
    QStringList report;
    if (!missing.isEmpty())
        report << QStringLiteral("%1 source string(s) missing from %2 (build the update_translations target, then translate them):")
                      .arg(missing.size()).arg(file)
               << missing;
    if (!stale.isEmpty())
        report << QStringLiteral("%1 entr(ies) of %2 no longer in the sources (update_translations removes them):")
                      .arg(stale.size()).arg(file)
               << stale;
    QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("\n") + report.join(QStringLiteral("\n  "))));
}

// The backbone and loss registries describe themselves in English (the engine has no Qt); the training form shows
// their texts through engineText(), which only finds a translation for the texts engine_texts.cpp lists.
void TestTranslations::engineTextsListed()
{
    QStringList texts;
    for (const tagscope::gui::BackboneChoice& backbone : tagscope::gui::backboneChoices())
        texts << backbone.title << backbone.summary;
    for (const tagscope::gui::LossChoice& loss : tagscope::gui::lossChoices()) {
        texts << loss.title << loss.summary;
        for (const tagscope::ui::FieldSpec& field : loss.parameters)
            texts << field.help;
    }
    QVERIFY2(texts.size() > 50, qPrintable(QString::number(texts.size())));
    const QStringList listed = tagscope::gui::listedEngineTexts();
    QStringList missing;
    for (const QString& text : texts)
        if (!text.isEmpty() && !listed.contains(text) && !missing.contains(text))
            missing << QStringLiteral("  \"") + text + u'"';
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\nregistry texts missing from app/gui/training/engine_texts.cpp:\n") + missing.join(u'\n')));
}

void TestTranslations::mainWindowMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menuTitles");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")};
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
    QTest::newRow("Spanish") << QStringLiteral("es")
                             << QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Ver"), QStringLiteral("Ay&uda")};
}

// The window built with the interface language set to English, German or Spanish, the translations installed by
// the function main.cpp calls (installTranslations, from the .qm files under :/i18n, embedded here as in the
// application): menu titles as expected, no menu entry left in English, and no two entries of one menu sharing
// an accelerator (in the source texts too).
void TestTranslations::mainWindowMenus()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menuTitles);

    const QLocale previous;
    const auto restore = qScopeGuard([&previous] {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(previous);
    });
    QCOMPARE(tagscope::gui::installTranslations(*QCoreApplication::instance(), language), language);
    QCOMPARE(QLocale().language(), QLocale(language).language());

    // English source texts that must not show up once translated (those whose translation differs).
    const TsFile ts = language == u"en" ? TsFile{} : readTs(kTsDir + QStringLiteral("/tagscope_") + language + QStringLiteral(".ts"));
    QSet<QString> english;
    for (const Message& m : ts.messages)
        if (!m.numerus && !m.translations.isEmpty() && m.translations.first() != m.source)
            english.insert(m.source);

    QStringList problems;
    {
        tagscope::gui::MainWindow window;
        QStringList titles;
        QList<QMenu*> menus;
        for (QAction* action : window.menuBar()->actions()) {
            titles << action->text();
            if (action->menu())
                collectMenus(action->menu(), &menus);
        }
        QVERIFY2(titles.size() >= menuTitles.size(), qPrintable(titles.join(u' ')));
        for (const QString& title : menuTitles)
            QVERIFY2(titles.contains(title), qPrintable(QStringLiteral("menu %1 not among: %2").arg(title, titles.join(QStringLiteral(", ")))));
        QCOMPARE(titles.first(), menuTitles.first());

        QMap<QString, QStringList> barMnemonics;
        for (const QString& title : titles)
            barMnemonics[QKeySequence::mnemonic(title).toString()] << title;
        for (auto it = barMnemonics.cbegin(); it != barMnemonics.cend(); ++it)
            if (!it.key().isEmpty() && it.value().size() > 1)
                problems << QStringLiteral("menu bar: %1 share %2").arg(it.value().join(QStringLiteral(", ")), it.key());
        for (const QString& title : titles)
            if (english.contains(title))
                problems << QStringLiteral("menu bar: \"%1\" is not translated").arg(title);

        for (QMenu* menu : menus) {
            QMap<QString, QStringList> mnemonics;
            for (QAction* action : menu->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                if (english.contains(action->text()))
                    problems << QStringLiteral("%1: \"%2\" is not translated").arg(menu->title(), action->text());
                const QString key = QKeySequence::mnemonic(action->text()).toString();
                if (!key.isEmpty())
                    mnemonics[key] << action->text();
            }
            for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it)
                if (it.value().size() > 1)
                    problems << QStringLiteral("%1: %2 share %3").arg(menu->title(), it.value().join(QStringLiteral(", ")), it.key());
        }
        QVERIFY2(menus.size() >= 3, "the window has fewer than three menus");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestTranslations::textsFitAtALaptopsSize_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// In each language, at 1280 x 800: the embedding map's tool bar shows every tool (none behind its "»" menu), and
// the summary's big numbers keep their full height ("20,000" must not read "20.000").
void TestTranslations::textsFitAtALaptopsSize()
{
    QFETCH(QString, language);
    const QLocale previous;
    const auto restore = qScopeGuard([&previous] {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(previous);
    });
    QCOMPARE(tagscope::gui::installTranslations(*QCoreApplication::instance(), language), language);

    tagscope::gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    tagscope::gui::EmbeddingStore store;
    tagscope::gui::EmbeddingPage page(&store);
    page.resize(window.centralWidget()->width(), 700); // the map takes the browser's place beside the inspector
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QToolBar* bar = page.toolBar();
    QStringList hidden;
    for (QAction* action : bar->actions())
        if (action->isVisible() && !action->isSeparator() && bar->widgetForAction(action) && !bar->widgetForAction(action)->isVisible())
            hidden << (action->text().isEmpty() ? bar->widgetForAction(action)->metaObject()->className() : action->text());
    QVERIFY2(hidden.isEmpty(), qPrintable(QStringLiteral("%1 px: behind the » menu: %2").arg(page.width()).arg(hidden.join(QStringLiteral(", ")))));

    tagscope::ui::ImbalanceFigures figures;
    figures.images = 20000;
    figures.tags = 19;
    figures.effectiveTags = 13;
    figures.topOnePercentShare = 0.157;
    figures.positivesPerImage = {100, 200, 50};
    tagscope::ui::ImbalanceSummaryView* summary = window.summaryView();
    summary->setFigures({figures});
    QVERIFY(window.showAnalysisTab(QStringLiteral("summary")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (const char* name : {"ratioValue", "giniValue", "effectiveValue", "top1Value", "imagesValue", "meanValue"}) {
        const auto* label = summary->findChild<QLabel*>(QString::fromLatin1(name));
        QVERIFY(label);
        QVERIFY2(label->height() >= QFontMetrics(label->font()).height(), name);
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
