#pragma once
// The strip above the thumbnail grid: which tag (or pair of tags) filters the images, by which label state, a box
// for typed filter expressions (tags with AND / OR / NOT, label states, splits, image names), and how many match.
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QAction;

namespace tagscope::ui {

// A tag name offered in place of an unknown one, with the whole expression corrected by it.
struct FilterSuggestion {
    QString tagName;
    QString expression;
};

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
    // Marks the expression box as invalid: the message's first line under the box (with the suggestions as links
    // that apply them), all of it in the tooltip. An empty message clears the mark.
    void setExpressionError(const QString& message, const QVector<FilterSuggestion>& suggestions = {});
    QLineEdit* expressionEdit() const { return expressionEdit_; }
    QLabel* errorLabel() const { return error_; }
    QString title() const; // what the grid shows, as plain text
    // Non-empty: the grid shows a set of images from elsewhere, which the title names in full (e.g. "119 images
    // from the embedding map") in place of the tag and the expression until it is cleared.
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
    QLabel* error_;
    QVector<FilterSuggestion> suggestions_;
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
