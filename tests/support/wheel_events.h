#pragma once
// A turn of the mouse wheel over a widget as the window system delivers it: a spontaneous event, so QApplication
// gives the focus by the widget's focus policy and hands an ignored event on to the parent widgets, as it does
// for a real mouse.
#include <QApplication>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QWidget>

// Over the middle of `widget`, delivered to its innermost child there (a spin box's line edit), as the window
// system does. `notches`: positive scrolls up (away from the user), negative down. Returns whether a widget took it.
inline bool turnWheel(QWidget* widget, int notches)
{
    const QPoint middle = widget->rect().center();
    QWidget* child = widget->childAt(middle);
    QWidget* receiver = child ? child : widget;
    const QPointF local = receiver->mapFrom(widget, middle);
    QWheelEvent event(local, receiver->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    qApp->notify(receiver, &event);
    return event.isAccepted();
}
