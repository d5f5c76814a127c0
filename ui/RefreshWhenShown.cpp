#include "RefreshWhenShown.h"

#include <QEvent>
#include <QStackedWidget>
#include <QWidget>

namespace gradus {

RefreshWhenShown::RefreshWhenShown(QWidget* view, std::function<void()> reload)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (outOfSight(m_view)) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_reload();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_reload();
    }
    return false;
}

bool RefreshWhenShown::outOfSight(const QWidget* view)
{
    for (const QWidget* w = view; w; w = w->parentWidget()) {
        // Hidden on purpose; a widget never shown yet (being built, in a test) is not.
        if (w->isHidden() && w->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return true;
        if (w->isWindow())
            break;
        // Tab widgets and the main window's pages keep their pages in a QStackedWidget.
        const auto* stack = qobject_cast<const QStackedWidget*>(w->parentWidget());
        if (stack && stack->currentWidget() != w)
            return true;
    }
    return false;
}

} // namespace gradus
