#include "language.h"

#include "common/english_plurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tagscope::gui {

QVector<LanguageChoice> languageChoices()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QLocale localeForLanguage(const QString& code)
{
    if (code.isEmpty())
        return QLocale::system();
    const QLocale system = QLocale::system();
    if (system.language() == QLocale(code).language())
        return system; // Deutsch on an Austrian system keeps the Austrian formats
    return QLocale(code);
}

QString installTranslations(QCoreApplication& app, const QString& code)
{
    const QLocale locale = localeForLanguage(code);
    QLocale::setDefault(locale);
    ui::installEnglishPlurals(app); // first: the language's own translator, installed later, takes precedence
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("tagscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    const QString language = translator->language().isEmpty() ? locale.name() : translator->language();
    return language.section(QLatin1Char('_'), 0, 0);
}

} // namespace tagscope::gui
