#include "screenshots/SafetyShots.h"

#include "MainWindow.h"
#include "Workspace.h"
#include "demo/DemoClinic.h"
#include "patients/PatientView.h"
#include "patients/PatientsPage.h"
#include "programmes/DoseValidator.h"
#include "programmes/ProgrammeBuilderView.h"
#include "programmes/SafetyFindingsModel.h"
#include "programmes/SafetyFindingsPanel.h"
#include "safety/RedFlagDecisionDialog.h"
#include "safety/RedFlagScreenDialog.h"
#include "safety/RedFlagTab.h"
#include "safety/SafetyOverrideDialog.h"
#include "services/SafetyOverrides.h"
#include "storage/ConditionRepository.h"
#include "storage/EpisodeRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RedFlagRepository.h"

#include <QPlainTextEdit>

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

// A fictional patient eight days into disc-related sciatica, with a draft programme that has
// something of every severity: walking and bird-dog suit her, toe touches and child's pose are
// end-range flexion (avoid), a banded row is loading in the acute phase (caution).
qint64 sciaticaPatientWithProgramme(Workspace& ws)
{
    Patient p;
    p.givenName = QStringLiteral("Maren");
    p.familyName = QStringLiteral("Example");
    p.dateOfBirth = QDate(1979, 6, 14);
    auto pid = PatientRepository(ws).add(p);
    if (!pid)
        return 0;
    Episode e;
    e.patientId = *pid;
    e.complaint = QStringLiteral("Low back pain with left leg pain");
    e.onsetDate = ws.clock().today().addDays(-8);
    e.openedOn = ws.clock().today().addDays(-2);
    auto eid = EpisodeRepository(ws).add(e);
    if (!eid) {
        qWarning("episode: %s", qPrintable(eid.error().message));
        return 0;
    }
    Condition c;
    c.episodeId = *eid;
    c.code = QStringLiteral("disc_herniation");
    (void)ConditionRepository(ws).add(c);

    Programme programme;
    programme.patientId = *pid;
    programme.episodeId = *eid;
    programme.name = QStringLiteral("Settling the leg pain");
    programme.goal = QStringLiteral("Walk to work (20 minutes) without leg pain");
    programme.startDate = ws.clock().today();
    programme.reviewDate = ws.clock().today().addDays(14);
    ProgrammeSection section{QStringLiteral("Exercises"), {}};
    ExerciseRepository exercises(ws);
    for (const char* id :
         {"walking", "bird_dog", "standing_toe_touch", "childs_pose", "band_row"}) {
        auto e = exercises.byStableId(QLatin1String(id));
        if (!e)
            continue;
        Prescription rx;
        rx.exerciseId = e->id;
        // The library's usual dose, as the builder starts from it.
        rx.dose = DoseValidator::convert(e->dose, e->dose.type);
        rx.dose.sets = std::max(1, rx.dose.sets);
        section.prescriptions.append(rx);
    }
    programme.sections.append(section);
    auto id = ProgrammeRepository(ws).create(programme);
    if (!id) {
        qWarning("programme: %s", qPrintable(id.error().message));
        return 0;
    }
    // Child's pose stays: a clinical decision, recorded with its reason.
    SafetyOverride keep;
    keep.programmeId = *id;
    keep.position = 3;
    keep.exerciseId = exercises.byStableId(QStringLiteral("childs_pose"))->id;
    keep.ruleId = QStringLiteral("sciatica_end_range_flexion");
    keep.reason = QStringLiteral("Her rest position at home; repeated testing in clinic eases "
                                 "the leg pain rather than spreading it.");
    keep.recordedBy = QStringLiteral("Sam Okafor");
    if (auto kept = SafetyOverrides(ws).record(keep); !kept)
        qWarning("override: %s", qPrintable(kept.error().message));
    return *pid;
}

ProgrammeBuilderView* showBuilder(MainWindow& window, qint64 pid)
{
    auto* page = window.findChild<PatientsPage*>();
    window.showPage(page);
    page->showPatient(pid);
    auto* builder = window.findChild<ProgrammeBuilderView*>();
    if (!builder)
        return nullptr;
    builder->setPatient(pid);
    page->patientView()->showTab(builder);
    return builder;
}

} // namespace

QWidget* shotBuilderSafety(MainWindow& window, Workspace& ws)
{
    const qint64 pid = sciaticaPatientWithProgramme(ws);
    ProgrammeBuilderView* builder = showBuilder(window, pid);
    if (!builder)
        return nullptr;
    // The sit-up's "avoid" selected: its reason, source and alternatives in the detail area.
    SafetyFindingsPanel* panel = builder->findingsPanel();
    const PanelFindings& all = panel->model()->findings();
    for (int r = 0; r < all.size(); ++r)
        if (all[r].severity == PanelFinding::Severity::Avoid && !all[r].override) {
            panel->selectFinding(r);
            break;
        }
    return &window;
}

// The headline case of "unknown is never safe": a fictional patient entered with sciatica and
// no onset anywhere, and a draft with standing toe touch, sit-up and deadlift. Every one draws
// a finding, and the selected one says what it assumed and offers to record the onset.
QWidget* shotBuilderUnknownOnset(MainWindow& window, Workspace& ws)
{
    Patient p;
    p.givenName = QStringLiteral("Jonas");
    p.familyName = QStringLiteral("Example");
    p.dateOfBirth = QDate(1971, 3, 9);
    auto pid = PatientRepository(ws).add(p);
    if (!pid)
        return nullptr;
    auto episode = EpisodeRepository(ws).ensureOpenEpisode(*pid);
    if (!episode)
        return nullptr;
    Condition c;
    c.episodeId = episode->id;
    c.code = QStringLiteral("sciatica");
    c.side = Condition::Side::Left;
    (void)ConditionRepository(ws).add(c);
    ProgrammeBuilderView* builder = showBuilder(window, *pid);
    if (!builder)
        return nullptr;
    ExerciseRepository exercises(ws);
    QList<qint64> ids;
    for (const char* id : {"standing_toe_touch", "sit_up", "deadlift"})
        if (auto e = exercises.byStableId(QLatin1String(id)))
            ids << e->id;
    builder->addExercises(ids);
    SafetyFindingsPanel* panel = builder->findingsPanel();
    const PanelFindings& all = panel->model()->findings();
    for (int r = 0; r < all.size(); ++r)
        if (!all[r].assumptions.isEmpty() &&
            all[r].assumptions.first().missing == SafetyAssumption::Missing::ConditionOnset) {
            panel->selectFinding(r);
            break;
        }
    return &window;
}

QWidget* shotKeepDialog(MainWindow& window, Workspace& ws)
{
    (void)ws;
    auto* dialog = new SafetyOverrideDialog(
        QStringLiteral("Child's pose"),
        QStringLiteral("End-range forward bending (toe touches, sit-ups) raises disc pressure "
                       "and tends to send acute sciatic pain further down the leg."),
        QStringLiteral("Sam Okafor"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->reasonEdit()->setPlainText(
        QStringLiteral("Her rest position at home; repeated testing in clinic eases the leg "
                       "pain rather than spreading it."));
    dialog->show();
    return dialog;
}

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

namespace gradus {

namespace {

// A fictional patient with three screens: clear at the first visit, night pain discussed a
// month ago, and today's screen with two flags and no decision yet.
qint64 patientWithScreenHistory(Workspace& ws)
{
    static qint64 made = 0; // the shots share one workspace: make him once
    if (made != 0)
        return made;
    Patient p;
    p.givenName = QStringLiteral("Tomas");
    p.familyName = QStringLiteral("Example");
    p.dateOfBirth = QDate(1966, 9, 2);
    auto pid = PatientRepository(ws).add(p);
    if (!pid)
        return 0;
    RedFlagScreen first;
    first.patientId = *pid;
    first.clinician = QStringLiteral("Sam Okafor");
    first.date = ws.clock().today().addDays(-58);
    (void)RedFlagRepository(ws).record(first);
    RedFlagScreen review;
    review.patientId = *pid;
    review.clinician = QStringLiteral("Sam Okafor");
    review.date = ws.clock().today().addDays(-30);
    review.flags = {QStringLiteral("night_pain")};
    review.decision = RedFlagDecision::Discussed;
    review.note = QStringLiteral("Eases with a change of position; GP aware, review in 4 weeks.");
    (void)RedFlagRepository(ws).record(review);
    RedFlagScreen today;
    today.patientId = *pid;
    today.clinician = QStringLiteral("Priya Natarajan");
    today.flags = {QStringLiteral("bilateral_sciatica"), QStringLiteral("fever")};
    (void)RedFlagRepository(ws).record(today);
    made = *pid;
    return made;
}

} // namespace

QWidget* shotRedFlagDecisionDialog(MainWindow& window, Workspace& ws)
{
    const qint64 pid = patientWithScreenHistory(ws);
    auto latest = RedFlagRepository(ws).latest(pid);
    if (!latest || !latest->has_value())
        return &window;
    auto* dialog =
        new RedFlagDecisionDialog(ws, **latest, QStringLiteral("Priya Natarajan"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDecision(RedFlagDecision::Referred);
    dialog->noteEdit()->setPlainText(
        QStringLiteral("Sent to A&E with a letter for an urgent MRI; on-call spinal registrar "
                       "(Dr Lee) phoned and expecting him."));
    dialog->show();
    return dialog;
}

QWidget* shotRedFlagHistory(MainWindow& window, Workspace& ws)
{
    const qint64 pid = patientWithScreenHistory(ws);
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
