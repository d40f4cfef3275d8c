#include "review_grid.h"

#include "review_thumbnails.h"

#include "common/dataset_image_source.h"
#include "common/number_format.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tagscope::gui {

ReviewGrid::ReviewGrid(QWidget* parent)
    : QWidget(parent), header_(new QLabel), hint_(new QLabel), yes_(new QPushButton), no_(new QPushButton), list_(new ReviewThumbnailList)
{
    setObjectName(QStringLiteral("reviewGrid"));
    header_->setTextFormat(Qt::RichText);
    header_->setWordWrap(true);
    hint_->setText(tr("Select the images that answer alike (click, Shift or Ctrl-click, drag a rectangle, Ctrl+A), then press Y or N."));
    hint_->setWordWrap(true);
    hint_->setEnabled(false);
    list_->setObjectName(QStringLiteral("reviewGridList"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(yes_);
    buttons->addWidget(no_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addWidget(hint_);
    layout->addLayout(buttons);
    layout->addWidget(list_, 1);

    connect(yes_, &QPushButton::clicked, this, [this] { answerSelection(true); });
    connect(no_, &QPushButton::clicked, this, [this] { answerSelection(false); });
    // Keys of this view only (the card view of the same page answers Y and N too), at once: a button's own
    // shortcut clicks it only after its press animation. As actions, the Keyboard Shortcuts dialog lists them.
    setProperty("shortcutGroup", tr("Review: Grid"));
    const auto key = [this](Qt::Key key, const QString& text, bool present) {
        auto* action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, present] { answerSelection(present); });
        addAction(action);
    };
    key(Qt::Key_Y, tr("Yes to the Selection"), true);
    key(Qt::Key_N, tr("No to the Selection"), false);
    connect(list_, &ReviewThumbnailList::imageChosen, this, &ReviewGrid::imageChosen);
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewGrid::updateHeader);
    updateHeader();
}

void ReviewGrid::setDataset(std::shared_ptr<const LoadedDataset> data)
{
    setImageSource(data ? std::make_shared<DatasetImageSource>(std::move(data)) : nullptr);
}

void ReviewGrid::setImageSource(std::shared_ptr<const ui::ImageSource> source)
{
    list_->thumbnails()->setSource(std::move(source));
    candidates_.clear();
    remaining_.clear();
    answered_ = 0;
    updateHeader();
}

void ReviewGrid::setDiskCache(std::shared_ptr<const ui::ThumbnailDiskCache> cache)
{
    list_->thumbnails()->loader()->setDiskCache(std::move(cache));
}

void ReviewGrid::setCandidates(const QString& tagName, double threshold, const std::vector<GridCandidate>& candidates)
{
    tagName_ = tagName;
    threshold_ = threshold;
    candidates_ = candidates;
    std::stable_sort(candidates_.begin(), candidates_.end(), [](const GridCandidate& a, const GridCandidate& b) { return a.score > b.score; });
    remaining_.clear();
    for (const GridCandidate& candidate : candidates_)
        remaining_.push_back(candidate.image);
    answered_ = 0;
    showRemaining({});
    list_->scrollToTop();
}

QVector<int> ReviewGrid::remainingImages() const
{
    return remaining_;
}

QVector<int> ReviewGrid::selectedImages() const
{
    return list_->selectedImages();
}

void ReviewGrid::answerSelection(bool present)
{
    const QVector<int> chosen = selectedImages();
    if (chosen.isEmpty())
        return;
    // The first image left after the first one answered is selected next: the user works down from the top.
    const int firstRow = static_cast<int>(remaining_.indexOf(chosen.front()));
    int next = -1;
    for (int row = firstRow + 1; row < remaining_.size() && next < 0; ++row)
        if (!chosen.contains(remaining_[row]))
            next = remaining_[row];
    remaining_.erase(std::remove_if(remaining_.begin(), remaining_.end(), [&](int image) { return chosen.contains(image); }), remaining_.end());
    answered_ += static_cast<int>(chosen.size());
    Q_EMIT answered(chosen, present);
    showRemaining(next >= 0 ? QVector<int>{next} : QVector<int>{});
}

void ReviewGrid::showRemaining(const QVector<int>& select)
{
    const QLocale locale;
    QHash<int, QString> captions, tips;
    for (const GridCandidate& candidate : candidates_) {
        captions.insert(candidate.image, tr("p %1").arg(locale.toString(candidate.p, 'f', 3)));
        tips.insert(candidate.image, tr("p %1, score %2").arg(locale.toString(candidate.p, 'f', 3), locale.toString(candidate.score, 'f', 3)));
    }
    list_->thumbnails()->setCaptionedImages(remaining_, captions, tips);
    if (!select.isEmpty()) {
        list_->selectImages(select);
        const int row = static_cast<int>(remaining_.indexOf(select.front()));
        list_->selectionModel()->setCurrentIndex(list_->thumbnails()->index(row), QItemSelectionModel::NoUpdate);
    }
    updateHeader();
}

void ReviewGrid::updateHeader()
{
    const QLocale locale;
    const int total = static_cast<int>(candidates_.size());
    const QString tag = tagName_.toHtmlEscaped();
    if (tagName_.isEmpty())
        header_->setText(tr("No tag to review."));
    else
        header_->setText(tr("<b>%1</b>: %2 of %3 candidates answered, %4 left; threshold %5 (candidates have p at or above it)")
                             .arg(tag, ui::groupedNumber(static_cast<quint64>(answered_)), ui::groupedNumber(static_cast<quint64>(total)),
                                  ui::groupedNumber(static_cast<quint64>(remaining_.size())), locale.toString(threshold_, 'f', 3)));
    const int selected = static_cast<int>(list_->selectionModel()->selectedIndexes().size());
    yes_->setText(tr("Yes, All Show %1 (Y)").arg(tagName_));
    no_->setText(tr("No, None Shows %1 (N)").arg(tagName_));
    yes_->setToolTip(tr("The %n selected image(s) show the tag: its label becomes positive", "", selected));
    no_->setToolTip(tr("The %n selected image(s) do not show the tag: its label becomes a verified negative", "", selected));
    yes_->setEnabled(selected > 0);
    no_->setEnabled(selected > 0);
    list_->setEnabled(total > 0);
}

} // namespace tagscope::gui
