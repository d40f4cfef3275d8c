#include "import_report_dialog.h"

#include "common/number_format.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tagscope::gui {

namespace {
enum Column { FileColumn, LineColumn, MessageColumn };
}

ImportReportDialog::ImportReportDialog(const QString& datasetPath, const ImportReport& report, QWidget* parent)
    : QDialog(parent), list_(new QTreeWidget(this))
{
    setWindowTitle(tr("Import Report — %1").arg(QFileInfo(datasetPath).fileName()));
    resize(820, 440);

    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    QString text = tr("Read %1 from %2 in <b>%3</b>.")
                       .arg(tr("<b>%Ln</b> row(s)", nullptr, static_cast<int>(report.rowsRead)),
                            tr("%Ln file(s)", nullptr, static_cast<int>(report.filesRead.size())),
                            QDir::toNativeSeparators(datasetPath).toHtmlEscaped());
    text += QLatin1Char(' ');
    text += tr("Rows skipped: %1. Issues: %2.").arg(ui::groupedNumber(report.rowsSkipped), ui::groupedNumber(report.issueCount));
    if (report.issueCount > report.issues.size())
        text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(ui::groupedNumber(report.issues.size()));
    summary->setText(text);

    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("File"), tr("Line"), tr("Problem")});
    list_->setRootIsDecorated(false);
    list_->setAlternatingRowColors(true);
    list_->setUniformRowHeights(true);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<int>(report.issues.size()));
    for (const ImportIssue& issue : report.issues) {
        const QString file = QString::fromStdString(issue.file);
        auto* item = new QTreeWidgetItem;
        item->setText(FileColumn, file.isEmpty() ? tr("(dataset)") : QFileInfo(file).fileName());
        item->setToolTip(FileColumn, QDir::toNativeSeparators(file));
        item->setData(FileColumn, Qt::UserRole, file);
        if (issue.line > 0)
            item->setText(LineColumn, QString::number(issue.line));
        item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(MessageColumn, QString::fromStdString(issue.message));
        item->setToolTip(MessageColumn, item->text(MessageColumn));
        items.push_back(item);
    }
    list_->addTopLevelItems(items);
    list_->header()->setStretchLastSection(true);
    list_->header()->resizeSection(FileColumn, 300);
    list_->header()->resizeSection(LineColumn, 70);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(issuesAsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list_, 1);
    layout->addWidget(buttons);
}

QString ImportReportDialog::issuesAsText() const
{
    QStringList lines;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list_->topLevelItem(i);
        QString where = item->data(FileColumn, Qt::UserRole).toString();
        if (!item->text(LineColumn).isEmpty())
            where += QLatin1Char(':') + item->text(LineColumn);
        lines.push_back(where.isEmpty() ? item->text(MessageColumn) : where + QStringLiteral(": ") + item->text(MessageColumn));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tagscope::gui
