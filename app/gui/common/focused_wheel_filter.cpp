#include "focused_wheel_filter.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace tagscope::gui {

namespace {

// Scroll bars are sliders too, but the wheel is theirs: a scroll area hands it to them.
bool isValueField(const QObject* object)
{
    return qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object) ||
           (qobject_cast<const QAbstractSlider*>(object) && !qobject_cast<const QScrollBar*>(object));
}

} // namespace

FocusedWheelFilter::FocusedWheelFilter(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("focusedWheelFilter"));
}

void FocusedWheelFilter::install(QApplication& app)
{
    if (app.findChild<FocusedWheelFilter*>(QStringLiteral("focusedWheelFilter"), Qt::FindDirectChildrenOnly))
        return;
    app.installEventFilter(new FocusedWheelFilter(&app));
}

bool FocusedWheelFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && isValueField(watched)) {
        auto* field = static_cast<QWidget*>(watched);
        if (field->focusPolicy() == Qt::WheelFocus)
            field->setFocusPolicy(Qt::StrongFocus); // a wheel over it no longer focuses it
    } else if (event->type() == QEvent::Wheel && isValueField(watched) && !static_cast<QWidget*>(watched)->hasFocus()) {
        event->ignore(); // QApplication hands an ignored wheel event on to the parent widgets
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tagscope::gui
