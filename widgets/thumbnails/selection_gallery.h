#pragma once
// The images selected on the embedding map as a thumbnail gallery (the browser's virtual grid), with their
// number and the actions that take the selection elsewhere: show it in the browser, export it, clear it.
#include "image_source.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace tagscope::ui {

class ThumbnailDiskCache;
class ThumbnailGridModel;
class VirtualThumbnailGrid;

class SelectionGallery : public QWidget {
    Q_OBJECT
public:
    explicit SelectionGallery(QWidget* parent = nullptr);

    void setSource(std::shared_ptr<const ImageSource> source); // clears the gallery
    void setDiskCache(std::shared_ptr<const ThumbnailDiskCache> cache);
    // The selected images, shown in ascending image order (duplicates dropped).
    void setImages(QVector<int> images);
    const QVector<int>& images() const;
    QString summary() const; // "312 images selected"

    ThumbnailGridModel* model() const { return model_; }
    VirtualThumbnailGrid* grid() const { return grid_; }
    QPushButton* showInBrowserButton() const { return showInBrowser_; }
    QPushButton* exportButton() const { return export_; }
    QPushButton* clearButton() const { return clear_; }

Q_SIGNALS:
    void imageChosen(int image);       // clicked or moved to with the keys
    void imageActivated(int image);    // double click, Enter
    void showInBrowserRequested(const QVector<int>& images);
    void exportRequested(const QVector<int>& images);
    void clearRequested();

private:
    void updateHeader();

    QLabel* title_;
    QPushButton* showInBrowser_;
    QPushButton* export_;
    QPushButton* clear_;
    ThumbnailGridModel* model_;
    VirtualThumbnailGrid* grid_;
};

} // namespace tagscope::ui
