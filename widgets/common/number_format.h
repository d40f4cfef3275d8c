#pragma once
// Number formatting shared by labels, tables and plots, following the user's locale.
#include <QString>
#include <QtGlobal>

namespace tagscope::ui {

QString groupedNumber(quint64 value); // 1,234,567
// 1.2M, 35K: for counts that may reach billions; values below `from` are written out in full.
QString compactNumber(quint64 value, quint64 from = 10000);
QString ratioText(double ratio);      // "523 : 1", or "–" when there is no ratio
// 0.123 -> "12.3%"; small shares keep two significant digits ("0.0042%") so they never read as zero.
QString percentText(double fraction);
// A measured value with a fixed number of decimals in the locale's notation: 0.1234, 2 -> "0.12" ("0,12" in German).
QString decimalText(double value, int decimals);
// The shortest text that reads back as `value`, in the locale's notation: axis ticks below one ("0.25", "0,25").
QString shortestNumber(double value);

} // namespace tagscope::ui
