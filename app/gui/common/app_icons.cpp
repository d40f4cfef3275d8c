#include "app_icons.h"

#include <QApplication>

// Q_INIT_RESOURCE must be called from the global namespace.
static void initTagscopeResources()
{
    Q_INIT_RESOURCE(tagscope);
}

namespace tagscope::gui {

namespace {
bool canDraw(const QIcon& icon)
{
    return !icon.isNull() && !icon.pixmap(QSize(16, 16)).isNull();
}
} // namespace

void initResources()
{
    initTagscopeResources();
}

QIcon applicationIcon()
{
    QIcon icon(QStringLiteral(":/icons/tagscope.svg"));
    return canDraw(icon) ? icon : QApplication::style()->standardIcon(QStyle::SP_DirIcon);
}

QIcon actionIcon(const QString& name, QStyle::StandardPixmap fallback)
{
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
    return canDraw(icon) ? icon : QApplication::style()->standardIcon(fallback);
}

} // namespace tagscope::gui
