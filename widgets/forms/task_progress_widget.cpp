#include "task_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace tagscope::ui {

TaskProgressWidget::TaskProgressWidget(QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QToolButton(this))
{
    bar_->setFixedWidth(180);
    bar_->setMaximumHeight(fontMetrics().height() + 4);
    bar_->setTextVisible(true);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop this task; the dataset already open stays open"));
    cancel_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cancel_->setAutoRaise(true);
    connect(cancel_, &QToolButton::clicked, this, &TaskProgressWidget::cancelRequested);
    label_->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    hide();
}

void TaskProgressWidget::start(const QString& task)
{
    task_ = task;
    label_->setText(task);
    bar_->setRange(0, 0);
    cancel_->setEnabled(true);
    show();
}

void TaskProgressWidget::setProgress(quint64 done, quint64 total, const QString& phase)
{
    label_->setText(phase.isEmpty() ? task_ : tr("%1: %2").arg(task_, phase));
    if (total == 0) {
        bar_->setRange(0, 0);
        return;
    }
    // QProgressBar is int-based: scale byte counts of multi-GB files to per-mille.
    const int value = static_cast<int>(std::min<quint64>(1000, done * 1000 / total));
    bar_->setRange(0, 1000);
    bar_->setValue(value);
    bar_->setFormat(QStringLiteral("%1%").arg(value / 10));
}

void TaskProgressWidget::finish()
{
    task_.clear();
    hide();
}

} // namespace tagscope::ui
