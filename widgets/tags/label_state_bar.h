#pragma once
// One horizontal bar split into the shares of positive, verified negative and unknown labels. A share that is not
// zero keeps a few pixels, so the thin positive slice of a sparsely annotated dataset stays visible.
#include <QWidget>

namespace tagscope::ui {

class LabelStateBar : public QWidget {
    Q_OBJECT
public:
    explicit LabelStateBar(QWidget* parent = nullptr);

    void setShares(double positive, double negative, double unknown);
    double share(int state) const { return shares_[state]; } // 0 positive, 1 negative, 2 unknown
    static QColor stateColor(int state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double shares_[3] = {0, 0, 0};
};

} // namespace tagscope::ui
