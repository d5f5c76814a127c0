#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace gradus {

// How a view that follows the store reloads after a change: at once when it can be seen,
// and, while it sits behind another tab or page or is hidden, only once it is next shown.
// Saving a visit then costs the statements of the views on screen, not of every tab (each
// statement is a round trip to a clinic server). A view never shown yet (being built, in a
// test) reloads at once.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget* view, std::function<void()> reload);

    // Reloads now, or notes that the view is out of date while it is behind another page.
    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool outOfSight(const QWidget* view);

    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace gradus
