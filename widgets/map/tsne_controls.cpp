#include "tsne_controls.h"

#include "common/number_format.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tagscope::ui {

TsneControls::TsneControls(QWidget* parent)
    : QWidget(parent), run_(new QPushButton(tr("Run"))), perturb_(new QPushButton(tr("Perturb"))), restart_(new QPushButton(tr("Restart"))),
      measure_(new QPushButton(tr("Measure"))), perplexity_(new QDoubleSpinBox), learningRate_(new QDoubleSpinBox),
      exaggeration_(new QDoubleSpinBox), iterations_(new QSpinBox), status_(new QLabel), progress_(new QProgressBar),
      iteration_(new QLabel), kl_(new QLabel), knn_(new QLabel)
{
    setObjectName(QStringLiteral("tsneControls"));
    run_->setObjectName(QStringLiteral("tsneRunButton"));
    run_->setToolTip(tr("Run or pause the optimisation"));
    perturb_->setToolTip(tr("Shake the layout with a little noise and let it settle again"));
    restart_->setToolTip(tr("Start again from the PCA layout with the current parameters"));
    measure_->setToolTip(tr("Measure the KL divergence and kNN preservation of the layout now"));

    perplexity_->setRange(2, 500);
    perplexity_->setDecimals(0);
    perplexity_->setValue(30);
    perplexity_->setToolTip(tr("Effective number of neighbours each point attends to (5–50 typical; larger keeps more global structure)"));
    learningRate_->setRange(0, 1e6);
    learningRate_->setDecimals(0);
    learningRate_->setSingleStep(50);
    learningRate_->setSpecialValueText(tr("automatic"));
    learningRate_->setToolTip(tr("Step size; automatic uses max(N / 12, 200)"));
    exaggeration_->setRange(1, 12);
    exaggeration_->setDecimals(1);
    exaggeration_->setSingleStep(0.5);
    exaggeration_->setValue(1);
    exaggeration_->setToolTip(tr("Attraction multiplier after the early phase: above 1 tightens clusters (UMAP-like at about 4)"));
    iterations_->setRange(50, 100000);
    iterations_->setSingleStep(250);
    iterations_->setValue(1000);
    iterations_->setToolTip(tr("The optimisation pauses at this iteration; Run continues past it"));
    for (QAbstractSpinBox* box : {static_cast<QAbstractSpinBox*>(perplexity_), static_cast<QAbstractSpinBox*>(learningRate_),
                                  static_cast<QAbstractSpinBox*>(exaggeration_), static_cast<QAbstractSpinBox*>(iterations_)})
        box->setKeyboardTracking(false);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(run_);
    buttons->addWidget(perturb_);
    buttons->addWidget(restart_);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Perplexity"), perplexity_);
    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("Exaggeration"), exaggeration_);
    form->addRow(tr("Iterations"), iterations_);

    progress_->setTextVisible(false);
    progress_->setMaximumHeight(6);
    progress_->hide();
    status_->setWordWrap(true);

    iteration_->setObjectName(QStringLiteral("tsneIterationLabel"));
    kl_->setObjectName(QStringLiteral("tsneKlLabel"));
    knn_->setObjectName(QStringLiteral("tsneKnnLabel"));
    kl_->setToolTip(tr("KL divergence between the high-dimensional affinities and the map's (lower is better)"));
    knn_->setToolTip(tr("Share of each image's 10 nearest neighbours in the embedding that are among its 10 nearest on the map"));
    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(10);
    figures->addWidget(new QLabel(tr("Iteration")), 0, 0);
    figures->addWidget(iteration_, 0, 1);
    figures->addWidget(new QLabel(tr("KL divergence")), 1, 0);
    figures->addWidget(kl_, 1, 1);
    figures->addWidget(new QLabel(tr("kNN preserved")), 2, 0);
    figures->addWidget(knn_, 2, 1);
    figures->addWidget(measure_, 1, 2, 2, 1, Qt::AlignVCenter);
    figures->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(progress_);
    layout->addLayout(figures);

    connect(run_, &QPushButton::clicked, this, [this] { Q_EMIT(running_ ? pauseRequested() : runRequested()); });
    connect(perturb_, &QPushButton::clicked, this, &TsneControls::perturbRequested);
    connect(restart_, &QPushButton::clicked, this, &TsneControls::restartRequested);
    connect(measure_, &QPushButton::clicked, this, &TsneControls::qualityRequested);
    const auto changed = [this] { Q_EMIT valuesChanged(values()); };
    connect(perplexity_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(exaggeration_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(iterations_, &QSpinBox::valueChanged, this, changed);
    setState(false, false, tr("Load or compute embeddings to start."));
    setIteration(0, iterations_->value());
    setQuality(false, 0, 0, 0, false);
}

TsneControlValues TsneControls::values() const
{
    return {perplexity_->value(), learningRate_->value(), exaggeration_->value(), iterations_->value()};
}

void TsneControls::setValues(const TsneControlValues& values)
{
    const QSignalBlocker a(perplexity_), b(learningRate_), c(exaggeration_), d(iterations_);
    perplexity_->setValue(values.perplexity);
    learningRate_->setValue(values.learningRate);
    exaggeration_->setValue(values.exaggeration);
    iterations_->setValue(values.iterations);
}

void TsneControls::setState(bool available, bool running, const QString& statusText, double progress)
{
    running_ = running;
    run_->setText(running ? tr("Pause") : tr("Run"));
    for (QWidget* w : {static_cast<QWidget*>(run_), static_cast<QWidget*>(perturb_), static_cast<QWidget*>(restart_),
                       static_cast<QWidget*>(measure_)})
        w->setEnabled(available);
    status_->setText(statusText);
    status_->setVisible(!statusText.isEmpty());
    progress_->setVisible(progress >= 0 || (!statusText.isEmpty() && available == false && running));
    if (progress >= 0) {
        progress_->setRange(0, 1000);
        progress_->setValue(static_cast<int>(progress * 1000));
    } else {
        progress_->setRange(0, 0);
    }
}

void TsneControls::setIteration(int iteration, int target)
{
    iteration_->setText(tr("%1 of %2").arg(groupedNumber(static_cast<quint64>(std::max(iteration, 0))), groupedNumber(static_cast<quint64>(std::max(target, 0)))));
    if (iterations_->value() != target && target > 0) {
        const QSignalBlocker block(iterations_);
        iterations_->setValue(target);
    }
}

void TsneControls::setQuality(bool known, double kl, double knnPreservation, int atIteration, bool pending)
{
    if (!known) {
        kl_->setText(pending ? tr("measuring…") : QStringLiteral("–"));
        knn_->setText(pending ? tr("measuring…") : QStringLiteral("–"));
        return;
    }
    const QString at = QStringLiteral(" <span style='color:gray'>%1</span>").arg(tr("at %1").arg(groupedNumber(static_cast<quint64>(atIteration))));
    kl_->setText(decimalText(kl, 3) + at);
    knn_->setText(percentText(knnPreservation) + at);
}

} // namespace tagscope::ui
