#pragma once
// Help > Keyboard Shortcuts: every action of a window that has a shortcut, under the menu that holds it, read
// from the actions themselves so the list cannot drift from the keys that work. Actions outside the menus
// (toolbars, panels) are listed under the page or dock that holds them, else under "Other".
#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace tagscope::gui {

struct ShortcutEntry {
    QString group;  // "File", "View > Thumbnails", "Other"
    QString text;   // the action's text without mnemonics or the ellipsis
    QList<QKeySequence> keys;
    QAction* action = nullptr;
};

// The window's actions with a shortcut, each once: the menus first, in menu order, then the other actions.
QVector<ShortcutEntry> collectShortcuts(QMainWindow* window);
QString actionText(const QAction* action); // "&Open Dataset…" -> "Open Dataset"

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow* window, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return tree_; }
    int shortcutCount() const; // the rows listing an action

private:
    void filter(const QString& text);

    QLineEdit* search_;
    QTreeWidget* tree_;
};

} // namespace tagscope::gui
