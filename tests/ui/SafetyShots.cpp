#include "SafetyShots.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "safety/RedFlagScreenDialog.h"
#include "safety/RedFlagTab.h"
#include "storage/PatientRepository.h"
#include "storage/RedFlagRepository.h"

#include <QTabWidget>

namespace gradus {
namespace {

qint64 somePatient(Workspace& ws)
{
    if (*PatientRepository(ws).count(true) == 0)
        (void)DemoClinic::create(ws, 80);
    const auto patients = PatientRepository(ws).list(false);
    return patients && !patients->isEmpty() ? patients->first().id : 0;
}

} // namespace

QWidget* shotRedFlagDialog(MainWindow& window, Workspace& ws)
{
    const qint64 pid = somePatient(ws);
    auto* dialog =
        new RedFlagScreenDialog(pid, 58, ws.settings(), QStringLiteral("Sam Okafor"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFlagChecked(QStringLiteral("night_pain"), true);
    dialog->setDecision(RedFlagDecision::Discussed,
                        QStringLiteral("Night pain eases with position change; GP informed, "
                                       "review in 2 weeks."));
    dialog->show();
    return dialog;
}

QWidget* shotRedFlagBanner(MainWindow& window, Workspace& ws)
{
    const qint64 pid = somePatient(ws);
    RedFlagScreen s;
    s.patientId = pid;
    s.clinician = QStringLiteral("Sam Okafor");
    s.date = ws.clock().today().addDays(-30);
    s.flags = {QStringLiteral("night_pain")};
    s.decision = RedFlagDecision::Discussed;
    s.note = QStringLiteral("Eases with position; GP aware");
    (void)RedFlagRepository(ws).record(s);
    RedFlagScreen today;
    today.patientId = pid;
    today.clinician = QStringLiteral("Sam Okafor");
    today.flags = {QStringLiteral("bilateral_sciatica"), QStringLiteral("fever")};
    (void)RedFlagRepository(ws).record(today);

    auto* page = window.findChild<PatientsPage*>();
    window.showPage(page);
    page->showPatient(pid);
    QTabWidget* tabs = page->patientView()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (qobject_cast<RedFlagTab*>(tabs->widget(i)))
            tabs->setCurrentIndex(i);
    return &window;
}

} // namespace gradus
