#pragma once
// Saving a plot as a picture (PNG, SVG or PDF, chosen by the file's suffix) and its numbers as CSV, and the
// context-menu entries that ask for the file. Every plot widget offers both from its context menu.
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QCustomPlot;
class QMenu;
class QWidget;

namespace tagscope::ui {

using CsvRows = QVector<QStringList>; // the first row is the header

// Fields with a comma, quote or line break are quoted and their quotes doubled (RFC 4180); lines end in "\n".
QString csvText(const CsvRows& rows);
bool writeCsv(const QString& path, const CsvRows& rows, QString* error = nullptr);
bool savePlotImage(QCustomPlot* plot, const QString& path, QString* error = nullptr);

// Adds "Export Image…" and "Export Data as CSV…"; `baseName` proposes the file name ("tag-frequency").
void addExportActions(QMenu* menu, QWidget* parent, QCustomPlot* plot, const std::function<CsvRows()>& rows,
                      const QString& baseName);

} // namespace tagscope::ui
