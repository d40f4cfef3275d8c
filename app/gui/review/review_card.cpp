#include "review_card.h"

#include "thumbnails/image_preview.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tagscope::gui {

namespace {

constexpr int kStripImages = 8;
constexpr int kStripSide = 72;

// The model's probability as a bar from 0 to 1, with the tag's threshold as a tick: how far past it the card is.
class ProbabilityBar : public QWidget {
public:
    explicit ProbabilityBar(QWidget* parent = nullptr) : QWidget(parent) { setFixedHeight(10); }
    void setValues(double p, double threshold, bool flagAbove)
    {
        p_ = p;
        threshold_ = threshold;
        flagAbove_ = flagAbove;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        if (p_ < 0)
            return;
        QPainter painter(this);
        const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRect(frame);
        const QColor fill = flagAbove_ ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x50, 0x40);
        painter.fillRect(QRectF(frame.left(), frame.top(), frame.width() * std::clamp(p_, 0.0, 1.0), frame.height()), fill);
        if (threshold_ >= 0) {
            const double x = frame.left() + frame.width() * std::clamp(threshold_, 0.0, 1.0);
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
            painter.drawLine(QPointF(x, 0), QPointF(x, height()));
        }
    }

private:
    double p_ = -1, threshold_ = -1;
    bool flagAbove_ = true;
};

} // namespace

ReviewCardView::ReviewCardView(QWidget* parent)
    : QWidget(parent), question_(new QLabel), evidence_(new QLabel), probability_(new QLabel), decision_(new QLabel), position_(new QLabel),
      labels_(new QLabel), evidenceTitle_(new QLabel), strip_(new QWidget), preview_(new ui::ImagePreview)
{
    setObjectName(QStringLiteral("reviewCard"));
    setFocusPolicy(Qt::StrongFocus);
    yes_ = makeAction(tr("&Yes"), {QKeySequence(Qt::Key_Y)}, tr("The tag is in the image: set the label positive (Y)"));
    no_ = makeAction(tr("&No"), {QKeySequence(Qt::Key_N)}, tr("The tag is not in the image: set the label verified negative (N)"));
    skip_ = makeAction(tr("&Skip"), {QKeySequence(Qt::Key_S)}, tr("Leave the label as it is and show the next card (S)"));
    undo_ = makeAction(tr("&Undo"), {QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::CTRL | Qt::Key_Z)},
                       tr("Take back the last answer or skip (Backspace, Ctrl+Z)"));
    previous_ = makeAction(tr("&Previous"), {QKeySequence(Qt::Key_Left)}, tr("The card before (Left)"));
    next_ = makeAction(tr("Ne&xt"), {QKeySequence(Qt::Key_Right)}, tr("The card after, without deciding (Right)"));

    QFont big = question_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    question_->setFont(big);
    question_->setObjectName(QStringLiteral("reviewQuestion"));
    question_->setWordWrap(true);
    question_->setTextFormat(Qt::RichText);
    evidence_->setWordWrap(true);
    decision_->setObjectName(QStringLiteral("reviewDecision"));
    QFont bold = decision_->font();
    bold.setBold(true);
    decision_->setFont(bold);
    position_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    labels_->setWordWrap(true);
    labels_->setTextFormat(Qt::RichText);
    labels_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    preview_->setMinimumSize(240, 200);
    auto* bar = new ProbabilityBar;
    bar->setObjectName(QStringLiteral("probabilityBar"));

    auto* stripLayout = new QHBoxLayout(strip_);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kStripImages; ++i) {
        auto* image = new QLabel;
        image->setFixedSize(kStripSide, kStripSide);
        image->setAlignment(Qt::AlignCenter);
        image->setFrameShape(QFrame::StyledPanel);
        stripImages_.push_back(image);
        stripLayout->addWidget(image);
    }
    stripLayout->addStretch(1);
    strip_->setMinimumWidth(0);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {yes_, no_, skip_})
        buttons->addWidget(buttonFor(action));
    buttons->addSpacing(16);
    buttons->addWidget(buttonFor(undo_));
    auto* keys = new QLabel(tr("Keys: Y yes · N no · S skip · Backspace undo · \u2190 \u2192 move"));
    keys->setObjectName(QStringLiteral("reviewKeys"));
    keys->setStyleSheet(QStringLiteral("color: gray"));
    buttons->addStretch(1);
    buttons->addWidget(buttonFor(previous_));
    buttons->addWidget(position_);
    buttons->addWidget(buttonFor(next_));

    auto* labelsScroll = new QScrollArea;
    labelsScroll->setWidget(labels_);
    labelsScroll->setWidgetResizable(true);
    labelsScroll->setFrameShape(QFrame::NoFrame);
    labelsScroll->setMinimumWidth(200);

    auto* side = new QVBoxLayout;
    side->addWidget(probability_);
    side->addWidget(bar);
    side->addWidget(evidence_);
    side->addWidget(decision_);
    side->addSpacing(8);
    side->addWidget(labelsScroll, 1);

    auto* middle = new QHBoxLayout;
    middle->addWidget(preview_, 3);
    middle->addLayout(side, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question_);
    layout->addLayout(middle, 1);
    layout->addWidget(evidenceTitle_);
    layout->addWidget(strip_);
    layout->addLayout(buttons);
    layout->addWidget(keys);
}

QAction* ReviewCardView::makeAction(const QString& text, const QList<QKeySequence>& keys, const QString& toolTip)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetShortcut); // typing in the tag filter never answers a card
    action->setToolTip(toolTip);
    addAction(action);
    return action;
}

QToolButton* ReviewCardView::buttonFor(QAction* action)
{
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus); // the keys keep working after a click
    button->setMinimumWidth(64);
    return button;
}

void ReviewCardView::setText(const ReviewCardText& text)
{
    question_->setText(text.question);
    evidence_->setText(text.evidence);
    probability_->setText(text.probability);
    decision_->setText(text.decision);
    decision_->setVisible(!text.decision.isEmpty());
    labels_->setText(text.labels);
    position_->setText(text.position);
    evidenceTitle_->setText(text.evidenceTitle);
    evidenceTitle_->setVisible(!text.evidenceTitle.isEmpty());
    strip_->setVisible(!text.evidenceTitle.isEmpty());
    preview_->setToolTip(text.imageName);
    if (auto* bar = findChild<QWidget*>(QStringLiteral("probabilityBar")))
        static_cast<ProbabilityBar*>(bar)->setValues(text.p, text.threshold, text.flagAbove);
}

void ReviewCardView::setImage(const QImage& image) { preview_->setImage(image); }

void ReviewCardView::setImageMessage(const QString& message, bool isError) { preview_->setMessage(message, isError); }

void ReviewCardView::setEvidence(const QVector<QImage>& thumbnails, const QStringList& toolTips)
{
    for (int i = 0; i < stripImages_.size(); ++i) {
        QLabel* label = stripImages_[i];
        label->setVisible(i < thumbnails.size());
        if (i >= thumbnails.size())
            continue;
        const QImage& image = thumbnails[i];
        if (image.isNull())
            label->setPixmap({});
        else
            label->setPixmap(QPixmap::fromImage(image.scaled(kStripSide - 4, kStripSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        label->setToolTip(toolTips.value(i));
    }
}

void ReviewCardView::setCanUndo(bool canUndo) { undo_->setEnabled(canUndo); }

void ReviewCardView::setCanMove(bool back, bool forward)
{
    previous_->setEnabled(back);
    next_->setEnabled(forward);
}

void ReviewCardView::setAnswerable(bool answerable)
{
    yes_->setEnabled(answerable);
    no_->setEnabled(answerable);
    skip_->setEnabled(answerable);
}

} // namespace tagscope::gui
