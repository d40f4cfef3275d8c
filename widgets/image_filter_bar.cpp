#include "image_filter_bar.h"

#include "number_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tagscope::ui {

ImageFilterBar::ImageFilterBar(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), stateLabel_(new QLabel(tr("Label:"), this)), state_(new QComboBox(this)),
      count_(new QLabel(this)), showAll_(new QToolButton(this))
{
    title_->setTextFormat(Qt::RichText);
    state_->addItem(tr("Positive"), int(LabelFilter::Positive));
    state_->addItem(tr("Verified negative"), int(LabelFilter::Negative));
    state_->addItem(tr("Unknown"), int(LabelFilter::Unknown));
    state_->addItem(tr("Negative or unknown"), int(LabelFilter::NotPositive));
    state_->setToolTip(tr("Show the images on which the selected tag is present, verified absent, or not annotated"));
    stateLabel_->setBuddy(state_);
    connect(state_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { Q_EMIT labelFilterChanged(static_cast<LabelFilter>(state_->itemData(index).toInt())); });
    count_->setObjectName(QStringLiteral("imageCountLabel"));
    showAll_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    showAll_->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 6, 4);
    layout->setSpacing(8);
    layout->addWidget(title_);
    layout->addSpacing(8);
    layout->addWidget(stateLabel_);
    layout->addWidget(state_);
    layout->addStretch();
    layout->addWidget(count_);
    layout->addWidget(showAll_);
    setTag(QString());
}

void ImageFilterBar::setTag(const QString& name)
{
    tag_ = name;
    secondTag_.clear();
    state_->setEnabled(!name.isEmpty());
    stateLabel_->setEnabled(!name.isEmpty());
    showAll_->setVisible(!name.isEmpty() && showAll_->defaultAction());
    updateTitle();
}

void ImageFilterBar::setSecondTag(const QString& name)
{
    secondTag_ = name;
    state_->setEnabled(!tag_.isEmpty() && name.isEmpty());
    stateLabel_->setEnabled(!tag_.isEmpty() && name.isEmpty());
    updateTitle();
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
    showAll_->setVisible(!tag_.isEmpty());
}

QString ImageFilterBar::countText() const
{
    if (busy_)
        return tr("Filtering…");
    return tr("%1 of %2 images").arg(groupedNumber(shown_), groupedNumber(total_));
}

void ImageFilterBar::updateTitle()
{
    if (tag_.isEmpty())
        title_->setText(tr("<b>All images</b>"));
    else if (!secondTag_.isEmpty())
        title_->setText(tr("Images with tags <b>%1</b> and <b>%2</b>").arg(tag_.toHtmlEscaped(), secondTag_.toHtmlEscaped()));
    else
        title_->setText(tr("Images with tag <b>%1</b>").arg(tag_.toHtmlEscaped()));
}

} // namespace tagscope::ui
