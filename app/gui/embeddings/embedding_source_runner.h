#pragma once
// Fills the EmbeddingStore off the GUI thread: reads an embedding .npy with its .images.npy sidecar, or computes
// the embeddings of a split with a run / checkpoint / TorchScript model (reusing the on-disk cache when the same
// model, dataset and split were embedded before). Progress is polled every 100 ms; cancel() stops an extraction
// at the next batch. One task at a time: a new one cancels the running one, whose result is then dropped.
#include "engine_bridge/embedding_extraction.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace tagscope::gui {

class EmbeddingStore;

class EmbeddingSourceRunner : public QObject {
    Q_OBJECT
public:
    explicit EmbeddingSourceRunner(EmbeddingStore* store, QObject* parent = nullptr);
    ~EmbeddingSourceRunner() override; // cancels and waits

    // datasetImages: the open dataset's image count, which every row's image index must be below. modelPath: the
    // model that computed the file, when known (kept in the store).
    void loadFile(const QString& npyPath, std::size_t datasetImages, const QString& modelPath = QString());
    void compute(const EmbeddingExtractionRequest& request, std::size_t datasetImages);
    // The same extraction with a model whose output is one score per tag (a run's model.pt, logits out): the
    // result goes to predictionsComputed() instead of the store.
    void computePredictions(const EmbeddingExtractionRequest& request, std::size_t datasetImages);
    void cancel();
    bool isBusy() const { return busy_; }

Q_SIGNALS:
    void started(const QString& task);
    void progressChanged(qint64 done, qint64 total, const QString& phase);
    void finished(const QString& summary); // the store holds the new embeddings
    void predictionsComputed(std::shared_ptr<const tagscope::FloatMatrix> scores, const std::vector<std::uint32_t>& imageIds,
                             const QString& path, const QString& model);
    void failed(const QString& message);
    void cancelled();
    void busyChanged(bool busy);

private:
    void extract(const EmbeddingExtractionRequest& request, std::size_t datasetImages, bool intoStore);
    void setBusy(bool busy);
    void pollProgress();

    EmbeddingStore* store_;
    std::shared_ptr<EmbeddingExtraction> extraction_;
    QFuture<void> running_;
    quint64 generation_ = 0;
    QTimer poll_;
    bool busy_ = false;
};

} // namespace tagscope::gui
