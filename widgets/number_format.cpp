#include "number_format.h"

#include <QLocale>

namespace tagscope::ui {

QString groupedNumber(quint64 value)
{
    return QLocale().toString(value);
}

QString compactNumber(quint64 value)
{
    static const char* const kSuffixes[] = {"K", "M", "G", "T"};
    if (value < 10000)
        return groupedNumber(value);
    double scaled = static_cast<double>(value);
    int suffix = -1;
    while (scaled >= 1000.0 && suffix < 3) {
        scaled /= 1000.0;
        ++suffix;
    }
    return QLocale().toString(scaled, 'f', scaled < 100.0 ? 1 : 0) + QLatin1String(kSuffixes[suffix]);
}

QString ratioText(double ratio)
{
    if (!(ratio > 0.0))
        return QStringLiteral("–");
    return QStringLiteral("%1 : 1").arg(QLocale().toString(ratio, 'f', ratio < 10.0 ? 1 : 0));
}

} // namespace tagscope::ui
