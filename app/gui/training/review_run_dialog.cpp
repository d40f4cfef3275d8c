#include "review_run_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tagscope::gui {

ReviewRunDialog::ReviewRunDialog(const QString& runDirectory, const QString& trainSplit, QWidget* parent)
    : QDialog(parent), runDirectory_(QDir::cleanPath(runDirectory)), trainSplit_(trainSplit),
      predict_(new QRadioButton(tr("&Predict: score a split with this run's model"))),
      crossValidate_(new QRadioButton(tr("&Cross-validate: train K models with this run's settings"))), split_(new QComboBox),
      folds_(new QSpinBox), output_(new QLineEdit), warning_(new QLabel)
{
    setObjectName(QStringLiteral("reviewRunDialog"));
    setWindowTitle(tr("Review Labels with %1").arg(QDir(runDirectory_).dirName()));

    auto* intro = new QLabel(tr("A model's probabilities point at labels that are probably missing or wrong. Choose where "
                                "they come from; the review opens when they are ready."));
    intro->setWordWrap(true);

    split_->addItem(tr("Train"), QStringLiteral("train"));
    split_->addItem(tr("Validation"), QStringLiteral("validation"));
    split_->addItem(tr("Test"), QStringLiteral("test"));
    split_->setCurrentIndex(split_->findData(QStringLiteral("validation")));
    auto* predictForm = new QFormLayout;
    predictForm->setContentsMargins(24, 0, 0, 0);
    predictForm->addRow(tr("Spl&it:"), split_);

    folds_->setRange(2, 20);
    folds_->setValue(5);
    output_->setText(defaultOutputFolder(runDirectory_, folds_->value()));
    connect(output_, &QLineEdit::textEdited, this, [this] { outputEdited_ = true; });
    auto* browse = new QToolButton;
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Cross-Validation Folder"), output_->text());
        if (!folder.isEmpty()) {
            output_->setText(folder);
            outputEdited_ = true;
        }
    });
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(output_, 1);
    outputRow->addWidget(browse);
    auto* crossForm = new QFormLayout;
    crossForm->setContentsMargins(24, 0, 0, 0);
    crossForm->addRow(tr("&Folds:"), folds_);
    auto* outputLabel = new QLabel(tr("&Output folder:"));
    outputLabel->setBuddy(output_); // a row holding a layout gets no buddy of its own
    crossForm->addRow(outputLabel, outputRow);
    auto* crossNote = new QLabel(tr("Each training image is scored by a model that never saw it: the scores a review should "
                                    "use. It takes K trainings; it can be cancelled, and started again on the same folder it "
                                    "carries on where it stopped."));
    crossNote->setWordWrap(true);
    crossNote->setForegroundRole(QPalette::PlaceholderText);
    crossNote->setContentsMargins(24, 0, 0, 0);

    warning_->setObjectName(QStringLiteral("inSampleWarning"));
    warning_->setWordWrap(true);
    warning_->setText(tr("<span style='color:#c77c00'>⚠</span> This run trained on the %1 split: its scores there are "
                         "in-sample. The model is over-confident on the images it learned, so most wrong and missing labels "
                         "stay hidden. Prefer another split, or cross-validate.")
                          .arg(split_->findData(trainSplit_) >= 0 ? split_->itemText(split_->findData(trainSplit_)) : trainSplit_));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(predict_);
    layout->addLayout(predictForm);
    layout->addWidget(warning_);
    layout->addSpacing(6);
    layout->addWidget(crossValidate_);
    layout->addLayout(crossForm);
    layout->addWidget(crossNote);
    layout->addStretch(1);
    layout->addWidget(buttons);

    predict_->setChecked(true);
    connect(predict_, &QRadioButton::toggled, this, &ReviewRunDialog::updateState);
    connect(split_, &QComboBox::currentIndexChanged, this, &ReviewRunDialog::updateState);
    connect(folds_, &QSpinBox::valueChanged, this, [this](int folds) {
        if (!outputEdited_)
            output_->setText(defaultOutputFolder(runDirectory_, folds));
    });
    setMinimumWidth(600);
    updateState();
}

QString ReviewRunDialog::defaultOutputFolder(const QString& runDirectory, int folds)
{
    return QDir::cleanPath(runDirectory) + QStringLiteral("/crossval-%1-folds").arg(folds);
}

ReviewRunDialog::Mode ReviewRunDialog::mode() const
{
    return predict_->isChecked() ? Mode::Predict : Mode::CrossValidate;
}

void ReviewRunDialog::setMode(Mode mode)
{
    (mode == Mode::Predict ? predict_ : crossValidate_)->setChecked(true);
}

QString ReviewRunDialog::split() const
{
    return split_->currentData().toString();
}

void ReviewRunDialog::setSplit(const QString& split)
{
    split_->setCurrentIndex(std::max(0, split_->findData(split)));
}

bool ReviewRunDialog::isInSample() const
{
    return mode() == Mode::Predict && split() == trainSplit_;
}

int ReviewRunDialog::folds() const
{
    return folds_->value();
}

void ReviewRunDialog::setFolds(int folds)
{
    folds_->setValue(folds);
}

QString ReviewRunDialog::outputFolder() const
{
    return QDir::cleanPath(output_->text().trimmed());
}

void ReviewRunDialog::updateState()
{
    const bool predict = predict_->isChecked();
    split_->setEnabled(predict);
    folds_->setEnabled(!predict);
    output_->setEnabled(!predict);
    warning_->setVisible(isInSample());
}

} // namespace tagscope::gui
