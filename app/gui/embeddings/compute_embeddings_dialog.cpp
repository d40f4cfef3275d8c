#include "compute_embeddings_dialog.h"

#include "training/run_history.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tagscope::gui {

ComputeEmbeddingsDialog::ComputeEmbeddingsDialog(const QString& datasetPath, const QString& runsFolder, const QString& preferredRun, QWidget* parent,
                                                 Purpose purpose)
    : QDialog(parent), dataset_(datasetPath), purpose_(purpose), model_(new QComboBox), split_(new QComboBox), pooled_(new QCheckBox), reuse_(new QCheckBox),
      hint_(new QLabel), noHeadNote_(new QLabel)
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
    noHeadNote_->setObjectName(QStringLiteral("noEmbeddingHeadNote"));
    noHeadNote_->setWordWrap(true);
    noHeadNote_->setTextFormat(Qt::RichText);
    noHeadNote_->setText(tr("<b>This run has no embedding head</b> (it trained with Embedding size 0), so its pooled backbone "
                            "features will be used. For an embedding head, train with an Embedding size above 0."));
    noHeadNote_->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Model"), modelRow);
    form->addRow(tr("Split"), split_);
    form->addRow(QString(), pooled_);
    form->addRow(QString(), reuse_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compute"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(noHeadNote_);
    layout->addWidget(hint_);
    layout->addWidget(buttons);

    connect(browseRunButton, &QPushButton::clicked, this, &ComputeEmbeddingsDialog::browseRun);
    connect(browseFileButton, &QPushButton::clicked, this, &ComputeEmbeddingsDialog::browseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(model_, &QComboBox::currentIndexChanged, this, &ComputeEmbeddingsDialog::updateOk);
    connect(model_, &QComboBox::currentIndexChanged, this, &ComputeEmbeddingsDialog::updateHeadNote);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    updateOk();
    updateHeadNote();
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

bool ComputeEmbeddingsDialog::lacksEmbeddingHead(const QString& model)
{
    const QFileInfo info(model);
    QDir run(model);
    if (!info.isDir()) { // a checkpoint sits in RUN/checkpoints
        run = info.dir();
        if (run.dirName() != QLatin1String("checkpoints") || !run.cdUp())
            return false;
    }
    QFile config(run.filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(config.readAll());
    return json.isObject() && json.object().value(QStringLiteral("embedding_dim")).toInt(0) <= 0;
}

void ComputeEmbeddingsDialog::updateHeadNote()
{
    const bool noHead = purpose_ == Purpose::Embeddings && lacksEmbeddingHead(model_->currentData().toString());
    noHeadNote_->setVisible(noHead);
    pooled_->setEnabled(!noHead); // the choice has nothing to choose between
    pooled_->setToolTip(noHead ? tr("The run has no embedding head: its pooled backbone features are used in any case") : QString());
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
