#include "visits/VisitUndoCommands.h"

#include "services/VisitRecords.h"

#include <QLocale>

namespace gradus {
namespace {

// What the next step compares with: the record as this step left it.
template <typename Record> Status leave(const Result<int>& revision, Record& left, Record now)
{
    if (!revision)
        return revision.error();
    left = std::move(now);
    return {};
}

template <typename Record> Record withError(Record record, bool enteredInError)
{
    record.enteredInError = enteredInError;
    return record;
}

} // namespace

RecordVisitCommand::RecordVisitCommand(Workspace& workspace, qint64 patientId,
                                       std::optional<qint64> episodeId, VisitRecord record,
                                       QString who)
    : m_workspace(workspace), m_patientId(patientId), m_episodeId(episodeId),
      m_record(std::move(record)), m_who(std::move(who))
{
    setText(tr("Record Visit of %1").arg(QLocale().toString(m_record.date, QLocale::ShortFormat)));
}

Status RecordVisitCommand::applyRedo()
{
    VisitEdits edits(m_workspace);
    if (m_visitId == 0) {
        auto id = edits.addVisit(m_patientId, m_episodeId, m_record, m_who);
        if (!id)
            return id.error();
        m_visitId = *id;
        m_left.id = *id;
        m_left.record = m_record;
        return {};
    }
    return leave(edits.reinstateVisit(m_visitId, m_who, tr("Redo: recording of the visit restored"),
                                      &m_left),
                 m_left, withError(m_left, false));
}

Status RecordVisitCommand::applyUndo()
{
    return leave(VisitEdits(m_workspace)
                     .markVisitEnteredInError(m_visitId, m_who,
                                              tr("Undo: recording of the visit undone"), &m_left),
                 m_left, withError(m_left, true));
}

AmendVisitCommand::AmendVisitCommand(Workspace& workspace, const Visit& shown, VisitRecord after,
                                     QString who, QString reason)
    : m_workspace(workspace), m_visitId(shown.id), m_before(shown.record),
      m_after(std::move(after)), m_who(std::move(who)), m_reason(std::move(reason)), m_left(shown)
{
    setText(tr("Amend Visit of %1").arg(QLocale().toString(m_before.date, QLocale::ShortFormat)));
}

Status AmendVisitCommand::applyRedo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    Visit amended = m_left;
    amended.record = m_after;
    if (auto st = leave(VisitEdits(m_workspace).amendVisit(m_visitId, m_after, m_who, why, &m_left),
                        m_left, amended);
        !st)
        return st;
    m_done = true;
    return {};
}

Status AmendVisitCommand::applyUndo()
{
    Visit restored = m_left;
    restored.record = m_before;
    return leave(VisitEdits(m_workspace)
                     .amendVisit(m_visitId, m_before, m_who, tr("Undo: %1").arg(m_reason), &m_left),
                 m_left, restored);
}

RecordMeasureCommand::RecordMeasureCommand(Workspace& workspace, MeasureInput input, QString who)
    : m_workspace(workspace), m_input(std::move(input)), m_who(std::move(who))
{
    setText(tr("Record %1").arg(Instruments::shortName(m_input.instrument)));
}

Status RecordMeasureCommand::applyRedo()
{
    VisitEdits edits(m_workspace);
    if (m_measureId == 0) {
        auto id = edits.addMeasure(m_input, m_who);
        if (!id)
            return id.error();
        m_measureId = *id;
        m_left.id = *id;
        m_left.takenOn = m_input.takenOn;
        m_left.answers = m_input.answers;
        return {};
    }
    return leave(edits.reinstateMeasure(m_measureId, m_who,
                                        tr("Redo: recording of the measure restored"), &m_left),
                 m_left, withError(m_left, false));
}

Status RecordMeasureCommand::applyUndo()
{
    return leave(VisitEdits(m_workspace)
                     .markMeasureEnteredInError(
                         m_measureId, m_who, tr("Undo: recording of the measure undone"), &m_left),
                 m_left, withError(m_left, true));
}

AmendMeasureCommand::AmendMeasureCommand(Workspace& workspace, const Measure& shown, QDate takenOn,
                                         MeasureAnswers answers, QString who, QString reason)
    : m_workspace(workspace), m_measureId(shown.id), m_beforeDate(shown.takenOn),
      m_beforeAnswers(shown.answers), m_afterDate(takenOn), m_afterAnswers(std::move(answers)),
      m_who(std::move(who)), m_reason(std::move(reason)), m_left(shown)
{
    setText(tr("Amend %1").arg(Instruments::shortName(shown.instrument)));
}

Status AmendMeasureCommand::applyRedo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    Measure amended = m_left;
    amended.takenOn = m_afterDate;
    amended.answers = m_afterAnswers;
    if (auto st =
            leave(VisitEdits(m_workspace)
                      .amendMeasure(m_measureId, m_afterDate, m_afterAnswers, m_who, why, &m_left),
                  m_left, amended);
        !st)
        return st;
    m_done = true;
    return {};
}

Status AmendMeasureCommand::applyUndo()
{
    Measure restored = m_left;
    restored.takenOn = m_beforeDate;
    restored.answers = m_beforeAnswers;
    return leave(VisitEdits(m_workspace)
                     .amendMeasure(m_measureId, m_beforeDate, m_beforeAnswers, m_who,
                                   tr("Undo: %1").arg(m_reason), &m_left),
                 m_left, restored);
}

} // namespace gradus
