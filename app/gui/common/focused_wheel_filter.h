#pragma once
// Scrolling a form must not change the field under the pointer: combo boxes, spin boxes and sliders take the
// mouse wheel only while they have the focus (a click or Tab gives it). Without it the wheel passes on to what
// holds them (a scroll area scrolls), and the wheel no longer gives them the focus (Qt::StrongFocus). One
// application-wide filter covers every form of the window: the training form, the preferences, the t-SNE controls.
#include <QObject>

class QApplication;

namespace tagscope::gui {

class FocusedWheelFilter : public QObject {
    Q_OBJECT
public:
    explicit FocusedWheelFilter(QObject* parent = nullptr);
    static void install(QApplication& app); // once per application; again is harmless

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tagscope::gui
