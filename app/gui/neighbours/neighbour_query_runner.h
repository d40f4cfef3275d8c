#pragma once
// Runs neighbour queries off the GUI thread, one at a time: a query by image file first reads the file's
// picture and embeds it with the embedding's model (LibTorch, through engine_bridge), then searches. A query
// asked for while one runs replaces any query still waiting; only the newest query's outcome is reported.
#include "neighbour_search.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace tagscope::gui {

class ImageFileEmbedder;

struct NeighbourJob {
    NeighbourSearchRequest search; // queryRow or queryVector set, or neither for an image file to embed first
    QString imageFile;
    QString modelPath;             // the model the embeddings came from
    QString embeddingPath;         // their .npy
};

struct NeighbourOutcome {
    quint64 id = 0;
    NeighbourSearchResult result;
    std::vector<float> fileVector; // the embedded file's vector
    QImage filePicture;            // the file's own thumbnail
    QString error;                 // names the file or the problem; empty on success
};

class NeighbourQueryRunner : public QObject {
    Q_OBJECT
public:
    explicit NeighbourQueryRunner(QObject* parent = nullptr);
    ~NeighbourQueryRunner() override; // waits for the query running

    quint64 run(NeighbourJob job); // the query's id, as finished() reports it
    bool isRunning() const;
    quint64 latestId() const { return latest_; }

    // Runs in the calling thread (workers, tests).
    static NeighbourOutcome execute(const NeighbourJob& job, ImageFileEmbedder& embedder, quint64 id);

Q_SIGNALS:
    void finished(const tagscope::gui::NeighbourOutcome& outcome);

private:
    void start(NeighbourJob job, quint64 id);
    void jobDone();

    std::shared_ptr<ImageFileEmbedder> embedder_;
    QFutureWatcher<NeighbourOutcome> watcher_;
    std::optional<std::pair<NeighbourJob, quint64>> waiting_;
    quint64 latest_ = 0;
};

} // namespace tagscope::gui

Q_DECLARE_METATYPE(tagscope::gui::NeighbourOutcome)
