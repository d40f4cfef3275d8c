#pragma once
// One label question on screen: the image large, the question in words, the model's probability beside the
// tag's threshold, the image's other labels by state, and a strip of the tag's typical given positives as
// evidence; buttons for yes, no, skip, undo and moving. The keys (Y, N, S, Backspace or Ctrl+Z, Left, Right) are
// actions of the card, live while it has the focus.
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace tagscope::ui {
class ImagePreview;
}

namespace tagscope::gui {

struct ReviewCardText {
    QString question;      // rich text: "Is there a <b>Lip</b> in this image?"
    QString evidence;      // what the labels and the model say
    QString probability;   // "0.93" and the threshold
    double p = -1;         // for the bar; < 0: none
    double threshold = -1;
    bool flagAbove = true; // the card was flagged for p at or above the threshold (false: at or below)
    QString decision;      // "You answered: yes", empty when undecided
    QString labels;        // rich text: the image's other labels by state
    QString position;      // "Card 3 of 120 · 17 done"
    QString imageName;
    QString evidenceTitle;
};

class ReviewCardView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewCardView(QWidget* parent = nullptr);

    void setText(const ReviewCardText& text);
    void setImage(const QImage& image);
    void setImageMessage(const QString& message, bool isError = false);
    void setEvidence(const QVector<QImage>& thumbnails, const QStringList& toolTips); // null images: loading
    void setCanUndo(bool canUndo);
    void setCanMove(bool back, bool forward);
    void setAnswerable(bool answerable); // false past the queue's last card

    QAction* yesAction() const { return yes_; }
    QAction* noAction() const { return no_; }
    QAction* skipAction() const { return skip_; }
    QAction* undoAction() const { return undo_; }
    QAction* previousAction() const { return previous_; }
    QAction* nextAction() const { return next_; }
    QLabel* questionLabel() const { return question_; }
    ui::ImagePreview* preview() const { return preview_; }

private:
    QAction* makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& toolTip);
    QToolButton* buttonFor(QAction* action);

    QLabel* question_;
    QLabel* evidence_;
    QLabel* probability_;
    QLabel* decision_;
    QLabel* position_;
    QLabel* labels_;
    QLabel* evidenceTitle_;
    QWidget* strip_;
    QVector<QLabel*> stripImages_;
    ui::ImagePreview* preview_;
    QAction *yes_, *no_, *skip_, *undo_, *previous_, *next_;
};

} // namespace tagscope::gui
