#pragma once
// The tags with their label counts and band, one row each; sorting and searching happen in TagFilterProxyModel.
#include "tag_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace tagscope::ui {

class TagTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PositiveColumn, NegativeColumn, UnknownColumn, BandColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers, so that 9 sorts before 10
        TagIndexRole,                // int
        BandRole,                    // int: TagBand
        LabelNameRole,               // QString
        FractionRole,                // double 0..1: positives on a log scale against the most frequent tag
    };

    explicit TagTableModel(QObject* parent = nullptr);

    void setTags(QVector<TagInfo> tags);
    const QVector<TagInfo>& tags() const { return tags_; }
    int rowForTag(int tag) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<TagInfo> tags_;
    QHash<int, int> rowByTag_;
    double logMaxPositive_ = 0;
};

} // namespace tagscope::ui
