#include "tag_panel.h"

#include "common/number_format.h"
#include "count_bar_delegate.h"
#include "tag_filter_proxy_model.h"
#include "tag_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
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

    // The name takes the room the other columns leave; they fit their contents (sizeColumnsToContents).
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(TagTableModel::NameColumn, QHeaderView::Stretch);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(32);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!autoSizing_ && column != TagTableModel::NameColumn) {
            userSizedColumns_.insert(column); // the user's width is kept from now on, across restarts too
            updateGeometry();
        }
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TagPanel::sizeColumnsToContents); // the arrow moves
    connect(model_, &QAbstractItemModel::dataChanged, this, &TagPanel::sizeColumnsToContents); // another split's counts

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
    sizeColumnsToContents();
}

void TagPanel::setTags(QVector<TagInfo> tags, const QVector<quint64>& imageCounts)
{
    currentTag_ = -1;
    model_->setTags(std::move(tags), imageCounts);
    updateSplitChoices();
    updateCountLabel();
    sizeColumnsToContents();
}

void TagPanel::sizeColumnsToContents()
{
    // Each column as wide as its widest text (the longest one, its digits all '0': digits share one width) and its
    // title (with the sort arrow where it is drawn), so that no number is ever cut; measuring every cell would cost
    // 20k rows each time.
    QHeaderView* header = table_->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->sizeHint().height() + 2 * margin; // QCommonStyle's room for the arrow beside a title
    QStyleOptionViewItem option;
    option.initFrom(table_);
    option.font = table_->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    const QRegularExpression digit(QStringLiteral("\\d"));
    const QScopedValueRollback<bool> sizing(autoSizing_, true); // also when called while a state is restored
    for (int column = TagTableModel::PositiveColumn; column < TagTableModel::ColumnCount; ++column) {
        if (userSizedColumns_.contains(column))
            continue;
        int longestRow = -1;
        qsizetype longest = -1;
        for (int row = 0; row < model_->rowCount(); ++row) {
            const qsizetype length = model_->index(row, column).data().toString().size();
            if (length > longest) {
                longest = length;
                longestRow = row;
            }
        }
        const QString title = model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int width = header->fontMetrics().horizontalAdvance(title) + 4 * margin + (column == header->sortIndicatorSection() ? arrow : 0);
        if (longestRow >= 0) {
            const QModelIndex index = model_->index(longestRow, column);
            QStyleOptionViewItem cell = option;
            cell.text = index.data().toString().replace(digit, QStringLiteral("0"));
            cell.decorationSize = table_->iconSize().isValid() ? table_->iconSize() : QSize(16, 16);
            if (index.data(Qt::DecorationRole).isValid())
                cell.features |= QStyleOptionViewItem::HasDecoration;
            const QStyle* style = table_->style();
            const QSize content = style->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), table_);
            width = std::max(width, content.width() + 4);
        }
        header->resizeSection(column, width);
    }
    updateGeometry(); // the minimum width follows the columns
}

QSize TagPanel::minimumSizeHint() const
{
    // Room for every column and about 14 characters of the names: the window's splitter keeps the panel that wide.
    const QHeaderView* header = table_->horizontalHeader();
    int width = fontMetrics().averageCharWidth() * 14;
    for (int column = TagTableModel::PositiveColumn; column < TagTableModel::ColumnCount; ++column)
        if (!header->isSectionHidden(column))
            width += header->sectionSize(column);
    const QMargins margins = layout()->contentsMargins();
    width += 2 * table_->frameWidth() + table_->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    return QWidget::minimumSizeHint().expandedTo(QSize(width, 0));
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
        table_->selectionModel()->clear(); // the current row too, which would stay highlighted
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

namespace {
// Begins a saved header state that lists the columns the user sized; a plain QHeaderView state (saved before the
// list existed) still restores.
constexpr quint32 kHeaderStateMagic = 0x54534831; // "TSH1"
} // namespace

QByteArray TagPanel::saveHeaderState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    QList<int> userSized(userSizedColumns_.cbegin(), userSizedColumns_.cend());
    std::sort(userSized.begin(), userSized.end());
    out << kHeaderStateMagic << table_->horizontalHeader()->saveState() << userSized;
    return state;
}

void TagPanel::restoreHeaderState(const QByteArray& state)
{
    if (state.isEmpty())
        return;
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray headerState;
    QList<int> userSized;
    in >> magic;
    if (magic == kHeaderStateMagic)
        in >> headerState >> userSized;
    if (magic != kHeaderStateMagic || in.status() != QDataStream::Ok) {
        headerState = state;
        userSized.clear();
    }
    userSizedColumns_ = QSet<int>(userSized.cbegin(), userSized.cend()); // first: restoring the sort order sizes columns
    {
        const QScopedValueRollback<bool> sizing(autoSizing_, true);
        table_->horizontalHeader()->restoreState(headerState);
    }
    sizeColumnsToContents();
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
        countLabel_->setText(tr("%1 of %Ln tag(s)", nullptr, total).arg(groupedNumber(static_cast<quint64>(shown))));
}

} // namespace tagscope::ui
