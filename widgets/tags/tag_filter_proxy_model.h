#pragma once
// Sorts the tag table by the raw numbers and keeps the rows whose display or label name contains the search text.
#include <QSortFilterProxyModel>

namespace tagscope::ui {

class TagFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TagFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return search_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString search_;
};

} // namespace tagscope::ui
