#pragma once
// The strip above the thumbnail grid: which tag (or pair of tags) filters the images, by which label state, and
// how many match.
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QAction;

namespace tagscope::ui {

class ImageFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class LabelFilter { Positive = 0, Negative = 1, Unknown = 2, NotPositive = 3 }; // NotPositive: negative or unknown

    explicit ImageFilterBar(QWidget* parent = nullptr);

    void setTag(const QString& name); // empty: all images, the state choice is disabled
    void setSecondTag(const QString& name); // non-empty: images positive for both tags; the state choice is disabled
    void setLabelFilter(LabelFilter filter);
    LabelFilter labelFilter() const;
    void setCounts(quint64 shown, quint64 total);
    void setBusy(bool busy); // a filter is being computed
    void setShowAllAction(QAction* action);

    QString countText() const;
    QComboBox* stateCombo() const { return state_; }

Q_SIGNALS:
    void labelFilterChanged(tagscope::ui::ImageFilterBar::LabelFilter filter);

private:
    void updateTitle();

    QLabel* title_;
    QLabel* stateLabel_;
    QComboBox* state_;
    QLabel* count_;
    QToolButton* showAll_;
    QString tag_;
    QString secondTag_;
    quint64 shown_ = 0;
    quint64 total_ = 0;
    bool busy_ = false;
};

} // namespace tagscope::ui
