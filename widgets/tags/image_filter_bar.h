#pragma once
// The strip above the thumbnail grid: which tag (or pair of tags) filters the images, by which label state, a box
// for typed filter expressions (tags with AND / OR / NOT, label states, splits, image names), and how many match.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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
    // The typed expression filtering the grid (empty: none); a tag set with setTag() replaces it.
    void setExpression(const QString& expression);
    QString expression() const { return expression_; }
    // Marks the expression box as invalid with the message as its tooltip; an empty message clears the mark.
    void setExpressionError(const QString& message);
    QLineEdit* expressionEdit() const { return expressionEdit_; }
    // Non-empty: the grid shows a set of images from elsewhere (e.g. "the embedding map's selection"), which
    // replaces the tag and the expression in the title until it is cleared.
    void setImageSet(const QString& description);
    QString imageSet() const { return imageSet_; }

    QString countText() const;
    QComboBox* stateCombo() const { return state_; }

Q_SIGNALS:
    void labelFilterChanged(tagscope::ui::ImageFilterBar::LabelFilter filter);
    void expressionSubmitted(const QString& expression); // Return pressed in the box, or the box cleared

private:
    void updateTitle();
    QString expressionHelp() const;

    QLabel* title_;
    QLabel* stateLabel_;
    QComboBox* state_;
    QLabel* count_;
    QLineEdit* expressionEdit_;
    QToolButton* showAll_;
    QString tag_;
    QString secondTag_;
    QString expression_;
    QString imageSet_;
    quint64 shown_ = 0;
    quint64 total_ = 0;
    bool busy_ = false;
};

} // namespace tagscope::ui
