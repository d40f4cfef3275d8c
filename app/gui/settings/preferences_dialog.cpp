#include "preferences_dialog.h"

#include "analysis/band_rule_bar.h"

#include "engine_bridge/training_engine.h"
#include "language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tagscope::gui {

namespace {

QLabel* noteLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // as wide as the form allows
    return label;
}

QSpinBox* megabyteSpin(int minimum, int maximum, int step)
{
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(QCoreApplication::translate("PreferencesDialog", " MB"));
    spin->setMinimumWidth(120);
    return spin;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(const QVector<DeviceChoice>& devices, QWidget* parent)
    : QDialog(parent), usageWatcher_(new QFutureWatcher<ThumbnailCacheUsage>(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createWorkspaceGroup());
    layout->addWidget(createAppearanceGroup());
    layout->addWidget(createThumbnailGroup());
    layout->addWidget(createComputeGroup());
    for (const DeviceChoice& d : devices) {
        if (d.id == QLatin1String("cpu"))
            device_->addItem(tr("CPU"), d.id);
        else
            device_->addItem(tr("%1 (%2)").arg(d.label, d.id), d.id);
    }
    layout->addStretch(1);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons_, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons_->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);
    layout->addWidget(buttons_);

    connect(usageWatcher_, &QFutureWatcher<ThumbnailCacheUsage>::finished, this, &PreferencesDialog::showCacheUsage);
    connect(thumbnailFolder_, &QLineEdit::editingFinished, this, &PreferencesDialog::measureCache);
    load(AppSettings());
    setMinimumWidth(620);
    // The wrapped notes need more lines in some languages than the dialog's first size hint allows for: the
    // height they need at the width it opens with, so that no note is squeezed.
    setMinimumHeight(layout->totalHeightForWidth(std::max(minimumWidth(), sizeHint().width())));
}

PreferencesDialog::~PreferencesDialog()
{
    usageWatcher_->waitForFinished();
}

QWidget* PreferencesDialog::createWorkspaceGroup()
{
    auto* group = new QGroupBox(tr("Workspace"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    workspace_ = new QLineEdit;
    workspace_->setObjectName(QStringLiteral("workspaceFolder"));
    workspace_->setToolTip(tr("Training runs are written here, one folder per run; the Runs tab lists them"));
    auto* row = new QHBoxLayout;
    row->addWidget(workspace_, 1);
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] { this->browse(workspace_, tr("Workspace Folder")); });
    row->addWidget(browse);
    form->addRow(tr("&Runs folder:"), row);
    qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(workspace_);

    restoreSession_ = new QCheckBox(tr("Reopen the last session at start"));
    restoreSession_->setObjectName(QStringLiteral("restoreSession"));
    form->addRow(restoreSession_);
    form->addRow(noteLabel(tr("The last dataset with its filter, the selected tag and analysis tab, and the runs shown in "
                              "the training panel.")));
    return group;
}

QWidget* PreferencesDialog::createAppearanceGroup()
{
    auto* group = new QGroupBox(tr("Appearance"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    language_->addItem(systemLanguage.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemLanguage), QString());
    for (const LanguageChoice& choice : languageChoices())
        language_->addItem(choice.nativeName, choice.code);
    form->addRow(tr("&Language:"), language_);
    form->addRow(QString(), noteLabel(tr("A new language takes effect the next time Tagscope starts. Numbers and dates follow "
                                         "the language's conventions.")));

    theme_ = new QComboBox;
    theme_->setObjectName(QStringLiteral("theme"));
    theme_->addItem(tr("Follow system"), AppSettings::themeName(AppSettings::Theme::System));
    theme_->addItem(tr("Light"), AppSettings::themeName(AppSettings::Theme::Light));
    theme_->addItem(tr("Dark"), AppSettings::themeName(AppSettings::Theme::Dark));
    form->addRow(tr("&Theme:"), theme_);
    form->addRow(QString(), noteLabel(tr("Applied as soon as you press OK. Follow system turns light or dark with the desktop.")));
    return group;
}

QWidget* PreferencesDialog::createThumbnailGroup()
{
    auto* group = new QGroupBox(tr("Thumbnails"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    thumbnailFolder_ = new QLineEdit;
    thumbnailFolder_->setObjectName(QStringLiteral("thumbnailFolder"));
    thumbnailFolder_->setToolTip(tr("Thumbnails of large images are kept here, so a folder seen before fills its grid at once"));
    auto* row = new QHBoxLayout;
    row->addWidget(thumbnailFolder_, 1);
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        this->browse(thumbnailFolder_, tr("Thumbnail Cache Folder"));
        measureCache();
    });
    row->addWidget(browse);
    form->addRow(tr("Cache &folder:"), row);
    qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(thumbnailFolder_);

    diskCache_ = megabyteSpin(AppSettings::kMinimumCacheMB, AppSettings::kMaximumDiskCacheMB, 256);
    diskCache_->setObjectName(QStringLiteral("diskCacheMB"));
    diskCache_->setToolTip(tr("Above this size the thumbnails written longest ago are removed"));
    cacheUsage_ = noteLabel(QString());
    cacheUsage_->setObjectName(QStringLiteral("cacheUsage"));
    auto* diskRow = new QHBoxLayout;
    diskRow->addWidget(diskCache_);
    diskRow->addWidget(cacheUsage_, 1);
    form->addRow(tr("On &disk at most:"), diskRow);
    qobject_cast<QLabel*>(form->labelForField(diskRow))->setBuddy(diskCache_);

    memoryCache_ = megabyteSpin(AppSettings::kMinimumCacheMB, AppSettings::kMaximumMemoryCacheMB, 64);
    memoryCache_->setObjectName(QStringLiteral("memoryCacheMB"));
    memoryCache_->setToolTip(tr("Decoded thumbnails kept in memory for scrolling back"));
    form->addRow(tr("In &memory at most:"), memoryCache_);
    return group;
}

QWidget* PreferencesDialog::createComputeGroup()
{
    auto* group = new QGroupBox(tr("Computation"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    device_ = new QComboBox;
    device_->setObjectName(QStringLiteral("defaultDevice"));
    device_->addItem(tr("Automatic (the first GPU, else the CPU)"), QStringLiteral("auto"));
    form->addRow(tr("Default &device:"), device_);
    threads_ = new QSpinBox;
    threads_->setObjectName(QStringLiteral("threads"));
    threads_->setRange(0, AppSettings::kMaximumThreads);
    threads_->setSpecialValueText(tr("One per core"));
    threads_->setMinimumWidth(120);
    form->addRow(tr("CPU &threads:"), threads_);
    imageCache_ = new QSpinBox;
    imageCache_->setObjectName(QStringLiteral("imageCacheBudgetGB"));
    imageCache_->setRange(0, AppSettings::kMaximumImageCacheGB);
    imageCache_->setSpecialValueText(tr("Automatic"));
    imageCache_->setSuffix(tr(" GB"));
    imageCache_->setMinimumWidth(120);
    imageCache_->setToolTip(tr("Disk space a training run may fill with decoded images so that later epochs skip decoding; "
                               "automatic: a quarter of the free space, at most 50 GB"));
    form->addRow(tr("Training image &cache:"), imageCache_);
    form->addRow(QString(), noteLabel(tr("New training runs and embeddings start with this device and thread count, and "
                                         "training runs with this image cache budget; each run can still choose its own.")));
    bandRule_ = new BandRuleBar;
    bandRule_->setObjectName(QStringLiteral("defaultBandRule"));
    bandRule_->setLabelVisible(false);
    form->addRow(tr("Tag bands:"), bandRule_);
    form->addRow(QString(), noteLabel(tr("How tags are split into head, medium and tail: the analysis tab and new "
                                         "training runs start with this rule.")));
    return group;
}

void PreferencesDialog::load(const AppSettings& settings)
{
    workspace_->setText(QDir::toNativeSeparators(settings.workspaceFolder()));
    restoreSession_->setChecked(settings.restoreSession());
    selectData(language_, settings.language());
    selectData(theme_, AppSettings::themeName(settings.theme()));
    thumbnailFolder_->setText(QDir::toNativeSeparators(settings.thumbnailCacheFolder()));
    diskCache_->setValue(settings.thumbnailDiskCacheMB());
    memoryCache_->setValue(settings.thumbnailMemoryCacheMB());
    selectData(device_, settings.defaultDevice());
    threads_->setValue(settings.threads());
    bandRule_->setRule(*parseBandRule(settings.defaultBandRule().toStdString(), nullptr));
    imageCache_->setValue(settings.imageCacheBudgetGB());
    measureCache();
}

void PreferencesDialog::apply(AppSettings& settings) const
{
    settings.setWorkspaceFolder(QDir::fromNativeSeparators(workspace_->text().trimmed()));
    settings.setRestoreSession(restoreSession_->isChecked());
    settings.setLanguage(language_->currentData().toString());
    settings.setTheme(AppSettings::themeFromName(theme_->currentData().toString()));
    settings.setThumbnailCacheFolder(QDir::fromNativeSeparators(thumbnailFolder_->text().trimmed()));
    settings.setThumbnailDiskCacheMB(diskCache_->value());
    settings.setThumbnailMemoryCacheMB(memoryCache_->value());
    settings.setDefaultDevice(device_->currentData().toString());
    settings.setThreads(threads_->value());
    settings.setDefaultBandRule(QString::fromStdString(formatBandRule(bandRule_->rule())));
    settings.setImageCacheBudgetGB(imageCache_->value());
}

void PreferencesDialog::restoreDefaults()
{
    workspace_->setText(QDir::toNativeSeparators(AppSettings::defaultWorkspaceFolder()));
    restoreSession_->setChecked(true);
    language_->setCurrentIndex(0);
    theme_->setCurrentIndex(0);
    thumbnailFolder_->setText(QDir::toNativeSeparators(AppSettings::defaultThumbnailCacheFolder()));
    diskCache_->setValue(AppSettings::kDefaultThumbnailDiskCacheMB);
    memoryCache_->setValue(AppSettings::kDefaultThumbnailMemoryCacheMB);
    device_->setCurrentIndex(0);
    threads_->setValue(0);
    bandRule_->setRule(BandRule{});
    imageCache_->setValue(0);
    measureCache();
}

void PreferencesDialog::accept()
{
    // Both folders must exist or be creatable: a run or a thumbnail written later has nowhere else to go.
    const std::pair<QLineEdit*, QString> folders[] = {{workspace_, tr("runs folder")}, {thumbnailFolder_, tr("thumbnail cache folder")}};
    for (const auto& [edit, what] : folders) {
        const QString path = QDir::fromNativeSeparators(edit->text().trimmed());
        if (path.isEmpty() || !QDir().mkpath(path)) {
            QMessageBox::warning(this, tr("Preferences"),
                                 path.isEmpty() ? tr("Choose a %1.").arg(what)
                                                : tr("The %1 %2 cannot be created.").arg(what, QDir::toNativeSeparators(path)));
            edit->setFocus();
            return;
        }
    }
    AppSettings settings;
    apply(settings);
    QDialog::accept();
}

void PreferencesDialog::browse(QLineEdit* edit, const QString& title)
{
    const QString folder = QFileDialog::getExistingDirectory(this, title, QDir::fromNativeSeparators(edit->text()));
    if (!folder.isEmpty())
        edit->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::measureCache()
{
    if (usageWatcher_->isRunning())
        return; // the folder is read again when this measurement ends if it changed meanwhile
    cacheUsage_->setText(tr("Measuring…"));
    const QString folder = QDir::fromNativeSeparators(thumbnailFolder_->text().trimmed());
    cacheUsage_->setProperty("folder", folder);
    usageWatcher_->setFuture(QtConcurrent::run(thumbnailCacheUsage, folder));
}

void PreferencesDialog::showCacheUsage()
{
    const QString folder = QDir::fromNativeSeparators(thumbnailFolder_->text().trimmed());
    if (cacheUsage_->property("folder").toString() != folder) {
        measureCache();
        return;
    }
    const ThumbnailCacheUsage usage = usageWatcher_->result();
    const QLocale locale;
    const QString size = locale.formattedDataSize(usage.bytes, 1, QLocale::DataSizeTraditionalFormat);
    cacheUsage_->setText(usage.files == 1 ? tr("In use: %1 in 1 thumbnail").arg(size)
                                          : tr("In use: %1 in %2 thumbnails").arg(size, locale.toString(usage.files)));
}

} // namespace tagscope::gui
