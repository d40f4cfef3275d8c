#pragma once
// Asks which model embeds the open dataset: a training run (the runs of the runs folder are offered, newest
// first), a checkpoint or a TorchScript file; which split; pooled backbone features or the embedding head; and
// whether embeddings cached from an earlier extraction may be reused. A run trained without an embedding head can
// only give its pooled backbone features: the dialog says so before anything is computed. For predictions it
// offers the runs' exported models (RUN/model.pt, logits out) instead.
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
    enum class Purpose { Embeddings, Predictions };

    // `preferredRun`: selected first when given (e.g. the run the training panel just finished).
    ComputeEmbeddingsDialog(const QString& datasetPath, const QString& runsFolder, const QString& preferredRun, QWidget* parent = nullptr,
                            Purpose purpose = Purpose::Embeddings);

    EmbeddingExtractionRequest request() const;
    QComboBox* modelCombo() const { return model_; }
    QComboBox* splitCombo() const { return split_; }
    QCheckBox* pooledCheck() const { return pooled_; }
    QLabel* noHeadNote() const { return noHeadNote_; } // shown while the chosen run has no embedding head

    // Run folders under `runsFolder` that hold a checkpoint (or, for predictions, an exported model.pt), newest first.
    static QStringList runsWithCheckpoints(const QString& runsFolder, Purpose purpose = Purpose::Embeddings);
    // True for a run folder, or a checkpoint in one, whose config.json trains no embedding head (embedding_dim 0);
    // false for a TorchScript file or a config that cannot be read.
    static bool lacksEmbeddingHead(const QString& model);

private:
    void browseRun();
    void browseFile();
    void addModel(const QString& path, bool select);
    void updateOk();
    void updateHeadNote();

    QString dataset_;
    Purpose purpose_;
    QComboBox* model_;
    QComboBox* split_;
    QCheckBox* pooled_;
    QCheckBox* reuse_;
    QLabel* hint_;
    QLabel* noHeadNote_;
    QPushButton* okButton_ = nullptr;
};

} // namespace tagscope::gui
