#include "label_next_view.h"

#include "review_task.h"

#include "common/dataset_image_source.h"
#include "common/number_format.h"
#include "quality/annotator_questions.h"
#include "quality/label_review.h"
#include "quality/named_embedding.h"
#include "quality/score_file.h"
#include "thumbnails/thumbnail_loader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace tagscope::gui {

namespace {
constexpr int kDefaultBudget = 100;
constexpr int kQuestionsShown = 5;
constexpr int kThumbnailSide = 48;
constexpr int kRowsAhead = 40; // thumbnails decoded beyond the screen
constexpr int kLargestBudget = 10000; // a list to read through; tagscope-cli next chooses more
} // namespace

LabelNextView::LabelNextView(QWidget* parent)
    : QWidget(parent), budget_(new QSpinBox), tags_(new QComboBox), choose_(new QPushButton(tr("Choose Images"))),
      export_(new QPushButton(tr("Export for Annotators…"))), answer_(new QPushButton(tr("Answer Here"))), summary_(new QLabel),
      task_(new ReviewTask), list_(new QTreeWidget), loader_(new ui::ThumbnailLoader(this))
{
    setObjectName(QStringLiteral("labelNextView"));
    budget_->setRange(1, kLargestBudget);
    budget_->setValue(kDefaultBudget);
    budget_->setGroupSeparatorShown(true);
    budget_->setToolTip(tr("How many images to send to annotators"));
    tags_->setToolTip(tr("The tags to ask about: rare tags gain the most from new labels"));
    tags_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choose_->setToolTip(tr("Choose the images again with this budget and these tags"));
    export_->setToolTip(tr("Save the questions as an Open Images label file (ImageID, Source, LabelName, Confidence) for annotators to fill "
                           "in the confidence; import their answers with tagscope-cli corrections --import"));
    answer_->setToolTip(tr("Answer the questions yourself, one card at a time"));
    summary_->setWordWrap(true);
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    loader_->setThumbnailSide(kThumbnailSide);
    list_->setHeaderLabels({tr("Image"), tr("Utility"), tr("Questions (uncertainty)")});
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fillTagChoices();

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Budget")));
    controls->addWidget(budget_);
    controls->addWidget(new QLabel(tr("Tags")));
    controls->addWidget(tags_);
    controls->addWidget(choose_);
    controls->addStretch(1);
    controls->addWidget(export_);
    controls->addWidget(answer_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(summary_);
    layout->addWidget(task_);
    layout->addWidget(list_, 1);

    connect(choose_, &QPushButton::clicked, this, &LabelNextView::choose);
    connect(tags_, &QComboBox::currentIndexChanged, this, [this] { tagChoice_ = tags_->currentData().toInt(); });
    connect(export_, &QPushButton::clicked, this, &LabelNextView::exportForAnnotators);
    connect(answer_, &QPushButton::clicked, this, &LabelNextView::answerHere);
    connect(list_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            Q_EMIT imageChosen(item->data(0, Qt::UserRole).toInt());
    });
    connect(list_->verticalScrollBar(), &QScrollBar::valueChanged, this, &LabelNextView::requestThumbnails);
    connect(loader_, &ui::ThumbnailLoader::thumbnailReady, this, &LabelNextView::thumbnailArrived);
    connect(task_, &ReviewTask::failed, this, [this](const QString& error) { summary_->setText(tr("Cannot choose images: %1").arg(error)); });
    connect(task_, &ReviewTask::cancelled, this, [this] { summary_->setText(tr("Choice cancelled.")); });
    showChosen();
}

void LabelNextView::fillTagChoices()
{
    const QSignalBlocker blocker(tags_);
    tags_->clear();
    tags_->addItem(tr("Medium and tail tags"), -1);
    tags_->addItem(tr("All tags"), -2);
    if (!data_) {
        tags_->setCurrentIndex(std::max(0, tags_->findData(tagChoice_)));
        return;
    }
    const Dataset& dataset = data_->dataset;
    std::vector<std::uint32_t> order(dataset.tagCount());
    for (std::uint32_t t = 0; t < order.size(); ++t)
        order[t] = t;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return QString::localeAwareCompare(QString::fromStdString(dataset.tag(a).displayName), QString::fromStdString(dataset.tag(b).displayName)) < 0;
    });
    for (std::uint32_t tag : order)
        tags_->addItem(QString::fromStdString(dataset.tag(tag).displayName), static_cast<int>(tag));
    tags_->setCurrentIndex(std::max(0, tags_->findData(tagChoice_)));
    tagChoice_ = tags_->currentData().toInt();
}

void LabelNextView::setInputs(std::shared_ptr<const LoadedDataset> data, const QString& scoresPath, std::shared_ptr<const FloatMatrix> vectors,
                              std::vector<std::uint32_t> rowImages)
{
    const bool sameDataset = data == data_;
    data_ = std::move(data);
    scoresPath_ = scoresPath;
    vectors_ = std::move(vectors);
    rowImages_ = std::move(rowImages);
    if (!sameDataset) {
        fillTagChoices();
        loader_->setSource(data_ ? std::make_shared<DatasetImageSource>(data_) : nullptr);
    }
    choose();
}

void LabelNextView::setBandRule(const BandRule& rule)
{
    bandRule_ = rule;
}

void LabelNextView::setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    loader_->setDiskCache(std::move(cache));
}

void LabelNextView::setBudget(int images)
{
    budget_->setValue(images);
}

int LabelNextView::budget() const
{
    return budget_->value();
}

void LabelNextView::setTags(TagChoice choice, int tag)
{
    tagChoice_ = choice == TagChoice::MediumAndTail ? -1 : choice == TagChoice::All ? -2 : tag;
    const int index = tags_->findData(tagChoice_);
    if (index >= 0)
        tags_->setCurrentIndex(index); // else chosen once the dataset's tags are listed
}

void LabelNextView::choose()
{
    scores_.reset();
    chosen_.clear();
    showChosen();
    if (!data_ || scoresPath_.isEmpty() || !vectors_)
        return;
    const std::shared_ptr<const LoadedDataset> data = data_;
    const std::string path = scoresPath_.toStdString();
    const std::shared_ptr<const FloatMatrix> vectors = vectors_;
    const std::vector<std::uint32_t> rowImages = rowImages_;
    const BandRule rule = bandRule_;
    const int tagChoice = tagChoice_;
    const auto budget = static_cast<std::size_t>(budget_->value());
    task_->start(tr("Choosing images to label…"), [this, data, path, vectors, rowImages, rule, tagChoice, budget](const ProgressCallback& progress,
                                                                                                          const CancelToken* cancel) {
        const Dataset& dataset = data->dataset;
        auto scores = std::make_shared<const ScoreFile>(path, dataset);
        const std::vector<TagBand> bands = columnBands(*scores, dataset, rule);
        std::vector<std::uint32_t> columns;
        if (tagChoice == -1)
            columns = columnsInBands(bands, defaultSelectionBands());
        else if (tagChoice == -2)
            columns = columnsInBands(bands, {TagBand::Head, TagBand::Medium, TagBand::Tail});
        else
            for (std::uint32_t c = 0; c < scores->columns(); ++c)
                if (scores->columnTag(c) == static_cast<std::uint32_t>(tagChoice))
                    columns.push_back(c);
        if (columns.empty())
            throw std::runtime_error(tagChoice >= 0 ? tr("%1 has no column for this tag").arg(QString::fromStdString(path)).toStdString()
                                                    : tr("no scored tag is in the medium or tail band").toStdString());
        const NamedEmbedding embedding = unitEmbedding(*vectors, rowImages, dataset);
        const std::optional<std::vector<TagReview>> tags = scoreThresholds(*scores, bands, progress, cancel);
        if (!tags)
            return ReviewTask::Outcome{};
        std::optional<std::vector<ImageToLabel>> chosen = selectImagesToLabel(*scores, *tags, embedding, columns, budget, progress, cancel);
        if (!chosen)
            return ReviewTask::Outcome{};
        return ReviewTask::Outcome{[this, scores, chosen = std::move(*chosen), asked = columns.size()]() mutable {
                                       scores_ = scores;
                                       chosen_ = std::move(chosen);
                                       columnsAsked_ = asked;
                                       showChosen();
                                   },
                                   {}};
    });
}

void LabelNextView::showChosen()
{
    itemOfImage_.clear();
    list_->clear();
    const bool any = !chosen_.empty();
    export_->setEnabled(any);
    answer_->setEnabled(any);
    if (!scores_) {
        summary_->setText(data_ && !scoresPath_.isEmpty() && vectors_ ? QString()
                                                                      : tr("Load scores (a run's predictions) and open embeddings to choose "
                                                                           "the images to label next."));
        return;
    }
    const Dataset& dataset = data_->dataset;
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    std::size_t questions = 0;
    for (const ImageToLabel& image : chosen_) {
        QStringList asked;
        for (std::size_t q = 0; q < image.questions.size() && q < static_cast<std::size_t>(kQuestionsShown); ++q)
            asked.push_back(tr("%1 (%2)").arg(QString::fromStdString(dataset.tag(scores_->columnTag(image.questions[q].column)).displayName),
                                              locale.toString(image.questions[q].uncertainty, 'f', 2)));
        QString text = asked.join(QStringLiteral(", "));
        if (image.questions.size() > static_cast<std::size_t>(kQuestionsShown))
            text += tr(", … (%1 in all)").arg(image.questions.size());
        auto* item = new QTreeWidgetItem({QString::fromStdString(dataset.imageName(image.image)), locale.toString(image.utility, 'f', 4), text});
        item->setData(0, Qt::UserRole, static_cast<int>(image.image));
        itemOfImage_.insert(static_cast<int>(image.image), item);
        items.push_back(item);
        questions += image.questions.size();
    }
    list_->addTopLevelItems(items);
    for (const ImageToLabel& image : chosen_) // those the loader still has
        thumbnailArrived(static_cast<int>(image.image));
    requestThumbnails();
    QString summary = tr("%Ln image(s) to label next (of a budget of %1)", "", static_cast<int>(chosen_.size()))
                          .arg(ui::groupedNumber(static_cast<quint64>(budget_->value()))) +
                      QStringLiteral(": ") + tr("%Ln question(s)", "", static_cast<int>(questions)) + QStringLiteral(" ") +
                      tr("on %Ln tag(s)", "", static_cast<int>(columnsAsked_));
    if (scores_->inSample())
        summary += QStringLiteral("<br><span style='color:#b03a2e'>%1</span>")
                       .arg(tr("These scores come from a model that trained on these images: they are over-confident. Scores from "
                               "cross-validation choose better.")
                                .toHtmlEscaped());
    summary_->setText(summary);
}

// The rows on screen, then the next few: the loader decodes them in this order and drops the rest.
void LabelNextView::requestThumbnails()
{
    const int rows = list_->topLevelItemCount();
    if (rows == 0)
        return;
    const QModelIndex top = list_->indexAt(QPoint(1, 1));
    QVector<int> wanted;
    for (int row = top.isValid() ? top.row() : 0; row < rows; ++row) {
        QTreeWidgetItem* item = list_->topLevelItem(row);
        if (list_->visualItemRect(item).top() > list_->viewport()->height() && wanted.size() >= kRowsAhead)
            break;
        if (item->icon(0).isNull())
            wanted.push_back(item->data(0, Qt::UserRole).toInt());
    }
    loader_->setWanted(wanted);
}

void LabelNextView::thumbnailArrived(int image)
{
    const QImage thumbnail = loader_->thumbnail(image);
    if (thumbnail.isNull())
        return;
    if (QTreeWidgetItem* item = itemOfImage_.value(image))
        item->setIcon(0, QIcon(QPixmap::fromImage(thumbnail)));
}

QVector<QPair<int, int>> LabelNextView::questions() const
{
    QVector<QPair<int, int>> out;
    if (!scores_)
        return out;
    for (const ImageToLabel& image : chosen_)
        for (const LabelQuestion& question : image.questions)
            out.push_back({static_cast<int>(image.image), static_cast<int>(scores_->columnTag(question.column))});
    return out;
}

QString LabelNextView::writeAnnotatorCsv(const QString& path) const
{
    if (!scores_)
        return tr("No images chosen yet.");
    try {
        writeAnnotatorQuestions(path.toStdString(), chosen_, *scores_, data_->dataset);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

void LabelNextView::exportForAnnotators()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export for Annotators"), QStringLiteral("questions.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = writeAnnotatorCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export for Annotators"), error);
}

void LabelNextView::answerHere()
{
    const QVector<QPair<int, int>> asked = questions();
    if (!asked.isEmpty())
        Q_EMIT answerRequested(asked);
}

} // namespace tagscope::gui
