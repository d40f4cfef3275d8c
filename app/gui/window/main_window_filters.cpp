// MainWindow's browsing state: the selected tag, the label-state and expression filters, and their results.
#include "main_window.h"

#include "browse/image_filter_runner.h"

#include "plots/tag_histogram.h"
#include "tags/image_filter_bar.h"
#include "tags/tag_panel.h"
#include "thumbnails/thumbnail_grid_model.h"
#include "thumbnails/virtual_thumbnail_grid.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QStatusBar>

namespace tagscope::gui {

namespace {

LabelState toLabelState(ui::ImageFilterBar::LabelFilter filter)
{
    switch (filter) {
    case ui::ImageFilterBar::LabelFilter::Positive: return LabelState::Positive;
    case ui::ImageFilterBar::LabelFilter::Negative: return LabelState::Negative;
    case ui::ImageFilterBar::LabelFilter::Unknown: return LabelState::Unknown;
    case ui::ImageFilterBar::LabelFilter::NotPositive: break; // not a single state: ImageFilter::without
    }
    return LabelState::Positive;
}

} // namespace

void MainWindow::setCurrentTag(int tag)
{
    if (data_ && tag == currentTag_ && imageSetFilter_.kind == ImageFilter::Kind::ImageSet) {
        clearImageSetFilter(); // the same tag again: back from the map's image set to the tag
        applyFilter();
        return;
    }
    if (!data_ || tag == currentTag_ || tag >= static_cast<int>(data_->dataset.tagCount()))
        return;
    clearImageSetFilter(); // a tag replaces the map's image set
    currentTag_ = tag;
    secondTag_ = -1;
    histogram_->setSelectedTag(tag);
    if (tagPanel_->currentTag() != tag)
        tagPanel_->selectTag(tag);
    filterBar_->setTag(tag >= 0 ? QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tag)).displayName) : QString());
    showAllAction_->setEnabled(tag >= 0);
    applyFilter();
}

void MainWindow::setFilterExpression(const QString& expression)
{
    const QString text = expression.trimmed();
    if (data_ && !text.isEmpty() && text != filterBar_->expression()) {
        // An expression that does not compile changes nothing: the grid and its title keep the last filter.
        const ImageFilterResult check = checkExpression(*data_, text);
        if (!check.error.isEmpty()) {
            rejectFilterExpression(text, check);
            return;
        }
    }
    clearImageSetFilter(); // an expression replaces the map's image set
    if (!data_ || (text == filterBar_->expression() && !text.isEmpty()))
        return;
    if (!text.isEmpty() && currentTag_ >= 0) {
        currentTag_ = -1; // the expression replaces the tag filter
        secondTag_ = -1;
        histogram_->setSelectedTag(-1);
        filterBar_->setTag(QString());
        tagPanel_->selectTag(-1);
    }
    filterBar_->setExpression(text);
    showAllAction_->setEnabled(!text.isEmpty() || currentTag_ >= 0);
    applyFilter();
}

void MainWindow::rejectFilterExpression(const QString& expression, const ImageFilterResult& check)
{
    QLineEdit* edit = filterBar_->expressionEdit();
    if (edit->text().trimmed() != expression) { // typed elsewhere (a restored session): show what failed
        const QSignalBlocker blocker(edit);
        edit->setText(expression);
    }
    QVector<ui::FilterSuggestion> suggestions;
    for (int i = 0; i < check.suggestions.size(); ++i)
        suggestions.push_back({check.suggestions[i], check.corrections.value(i)});
    filterBar_->setExpressionError(check.error, suggestions);
    statusBar()->showMessage(check.error.section(QLatin1Char('\n'), 0, 0), 8000);
    Q_EMIT filterFailed(check.error);
}

void MainWindow::showAllImages()
{
    if (imageSetFilter_.kind == ImageFilter::Kind::ImageSet) {
        clearImageSetFilter();
        if (currentTag_ < 0 && filterBar_->expression().isEmpty()) {
            showAllAction_->setEnabled(false);
            applyFilter();
            return;
        }
    }
    if (!filterBar_->expression().isEmpty())
        setFilterExpression(QString());
    setCurrentTag(-1);
    tagPanel_->selectTag(-1); // no tag stays highlighted in the table
}

void MainWindow::showImagesWithTag(int tag)
{
    showTagWithLabel(tag, int(ui::ImageFilterBar::LabelFilter::Positive));
}

void MainWindow::showImagesWithoutTag(int tag)
{
    showTagWithLabel(tag, int(ui::ImageFilterBar::LabelFilter::NotPositive));
}

void MainWindow::showImagesWithBothTags(int tagA, int tagB)
{
    if (!data_ || tagA < 0 || tagB < 0 || tagA == tagB) {
        showImagesWithTag(tagA);
        return;
    }
    {
        const QSignalBlocker blocker(filterBar_);
        filterBar_->setLabelFilter(ui::ImageFilterBar::LabelFilter::Positive);
    }
    setCurrentTag(tagA); // selects A in the table and the histogram; the pair's filter below supersedes A's
    secondTag_ = tagB;
    filterBar_->setSecondTag(QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tagB)).displayName));
    applyFilter();
}

void MainWindow::showTagWithLabel(int tag, int labelFilter)
{
    if (!data_ || tag < 0)
        return;
    {
        const QSignalBlocker blocker(filterBar_);
        filterBar_->setLabelFilter(static_cast<ui::ImageFilterBar::LabelFilter>(labelFilter));
    }
    if (tag != currentTag_) {
        setCurrentTag(tag);
        return;
    }
    secondTag_ = -1;
    filterBar_->setTag(QString::fromStdString(data_->dataset.tag(static_cast<std::size_t>(tag)).displayName));
    applyFilter();
}

ImageFilter MainWindow::currentFilter() const
{
    if (imageSetFilter_.kind == ImageFilter::Kind::ImageSet)
        return imageSetFilter_;
    if (!filterBar_->expression().isEmpty())
        return ImageFilter::matching(filterBar_->expression());
    if (currentTag_ < 0)
        return ImageFilter::all();
    if (secondTag_ >= 0)
        return ImageFilter::both(currentTag_, secondTag_);
    const ui::ImageFilterBar::LabelFilter label = filterBar_->labelFilter();
    if (label == ui::ImageFilterBar::LabelFilter::NotPositive)
        return ImageFilter::without(currentTag_);
    return ImageFilter::label(currentTag_, toLabelState(label));
}

void MainWindow::applyFilter()
{
    if (!data_)
        return;
    filterBar_->setBusy(true);
    filterRunner_->run(data_, currentFilter());
}

void MainWindow::filterFinished(const QVector<int>& images, const ImageFilter& filter)
{
    if (!data_ || filter != currentFilter())
        return;
    gridModel_->setImages(images);
    if (!restoreKeptView(images, filter)) { // after a corrections refresh the grid keeps its place
        gridView_->scrollToTop();
        gridView_->setCurrentRow(images.isEmpty() ? -1 : 0); // the inspector shows the first image; arrows start here
    }
    filterBar_->setBusy(false);
    filterBar_->setCounts(static_cast<quint64>(images.size()), data_->dataset.imageCount());
    updateEmbeddingFilter(images, filter);
}

} // namespace tagscope::gui
