#include "map_export.h"

#include "embedding_file.h"

#include "common/npy.h"
#include "embedding/float_matrix.h"
#include "embedding/layout_csv.h"

namespace tagscope::gui {

void exportLayout(const QString& path, const std::vector<float>& xy, const std::vector<std::uint32_t>& imageIds, const Dataset& dataset)
{
    if (path.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive)) {
        FloatMatrix layout(imageIds.size(), 2);
        layout.values = xy;
        writeFloatMatrix(path.toStdString(), layout);
        const std::vector<std::int64_t> rows(imageIds.begin(), imageIds.end());
        writeNpyInt64(embeddingSidecarPath(path).toStdString(), rows, {static_cast<std::int64_t>(rows.size())});
        return;
    }
    writeLayoutCsv(path.toStdString(), xy, imageIds, dataset);
}

void exportImageList(const QString& path, const QVector<int>& images, const Dataset& dataset)
{
    std::vector<std::uint32_t> ids;
    ids.reserve(static_cast<std::size_t>(images.size()));
    for (int image : images)
        ids.push_back(static_cast<std::uint32_t>(image));
    writeImageListCsv(path.toStdString(), ids, dataset);
}

} // namespace tagscope::gui
