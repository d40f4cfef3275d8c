#pragma once
// Asks which model embeds the open dataset: a training run (the runs of the runs folder trained on this dataset
// are offered first, newest first), a checkpoint or a TorchScript file; which split; pooled backbone features or
// the embedding head; and whether embeddings cached from an earlier extraction may be reused.
#include "engine_bridge/embedding_extraction.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace tagscope::gui {

class ComputeEmbeddingsDialog : public QDialog {
    Q_OBJECT
public:
    // `preferredRun`: selected first when given (e.g. the run the training panel just finished).
    ComputeEmbeddingsDialog(const QString& datasetPath, const QString& runsFolder, const QString& preferredRun, QWidget* parent = nullptr);

    EmbeddingExtractionRequest request() const;
    QComboBox* modelCombo() const { return model_; }
    QComboBox* splitCombo() const { return split_; }

    // Run folders under `runsFolder` that hold a checkpoint, newest first.
    static QStringList runsWithCheckpoints(const QString& runsFolder);

private:
    void browseRun();
    void browseFile();
    void addModel(const QString& path, bool select);
    void updateOk();

    QString dataset_;
    QComboBox* model_;
    QComboBox* split_;
    QCheckBox* pooled_;
    QCheckBox* reuse_;
    QLabel* hint_;
    QPushButton* okButton_ = nullptr;
};

} // namespace tagscope::gui
