#include "number_format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

QString groupedNumber(quint64 value)
{
    return QLocale().toString(value);
}

QString compactNumber(quint64 value, quint64 from)
{
    static const char* const kSuffixes[] = {"K", "M", "G", "T"};
    if (value < std::max<quint64>(from, 1000))
        return groupedNumber(value);
    double scaled = static_cast<double>(value);
    int suffix = -1;
    while (scaled >= 1000.0 && suffix < 3) {
        scaled /= 1000.0;
        ++suffix;
    }
    QString digits = QLocale().toString(scaled, 'f', scaled < 100.0 ? 1 : 0);
    const QString zeroDecimal = QLocale().decimalPoint() + QLatin1Char('0');
    if (digits.endsWith(zeroDecimal)) // "10K", not "10.0K"
        digits.chop(zeroDecimal.size());
    return digits + QLatin1String(kSuffixes[suffix]);
}

QString ratioText(double ratio)
{
    if (!(ratio > 0.0))
        return QStringLiteral("–");
    return QStringLiteral("%1 : 1").arg(QLocale().toString(ratio, 'f', ratio < 10.0 ? 1 : 0));
}

QString decimalText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString shortestNumber(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString percentText(double fraction)
{
    const double percent = fraction * 100.0;
    if (percent <= 0.0)
        return QStringLiteral("0%");
    const int decimals = percent >= 0.1 ? 1 : std::min(6, 1 - static_cast<int>(std::floor(std::log10(percent))));
    return QLocale().toString(percent, 'f', decimals) + QLatin1Char('%');
}

} // namespace tagscope::ui
