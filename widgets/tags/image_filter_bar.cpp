#include "image_filter_bar.h"

#include "common/number_format.h"

#include <QComboBox>
#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QToolButton>

namespace tagscope::ui {

ImageFilterBar::ImageFilterBar(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), stateLabel_(new QLabel(tr("Label:"), this)), state_(new QComboBox(this)),
      count_(new QLabel(this)), expressionEdit_(new QLineEdit(this)), error_(new QLabel(this)), showAll_(new QToolButton(this))
{
    title_->setTextFormat(Qt::RichText);
    // A long expression in the title must not widen the bar (and squeeze the tag panel): the label clips instead.
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title_->setMinimumWidth(120);
    state_->addItem(tr("Positive"), int(LabelFilter::Positive));
    state_->addItem(tr("Verified negative"), int(LabelFilter::Negative));
    state_->addItem(tr("Unknown"), int(LabelFilter::Unknown));
    state_->addItem(tr("Negative or unknown"), int(LabelFilter::NotPositive));
    state_->setToolTip(tr("Show the images on which the selected tag is present, verified absent, or not annotated"));
    stateLabel_->setBuddy(state_);
    connect(state_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { Q_EMIT labelFilterChanged(static_cast<LabelFilter>(state_->itemData(index).toInt())); });
    expressionEdit_->setObjectName(QStringLiteral("filterExpressionEdit"));
    expressionEdit_->setPlaceholderText(tr("Filter, e.g. Dog AND NOT Cat:negative OR split:val"));
    expressionEdit_->setToolTip(expressionHelp());
    expressionEdit_->setClearButtonEnabled(true);
    expressionEdit_->setMinimumWidth(180);
    connect(expressionEdit_, &QLineEdit::returnPressed, this, [this] { Q_EMIT expressionSubmitted(expressionEdit_->text().trimmed()); });
    connect(expressionEdit_, &QLineEdit::textChanged, this, [this](const QString& text) {
        setExpressionError(QString());
        if (text.isEmpty() && !expression_.isEmpty())
            Q_EMIT expressionSubmitted(QString()); // the clear button: back to the tag filter or all images
    });
    error_->setObjectName(QStringLiteral("filterErrorLabel"));
    error_->setTextFormat(Qt::RichText);
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    error_->hide();
    connect(error_, &QLabel::linkActivated, this, [this](const QString& link) {
        const int index = link.toInt();
        if (index < 0 || index >= suggestions_.size())
            return;
        const QString corrected = suggestions_[index].expression;
        expressionEdit_->setText(corrected);
        Q_EMIT expressionSubmitted(corrected);
    });
    count_->setObjectName(QStringLiteral("imageCountLabel"));
    showAll_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    showAll_->setAutoRaise(true);
    QSizePolicy keepRoom = showAll_->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the row keeps its height when the button comes and goes
    showAll_->setSizePolicy(keepRoom);

    // Two rows, so that the bar stays narrow enough for the tag panel beside it: what filters and how many
    // match above, the expression box and the label state below.
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(title_, 1);
    top->addWidget(count_);
    top->addWidget(showAll_);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(expressionEdit_, 1);
    bottom->addSpacing(8);
    bottom->addWidget(stateLabel_);
    bottom->addWidget(state_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);
    layout->addWidget(error_);
    setTag(QString());
}

void ImageFilterBar::setTag(const QString& name)
{
    tag_ = name;
    if (!name.isEmpty())
        setExpression(QString());
    secondTag_.clear();
    state_->setEnabled(!name.isEmpty());
    stateLabel_->setEnabled(!name.isEmpty());
    updateTitle();
}

void ImageFilterBar::setSecondTag(const QString& name)
{
    secondTag_ = name;
    state_->setEnabled(!tag_.isEmpty() && name.isEmpty());
    stateLabel_->setEnabled(!tag_.isEmpty() && name.isEmpty());
    updateTitle();
}

void ImageFilterBar::setExpression(const QString& expression)
{
    expression_ = expression;
    if (expressionEdit_->text().trimmed() != expression) {
        const QSignalBlocker blocker(expressionEdit_);
        expressionEdit_->setText(expression);
    }
    setExpressionError(QString());
    const bool tagState = expression.isEmpty() && !tag_.isEmpty() && secondTag_.isEmpty();
    state_->setEnabled(tagState);
    stateLabel_->setEnabled(tagState);
    updateTitle();
}

void ImageFilterBar::setExpressionError(const QString& message, const QVector<FilterSuggestion>& suggestions)
{
    // A red frame, the reason under the box and the whole message (with its caret line) in the tooltip. The title
    // and the count stay: the grid still shows what they say.
    expressionEdit_->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d03030; }"));
    expressionEdit_->setToolTip(message.isEmpty() ? expressionHelp() : QStringLiteral("<pre>%1</pre>").arg(message.toHtmlEscaped()));
    suggestions_ = message.isEmpty() ? QVector<FilterSuggestion>() : suggestions;
    if (message.isEmpty()) {
        error_->clear();
        error_->hide();
        return;
    }
    const QString reason = message.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped();
    QString text = tr("Not applied: %1").arg(reason);
    if (!suggestions_.isEmpty()) {
        QStringList links;
        for (int i = 0; i < suggestions_.size(); ++i)
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(suggestions_[i].tagName.toHtmlEscaped());
        const QString last = links.takeLast();
        text = tr("Not applied: %1. Did you mean %2?").arg(reason, links.isEmpty() ? last : tr("%1 or %2").arg(links.join(QStringLiteral(", ")), last));
    }
    error_->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(text));
    error_->show();
}

QString ImageFilterBar::expressionHelp() const
{
    return tr("<p>Type a filter and press Return.</p>"
              "<p><b>Dog</b> positive · <b>Dog:negative</b> verified absent · <b>Dog:unknown</b> not annotated · "
              "<b>Dog:machine&gt;=0.7</b> machine confidence<br><b>\"Human face\"</b> names with spaces · "
              "<b>split:train</b>, <b>split:val</b>, <b>split:test</b> · <b>name:~2f0c</b> image name contains · "
              "<b>corrected</b> labels changed by review, <b>corrected:Dog</b> for one tag</p>"
              "<p>Combine with <b>AND</b> (&amp;), <b>OR</b> (|), <b>NOT</b> (!, -) and parentheses.</p>");
}

void ImageFilterBar::setLabelFilter(LabelFilter filter)
{
    state_->setCurrentIndex(state_->findData(int(filter)));
}

ImageFilterBar::LabelFilter ImageFilterBar::labelFilter() const
{
    return static_cast<LabelFilter>(state_->currentData().toInt());
}

void ImageFilterBar::setCounts(quint64 shown, quint64 total)
{
    shown_ = shown;
    total_ = total;
    count_->setText(countText());
}

void ImageFilterBar::setBusy(bool busy)
{
    busy_ = busy;
    count_->setText(countText());
}

void ImageFilterBar::setShowAllAction(QAction* action)
{
    showAll_->setDefaultAction(action);
    updateTitle();
}

QString ImageFilterBar::countText() const
{
    if (busy_)
        return tr("Filtering…");
    return tr("%1 of %Ln image(s)", nullptr, static_cast<int>(total_)).arg(groupedNumber(shown_));
}

void ImageFilterBar::setImageSet(const QString& description)
{
    imageSet_ = description;
    state_->setEnabled(imageSet_.isEmpty() && !tag_.isEmpty() && secondTag_.isEmpty());
    updateTitle();
}

QString ImageFilterBar::title() const
{
    QTextDocument document;
    document.setHtml(title_->text());
    return document.toPlainText();
}

void ImageFilterBar::updateTitle()
{
    showAll_->setVisible(showAll_->defaultAction() && (!tag_.isEmpty() || !expression_.isEmpty() || !imageSet_.isEmpty()));
    if (!imageSet_.isEmpty())
        title_->setText(QStringLiteral("<b>%1</b>").arg(imageSet_.toHtmlEscaped()));
    else if (!expression_.isEmpty())
        title_->setText(tr("Images matching <b>%1</b>").arg(expression_.toHtmlEscaped()));
    else if (tag_.isEmpty())
        title_->setText(tr("<b>All images</b>"));
    else if (!secondTag_.isEmpty())
        title_->setText(tr("Images with tags <b>%1</b> and <b>%2</b>").arg(tag_.toHtmlEscaped(), secondTag_.toHtmlEscaped()));
    else
        title_->setText(tr("Images with tag <b>%1</b>").arg(tag_.toHtmlEscaped()));
}

} // namespace tagscope::ui
