#pragma once
// The nearest-neighbour gallery: the query image and its tags at the top, Back/Forward through earlier queries,
// the search settings (k, metric, exact or approximate), the neighbours as thumbnails with distance and tags
// (tags shared with the query highlighted), and a table of the share of neighbours carrying each query tag.
// Clicking a neighbour asks for it to become the query; an image file dropped anywhere on it asks to query by
// that file. The widget only shows and asks: searching is done by whoever owns it.
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace tagscope::ui {

class NeighbourDelegate;
class NeighbourGalleryModel;

class NeighbourGallery : public QWidget {
    Q_OBJECT
public:
    explicit NeighbourGallery(QWidget* parent = nullptr);

    void setModel(NeighbourGalleryModel* model);
    NeighbourGalleryModel* model() const { return model_; }
    QListView* view() const { return view_; }
    QTableWidget* summaryTable() const { return summary_; }

    int neighbourCount() const; // k
    void setNeighbourCount(int k);
    bool cosine() const;        // false: euclidean
    void setCosine(bool cosine);
    bool approximate() const;
    void setApproximate(bool approximate);

    void setQueryPicture(const QImage& picture); // the query's thumbnail (a dropped file's own picture)
    void setHistoryEnabled(bool back, bool forward);
    void setMessage(const QString& message, bool isError = false); // under the settings; empty hides it
    QString message() const;
    bool messageIsError() const { return messageIsError_; }
    void setBusy(bool busy);
    void addExportAction(QAction* action); // in the Export button's menu
    QToolButton* backButton() const { return back_; }
    QToolButton* forwardButton() const { return forward_; }

Q_SIGNALS:
    void neighbourActivated(int image);
    void backRequested();
    void forwardRequested();
    void settingsChanged();
    void imageFileDropped(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void modelChanged();
    void fillSummary();

    NeighbourGalleryModel* model_ = nullptr;
    NeighbourDelegate* delegate_;
    QLabel* picture_;
    QLabel* title_;
    QLabel* subtitle_;
    QLabel* tags_;
    QToolButton* back_;
    QToolButton* forward_;
    QSpinBox* k_;
    QComboBox* metric_;
    QComboBox* method_;
    QToolButton* export_;
    QLabel* message_;
    QListView* view_;
    QTableWidget* summary_;
    bool messageIsError_ = false;
};

} // namespace tagscope::ui
