// Help menu dialogs of the main window: the Keyboard Shortcuts list is generated from the actions (every action
// with a shortcut appears, no key is bound twice, the frequent actions have one), and the About box shows the
// real versions of Tagscope, Qt, LibTorch and OpenCV and the device in use.
#include "window/about_dialog.h"
#include "window/main_window.h"
#include "window/shortcuts_dialog.h"

#include "imaging/library_versions.h"
#include "models/device.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QtTest>

using tagscope::gui::MainWindow;

class TestAppDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void shortcutDialogListsEveryShortcut();
    void noShortcutIsBoundTwice();
    void frequentActionsHaveShortcuts();
    void helpMenuOpensTheDialogs();
    void aboutShowsRealVersions();
};

void TestAppDialogs::shortcutDialogListsEveryShortcut()
{
    MainWindow window;
    tagscope::gui::ShortcutsDialog dialog(&window);
    QSet<QString> listed;
    QTreeWidget* tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0)));
            listed.insert(item->text(0) + '\t' + item->text(1));
        }
    int withShortcut = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withShortcut;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString row = tagscope::gui::actionText(action) + '\t' + keys.join(", ");
        QVERIFY2(listed.contains(row), qPrintable("not listed: " + row));
    }
    QCOMPARE(dialog.shortcutCount(), withShortcut);
    QVERIFY(withShortcut >= 20);
    // Search narrows the list to matching rows.
    dialog.findChild<QLineEdit*>()->setText("Training");
    int shown = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            shown += tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    QVERIFY(shown >= 2 && shown < withShortcut);
}

void TestAppDialogs::noShortcutIsBoundTwice()
{
    MainWindow window;
    // Where a key acts: the whole window, or a widget and its children (a page's tab). Two of those side by side
    // (the duplicate pairs' R and the embedding map's R) never hold the focus at once; a key of the window and a key
    // of a widget, or of a widget and one inside it, do.
    struct Binding {
        QString name;
        QList<const QWidget*> scope; // the widgets it was added to; empty: the whole window
    };
    const auto overlap = [](const QList<const QWidget*>& a, const QList<const QWidget*>& b) {
        if (a.isEmpty() || b.isEmpty())
            return true;
        for (const QWidget* x : a)
            for (const QWidget* y : b)
                if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                    return true;
        return false;
    };
    QMultiHash<QString, Binding> owners;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue; // only active while its own widget has the focus
        QList<const QWidget*> scope;
        if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            for (const QObject* object : action->associatedObjects())
                if (const auto* widget = qobject_cast<const QWidget*>(object))
                    scope.push_back(widget);
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const QString name = tagscope::gui::actionText(action);
            for (const Binding& other : owners.values(text))
                QVERIFY2(!overlap(scope, other.scope), qPrintable(QString("%1 is bound to both %2 and %3").arg(text, other.name, name)));
            owners.insert(text, {name, scope});
        }
    }
}

void TestAppDialogs::frequentActionsHaveShortcuts()
{
    MainWindow window;
    QHash<QString, QString> keyOf;
    for (const tagscope::gui::ShortcutEntry& entry : tagscope::gui::collectShortcuts(&window))
        keyOf.insert(entry.text, entry.keys.first().toString(QKeySequence::PortableText));
    const QStringList frequent = {"Open Dataset", "Filter Images", "Zoom In", "Zoom Out", "Next Image", "Previous Image",
                                  "Start Training", "Stop Training", "Tag Panel", "Analysis Panel", "Training",
                                  "Image Inspector", "Preferences", "Keyboard Shortcuts", "Show All Images"};
    for (const QString& name : frequent)
        QVERIFY2(keyOf.contains(name), qPrintable(name + " has no shortcut"));
    QCOMPARE(keyOf.value("Open Dataset"), QKeySequence(QKeySequence::Open).toString(QKeySequence::PortableText));
    QCOMPARE(keyOf.value("Filter Images"), QStringLiteral("Ctrl+F"));
    QCOMPARE(keyOf.value("Preferences"), QStringLiteral("Ctrl+,"));
}

void TestAppDialogs::helpMenuOpensTheDialogs()
{
    MainWindow window;
    window.show();
    QMenu* help = nullptr;
    for (QAction* top : window.menuBar()->actions())
        if (tagscope::gui::actionText(top) == QLatin1String("Help"))
            help = top->menu();
    QVERIFY(help);
    QStringList texts;
    for (QAction* action : help->actions())
        if (!action->isSeparator())
            texts << tagscope::gui::actionText(action);
    QCOMPARE(texts.first(), QStringLiteral("Keyboard Shortcuts"));
    for (QAction* action : help->actions())
        if (tagscope::gui::actionText(action) == QLatin1String("Keyboard Shortcuts"))
            action->trigger();
    QTRY_VERIFY(window.findChild<tagscope::gui::ShortcutsDialog*>("shortcutsDialog"));
    for (QAction* action : help->actions())
        if (tagscope::gui::actionText(action) == QLatin1String("About Tagscope"))
            action->trigger();
    QTRY_VERIFY(window.findChild<tagscope::gui::AboutDialog*>("aboutDialog"));
}

void TestAppDialogs::aboutShowsRealVersions()
{
    tagscope::gui::AboutDialog dialog;
    QHash<QString, QString> facts;
    for (const auto& [label, value] : dialog.facts())
        facts.insert(label, value);
    QCOMPARE(facts.value("Qt"), QString::fromLatin1(qVersion()));
    QCOMPARE(facts.value("LibTorch"), QString::fromStdString(tagscope::torchVersion()));
    QVERIFY(QRegularExpression("^\\d+\\.\\d+(\\.\\d+)?").match(facts.value("LibTorch")).hasMatch());
    const QString opencv = QString::fromStdString(tagscope::opencvVersion());
    QVERIFY2(QRegularExpression("^\\d+\\.\\d+\\.\\d+").match(opencv).hasMatch(), qPrintable(opencv)); // CV_VERSION
    QCOMPARE(facts.value("OpenCV"), opencv);
    const bool hasGpu = tagscope::availableDevices().size() > 1;
    QVERIFY2(hasGpu ? facts.value("Device").contains("cuda:0") : facts.value("Device").startsWith("CPU"), qPrintable(facts.value("Device")));
    QVERIFY(facts.value("Build").startsWith(QLatin1String("Release")) || facts.value("Build").startsWith(QLatin1String("Debug"))
            || facts.value("Build").startsWith(QLatin1String("RelWithDebInfo")) || facts.value("Build").startsWith(QLatin1String("MinSizeRel")));
    QVERIFY(dialog.plainText().startsWith(QStringLiteral("Tagscope " TAGSCOPE_VERSION "\n")));
    QVERIFY(dialog.plainText().contains("LibTorch: " + facts.value("LibTorch")));
}

QTEST_MAIN(TestAppDialogs)
#include "tst_app_dialogs.moc"
