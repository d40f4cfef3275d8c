#pragma once
// The tag list: a search field and a split choice over a sortable table of tags with their counts. Its context
// menu shows the images with or without the tag under the mouse.
#include "common/tag_types.h"

#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
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

    void setTags(QVector<TagInfo> tags, const QVector<quint64>& imageCounts = {}); // imageCounts: see TagTableModel
    void setSplitView(SplitView view);
    SplitView splitView() const;
    void selectTag(int tag); // -1 clears the selection; emits currentTagChanged only when it changes
    int currentTag() const { return currentTag_; }

    // The columns' widths and order; a column the user resized keeps that width, the others fit their contents.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);
    QSet<int> userSizedColumns() const { return userSizedColumns_; }
    QSize minimumSizeHint() const override; // every column and some of the names

    TagTableModel* model() const { return model_; }
    TagFilterProxyModel* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QLineEdit* searchField() const { return search_; }
    QComboBox* splitCombo() const { return split_; }
    // Act on the tag the context menu was opened on, else on the current tag.
    QAction* showWithAction() const { return showWith_; }
    QAction* showWithoutAction() const { return showWithout_; }

Q_SIGNALS:
    void currentTagChanged(int tag);
    void imagesWithTagRequested(int tag);
    void imagesWithoutTagRequested(int tag); // verified negative or unknown

private:
    void selectionChanged();
    void updateCountLabel();
    void updateSplitChoices();
    void sizeColumnsToContents();
    void showContextMenu(const QPoint& position);
    int actionTag() const;

    TagTableModel* model_;
    TagFilterProxyModel* proxy_;
    QLineEdit* search_;
    QComboBox* split_;
    QLabel* countLabel_;
    QAction* showWith_;
    QAction* showWithout_;
    int contextTag_ = -1;
    QTableView* table_;
    int currentTag_ = -1;
    QSet<int> userSizedColumns_;
    bool autoSizing_ = false; // the panel itself is resizing columns
};

} // namespace tagscope::ui
