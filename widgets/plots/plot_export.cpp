#include "plot_export.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace tagscope::ui {

namespace {

QString csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool saveSvg(QCustomPlot* plot, const QString& path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(plot->size());
    generator.setViewBox(QRect(QPoint(0, 0), plot->size()));
    generator.setTitle(QFileInfo(path).completeBaseName());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, plot->width(), plot->height());
    return painter.end();
}

QString exportFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

void showError(QWidget* parent, const QString& path, const QString& error)
{
    QMessageBox::warning(parent, QCoreApplication::translate("PlotExport", "Export Failed"),
                         QCoreApplication::translate("PlotExport", "Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace

QString csvText(const CsvRows& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row)
            fields.push_back(csvField(field));
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

bool writeCsv(const QString& path, const CsvRows& rows, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = csvText(rows).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool savePlotImage(QCustomPlot* plot, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("svg"))
        ok = saveSvg(plot, path);
    else if (suffix == QLatin1String("pdf"))
        ok = plot->savePdf(path);
    else
        ok = plot->savePng(path, 0, 0, 2.0); // twice the screen resolution: sharp in documents and slides
    if (!ok && error)
        *error = QCoreApplication::translate("PlotExport", "The file could not be written.");
    return ok;
}

void addExportActions(QMenu* menu, QWidget* parent, QCustomPlot* plot, const std::function<CsvRows()>& rows,
                      const QString& baseName)
{
    QAction* image = menu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                     QCoreApplication::translate("PlotExport", "Export Image…"));
    QObject::connect(image, &QAction::triggered, parent, [parent, plot, baseName] {
        QString selected;
        const QString path = QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("PlotExport", "Export Image"), exportFolder() + QLatin1Char('/') + baseName + QStringLiteral(".png"),
            QCoreApplication::translate("PlotExport", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
        if (path.isEmpty())
            return;
        // A name typed without a suffix takes the one of the chosen file type.
        QString file = path;
        if (QFileInfo(file).suffix().isEmpty())
            file += selected.contains(QLatin1String("*.svg")) ? QStringLiteral(".svg")
                  : selected.contains(QLatin1String("*.pdf")) ? QStringLiteral(".pdf")
                                                               : QStringLiteral(".png");
        QString error;
        if (!savePlotImage(plot, file, &error))
            showError(parent, file, error);
    });
    QAction* data = menu->addAction(QCoreApplication::translate("PlotExport", "Export Data as CSV…"));
    QObject::connect(data, &QAction::triggered, parent, [parent, rows, baseName] {
        const QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("PlotExport", "Export Data"),
                                                          exportFolder() + QLatin1Char('/') + baseName + QStringLiteral(".csv"),
                                                          QCoreApplication::translate("PlotExport", "CSV file (*.csv)"));
        QString error;
        if (!path.isEmpty() && !writeCsv(path, rows(), &error))
            showError(parent, path, error);
    });
}

} // namespace tagscope::ui
