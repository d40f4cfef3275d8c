#pragma once
// "Review Labels with this Run": how a run's model is turned back on the dataset's labels. Predict scores a split
// with the run's model at once (on the split it trained on the scores are in-sample: the model is over-confident
// there and hides the very errors a review looks for, which the dialog says); Cross-validate trains K models with
// the run's settings, each scoring the images it did not see, into a folder where a cancelled run carries on.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace tagscope::gui {

class ReviewRunDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Predict, CrossValidate };

    // trainSplit: the split the run trained on (its config's train_split).
    ReviewRunDialog(const QString& runDirectory, const QString& trainSplit, QWidget* parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QString split() const;          // Predict: "train", "validation" or "test"
    void setSplit(const QString& split);
    bool isInSample() const;        // Predict on the run's own training split
    int folds() const;              // Cross-validate
    void setFolds(int folds);
    QString outputFolder() const;   // Cross-validate: where the folds and oof.npy go
    QLabel* warningLabel() const { return warning_; }

    static QString defaultOutputFolder(const QString& runDirectory, int folds);

private:
    void updateState();

    QString runDirectory_;
    QString trainSplit_;
    QRadioButton* predict_;
    QRadioButton* crossValidate_;
    QComboBox* split_;
    QSpinBox* folds_;
    QLineEdit* output_;
    QLabel* warning_;
    bool outputEdited_ = false;
};

} // namespace tagscope::gui
