#include "outlier_view.h"

#include "review_task.h"
#include "review_thumbnails.h"

#include "common/dataset_image_source.h"
#include "common/number_format.h"
#include "quality/named_embedding.h"
#include "quality/outliers.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <stdexcept>

namespace tagscope::gui {

OutlierView::OutlierView(QWidget* parent)
    : QWidget(parent), percent_(new QDoubleSpinBox), summary_(new QLabel), leaveOut_(new QPushButton(tr("Leave Out Selected"))),
      keep_(new QPushButton(tr("Keep Selected"))), task_(new ReviewTask), list_(new ReviewThumbnailList)
{
    setObjectName(QStringLiteral("outlierView"));
    percent_->setRange(0.01, 100.0);
    percent_->setDecimals(2);
    percent_->setSingleStep(0.5);
    percent_->setValue(kDefaultOutlierPercent);
    percent_->setSuffix(QStringLiteral(" %"));
    percent_->setToolTip(tr("The share of the images listed, those farthest from their nearest neighbours"));
    leaveOut_->setToolTip(tr("Leave the selected images out of the dataset (training and evaluation)"));
    keep_->setToolTip(tr("The selected images are fine: take them off the list"));
    summary_->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Farthest")));
    controls->addWidget(percent_);
    controls->addStretch(1);
    controls->addWidget(leaveOut_);
    controls->addWidget(keep_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(task_);
    layout->addWidget(list_, 1);

    connect(percent_, &QDoubleSpinBox::valueChanged, this, &OutlierView::showOutliers);
    connect(leaveOut_, &QPushButton::clicked, this, &OutlierView::leaveOutSelection);
    connect(keep_, &QPushButton::clicked, this, &OutlierView::keepSelection);
    connect(list_, &ReviewThumbnailList::imageChosen, this, &OutlierView::imageChosen);
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutlierView::updateSummary);
    connect(task_, &ReviewTask::failed, this, [this](const QString& error) { summary_->setText(tr("Cannot find outliers: %1").arg(error)); });
    connect(task_, &ReviewTask::cancelled, this, [this] { summary_->setText(tr("Search cancelled.")); });
    updateSummary();
}

void OutlierView::setInputs(std::shared_ptr<const LoadedDataset> data, std::shared_ptr<const FloatMatrix> vectors, std::vector<std::uint32_t> rowImages)
{
    data_ = std::move(data);
    list_->thumbnails()->setSource(data_ ? std::make_shared<DatasetImageSource>(data_) : nullptr);
    meanDistances_.clear();
    rowImages_.clear();
    decided_.clear();
    showOutliers();
    if (!data_ || !vectors)
        return;
    std::shared_ptr<const LoadedDataset> held = data_;
    task_->start(tr("Finding outliers…"), [this, held, vectors, rowImages = std::move(rowImages)](const ProgressCallback& progress,
                                                                                               const CancelToken* cancel) {
        NamedEmbedding embedding = unitEmbedding(*vectors, rowImages, held->dataset);
        if (embedding.unit.rows < 2)
            throw std::runtime_error(tr("outliers need at least two images").toStdString());
        const std::optional<NeighbourLists> neighbours = cosineNeighbours(embedding.unit, kQualityNeighbours, progress, cancel);
        if (!neighbours)
            return ReviewTask::Outcome{};
        std::vector<double> distances = meanNeighbourDistances(*neighbours);
        return ReviewTask::Outcome{[this, distances = std::move(distances), images = std::move(embedding.images)]() mutable {
                                       meanDistances_ = std::move(distances);
                                       rowImages_ = std::move(images);
                                       showOutliers();
                                   },
                                   {}};
    });
}

void OutlierView::setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    list_->thumbnails()->loader()->setDiskCache(std::move(cache));
}

void OutlierView::setPercent(double percent)
{
    percent_->setValue(percent);
}

double OutlierView::percent() const
{
    return percent_->value();
}

void OutlierView::showOutliers()
{
    outliers_.clear();
    QVector<int> images;
    QHash<int, QString> captions, tips;
    const QLocale locale;
    if (!meanDistances_.empty())
        for (const RowScore& row : topPercent(meanDistances_, percent_->value())) {
            const int image = static_cast<int>(rowImages_[row.row]);
            outliers_.push_back({image, row.score});
            if (decided_.contains(image))
                continue;
            images.push_back(image);
            captions.insert(image, locale.toString(row.score, 'f', 3));
            tips.insert(image, tr("Mean distance to the %1 nearest images: %2").arg(kQualityNeighbours).arg(locale.toString(row.score, 'f', 4)));
        }
    list_->thumbnails()->setCaptionedImages(images, captions, tips);
    updateSummary();
}

void OutlierView::leaveOutSelection()
{
    answer(true);
}

void OutlierView::keepSelection()
{
    answer(false);
}

void OutlierView::answer(bool leaveOut)
{
    const QVector<int> chosen = list_->selectedImages();
    if (chosen.isEmpty())
        return;
    decided_ += chosen;
    if (leaveOut)
        Q_EMIT leaveOutRequested(chosen);
    else
        Q_EMIT keepRequested(chosen);
    showOutliers();
}

void OutlierView::updateSummary()
{
    const int selected = static_cast<int>(list_->selectionModel()->selectedIndexes().size());
    leaveOut_->setEnabled(selected > 0);
    keep_->setEnabled(selected > 0);
    if (task_->isRunning())
        return;
    if (meanDistances_.empty()) {
        summary_->setText(tr("Open embeddings to find the images far from all others."));
        return;
    }
    summary_->setText(tr("The %1 of %2 images farthest from their %3 nearest neighbours (mean cosine distance); %4 decided")
                          .arg(ui::groupedNumber(outliers_.size()), ui::groupedNumber(meanDistances_.size()))
                          .arg(kQualityNeighbours)
                          .arg(ui::groupedNumber(static_cast<quint64>(decided_.size()))));
}

} // namespace tagscope::gui
