#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace gradus {
class Workspace;
}

namespace gradus::test {

// Every view and dialog of the app, filled from the fictional demo clinic and shown, one at a
// time: the main window on each page and each patient tab, and each dialog (each tab of a
// tabbed one, each instrument of the measure form). For tests that must hold for the whole
// user interface (accessible names, contrast). `visit` gets a name for messages and the
// top-level widget; the widget is deleted after `visit` returns.
void forEachSurface(Workspace& workspace,
                    const std::function<void(const QString& name, QWidget* surface)>& visit);

} // namespace gradus::test
