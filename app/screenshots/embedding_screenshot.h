#pragma once
// For `tagscope-screenshots --embedding-screenshot FILE ...`: pictures of the embedding map for the documentation, taken
// headless. Opens the Embeddings page, loads an embedding .npy (--map-embeddings) or computes one with a run
// (--map-model), colours the map by a tag (--map-tag) and saves the window either while t-SNE is running, once it
// has passed an iteration (--map-shot-at), or when it reaches the iteration target (--map-iterations), with the
// images around the tag's densest area selected.
#include <QObject>
#include <QString>
#include <QTimer>

class QCommandLineParser;

namespace tagscope::gui {

class MainWindow;

class EmbeddingScreenshotSession : public QObject {
    Q_OBJECT
public:
    static void addOptions(QCommandLineParser& parser);
    static void startIfRequested(const QCommandLineParser& parser, MainWindow* window);

private:
    EmbeddingScreenshotSession(MainWindow* window, const QCommandLineParser& parser);
    void datasetShown();
    void poll();
    void selectAroundTag();
    void save();

    MainWindow* window_;
    QString file_, embeddings_, model_, tag_, predictions_;
    int shotAt_ = 0, iterations_ = 1000;
    bool selected_ = false;
    QTimer poll_;
    int waitedMs_ = 0;
};

} // namespace tagscope::gui
