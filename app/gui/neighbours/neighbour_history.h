#pragma once
// The queries the neighbour gallery has shown, for Back and Forward: a new query drops the entries ahead of
// the current one, as a web browser does. An image file's query keeps its vector, so going back to it does
// not run the model again.
#include <QImage>
#include <QString>
#include <QVector>

#include <vector>

namespace tagscope::gui {

struct NeighbourQueryEntry {
    int image = -1;              // a dataset image, or -1 for a file
    QString file;                // the image file queried
    std::vector<float> vector;   // the file's embedding once computed
    QImage picture;              // the file's own thumbnail once read
};

class NeighbourHistory {
public:
    void push(NeighbourQueryEntry entry); // a repeat of the current query is not pushed twice
    bool canGoBack() const { return position_ > 0; }
    bool canGoForward() const { return position_ + 1 < entries_.size(); }
    bool back();
    bool forward();
    void clear();

    bool isEmpty() const { return entries_.isEmpty(); }
    int size() const { return int(entries_.size()); }
    int position() const { return int(position_); }
    const NeighbourQueryEntry& current() const { return entries_[position_]; }
    NeighbourQueryEntry& current() { return entries_[position_]; }

private:
    QVector<NeighbourQueryEntry> entries_;
    qsizetype position_ = -1;
};

} // namespace tagscope::gui
