#include "visits/VisitUndoCommands.h"

#include "storage/MeasureRepository.h"
#include "storage/VisitRepository.h"

#include <QLocale>

namespace gradus {
namespace {

void report(const UndoErrorHandler& handler, const Error& error)
{
    if (handler)
        handler(error);
}

} // namespace

RecordVisitCommand::RecordVisitCommand(Workspace& workspace, qint64 patientId,
                                       std::optional<qint64> episodeId, VisitRecord record,
                                       QString who, UndoErrorHandler onError)
    : m_workspace(workspace), m_patientId(patientId), m_episodeId(episodeId),
      m_record(std::move(record)), m_who(std::move(who)), m_onError(std::move(onError))
{
    setText(tr("Record Visit of %1").arg(QLocale().toString(m_record.date, QLocale::ShortFormat)));
}

void RecordVisitCommand::redo()
{
    VisitRepository repo(m_workspace);
    if (m_visitId == 0) {
        auto id = repo.add(m_patientId, m_episodeId, m_record, m_who);
        if (!id) {
            setObsolete(true);
            report(m_onError, id.error());
            return;
        }
        m_visitId = *id;
        return;
    }
    if (auto r = repo.reinstate(m_visitId, m_who, tr("Redo: recording of the visit restored")); !r)
        report(m_onError, r.error());
}

void RecordVisitCommand::undo()
{
    if (m_visitId == 0)
        return;
    if (auto r =
            VisitRepository(m_workspace)
                .markEnteredInError(m_visitId, m_who, tr("Undo: recording of the visit undone"));
        !r)
        report(m_onError, r.error());
}

AmendVisitCommand::AmendVisitCommand(Workspace& workspace, qint64 visitId, VisitRecord before,
                                     VisitRecord after, QString who, QString reason,
                                     UndoErrorHandler onError)
    : m_workspace(workspace), m_visitId(visitId), m_before(std::move(before)),
      m_after(std::move(after)), m_who(std::move(who)), m_reason(std::move(reason)),
      m_onError(std::move(onError))
{
    setText(tr("Amend Visit of %1").arg(QLocale().toString(m_before.date, QLocale::ShortFormat)));
}

void AmendVisitCommand::redo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    auto r = VisitRepository(m_workspace).amend(m_visitId, m_after, m_who, why);
    if (!r) {
        if (!m_done)
            setObsolete(true);
        report(m_onError, r.error());
        return;
    }
    m_done = true;
}

void AmendVisitCommand::undo()
{
    if (auto r = VisitRepository(m_workspace)
                     .amend(m_visitId, m_before, m_who, tr("Undo: %1").arg(m_reason));
        !r)
        report(m_onError, r.error());
}

RecordMeasureCommand::RecordMeasureCommand(Workspace& workspace, MeasureInput input, QString who,
                                           UndoErrorHandler onError)
    : m_workspace(workspace), m_input(std::move(input)), m_who(std::move(who)),
      m_onError(std::move(onError))
{
    setText(tr("Record %1").arg(Instruments::shortName(m_input.instrument)));
}

void RecordMeasureCommand::redo()
{
    MeasureRepository repo(m_workspace);
    if (m_measureId == 0) {
        auto id = repo.add(m_input, m_who);
        if (!id) {
            setObsolete(true);
            report(m_onError, id.error());
            return;
        }
        m_measureId = *id;
        return;
    }
    if (auto r = repo.reinstate(m_measureId, m_who, tr("Redo: recording of the measure restored"));
        !r)
        report(m_onError, r.error());
}

void RecordMeasureCommand::undo()
{
    if (m_measureId == 0)
        return;
    if (auto r = MeasureRepository(m_workspace)
                     .markEnteredInError(m_measureId, m_who,
                                         tr("Undo: recording of the measure undone"));
        !r)
        report(m_onError, r.error());
}

AmendMeasureCommand::AmendMeasureCommand(Workspace& workspace, const Measure& before, QDate takenOn,
                                         MeasureAnswers answers, QString who, QString reason,
                                         UndoErrorHandler onError)
    : m_workspace(workspace), m_measureId(before.id), m_beforeDate(before.takenOn),
      m_beforeAnswers(before.answers), m_afterDate(takenOn), m_afterAnswers(std::move(answers)),
      m_who(std::move(who)), m_reason(std::move(reason)), m_onError(std::move(onError))
{
    setText(tr("Amend %1").arg(Instruments::shortName(before.instrument)));
}

void AmendMeasureCommand::redo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    auto r =
        MeasureRepository(m_workspace).amend(m_measureId, m_afterDate, m_afterAnswers, m_who, why);
    if (!r) {
        if (!m_done)
            setObsolete(true);
        report(m_onError, r.error());
        return;
    }
    m_done = true;
}

void AmendMeasureCommand::undo()
{
    if (auto r = MeasureRepository(m_workspace)
                     .amend(m_measureId, m_beforeDate, m_beforeAnswers, m_who,
                            tr("Undo: %1").arg(m_reason));
        !r)
        report(m_onError, r.error());
}

} // namespace gradus
