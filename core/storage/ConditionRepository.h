#pragma once

#include "model/Condition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace gradus {

class Workspace;

// Reads and writes the coded conditions of an episode's clinical profile (table
// `episode_condition`). Codes are checked against ConditionCatalog::builtIn(); writes run in
// one transaction and announce themselves on the StoreNotifier (Kind::Condition) after the
// commit.
//
// Public API for other features (the safety rules):
//   active(episodeId)               active conditions with code, side and amount
//   activeForPatient(patientId)     the same for the patient's open episode (empty if none)
class ConditionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConditionRepository)

public:
    explicit ConditionRepository(Workspace& workspace);

    Result<Condition> get(qint64 id);
    // Active first, then by onset (newest first).
    Result<QList<Condition>> forEpisode(qint64 episodeId);
    Result<QList<Condition>> active(qint64 episodeId);
    Result<QList<Condition>> activeForPatient(qint64 patientId);

    // Errors: "condition.invalid", "condition.duplicate", "episode.not_found".
    Result<qint64> add(const Condition& condition);
    Result<Condition> update(const Condition& condition);
    Status remove(qint64 id);
    // Puts back a condition removed by an undo, with its original id.
    Result<qint64> reinsert(const Condition& condition);

private:
    Status checkBeforeWrite(const Condition& condition);
    Result<qint64> insert(const Condition& condition, bool keepId);
    Result<QList<Condition>> select(const QString& where, const QVariantList& binds);

    Workspace& m_workspace;
};

} // namespace gradus
