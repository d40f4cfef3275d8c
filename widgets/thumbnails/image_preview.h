#pragma once
// One picture as large as the widget allows, aspect ratio kept, small ones enlarged at most 4x;
// a short message instead while it loads or when it cannot be shown.
#include <QImage>
#include <QWidget>

namespace tagscope::ui {

class ImagePreview : public QWidget {
    Q_OBJECT
public:
    explicit ImagePreview(QWidget* parent = nullptr);

    void setImage(const QImage& image); // clears the message
    void setMessage(const QString& message, bool isError = false); // clears the image
    const QImage& image() const { return image_; }
    QString message() const { return message_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString message_;
    bool isError_ = false;
};

} // namespace tagscope::ui
