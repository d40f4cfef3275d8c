#pragma once
// The English forms of the texts counted with Qt's %n ("%n image(s)" reads "1 image", "2 images"): Qt shows a
// source text as written unless a translation gives its plural forms, so English has a plurals-only translation
// too (translations/tagscope_en.ts), embedded in this library under :/i18n.
class QCoreApplication;

namespace tagscope::ui {

// Installs it, parented to `app`; the translators installed afterwards (German, Spanish) take precedence.
bool installEnglishPlurals(QCoreApplication& app);

} // namespace tagscope::ui
