#include "tag_panel.h"

#include "common/number_format.h"
#include "count_bar_delegate.h"
#include "tag_filter_proxy_model.h"
#include "tag_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tagscope::ui {

TagPanel::TagPanel(QWidget* parent)
    : QWidget(parent), model_(new TagTableModel(this)), proxy_(new TagFilterProxyModel(this)), search_(new QLineEdit(this)),
      split_(new QComboBox(this)), countLabel_(new QLabel(this)), table_(new QTableView(this))
{
    proxy_->setSourceModel(model_);

    search_->setPlaceholderText(tr("Search tags…"));
    search_->setClearButtonEnabled(true);
    search_->setAcceptDrops(false); // a dropped dataset folder is for the window, not the search text
    search_->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setSearchText(text);
        updateCountLabel();
    });

    for (int v = 0; v < kSplitViewCount; ++v)
        split_->addItem(splitViewName(static_cast<SplitView>(v)), v);
    split_->setToolTip(tr("Count the labels of all images or of one split"));
    split_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(split_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { model_->setSplitView(static_cast<SplitView>(split_->itemData(index).toInt())); });

    showWith_ = new QAction(tr("Show Images &with This Tag"), this);
    connect(showWith_, &QAction::triggered, this, [this] {
        if (const int tag = actionTag(); tag >= 0)
            Q_EMIT imagesWithTagRequested(tag);
    });
    showWithout_ = new QAction(tr("Show Images with&out This Tag"), this);
    showWithout_->setToolTip(tr("Images on which the tag is verified absent or not annotated"));
    connect(showWithout_, &QAction::triggered, this, [this] {
        if (const int tag = actionTag(); tag >= 0)
            Q_EMIT imagesWithoutTagRequested(tag);
    });

    countLabel_->setObjectName(QStringLiteral("tagCountLabel"));
    QFont small = countLabel_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    countLabel_->setFont(small);
    countLabel_->setForegroundRole(QPalette::PlaceholderText);

    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(TagTableModel::PositiveColumn, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setShowGrid(false);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->setItemDelegateForColumn(TagTableModel::PositiveColumn, new CountBarDelegate(table_));
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    // Fixed widths from the font: resizing to contents would measure every one of 20k rows.
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(TagTableModel::NameColumn, QHeaderView::Stretch);
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")) + 14;
    // Wide enough for the title too ("Desconocida", "Proporción"), with room for the sort arrow.
    const auto titleWidth = [this, header](int column) {
        return header->fontMetrics().horizontalAdvance(model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + 24;
    };
    for (int column : {int(TagTableModel::PositiveColumn), int(TagTableModel::NegativeColumn), int(TagTableModel::UnknownColumn)})
        header->resizeSection(column, std::max(numberWidth, titleWidth(column)));
    int bandWidth = 0; // the longest band name in the interface language ("Frecuente" is longer than "Medium")
    for (TagBand band : {TagBand::Head, TagBand::Medium, TagBand::Tail})
        bandWidth = std::max(bandWidth, fontMetrics().horizontalAdvance(bandDisplayName(band)));
    header->resizeSection(TagTableModel::BandColumn, std::max(bandWidth + 44, titleWidth(TagTableModel::BandColumn)));
    header->resizeSection(TagTableModel::ShareColumn,
                          std::max(fontMetrics().horizontalAdvance(QStringLiteral("00.00%")) + 16, titleWidth(TagTableModel::ShareColumn)));
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(40);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagPanel::selectionChanged);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &TagPanel::updateCountLabel);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table_, &QWidget::customContextMenuRequested, this, &TagPanel::showContextMenu);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(search_, 1);
    top->addWidget(split_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(countLabel_);
    updateCountLabel();
}

void TagPanel::setTags(QVector<TagInfo> tags, const QVector<quint64>& imageCounts)
{
    currentTag_ = -1;
    model_->setTags(std::move(tags), imageCounts);
    updateSplitChoices();
    updateCountLabel();
}

void TagPanel::setSplitView(SplitView view)
{
    const int index = split_->findData(static_cast<int>(view));
    if (index >= 0)
        split_->setCurrentIndex(index);
}

SplitView TagPanel::splitView() const
{
    return model_->splitView();
}

void TagPanel::updateSplitChoices()
{
    // A split without images is offered only when the dataset has no split sizes at all (plain tests, old callers).
    const bool known = model_->imageCount(SplitView::All) > 0;
    auto* items = qobject_cast<QStandardItemModel*>(split_->model());
    for (int v = 1; v < kSplitViewCount && items; ++v)
        items->item(v)->setEnabled(!known || model_->imageCount(static_cast<SplitView>(v)) > 0);
    if (known && model_->imageCount(model_->splitView()) == 0)
        setSplitView(SplitView::All);
}

int TagPanel::actionTag() const
{
    return contextTag_ >= 0 ? contextTag_ : currentTag_;
}

void TagPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = table_->indexAt(position);
    if (!index.isValid())
        return;
    contextTag_ = index.data(TagTableModel::TagIndexRole).toInt();
    QMenu menu(this);
    menu.addAction(showWith_);
    menu.addAction(showWithout_);
    menu.exec(table_->viewport()->mapToGlobal(position));
    contextTag_ = -1;
}

void TagPanel::selectTag(int tag)
{
    if (tag < 0) {
        table_->clearSelection();
        if (currentTag_ != -1) {
            currentTag_ = -1;
            Q_EMIT currentTagChanged(-1);
        }
        return;
    }
    const int row = model_->rowForTag(tag);
    if (row < 0)
        return;
    QModelIndex index = proxy_->mapFromSource(model_->index(row, TagTableModel::NameColumn));
    if (!index.isValid()) {
        search_->clear(); // the tag is hidden by the search: show everything so the selection is visible
        index = proxy_->mapFromSource(model_->index(row, TagTableModel::NameColumn));
    }
    table_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(index);
}

QByteArray TagPanel::saveHeaderState() const
{
    return table_->horizontalHeader()->saveState();
}

void TagPanel::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        table_->horizontalHeader()->restoreState(state);
}

void TagPanel::selectionChanged()
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    // A row hidden by the search leaves nothing selected; the filter stays until the user picks another tag.
    if (rows.isEmpty())
        return;
    const int tag = rows.first().data(TagTableModel::TagIndexRole).toInt();
    if (tag == currentTag_)
        return;
    currentTag_ = tag;
    Q_EMIT currentTagChanged(tag);
}

void TagPanel::updateCountLabel()
{
    const int total = model_->rowCount();
    const int shown = proxy_->rowCount();
    const QString all = groupedNumber(static_cast<quint64>(total));
    if (shown == total)
        countLabel_->setText(total == 1 ? tr("1 tag") : tr("%1 tags").arg(all));
    else
        countLabel_->setText(tr("%1 of %2 tags").arg(groupedNumber(static_cast<quint64>(shown)), all));
}

} // namespace tagscope::ui
