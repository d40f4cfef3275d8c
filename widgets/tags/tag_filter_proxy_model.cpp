#include "tag_filter_proxy_model.h"

#include "tag_table_model.h"

namespace tagscope::ui {

TagFilterProxyModel::TagFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TagTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TagFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == search_)
        return;
    search_ = trimmed;
    invalidateFilter();
}

bool TagFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (search_.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, TagTableModel::NameColumn, sourceParent);
    return index.data(Qt::DisplayRole).toString().contains(search_, Qt::CaseInsensitive)
        || index.data(TagTableModel::LabelNameRole).toString().contains(search_, Qt::CaseInsensitive);
}

} // namespace tagscope::ui
