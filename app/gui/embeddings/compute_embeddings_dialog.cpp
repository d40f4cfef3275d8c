#include "compute_embeddings_dialog.h"

#include "training/run_history.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tagscope::gui {

ComputeEmbeddingsDialog::ComputeEmbeddingsDialog(const QString& datasetPath, const QString& runsFolder, const QString& preferredRun, QWidget* parent,
                                                 Purpose purpose)
    : QDialog(parent), dataset_(datasetPath), purpose_(purpose), model_(new QComboBox), split_(new QComboBox), pooled_(new QCheckBox), reuse_(new QCheckBox),
      hint_(new QLabel)
{
    const bool predictions = purpose == Purpose::Predictions;
    setWindowTitle(predictions ? tr("Compute Predictions") : tr("Compute Embeddings"));
    setObjectName(QStringLiteral("computeEmbeddingsDialog"));
    model_->setMinimumContentsLength(40);
    model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const QString& run : runsWithCheckpoints(runsFolder, purpose))
        addModel(run, false);
    if (!preferredRun.isEmpty())
        addModel(preferredRun, true);
    auto* browseRunButton = new QPushButton(tr("Run Folder…"));
    auto* browseFileButton = new QPushButton(tr("Model File…"));
    browseFileButton->setToolTip(predictions ? tr("A TorchScript model with one score per tag (a run's model.pt)")
                                             : tr("A checkpoint (RUN/checkpoints/*.pt) or a TorchScript model (.pt)"));
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(model_, 1);
    modelRow->addWidget(browseRunButton);
    modelRow->addWidget(browseFileButton);

    split_->addItem(tr("Validation"), QStringLiteral("validation"));
    split_->addItem(tr("Train"), QStringLiteral("train"));
    split_->addItem(tr("Test"), QStringLiteral("test"));
    pooled_->setText(tr("Pooled backbone features instead of the embedding head"));
    reuse_->setText(tr("Reuse embeddings cached from an earlier extraction"));
    reuse_->setChecked(true);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: palette(dark)"));
    hint_->setText(predictions ? tr("The run's exported model scores every image of the split for each tag; choose the split the map "
                                    "shows. The scores colour the map by whether the model is right on the chosen tag.")
                               : tr("Every image of the split is run through the model once; the vectors are cached on disk, so the next "
                                    "time the same model and split load at once."));
    pooled_->setVisible(!predictions);

    auto* form = new QFormLayout;
    form->addRow(tr("Model"), modelRow);
    form->addRow(tr("Split"), split_);
    form->addRow(QString(), pooled_);
    form->addRow(QString(), reuse_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compute"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint_);
    layout->addWidget(buttons);

    connect(browseRunButton, &QPushButton::clicked, this, &ComputeEmbeddingsDialog::browseRun);
    connect(browseFileButton, &QPushButton::clicked, this, &ComputeEmbeddingsDialog::browseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(model_, &QComboBox::currentIndexChanged, this, &ComputeEmbeddingsDialog::updateOk);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    updateOk();
}

QStringList ComputeEmbeddingsDialog::runsWithCheckpoints(const QString& runsFolder, Purpose purpose)
{
    QStringList runs;
    if (runsFolder.isEmpty())
        return runs;
    for (const std::string& run : findRunDirectories(runsFolder.toStdString())) {
        const QDir dir(QString::fromStdString(run));
        const bool usable = purpose == Purpose::Predictions
                                ? dir.exists(QStringLiteral("model.pt"))
                                : dir.exists(QStringLiteral("checkpoints/best.pt")) || dir.exists(QStringLiteral("checkpoints/last.pt"));
        if (usable)
            runs << dir.absolutePath();
    }
    return runs;
}

void ComputeEmbeddingsDialog::addModel(const QString& path, bool select)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    int index = model_->findData(clean);
    if (index < 0) {
        const QFileInfo info(clean);
        const QString label = info.isDir() ? tr("Run %1").arg(info.fileName()) : info.fileName();
        model_->addItem(label, clean);
        index = model_->count() - 1;
        model_->setItemData(index, QDir::toNativeSeparators(clean), Qt::ToolTipRole);
    }
    if (select || model_->currentIndex() < 0)
        model_->setCurrentIndex(index);
}

void ComputeEmbeddingsDialog::browseRun()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Training Run Folder"), model_->currentData().toString());
    if (!folder.isEmpty())
        addModel(folder, true);
}

void ComputeEmbeddingsDialog::browseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Checkpoint or TorchScript Model"), model_->currentData().toString(),
                                                      tr("PyTorch files (*.pt *.pth);;All files (*)"));
    if (!file.isEmpty())
        addModel(file, true);
}

void ComputeEmbeddingsDialog::updateOk()
{
    okButton_->setEnabled(model_->currentIndex() >= 0);
}

EmbeddingExtractionRequest ComputeEmbeddingsDialog::request() const
{
    EmbeddingExtractionRequest r;
    r.model = model_->currentData().toString();
    if (purpose_ == Purpose::Predictions && QFileInfo(r.model).isDir())
        r.model = QDir(r.model).filePath(QStringLiteral("model.pt")); // the run's export: logits out
    r.dataset = dataset_;
    r.split = split_->currentData().toString();
    r.pooledFeatures = pooled_->isChecked();
    r.reuseCache = reuse_->isChecked();
    return r;
}

} // namespace tagscope::gui
