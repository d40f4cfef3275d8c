#include "map_hover_card.h"

#include "thumbnails/thumbnail_loader.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>

namespace tagscope::ui {

namespace {
constexpr int kPictureSide = 128;
}

MapHoverCard::MapHoverCard(QWidget* parent) : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint), picture_(new QLabel), text_(new QLabel)
{
    setObjectName(QStringLiteral("mapHoverCard"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    picture_->setFixedSize(kPictureSide, kPictureSide);
    picture_->setAlignment(Qt::AlignCenter);
    text_->setTextFormat(Qt::RichText);
    text_->setWordWrap(true);
    text_->setMaximumWidth(300);
    text_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(picture_, 0, Qt::AlignTop);
    layout->addWidget(text_, 1);
}

void MapHoverCard::setLoader(ThumbnailLoader* loader)
{
    if (loader_)
        disconnect(loader_, nullptr, this, nullptr);
    loader_ = loader;
    if (loader_)
        connect(loader_, &ThumbnailLoader::thumbnailReady, this, &MapHoverCard::thumbnailArrived);
}

void MapHoverCard::showImage(int image, const QPoint& globalPosition)
{
    if (!loader_ || !loader_->source() || image < 0) {
        dismiss();
        return;
    }
    if (image != image_) {
        image_ = image;
        text_->setText(loader_->source()->imageToolTip(image));
        const QImage thumbnail = loader_->thumbnail(image);
        if (thumbnail.isNull()) {
            picture_->setPixmap({});
            picture_->setText(loader_->state(image) == ThumbnailLoader::State::Failed ? tr("No image") : tr("Loading…"));
            loader_->request(image);
        } else {
            picture_->setPixmap(QPixmap::fromImage(thumbnail.scaled(kPictureSide, kPictureSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        adjustSize();
    }
    place(globalPosition);
    if (!isVisible())
        show();
}

void MapHoverCard::dismiss()
{
    image_ = -1;
    hide();
}

void MapHoverCard::thumbnailArrived(int image)
{
    if (image != image_ || !loader_)
        return;
    const QImage thumbnail = loader_->thumbnail(image);
    if (!thumbnail.isNull())
        picture_->setPixmap(QPixmap::fromImage(thumbnail.scaled(kPictureSide, kPictureSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void MapHoverCard::place(const QPoint& globalPosition)
{
    anchor_ = globalPosition;
    QPoint topLeft = globalPosition + QPoint(16, 16);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect area = screen->availableGeometry();
        if (topLeft.x() + width() > area.right())
            topLeft.setX(globalPosition.x() - width() - 16);
        if (topLeft.y() + height() > area.bottom())
            topLeft.setY(globalPosition.y() - height() - 16);
    }
    move(topLeft);
}

} // namespace tagscope::ui
