#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tagscope::gui {

namespace {

void collectMenu(const QMenu* menu, const QString& group, QVector<ShortcutEntry>& entries, QSet<const QAction*>& seen)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu* sub = action->menu()) {
            collectMenu(sub, QStringLiteral("%1 > %2").arg(group, actionText(action)), entries, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.push_back({group, actionText(action), action->shortcuts(), action});
    }
}

// An action outside the menus is listed under the page that names its group (the "shortcutGroup" property, e.g.
// "Review") or the dock that holds it ("Similar Images"), else under "Other".
QString groupOf(const QAction* action)
{
    for (const QObject* o = action->parent(); o; o = o->parent()) {
        if (const QVariant group = o->property("shortcutGroup"); group.isValid())
            return group.toString();
        if (const auto* dock = qobject_cast<const QDockWidget*>(o))
            return actionText(dock->toggleViewAction());
    }
    return ShortcutsDialog::tr("Other");
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

QString actionText(const QAction* action)
{
    QString text = action->text();
    if (text.isEmpty()) // an icon-only action: its tooltip without the key in brackets
        text = action->toolTip().remove(QRegularExpression(QStringLiteral("\\s*\\([^()]*\\)$")));
    text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.isEmpty())
        return ShortcutsDialog::tr("(unnamed)");
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QVector<ShortcutEntry> collectShortcuts(QMainWindow* window)
{
    QVector<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    for (QAction* top : window->menuBar()->actions())
        if (const QMenu* menu = top->menu())
            collectMenu(menu, actionText(top), entries, seen);
    QVector<ShortcutEntry> others; // grouped by dock, in the order the groups first appear
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action) || action->menu())
            continue;
        seen.insert(action);
        const QString group = groupOf(action);
        auto it = std::find_if(others.rbegin(), others.rend(), [&](const ShortcutEntry& e) { return e.group == group; });
        others.insert(it == others.rend() ? others.end() : it.base(), {group, actionText(action), action->shortcuts(), action});
    }
    return entries + others;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow* window, QWidget* parent) : QDialog(parent), search_(new QLineEdit), tree_(new QTreeWidget)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    search_->setPlaceholderText(tr("Search actions and keys"));
    search_->setClearButtonEnabled(true);
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionMode(QAbstractItemView::NoSelection);
    tree_->setFocusPolicy(Qt::NoFocus);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(false);

    QTreeWidgetItem* groupItem = nullptr;
    for (const ShortcutEntry& entry : collectShortcuts(window)) {
        if (!groupItem || groupItem->text(0) != entry.group) {
            groupItem = new QTreeWidgetItem(tree_, {entry.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(groupItem, {entry.text, keysText(entry.keys)});
        item->setToolTip(0, entry.action->toolTip());
    }
    tree_->expandAll();
    connect(search_, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(tree_, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

int ShortcutsDialog::shortcutCount() const
{
    int count = 0;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g)
        count += tree_->topLevelItem(g)->childCount();
    return count;
}

void ShortcutsDialog::filter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace tagscope::gui
