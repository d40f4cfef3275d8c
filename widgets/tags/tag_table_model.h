#pragma once
// The tags with their label counts and band, one row each; sorting and searching happen in TagFilterProxyModel.
// The counts shown are those of all images or of one split (setSplitView); the band always stays the train one.
#include "common/tag_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace tagscope::ui {

class TagTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Share comes last so that a header state saved before it existed still restores.
    enum Column { NameColumn, PositiveColumn, NegativeColumn, UnknownColumn, BandColumn, ShareColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers, so that 9 sorts before 10
        TagIndexRole,                // int
        BandRole,                    // int: TagBand
        LabelNameRole,               // QString
        FractionRole,                // double 0..1: positives on a log scale against the most frequent tag
    };

    explicit TagTableModel(QObject* parent = nullptr);

    // `imageCounts`: images of all, train, validation, test (SplitView order), for the share column.
    void setTags(QVector<TagInfo> tags, const QVector<quint64>& imageCounts = {});
    void setSplitView(SplitView view);
    SplitView splitView() const { return view_; }
    quint64 imageCount(SplitView view) const { return imageCounts_.value(static_cast<int>(view)); }
    double share(const TagInfo& tag) const; // positives / images of the shown split
    const QVector<TagInfo>& tags() const { return tags_; }
    int rowForTag(int tag) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<TagInfo> tags_;
    QHash<int, int> rowByTag_;
    QVector<quint64> imageCounts_;
    double logMaxPositive_[kSplitViewCount] = {0, 0, 0, 0};
    SplitView view_ = SplitView::All;
};

} // namespace tagscope::ui
