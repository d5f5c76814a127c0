#pragma once

#include "model/ProgrammeTemplate.h"
#include "programmes/ProgrammeJson.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace gradus {

class Workspace;

// Clinic templates (table programme_template). Contents are stored as ProgrammeJson with
// exercises by stable id and resolved against the library when read, so a template refers
// to the same exercise after a library upgrade.
//
// Built-in templates (resources/templates/*.json, see resources/templates/README.md) are
// inserted by ensureBuiltIns(), which the app and the CLI call on start, like
// ExerciseLibrary::ensureLoaded; it needs the exercise library loaded first.
class ProgrammeTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeTemplateRepository)

public:
    explicit ProgrammeTemplateRepository(Workspace& workspace);

    // The shipped template files, parsed (resource paths ":/templates/*.json").
    static QStringList builtInResources();
    // Adds built-ins missing from the store (by stable id); returns how many were added.
    Result<int> ensureBuiltIns();

    // By name, built-ins first; without sections.
    Result<QList<ProgrammeTemplate>> list();
    // One template with its sections resolved to exercise ids. Error "template.not_found",
    // "template.unknown_exercise" when an exercise is no longer in the library.
    Result<ProgrammeTemplate> get(qint64 id);
    // Saves the programme's sections as a new clinic template named `name` (the programme's
    // name when empty). Error "template.invalid" for an empty name.
    Result<qint64> saveFromProgramme(qint64 programmeId, const QString& name = {});
    Result<qint64> add(const ProgrammeTemplate& t);
    // Deletes a clinic template; built-ins are refused ("template.built_in").
    Status remove(qint64 id);
    // Starts a new draft programme for the patient from the template (its open episode),
    // named like the template unless `name` is given, starting on `start` (today when invalid).
    Result<qint64> apply(qint64 templateId, qint64 patientId, const QString& name = {},
                         const QDate& start = {});

    // id -> stable id and name of every exercise, for JSON.
    Result<QHash<qint64, ExerciseRef>> exerciseRefs();
    Result<QHash<QString, qint64>> exerciseIdsByStableId();

    // Parses a template file (the built-in format).
    Result<ProgrammeTemplate> parse(const QByteArray& bytes, const QString& fileName);

private:
    Workspace& m_workspace;
};

} // namespace gradus
