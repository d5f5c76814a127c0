#include "screenshots/DesktopShots.h"

#include "MainMenus.h"
#include "MainWindow.h"
#include "OpenDatabaseDialog.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "demo/DemoHandout.h"
#include "handout/HandoutBuilder.h"
#include "help/UserGuideWindow.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "services/HandoutAssembly.h"
#include "settings/ClinicSettings.h"
#include "settings/DeskSettings.h"
#include "settings/PreferencesDialog.h"
#include "storage/PatientRepository.h"
#include "support/DarkPalette.h"

#include "undo/StoreUndoStack.h"
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTabWidget>
#include <QUndoCommand>

namespace gradus::desktopShots {
namespace {

// The Riverside logo: a wordmark beside a rising step line, in the clinic's colours.
const char* kLogo =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\">"
    "<rect x=\"4\" y=\"4\" width=\"92\" height=\"92\" rx=\"18\" fill=\"#1f6f78\"/>"
    "<path d=\"M20 78 H40 V60 H58 V42 H76 V24\" fill=\"none\" stroke=\"#ffffff\" "
    "stroke-width=\"9\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
    "<text x=\"110\" y=\"48\" font-family=\"DejaVu Sans\" font-size=\"34\" font-weight=\"bold\" "
    "fill=\"#1f6f78\">Riverside</text>"
    "<text x=\"110\" y=\"84\" font-family=\"DejaVu Sans\" font-size=\"24\" "
    "fill=\"#44546a\">Physiotherapy</text></svg>";

void setClinic(Workspace& ws)
{
    (void)ws.settings().setValues(
        {{ClinicSettings::Key::ClinicName, QStringLiteral("Riverside Physiotherapy")},
         {ClinicSettings::Key::ClinicAddress, QStringLiteral("12 Mill Lane\nExampleton EX1 2AB")},
         {ClinicSettings::Key::ClinicPhone, QStringLiteral("01234 567890")},
         {ClinicSettings::Key::ClinicEmail, QStringLiteral("desk@riverside.example")},
         {ClinicSettings::Key::ClinicWebsite, QStringLiteral("www.riverside.example")}});
    if (auto logo = ClinicLogo::fromData(QByteArray(kLogo)))
        (void)ws.settings().setLogo(*logo);
}

// A window in a state worth looking at: a demo patient open, and something to undo.
void populate(MainWindow& window, Workspace& ws)
{
    if (*PatientRepository(ws).count(true) < 20)
        (void)DemoClinic::create(ws, 80);
    auto* page = window.findChild<PatientsPage*>();
    window.showPage(page);
    page->showPatient(PatientRepository(ws).list(false)->first().id);
}

class NamedCommand : public QUndoCommand
{
public:
    explicit NamedCommand(const QString& text) { setText(text); }
    void redo() override {}
    void undo() override {}
};

} // namespace

QWidget* preferences(MainWindow& window, Workspace& ws, int tab)
{
    setClinic(ws);
    static DeskSettings desk; // outlives the dialog, which the caller grabs and deletes
    desk.setClinicianName(QStringLiteral("Sam Okafor"));
    auto* dialog = new PreferencesDialog(ws, desk, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->tabs()->setCurrentIndex(tab);
    dialog->resize(640, 560);
    dialog->show();
    return dialog;
}

QWidget* openMenu(MainWindow& window, Workspace& ws, const char* menuName)
{
    populate(window, ws);
    window.undoStack()->push(new NamedCommand(QStringLiteral("Record Visit of 21/11/2026")));
    DeskSettings().addRecentDatabase(QStringLiteral("/home/sam/Gradus/riverside.sqlite"));
    window.menus()->setRecentDatabases(DeskSettings().recentDatabases());
    auto* menu = window.findChild<QMenu*>(QString::fromLatin1(menuName));
    if (!menu)
        return nullptr;
    QApplication::processEvents();
    // Where the menu bar would drop it: under its title.
    const QRect title = window.menuBar()->actionGeometry(menu->menuAction());
    const QPoint at = window.menuBar()->mapTo(&window, title.bottomLeft());
    menu->popup(window.mapToGlobal(at));
    QApplication::processEvents();
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    painter.drawPixmap(at, menu->grab());
    painter.end();
    menu->hide();
    auto* label = new QLabel(&window, Qt::Window);
    label->setPixmap(picture);
    label->resize(picture.size());
    label->setAttribute(Qt::WA_DeleteOnClose);
    label->show();
    return label;
}

QWidget* darkPalette(MainWindow& window, Workspace& ws)
{
    QApplication::setPalette(test::darkPalette());
    populate(window, ws);
    return &window;
}

QWidget* openDatabase(MainWindow& window, Workspace& ws)
{
    auto* dialog = new OpenDatabaseDialog(ws.db().location(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget* userGuide(MainWindow& window, Workspace&)
{
    window.showUserGuide();
    auto* guide = window.findChild<UserGuideWindow*>();
    if (guide)
        guide->resize(900, 700);
    return guide;
}

bool handoutWithLogo(Workspace& ws, const QString& pdfPath)
{
    setClinic(ws);
    if (*PatientRepository(ws).count(true) == 0)
        (void)DemoClinic::create(ws, 80);
    const qint64 patient = PatientRepository(ws).list(false)->first().id;
    auto programme = demoHandoutProgramme(ws, patient);
    if (!programme)
        return false;
    programme->reviewDate = ws.clock().today().addDays(21);
    HandoutContent::Options options;
    options.clinician = QStringLiteral("Sam Okafor");
    options.pacing = *demoHandoutPacing(ws.clock().today());
    auto content = HandoutAssembly::assemble(ws, *programme, options);
    return content && HandoutBuilder(*content).writePdf(pdfPath, QPageSize(QPageSize::A4));
}

} // namespace gradus::desktopShots
