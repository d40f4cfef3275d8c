#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace tagscope::gui {

namespace {

struct SystemLook {
    QString styleName; // the platform's style, restored when the theme goes back to following the system
    bool captured = false;
};

SystemLook& systemLook()
{
    static SystemLook look;
    if (!look.captured && qApp) {
        look.styleName = QApplication::style()->name();
        look.captured = true;
    }
    return look;
}

AppSettings::Theme& currentTheme()
{
    static AppSettings::Theme theme = AppSettings::Theme::System;
    return theme;
}

void setStyleNamed(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

bool systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
    return false; // Qt 6.4 does not report the scheme: the platform theme's palette is the system's choice
#endif
}

void applySystemTheme()
{
    setStyleNamed(systemLook().styleName);
    QApplication::setPalette(QPalette()); // resolves to the platform theme's palette
    if (systemPrefersDark() && !isDark(QApplication::palette())) {
        // A style that does not switch by itself (Fusion on X11): dark as the system asks.
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
}

void followSystemChanges()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    static bool connected = false;
    if (connected)
        return;
    connected = true;
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
        if (currentTheme() == AppSettings::Theme::System)
            applySystemTheme();
    });
#endif
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette lightPalette()
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        const QPalette palette = fusion->standardPalette();
        delete fusion;
        return palette;
    }
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe7, 0xe9), disabled(0x7c, 0x7f, 0x85);
    const QColor highlight(0x3d, 0x7e, 0xd8), link(0x6c, 0xa8, 0xf0);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

void applyTheme(AppSettings::Theme theme)
{
    systemLook(); // remember the platform's style before the first change
    currentTheme() = theme;
    followSystemChanges();
    switch (theme) {
    case AppSettings::Theme::System:
        applySystemTheme();
        return;
    case AppSettings::Theme::Light:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Theme::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace tagscope::gui
