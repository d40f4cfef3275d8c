#include "dataset_image_source.h"

#include "dataset_queries.h"
#include "imaging/image_io.h"

#include <QStringList>

namespace tagscope::gui {

namespace {
constexpr int kMaxTagsInToolTip = 20;

QString splitDisplayName(Split split)
{
    switch (split) {
    case Split::Train: return DatasetImageSource::tr("train");
    case Split::Validation: return DatasetImageSource::tr("validation");
    case Split::Test: return DatasetImageSource::tr("test");
    case Split::Unassigned: return DatasetImageSource::tr("no split");
    }
    return {};
}

QString tagList(QStringList names)
{
    if (names.isEmpty())
        return DatasetImageSource::tr("none");
    const int more = static_cast<int>(names.size()) - kMaxTagsInToolTip;
    if (more > 0)
        names = names.mid(0, kMaxTagsInToolTip);
    QString text = names.join(QStringLiteral(", ")).toHtmlEscaped();
    if (more > 0)
        text += DatasetImageSource::tr(" and %1 more").arg(more);
    return text;
}
} // namespace

DatasetImageSource::DatasetImageSource(std::shared_ptr<const LoadedDataset> data) : data_(std::move(data)) {}

QString DatasetImageSource::imageName(int image) const
{
    return QString::fromStdString(data_->dataset.imageName(static_cast<std::size_t>(image)));
}

QString DatasetImageSource::imageToolTip(int image) const
{
    const Dataset& dataset = data_->dataset;
    const auto index = static_cast<std::size_t>(image);
    const QStringList positive = tagNamesOfImage(dataset, index, LabelState::Positive);
    const QStringList negative = tagNamesOfImage(dataset, index, LabelState::Negative);
    QString html = QStringLiteral("<p style='white-space:nowrap'><b>%1</b> &nbsp;<span style='color:gray'>%2</span></p>")
                       .arg(imageName(image).toHtmlEscaped(), splitDisplayName(dataset.imageSplit(index)));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Positive:"), tagList(positive));
    if (!negative.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Verified negative:"), tagList(negative));
    return html;
}

QString DatasetImageSource::imagePath(int image) const
{
    return QString::fromStdString(data_->dataset.imagePath(static_cast<std::size_t>(image)));
}

QImage DatasetImageSource::loadThumbnail(int image, int maxSide, QString* error) const
{
    const std::string path = data_->dataset.imagePath(static_cast<std::size_t>(image));
    if (path.empty()) {
        if (error)
            *error = tr("The dataset has no image folder for this split.");
        return {};
    }
    std::string message;
    const RgbImage rgb = tagscope::loadThumbnail(path, maxSide, &message);
    if (rgb.empty()) {
        if (error)
            *error = QString::fromStdString(message);
        return {};
    }
    // Copy out of the engine's buffer: the QImage must own its pixels once it leaves this thread.
    return QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy();
}

} // namespace tagscope::gui
