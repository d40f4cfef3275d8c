#include "tag_table_model.h"

#include "common/number_format.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace tagscope::ui {

namespace {

QIcon bandIcon(TagBand band)
{
    // Icons are made once per band on first use (the GUI thread is the only caller).
    static QIcon icons[kBandCount];
    QIcon& icon = icons[static_cast<int>(band)];
    if (icon.isNull()) {
        QPixmap pixmap(24, 24);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 1.5)); // a ring keeps the dot visible on a selected row
        painter.setBrush(bandColor(band));
        painter.drawEllipse(QRectF(4.75, 4.75, 14.5, 14.5));
        icon = QIcon(pixmap);
    }
    return icon;
}

} // namespace

TagTableModel::TagTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TagTableModel::setTags(QVector<TagInfo> tags, const QVector<quint64>& imageCounts)
{
    beginResetModel();
    tags_ = std::move(tags);
    imageCounts_ = imageCounts;
    imageCounts_.resize(kSplitViewCount);
    rowByTag_.clear();
    rowByTag_.reserve(tags_.size());
    quint64 maxPositive[kSplitViewCount] = {0, 0, 0, 0};
    for (int row = 0; row < tags_.size(); ++row) {
        rowByTag_.insert(tags_[row].tag, row);
        for (int v = 0; v < kSplitViewCount; ++v)
            maxPositive[v] = std::max(maxPositive[v], tags_[row].countsIn(static_cast<SplitView>(v)).positive);
    }
    for (int v = 0; v < kSplitViewCount; ++v)
        logMaxPositive_[v] = std::log1p(static_cast<double>(maxPositive[v]));
    endResetModel();
}

void TagTableModel::setSplitView(SplitView view)
{
    if (view == view_)
        return;
    view_ = view;
    // dataChanged rather than a reset: the selection survives and the proxy re-sorts by the new counts.
    if (!tags_.isEmpty())
        Q_EMIT dataChanged(index(0, PositiveColumn), index(rowCount() - 1, ShareColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, PositiveColumn, ShareColumn);
}

double TagTableModel::share(const TagInfo& tag) const
{
    const quint64 images = imageCount(view_);
    return images > 0 ? static_cast<double>(tag.countsIn(view_).positive) / static_cast<double>(images) : 0.0;
}

int TagTableModel::rowForTag(int tag) const
{
    return rowByTag_.value(tag, -1);
}

int TagTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(tags_.size());
}

int TagTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= tags_.size())
        return {};
    const TagInfo& tag = tags_[index.row()];
    const int column = index.column();
    const LabelCounts counts = tag.countsIn(view_);
    auto count = [&]() -> quint64 {
        switch (column) {
        case PositiveColumn: return counts.positive;
        case NegativeColumn: return counts.negative;
        case UnknownColumn: return counts.unknown;
        case ShareColumn: return counts.positive;
        default: return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tag.name;
        if (column == BandColumn)
            return {}; // its coloured dot says it (the histogram's colours), the tooltip in words: the names need the room
        if (column == ShareColumn)
            return percentText(share(tag));
        return groupedNumber(count());
    case SortRole:
        if (column == NameColumn)
            return tag.name;
        if (column == BandColumn)
            // Head first, each band by descending positives.
            return (static_cast<qulonglong>(tag.band) << 48) | ((qulonglong(1) << 48) - 1 - std::min<quint64>(tag.positive, (qulonglong(1) << 48) - 1));
        if (column == ShareColumn)
            return share(tag);
        return static_cast<qulonglong>(count());
    case Qt::TextAlignmentRole:
        if (column == NameColumn || column == BandColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == BandColumn)
            return bandIcon(tag.band);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tag.labelName.isEmpty() || tag.labelName == tag.name ? tag.name
                                                                          : QStringLiteral("%1\n%2").arg(tag.name, tag.labelName);
        if (column == BandColumn)
            return bandDisplayName(tag.band);
        return {};
    case Qt::ForegroundRole:
        if (column != NameColumn && column != BandColumn && count() == 0)
            return QColor(0x99, 0x99, 0x99);
        return {};
    case TagIndexRole: return tag.tag;
    case BandRole: return static_cast<int>(tag.band);
    case LabelNameRole: return tag.labelName;
    case FractionRole:
    {
        const double logMax = logMaxPositive_[static_cast<int>(view_)];
        return logMax > 0 ? std::log1p(static_cast<double>(counts.positive)) / logMax : 0.0;
    }
    default: return {};
    }
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Tag");
        // Short titles leave the room to the names; the tooltips say them in full.
        case PositiveColumn: return tr("Pos.", "column title: positive images");
        case NegativeColumn: return tr("Neg.", "column title: verified negative images");
        case UnknownColumn: return tr("Unk.", "column title: images with an unknown label");
        case BandColumn: return tr("Band");
        case ShareColumn: return tr("Share");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn: return tr("Display name of the tag");
        case PositiveColumn: return tr("Positive: images on which the tag is present");
        case NegativeColumn: return tr("Verified negative: images verified not to show the tag");
        case UnknownColumn: return tr("Unknown: images for which nobody said whether the tag applies");
        case BandColumn: return tr("Head, medium or tail by number of training positives");
        case ShareColumn: return tr("Positive images as a share of the images shown (%1)").arg(splitViewName(view_));
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int((section == NameColumn || section == BandColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

} // namespace tagscope::ui
