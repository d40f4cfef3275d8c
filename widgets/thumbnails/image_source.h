#pragma once
// What the thumbnail grid needs to know about the images it shows. The application implements it over
// its dataset; tests implement it with generated images.
#include <QImage>
#include <QString>

namespace tagscope::ui {

class ImageSource {
public:
    virtual ~ImageSource() = default;

    // Called on the GUI thread.
    virtual QString imageName(int image) const = 0;
    virtual QString imageToolTip(int image) const = 0;

    // Called on worker threads, concurrently: must only read immutable state. Returns an image whose
    // longer side is at most maxSide, or a null image with `error` set to a message naming the file.
    virtual QImage loadThumbnail(int image, int maxSide, QString* error) const = 0;

    // Called on worker threads: the image's file, for the on-disk thumbnail cache; empty when it has none.
    virtual QString imagePath(int /*image*/) const { return {}; }
};

} // namespace tagscope::ui
