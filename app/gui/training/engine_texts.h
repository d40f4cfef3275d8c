#pragma once
// Texts the engine describes its backbones and losses with (titles, summaries, parameter help). The engine has no
// Qt and speaks English; the GUI shows these texts translated. They are listed in engine_texts.cpp for lupdate,
// and tst_translations checks that every text the registries return is listed there.
#include <QString>
#include <QStringList>

#include <string>

namespace tagscope::gui {

QString engineText(const std::string& english); // the translation for the interface language, else the English
QStringList listedEngineTexts();                 // the English texts listed for translation

} // namespace tagscope::gui
