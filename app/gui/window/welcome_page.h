#pragma once
// What the window shows while no dataset is open: what Tagscope is and how to start.
#include <QWidget>

class QLabel;
class QPushButton;

namespace tagscope::gui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setStatus(const QString& text); // e.g. "Opening …" or the last error

Q_SIGNALS:
    void openRequested();
    void openDemoRequested();

private:
    QLabel* status_;
};

} // namespace tagscope::gui
