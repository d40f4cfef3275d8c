#pragma once
// The tag list: a search field over a sortable table of tags with their counts.
#include "tag_types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace tagscope::ui {

class TagFilterProxyModel;
class TagTableModel;

class TagPanel : public QWidget {
    Q_OBJECT
public:
    explicit TagPanel(QWidget* parent = nullptr);

    void setTags(QVector<TagInfo> tags);
    void selectTag(int tag); // -1 clears the selection; emits currentTagChanged only when it changes
    int currentTag() const { return currentTag_; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

    TagTableModel* model() const { return model_; }
    TagFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QLineEdit* searchField() const { return search_; }

Q_SIGNALS:
    void currentTagChanged(int tag);

private:
    void selectionChanged();
    void updateCountLabel();

    TagTableModel* model_;
    TagFilterProxyModel* proxy_;
    QLineEdit* search_;
    QLabel* countLabel_;
    QTableView* table_;
    int currentTag_ = -1;
};

} // namespace tagscope::ui
