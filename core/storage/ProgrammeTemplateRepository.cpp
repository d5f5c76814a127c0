#include "storage/ProgrammeTemplateRepository.h"

#include "Workspace.h"
#include "i18n/DataTexts.h"
#include "i18n/Translations.h"
#include "log/Logging.h"
#include "programmes/DoseValidator.h"
#include "storage/PatientRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RecordValues.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace gradus {
namespace {

namespace V = RecordValues;

const auto logger = &logging::module<"programmes">;

Error notFound(qint64 id)
{
    return Error{QStringLiteral("template.not_found"),
                 ProgrammeTemplateRepository::tr("There is no template with id %1.").arg(id)};
}

} // namespace

ProgrammeTemplateRepository::ProgrammeTemplateRepository(Workspace& workspace)
    : m_workspace(workspace)
{
}

QStringList ProgrammeTemplateRepository::builtInResources()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

Result<QHash<qint64, ExerciseRef>> ProgrammeTemplateRepository::exerciseRefs()
{
    auto q = m_workspace.db().exec(QStringLiteral("SELECT id, stable_id, name FROM exercise"));
    if (!q)
        return q.error();
    QHash<qint64, ExerciseRef> refs;
    while (q->next())
        refs.insert(q->value(0).toLongLong(),
                    ExerciseRef{q->value(1).toString(), q->value(2).toString()});
    return refs;
}

Result<QHash<QString, qint64>> ProgrammeTemplateRepository::exerciseIdsByStableId()
{
    auto refs = exerciseRefs();
    if (!refs)
        return refs.error();
    QHash<QString, qint64> ids;
    for (auto it = refs->cbegin(); it != refs->cend(); ++it)
        ids.insert(it->stableId, it.key());
    return ids;
}

Result<ProgrammeTemplate> ProgrammeTemplateRepository::parse(const QByteArray& bytes,
                                                             const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("template.invalid"),
                     tr("%1 is not a template file: %2").arg(fileName, parseError.errorString())};
    const QJsonObject o = doc.object();
    auto ids = exerciseIdsByStableId();
    if (!ids)
        return ids.error();
    ProgrammeTemplate t;
    t.stableId = o.value(QStringLiteral("id")).toString();
    t.name = o.value(QStringLiteral("name")).toString().trimmed();
    t.goal = o.value(QStringLiteral("goal")).toString();
    if (t.name.isEmpty())
        return Error{QStringLiteral("template.invalid"),
                     tr("%1: the name is missing.").arg(fileName)};
    auto sections =
        ProgrammeJson::sectionsFromJson(o.value(QStringLiteral("sections")).toArray(), *ids);
    if (!sections)
        return Error{sections.error().code,
                     QStringLiteral("%1: %2").arg(fileName, sections.error().message)};
    t.sections = *sections;
    return t;
}

Result<int> ProgrammeTemplateRepository::ensureBuiltIns()
{
    Database& db = m_workspace.db();
    auto added = db.write<int>([&]() -> Result<int> {
        int count = 0;
        for (const QString& path : builtInResources()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("template.missing"), tr("Cannot read %1.").arg(path)};
            auto t = parse(file.readAll(), path);
            if (!t)
                return t.error();
            auto existing =
                db.exec(QStringLiteral("SELECT id FROM programme_template WHERE stable_id = ?"),
                        {t->stableId});
            if (!existing)
                return existing.error();
            if (existing->next())
                continue;
            t->builtIn = true;
            if (auto id = add(*t); !id)
                return id.error();
            ++count;
        }
        return count;
    });
    // On a server a clinician's account may not add templates: the built-ins then wait for an
    // administrator's (or the owner's) next start, and the clinician works on.
    if (!added && added.error().kind() == ErrorKind::NeedsAdmin) {
        logger()->info("built-in programme templates left for an administrator to add");
        return 0;
    }
    if (added && *added > 0)
        logger()->info("added {} built-in programme templates", *added);
    return added;
}

Result<QList<ProgrammeTemplate>> ProgrammeTemplateRepository::list()
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id, stable_id, name, goal, built_in FROM programme_template "
                       "ORDER BY built_in DESC, name, id"));
    if (!q)
        return q.error();
    QList<ProgrammeTemplate> list;
    while (q->next()) {
        ProgrammeTemplate t;
        t.id = q->value(0).toLongLong();
        t.stableId = q->value(1).toString();
        t.name = q->value(2).toString();
        t.goal = q->value(3).toString();
        t.builtIn = q->value(4).toInt() != 0;
        list.append(t);
    }
    return list;
}

Result<ProgrammeTemplate> ProgrammeTemplateRepository::get(qint64 id)
{
    auto q = m_workspace.db().exec(
        QStringLiteral("SELECT id, stable_id, name, goal, built_in, body FROM programme_template "
                       "WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    ProgrammeTemplate t;
    t.id = q->value(0).toLongLong();
    t.stableId = q->value(1).toString();
    t.name = q->value(2).toString();
    t.goal = q->value(3).toString();
    t.builtIn = q->value(4).toInt() != 0;
    auto ids = exerciseIdsByStableId();
    if (!ids)
        return ids.error();
    const QJsonArray body = QJsonDocument::fromJson(q->value(5).toByteArray()).array();
    auto sections = ProgrammeJson::sectionsFromJson(body, *ids);
    if (!sections)
        return Error{sections.error().code,
                     tr("Template \"%1\": %2").arg(t.name, sections.error().message)};
    t.sections = *sections;
    return t;
}

Result<qint64> ProgrammeTemplateRepository::add(const ProgrammeTemplate& t)
{
    if (t.name.trimmed().isEmpty())
        return Error{QStringLiteral("template.invalid"), tr("The template needs a name.")};
    Programme probe;
    probe.name = t.name;
    probe.sections = t.sections;
    if (auto st = DoseValidator::check(probe); !st)
        return st.error();
    auto refs = exerciseRefs();
    if (!refs)
        return refs.error();
    for (const ProgrammeSection& s : t.sections)
        for (const Prescription& p : s.prescriptions)
            if (!refs->contains(p.exerciseId))
                return Error{QStringLiteral("exercise.not_found"),
                             tr("There is no exercise with id %1.").arg(p.exerciseId)};
    const QByteArray body = QJsonDocument(ProgrammeJson::sectionsToJson(t.sections, *refs))
                                .toJson(QJsonDocument::Compact);
    auto id = m_workspace.db().insert(
        QStringLiteral("INSERT INTO programme_template (stable_id, name, goal, built_in, body, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {V::text(t.builtIn ? t.stableId : QString()), t.name.trimmed(), V::text(t.goal),
         t.builtIn ? 1 : 0, QString::fromUtf8(body), V::stamp(m_workspace.clock().now())});
    if (!id)
        return id;
    logger()->info("added programme template {}", *id);
    return id;
}

Result<qint64> ProgrammeTemplateRepository::saveFromProgramme(qint64 programmeId,
                                                              const QString& name)
{
    auto programme = ProgrammeRepository(m_workspace).get(programmeId);
    if (!programme)
        return programme.error();
    ProgrammeTemplate t;
    t.name = name.trimmed().isEmpty() ? programme->name : name.trimmed();
    t.goal = programme->goal;
    t.sections = programme->sections;
    return add(t);
}

Status ProgrammeTemplateRepository::remove(qint64 id)
{
    auto t = list();
    if (!t)
        return t.error();
    for (const ProgrammeTemplate& each : *t) {
        if (each.id != id)
            continue;
        if (each.builtIn)
            return Error{QStringLiteral("template.built_in"),
                         tr("\"%1\" ships with Gradus and cannot be deleted.").arg(each.name)};
        auto del = m_workspace.db().exec(
            QStringLiteral("DELETE FROM programme_template WHERE id = ?"), {id});
        if (!del)
            return del.error();
        return {};
    }
    return notFound(id);
}

Result<qint64> ProgrammeTemplateRepository::apply(qint64 templateId, qint64 patientId,
                                                  const QString& name, const QDate& start)
{
    auto stored = get(templateId);
    if (!stored)
        return stored.error();
    // The programme's name, goal, section names and notes reach the patient's handout: a
    // built-in template is applied in the patient's language (else the application's).
    auto patient = PatientRepository(m_workspace).get(patientId);
    if (!patient)
        return patient.error();
    const QString language =
        patient->language.isEmpty() ? Translations::current() : patient->language;
    const ProgrammeTemplate t = DataTexts::of(language).programmeTemplate(*stored);
    Programme p;
    p.patientId = patientId;
    p.name = name.trimmed().isEmpty() ? t.name : name.trimmed();
    p.goal = t.goal;
    p.startDate = start.isValid() ? start : m_workspace.clock().today();
    p.sections = t.sections;
    return ProgrammeRepository(m_workspace).create(p);
}

} // namespace gradus
