#include "image_inspector.h"

#include "inspector_tags.h"

#include "common/number_format.h"
#include "imaging/image_io.h"
#include "thumbnails/image_preview.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tagscope::gui {

namespace {
constexpr int kPreviewSide = 1024; // decoded at most this large: the JPEG decoder's reduced modes make it cheap

QString stateText(LabelState state)
{
    switch (state) {
    case LabelState::Positive: return ImageInspector::tr("positive");
    case LabelState::Negative: return ImageInspector::tr("verified negative");
    case LabelState::Unknown: return ImageInspector::tr("unknown");
    }
    return {};
}

// A label a review decision changed: a pencil before the name (it survives the eliding of a narrow column), in
// italics, with the annotations' state in the tooltip. The role lets tests find it.
void markCorrected(QTreeWidgetItem* item, LabelState original)
{
    const QString name = item->text(0);
    item->setText(0, QStringLiteral("✎ ") + name);
    QFont font = item->font(0);
    font.setItalic(true);
    item->setFont(0, font);
    item->setToolTip(0, ImageInspector::tr("%1: corrected by review; the annotations say %2").arg(name, stateText(original)));
    item->setData(0, ImageInspector::kCorrectedRole, true);
}

QString splitText(Split split)
{
    switch (split) {
    case Split::Train: return ImageInspector::tr("train");
    case Split::Validation: return ImageInspector::tr("validation");
    case Split::Test: return ImageInspector::tr("test");
    case Split::Unassigned: return ImageInspector::tr("no split");
    }
    return {};
}

// Runs on a worker thread; owns only copies.
PreviewResult decodePreview(const std::string& path)
{
    std::string message;
    const RgbImage rgb = loadThumbnail(path, kPreviewSide, &message);
    if (rgb.empty())
        return {QImage(), QString::fromStdString(message)};
    return {QImage(rgb.pixels.data(), rgb.width, rgb.height, rgb.width * 3, QImage::Format_RGB888).copy(), QString()};
}
} // namespace

ImageInspector::ImageInspector(QWidget* parent) : QWidget(parent)
{
    preview_ = new ui::ImagePreview;
    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("inspectorTitle"));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    path_ = new QLabel;
    path_->setWordWrap(true);
    path_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path_->setForegroundRole(QPalette::PlaceholderText);
    position_ = new QLabel;

    previous_ = new QToolButton;
    previous_->setArrowType(Qt::LeftArrow);
    previous_->setToolTip(tr("Previous image in the grid (Alt+Left)"));
    next_ = new QToolButton;
    next_->setArrowType(Qt::RightArrow);
    next_->setToolTip(tr("Next image in the grid (Alt+Right)"));
    connect(previous_, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(-1); });
    connect(next_, &QToolButton::clicked, this, [this] { Q_EMIT stepRequested(+1); });

    tags_ = new QTreeWidget;
    tags_->setObjectName(QStringLiteral("inspectorTags"));
    tags_->setColumnCount(3);
    tags_->setHeaderLabels({tr("Tag"), tr("Images"), tr("Confidence")});
    tags_->setRootIsDecorated(true);
    tags_->setUniformRowHeights(true);
    tags_->header()->setStretchLastSection(false);
    tags_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tags_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tags_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Room for a tag name next to the counts: a narrower dock would squeeze the name column to nothing.
    tags_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Human face ") + tr("Images") + tr("Confidence")) + 60);
    tags_->headerItem()->setToolTip(1, tr("Images the tag is positive on"));

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(previous_);
    navigation->addWidget(position_, 1, Qt::AlignCenter);
    navigation->addWidget(next_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(preview_, 3);
    layout->addLayout(navigation);
    layout->addWidget(title_);
    layout->addWidget(path_);
    layout->addWidget(tags_, 2);

    connect(&watcher_, &QFutureWatcher<PreviewResult>::finished, this, &ImageInspector::loadFinished);
    showImage(-1, -1, 0);
}

ImageInspector::~ImageInspector()
{
    watcher_.waitForFinished(); // the task holds the dataset alive, never this widget
}

void ImageInspector::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    data_ = std::move(data);
    showImage(-1, -1, 0);
}

QString ImageInspector::titleText() const
{
    return title_->text();
}

void ImageInspector::showImage(int image, int position, int total)
{
    if (!data_ || image < 0 || static_cast<std::size_t>(image) >= data_->dataset.imageCount())
        image = -1;
    image_ = image;
    previous_->setEnabled(image >= 0 && position > 0);
    next_->setEnabled(image >= 0 && position + 1 < total);
    if (image < 0) {
        preview_->setMessage(tr("Select an image in the grid to inspect it."));
        title_->clear();
        path_->clear();
        position_->clear();
        tags_->clear();
        return;
    }
    const Dataset& dataset = data_->dataset;
    const auto index = static_cast<std::size_t>(image);
    title_->setText(QString::fromStdString(dataset.imageName(index)));
    const QString path = QString::fromStdString(dataset.imagePath(index));
    path_->setText(path.isEmpty() ? tr("No image file (the dataset has no image folder for this split)") : QDir::toNativeSeparators(path));
    // total 0: an image shown from outside the grid (the embedding map), with no place in the grid's list.
    position_->setText(total > 0 ? tr("%1 · %2 of %3").arg(splitText(dataset.imageSplit(index)), ui::groupedNumber(quint64(position) + 1), ui::groupedNumber(quint64(total)))
                                 : splitText(dataset.imageSplit(index)));
    fillTags();
    if (path.isEmpty()) {
        preview_->setMessage(tr("No image file"), true);
        return;
    }
    if (preview_->image().isNull())
        preview_->setMessage(tr("Loading…"));
    startLoad();
}

void ImageInspector::startLoad()
{
    if (loadingImage_ >= 0 || image_ < 0)
        return; // one decode at a time; when it ends, the newest image is loaded next
    loadingImage_ = image_;
    const std::string path = data_->dataset.imagePath(static_cast<std::size_t>(image_));
    watcher_.setFuture(QtConcurrent::run(decodePreview, path));
}

void ImageInspector::loadFinished()
{
    const int loaded = loadingImage_;
    loadingImage_ = -1;
    if (loaded != image_) {
        startLoad(); // the user moved on while it decoded
        return;
    }
    const PreviewResult result = watcher_.result();
    if (result.image.isNull())
        preview_->setMessage(tr("The image could not be loaded.") + QLatin1Char('\n') + result.error, true);
    else
        preview_->setImage(result.image);
}

void ImageInspector::fillTags()
{
    tags_->clear();
    const InspectorTagGroups groups = groupTagsOfImage(*data_, static_cast<std::size_t>(image_));
    auto addGroup = [this](const QString& title, const QVector<InspectorTag>& entries, const QColor& color) {
        auto* group = new QTreeWidgetItem(tags_, {QStringLiteral("%1 (%2)").arg(title).arg(entries.size())});
        group->setForeground(0, color);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        for (const InspectorTag& entry : entries) {
            auto* item = new QTreeWidgetItem(group, {entry.name, ui::groupedNumber(entry.positives),
                                                     entry.confidence >= 0 ? ui::decimalText(entry.confidence, 2) : QString()});
            item->setData(0, Qt::UserRole, entry.tag);
            if (entry.corrected)
                markCorrected(item, entry.original);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        group->setExpanded(true);
    };
    addGroup(tr("Positive"), groups.positive, QColor(0x2e, 0x7d, 0x32));
    addGroup(tr("Verified negative"), groups.negative, QColor(0xb0, 0x3a, 0x2e));
    addGroup(tr("Machine"), groups.machine, QColor(0x6a, 0x4c, 0x93));
}

} // namespace tagscope::gui
