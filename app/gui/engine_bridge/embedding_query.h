#pragma once
// The GUI's door to the LibTorch half of the engine for querying by an image file: embeds the file with the
// model an embedding was made with, as extraction embedded the dataset's images. Holds no user-visible text:
// engine messages (which name the file) are passed on as they are.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace tagscope::gui {

// Keeps the last model open, so a second query by file skips loading it. embed() may be called from any
// thread; calls run one at a time.
class ImageFileEmbedder {
public:
    ImageFileEmbedder();
    ~ImageFileEmbedder();

    // modelPath: the run folder, checkpoint or TorchScript file the embedding came from; embeddingPath: its
    // .npy, whose EMB.json tells the input size and whether pooled features were taken (may be empty).
    // Throws std::exception with the engine's message for a missing or unusable model or image.
    std::vector<float> embed(const std::string& modelPath, const std::string& embeddingPath, const std::string& imagePath);

    // The model EMB.json says the embedding at `embeddingPath` was made with, when that file still exists; "" otherwise.
    static std::string recordedModel(const std::string& embeddingPath);

private:
    struct Impl;
    std::mutex mutex_;
    std::unique_ptr<Impl> impl_;
};

} // namespace tagscope::gui
