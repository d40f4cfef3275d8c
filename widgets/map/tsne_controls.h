#pragma once
// The live t-SNE controls beside the embedding map: Run / Pause, Perturb, Restart; perplexity, learning rate
// (automatic by default), exaggeration and the iteration target; the iteration counter and the layout's
// KL divergence and kNN preservation as the worker measures them.
#include <QMetaType>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tagscope::ui {

struct TsneControlValues {
    double perplexity = 30;
    double learningRate = 0; // 0: automatic
    double exaggeration = 1;
    int iterations = 1000;
};

class TsneControls : public QWidget {
    Q_OBJECT
public:
    explicit TsneControls(QWidget* parent = nullptr);

    TsneControlValues values() const;
    void setValues(const TsneControlValues& values); // emits nothing

    // What the optimiser is doing; `running` switches the Run button to Pause.
    void setState(bool available, bool running, const QString& statusText, double progress = -1);
    void setIteration(int iteration, int target);
    void setQuality(bool known, double kl, double knnPreservation, int atIteration, bool pending);

    QPushButton* runButton() const { return run_; }
    QPushButton* perturbButton() const { return perturb_; }
    QPushButton* restartButton() const { return restart_; }
    QPushButton* measureButton() const { return measure_; }
    QDoubleSpinBox* perplexityBox() const { return perplexity_; }
    QDoubleSpinBox* learningRateBox() const { return learningRate_; }
    QDoubleSpinBox* exaggerationBox() const { return exaggeration_; }
    QSpinBox* iterationsBox() const { return iterations_; }
    QLabel* iterationLabel() const { return iteration_; }
    QLabel* klLabel() const { return kl_; }
    QLabel* knnLabel() const { return knn_; }

Q_SIGNALS:
    void runRequested();
    void pauseRequested();
    void perturbRequested();
    void restartRequested();
    void qualityRequested();
    void valuesChanged(const tagscope::ui::TsneControlValues& values); // after an edit is finished

private:
    QPushButton* run_;
    QPushButton* perturb_;
    QPushButton* restart_;
    QPushButton* measure_;
    QDoubleSpinBox* perplexity_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* exaggeration_;
    QSpinBox* iterations_;
    QLabel* status_;
    QProgressBar* progress_;
    QLabel* iteration_;
    QLabel* kl_;
    QLabel* knn_;
    bool running_ = false;
};

} // namespace tagscope::ui

Q_DECLARE_METATYPE(tagscope::ui::TsneControlValues)
