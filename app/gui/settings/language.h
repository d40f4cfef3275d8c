#pragma once
// The interface language: the system's by default, or the one chosen in the preferences. Tagscope's own
// translations are embedded under :/i18n (qt_add_translations); Qt's come from its translations folder.
#include <QLocale>
#include <QString>
#include <QVector>

class QCoreApplication;

namespace tagscope::gui {

struct LanguageChoice {
    QString code;       // "" for the system's language, else "en", "de", "es"
    QString nativeName; // "Deutsch": a language is listed in its own words
};

QVector<LanguageChoice> languageChoices(); // without the system entry, which the preferences add
// The locale for a preference: the system's for "", else the language's own (numbers and dates follow it).
QLocale localeForLanguage(const QString& code);
// Makes the preference's locale the default and installs the Qt and Tagscope translators for it, parented to
// `app`. Returns the language of the interface now: "en" where no translation was needed or found.
QString installTranslations(QCoreApplication& app, const QString& code);

} // namespace tagscope::gui
