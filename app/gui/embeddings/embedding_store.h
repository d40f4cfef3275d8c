#pragma once
// The embeddings of the open dataset, shared by the embedding map, the neighbour gallery and the exports: one
// vector per row, the dataset image each row belongs to, and where they came from. Read-only once set: the
// matrix is shared with the workers (t-SNE, k-NN) that read it.
#include "embedding/float_matrix.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tagscope::gui {

class EmbeddingStore : public QObject {
    Q_OBJECT
public:
    explicit EmbeddingStore(QObject* parent = nullptr);

    // The current dataset's embeddings: row r belongs to the dataset image with index imageIds()[r].
    std::shared_ptr<const tagscope::FloatMatrix> embeddings() const;
    const std::vector<std::uint32_t>& imageIds() const;
    int rowOf(std::uint32_t imageId) const;   // -1 when the image has no row
    QString sourcePath() const;               // the .npy the vectors came from
    QString modelPath() const;                // run folder / checkpoint / model.pt used; "" for a bare .npy
    // Throws std::invalid_argument naming sourcePath when the counts differ or an image has two rows; the store
    // then keeps what it had.
    void setEmbeddings(std::shared_ptr<const tagscope::FloatMatrix> vectors, std::vector<std::uint32_t> imageIds,
                       QString sourcePath, QString modelPath);
    void clear();

    bool isEmpty() const { return !vectors_ || vectors_->rows == 0; }
    std::size_t rows() const { return vectors_ ? vectors_->rows : 0; }
    std::size_t dimensions() const { return vectors_ ? vectors_->cols : 0; }

Q_SIGNALS:
    void embeddingsChanged();

private:
    std::shared_ptr<const tagscope::FloatMatrix> vectors_;
    std::vector<std::uint32_t> imageIds_;
    std::unordered_map<std::uint32_t, int> rows_;
    QString sourcePath_;
    QString modelPath_;
};

} // namespace tagscope::gui
