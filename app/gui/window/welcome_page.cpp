#include "welcome_page.h"

#include "common/app_icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tagscope::gui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), status_(new QLabel(this))
{
    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(112, 112)));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("Welcome to Tagscope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Browse a multilabel image dataset, see how skewed its tags are and filter the images "
                               "by any tag.<br>Open an Open Images folder, or start with the demo dataset."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560); // a word-wrapped label in a centring layout would otherwise shrink to a sliver

    auto* open = new QPushButton(actionIcon(QStringLiteral("open"), QStyle::SP_DialogOpenButton), tr("Open Dataset…"), this);
    auto* demo = new QPushButton(actionIcon(QStringLiteral("demo"), QStyle::SP_ComputerIcon), tr("Open Demo Dataset"), this);
    open->setDefault(true);
    for (QPushButton* button : {open, demo}) {
        button->setMinimumHeight(34);
        button->setIconSize(QSize(20, 20));
    }
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);

    auto* hint = new QLabel(tr("You can also drop a dataset folder onto this window."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAlignment(Qt::AlignCenter);

    status_->setAlignment(Qt::AlignCenter);
    status_->setWordWrap(true);
    status_->setFixedWidth(560);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addSpacing(8);
    column->addWidget(title);
    column->addWidget(text, 0, Qt::AlignHCenter);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(8);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addWidget(status_, 0, Qt::AlignHCenter);
    column->addStretch(3);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addLayout(column);
    layout->addStretch();
}

void WelcomePage::setStatus(const QString& text)
{
    status_->setText(text);
}

} // namespace tagscope::gui
