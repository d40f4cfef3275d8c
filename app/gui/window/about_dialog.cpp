#include "about_dialog.h"

#include "common/app_icons.h"
#include "engine_bridge/build_info.h"
#include "settings/app_settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace tagscope::gui {

namespace {

// The CPU with the threads a computation started now would use: the preference, or one per core.
QString cpuText()
{
    const int preferred = AppSettings().threads();
    const int threads = preferred > 0 ? preferred : QThread::idealThreadCount();
    return threads == 1 ? AboutDialog::tr("CPU, 1 thread") : AboutDialog::tr("CPU, %1 threads").arg(threads);
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tagscope"));
    const BuildInfo info = buildInfo();

    auto* icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* title = new QLabel(tr("Tagscope %1").arg(info.tagscopeVersion));
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* blurb = new QLabel(tr("A workbench for imbalanced multilabel image datasets: browse millions of tagged images, see "
                                "how skewed the tags are, train models with a loss that suits the long tail, and inspect "
                                "what they learned."));
    blurb->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(14);
    const QString qt = info.qtRuntimeVersion == info.qtBuildVersion
                           ? info.qtRuntimeVersion
                           : tr("%1 (built with %2)").arg(info.qtRuntimeVersion, info.qtBuildVersion);
    addFact(form, tr("Qt"), qt);
    addFact(form, tr("LibTorch"), info.torchVersion);
    addFact(form, tr("OpenCV"), info.opencvVersion.isEmpty() ? tr("not used in this build") : info.opencvVersion);
    const ResolvedDevice device = resolveDevice(AppSettings().defaultDevice());
    addFact(form, tr("Device"),
            device.gpuName.isEmpty() ? cpuText() : tr("%1 (%2)").arg(device.gpuName, device.id));
    addFact(form, tr("Build"), info.compiler.isEmpty() ? info.buildType : tr("%1, %2").arg(info.buildType, info.compiler));

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(blurb);
    text->addLayout(form);
    text->addStretch(1);
    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions and the device to the clipboard, for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 12);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AboutDialog::addFact(QFormLayout* form, const QString& label, const QString& value)
{
    facts_.append({label, value});
    auto* field = new QLabel(value);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    form->addRow(tr("%1:").arg(label), field);
}

QString AboutDialog::plainText() const
{
    QString text = QStringLiteral("Tagscope %1\n").arg(QStringLiteral(TAGSCOPE_VERSION));
    for (const auto& [label, value] : facts_)
        text += QStringLiteral("%1: %2\n").arg(label, value);
    return text;
}

} // namespace tagscope::gui
