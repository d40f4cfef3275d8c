#include "image_preview.h"

#include <QPainter>

namespace tagscope::ui {

ImagePreview::ImagePreview(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImagePreview::setImage(const QImage& image)
{
    image_ = image;
    message_.clear();
    update();
}

void ImagePreview::setMessage(const QString& message, bool isError)
{
    image_ = QImage();
    message_ = message;
    isError_ = isError;
    update();
}

QSize ImagePreview::sizeHint() const
{
    return {320, 260};
}

QSize ImagePreview::minimumSizeHint() const
{
    return {120, 100};
}

void ImagePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = rect().adjusted(4, 4, -4, -4);
    painter.fillRect(rect(), palette().color(QPalette::Window).darker(104));
    if (!image_.isNull()) {
        // Enlarging small images (the demo's are 112 px) makes them readable; beyond 4x only blur grows.
        QSize size = image_.size().scaled(area.size(), Qt::KeepAspectRatio);
        if (size.width() > 4 * image_.width())
            size = image_.size() * 4;
        QRect target(QPoint(), size);
        target.moveCenter(area.center());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, image_);
        return;
    }
    painter.setPen(isError_ ? QColor(0xb0, 0x3a, 0x2e) : palette().color(QPalette::PlaceholderText));
    painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, message_);
}

} // namespace tagscope::ui
