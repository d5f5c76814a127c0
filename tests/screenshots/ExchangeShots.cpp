#include "screenshots/ExchangeShots.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoVisits.h"
#include "exchange/CalendarExportDialog.h"
#include "exchange/FhirExportDialog.h"
#include "exchange/ImportProgrammeDialog.h"
#include "exchange/OutcomesExportDialog.h"
#include "exchange/ProgrammeExportDialog.h"
#include "exchange/RestoreBackupDialog.h"
#include "services/BackupService.h"
#include "services/PacingPlans.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/PacingPlanRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeTemplateRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>

namespace gradus::exchangeShots {
namespace {

const QString kDocuments = QStringLiteral("/home/sam/Documents");

struct Fixture
{
    qint64 patient = 0;
    qint64 programme = 0;
};

// Ruth Example, 58, two months into right-sided sciatica, with eleven visits and
// questionnaires, the sciatica-friendly programme active and a graded walking plan. Made once.
Fixture fixture(Workspace& ws)
{
    static Fixture made;
    if (made.patient > 0)
        return made;
    Patient p;
    p.givenName = QStringLiteral("Ruth");
    p.familyName = QStringLiteral("Example");
    p.dateOfBirth = ws.clock().today().addYears(-58).addDays(-40);
    p.sex = Sex::Female;
    p.clinicNumber = QStringLiteral("K-2291");
    auto pid = PatientRepository(ws).add(p);
    if (!pid)
        return made;
    Episode e;
    e.patientId = *pid;
    e.complaint = QStringLiteral("Low back pain with right leg pain");
    e.onsetDate = ws.clock().today().addDays(-60);
    e.openedOn = ws.clock().today().addDays(-56);
    auto eid = EpisodeRepository(ws).add(e);
    if (!eid)
        return made;
    Condition c;
    c.episodeId = *eid;
    c.code = QStringLiteral("sciatica");
    c.side = Condition::Side::Right;
    c.onsetDate = e.onsetDate;
    (void)ConditionRepository(ws).add(c);
    (void)addDemoVisits(ws, *pid, 11);
    ProgrammeTemplateRepository templates(ws);
    (void)templates.ensureBuiltIns();
    const auto all = templates.list();
    for (const ProgrammeTemplate& t : all ? *all : QList<ProgrammeTemplate>())
        if (t.stableId == QLatin1String("sciatica_friendly_start")) {
            auto id = templates.apply(t.id, *pid, {}, ws.clock().today());
            if (!id)
                return made;
            Programme programme = *ProgrammeRepository(ws).get(*id);
            programme.reviewDate = ws.clock().today().addDays(42);
            (void)ProgrammeRepository(ws).saveDraft(programme);
            (void)ProgrammeRepository(ws).activate(*id);
            made.programme = *id;
        }
    made.patient = *pid;
    if (made.programme > 0) {
        const Programme programme = *ProgrammeRepository(ws).get(made.programme);
        PlanParameters plan;
        plan.toleranceAttempts = {6, 7, 6};
        plan.unit = PacingUnit::Minutes;
        plan.goal = 8; // reached in about the six weeks to the review
        plan.boutsPerDay = 3;
        plan.start = ws.clock().today();
        (void)PacingPlans(ws).create(programme.sections.at(0).prescriptions.at(0).id, plan,
                                     QStringLiteral("Sam Okafor"));
        // Storing the plan may have made a new active version with week 1's dose.
        auto versions = ProgrammeRepository(ws).versions(made.programme);
        if (versions)
            for (const Programme& v : *versions)
                if (v.status == ProgrammeStatus::Active)
                    made.programme = v.id;
    }
    return made;
}

template <typename Dialog> Dialog* shown(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->adjustSize();
    return dialog;
}

// A test file copied to a Downloads folder beside the store, so that the dialog shows the kind
// of path a clinician sees rather than the source tree's.
QString dataFile(Workspace& ws, const QString& name, const QString& shownAs)
{
    const QString folder =
        QFileInfo(ws.db().location().filePath).absolutePath() + QStringLiteral("/Downloads");
    QDir().mkpath(folder);
    const QString copy = folder + u'/' + shownAs;
    QFile::remove(copy);
    QFile::copy(QStringLiteral(GRADUS_SCREENSHOT_DATA_DIR "/exchange/") + name, copy);
    return copy;
}

} // namespace

QWidget* fhirExport(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new FhirExportDialog(ws, f.patient, &w);
    dialog->pathField()->setText(kDocuments + QStringLiteral("/Example-Ruth-fhir-2026-11-21.json"));
    dialog->authorField()->setText(QStringLiteral("Sam Okafor"));
    return shown(dialog);
}

QWidget* programmeExport(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new ProgrammeExportDialog(ws, f.patient, f.programme, &w);
    dialog->pathField()->setText(kDocuments + QStringLiteral("/Sciatica-friendly-start.json"));
    return shown(dialog);
}

QWidget* calendarExport(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new CalendarExportDialog(ws, f.programme, &w);
    dialog->pathField()->setText(kDocuments +
                                 QStringLiteral("/Sciatica-friendly-start-reminders.ics"));
    return shown(dialog);
}

QWidget* outcomesExport(MainWindow& w, Workspace& ws)
{
    (void)fixture(ws);
    auto* dialog = new OutcomesExportDialog(ws, &w);
    dialog->deidentifyBox()->setChecked(true);
    dialog->pathField()->setText(kDocuments + QStringLiteral("/outcomes-research-2026-11-21.csv"));
    return shown(dialog);
}

QWidget* importPreview(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new ImportProgrammeDialog(ws, f.patient, &w);
    dialog->setFile(
        dataFile(ws, QStringLiteral("programme-v1.json"), QStringLiteral("back-on-track.json")));
    return shown(dialog);
}

QWidget* importProblem(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new ImportProgrammeDialog(ws, f.patient, &w);
    dialog->setFile(dataFile(ws, QStringLiteral("broken/dose-above-limit.json"),
                             QStringLiteral("back-on-track-edited.json")));
    return shown(dialog);
}

QWidget* importDone(MainWindow& w, Workspace& ws)
{
    const Fixture f = fixture(ws);
    auto* dialog = new ImportProgrammeDialog(ws, f.patient, &w);
    dialog->setFile(
        dataFile(ws, QStringLiteral("programme-v1.json"), QStringLiteral("back-on-track.json")));
    dialog->importNow();
    return shown(dialog);
}

QWidget* restoreBackup(MainWindow& w, Workspace& ws)
{
    (void)fixture(ws);
    const QString backup = QDir(BackupService::backupFolder(ws.db().location().filePath))
                               .filePath(QStringLiteral("screens-2026-11-20.sqlite"));
    QDir().mkpath(QFileInfo(backup).absolutePath());
    if (!QFileInfo::exists(backup)) {
        (void)ws.db().backupTo(backup);
        // Dated like the name (the screenshots' clock stands on 21 November 2026).
        QFile file(backup);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QDateTime(QDate(2026, 11, 20), QTime(8, 42)),
                             QFileDevice::FileModificationTime);
    }
    auto* dialog = new RestoreBackupDialog(
        ws, [](const QString&) { return true; }, &w);
    dialog->setBackup(backup);
    return shown(dialog);
}

} // namespace gradus::exchangeShots
