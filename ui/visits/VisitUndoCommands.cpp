#include "visits/VisitUndoCommands.h"

#include "services/VisitRecords.h"

#include <QLocale>

namespace gradus {

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
        return {};
    }
    if (auto r =
            edits.reinstateVisit(m_visitId, m_who, tr("Redo: recording of the visit restored"));
        !r)
        return r.error();
    return {};
}

Status RecordVisitCommand::applyUndo()
{
    if (auto r = VisitEdits(m_workspace)
                     .markVisitEnteredInError(m_visitId, m_who,
                                              tr("Undo: recording of the visit undone"));
        !r)
        return r.error();
    return {};
}

AmendVisitCommand::AmendVisitCommand(Workspace& workspace, qint64 visitId, VisitRecord before,
                                     VisitRecord after, QString who, QString reason)
    : m_workspace(workspace), m_visitId(visitId), m_before(std::move(before)),
      m_after(std::move(after)), m_who(std::move(who)), m_reason(std::move(reason))
{
    setText(tr("Amend Visit of %1").arg(QLocale().toString(m_before.date, QLocale::ShortFormat)));
}

Status AmendVisitCommand::applyRedo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    if (auto r = VisitEdits(m_workspace).amendVisit(m_visitId, m_after, m_who, why); !r)
        return r.error();
    m_done = true;
    return {};
}

Status AmendVisitCommand::applyUndo()
{
    if (auto r = VisitEdits(m_workspace)
                     .amendVisit(m_visitId, m_before, m_who, tr("Undo: %1").arg(m_reason));
        !r)
        return r.error();
    return {};
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
        return {};
    }
    if (auto r = edits.reinstateMeasure(m_measureId, m_who,
                                        tr("Redo: recording of the measure restored"));
        !r)
        return r.error();
    return {};
}

Status RecordMeasureCommand::applyUndo()
{
    if (auto r = VisitEdits(m_workspace)
                     .markMeasureEnteredInError(m_measureId, m_who,
                                                tr("Undo: recording of the measure undone"));
        !r)
        return r.error();
    return {};
}

AmendMeasureCommand::AmendMeasureCommand(Workspace& workspace, const Measure& before, QDate takenOn,
                                         MeasureAnswers answers, QString who, QString reason)
    : m_workspace(workspace), m_measureId(before.id), m_beforeDate(before.takenOn),
      m_beforeAnswers(before.answers), m_afterDate(takenOn), m_afterAnswers(std::move(answers)),
      m_who(std::move(who)), m_reason(std::move(reason))
{
    setText(tr("Amend %1").arg(Instruments::shortName(before.instrument)));
}

Status AmendMeasureCommand::applyRedo()
{
    const QString why = m_done ? tr("Redo: %1").arg(m_reason) : m_reason;
    if (auto r = VisitEdits(m_workspace)
                     .amendMeasure(m_measureId, m_afterDate, m_afterAnswers, m_who, why);
        !r)
        return r.error();
    m_done = true;
    return {};
}

Status AmendMeasureCommand::applyUndo()
{
    if (auto r = VisitEdits(m_workspace)
                     .amendMeasure(m_measureId, m_beforeDate, m_beforeAnswers, m_who,
                                   tr("Undo: %1").arg(m_reason));
        !r)
        return r.error();
    return {};
}

} // namespace gradus
