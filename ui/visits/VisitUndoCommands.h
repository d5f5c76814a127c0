#pragma once

#include "model/Measure.h"
#include "model/Visit.h"
#include "util/Result.h"

#include "undo/StoreCommand.h"

#include <QCoreApplication>

namespace gradus {

class Workspace;

// Edits to visits and measures go through the undo stack like every other edit, but the
// clinical record only grows: undoing "record visit" marks the visit entered in error,
// redoing reinstates it, and undoing an amendment adds a revision that restores the earlier
// content. Every step is therefore visible in the history with who and why.
//
// Each step names the record as it was made from (as the dialog showed it, then as the last
// step left it), so an undo or redo never reverts a correction made at another desk since:
// it is refused as a conflict. A refused first redo never reaches the stack (StoreCommand).
class RecordVisitCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordVisitCommand)

public:
    RecordVisitCommand(Workspace& workspace, qint64 patientId, std::optional<qint64> episodeId,
                       VisitRecord record, QString who);
    qint64 visitId() const { return m_visitId; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_patientId;
    std::optional<qint64> m_episodeId;
    VisitRecord m_record;
    QString m_who;
    qint64 m_visitId = 0;
    Visit m_left; // as the last step left it
};

class AmendVisitCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AmendVisitCommand)

public:
    // `shown`: the visit as the amendment dialog showed it.
    AmendVisitCommand(Workspace& workspace, const Visit& shown, VisitRecord after, QString who,
                      QString reason);

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_visitId;
    VisitRecord m_before;
    VisitRecord m_after;
    QString m_who;
    QString m_reason;
    Visit m_left; // as shown, then as the last step left it
    bool m_done = false;
};

class RecordMeasureCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordMeasureCommand)

public:
    RecordMeasureCommand(Workspace& workspace, MeasureInput input, QString who);
    qint64 measureId() const { return m_measureId; }

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    MeasureInput m_input;
    QString m_who;
    qint64 m_measureId = 0;
    Measure m_left; // as the last step left it
};

class AmendMeasureCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AmendMeasureCommand)

public:
    // `shown`: the measure as the amendment dialog showed it.
    AmendMeasureCommand(Workspace& workspace, const Measure& shown, QDate takenOn,
                        MeasureAnswers answers, QString who, QString reason);

private:
    Status applyRedo() override;
    Status applyUndo() override;

    Workspace& m_workspace;
    qint64 m_measureId;
    QDate m_beforeDate;
    MeasureAnswers m_beforeAnswers;
    QDate m_afterDate;
    MeasureAnswers m_afterAnswers;
    QString m_who;
    QString m_reason;
    Measure m_left; // as shown, then as the last step left it
    bool m_done = false;
};

} // namespace gradus
