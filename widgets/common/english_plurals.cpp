#include "english_plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace tagscope::ui {

bool installEnglishPlurals(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/tagscope_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace tagscope::ui
