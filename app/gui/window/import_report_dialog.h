#pragma once
// Lists what an import skipped, one issue a row with file and line, so the user can fix the source files.
#include "dataset/import_report.h"

#include <QDialog>

class QTreeWidget;

namespace tagscope::gui {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QString& datasetPath, const ImportReport& report, QWidget* parent = nullptr);

    QTreeWidget* issueList() const { return list_; }
    QString issuesAsText() const; // "file:line: message" lines, as the Copy button puts them

private:
    QTreeWidget* list_;
};

} // namespace tagscope::gui
