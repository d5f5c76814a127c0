#include "services/PatientEdits.h"

#include "Workspace.h"
#include "services/WithdrawAdded.h"
#include "storage/PatientRepository.h"

namespace gradus {

PatientEdits::PatientEdits(Workspace& workspace) : m_workspace(workspace) {}

Result<Patient> PatientEdits::edit(qint64 id, const std::function<Status(Patient&)>& change,
                                   std::optional<int> ifVersion)
{
    Database& db = m_workspace.db();
    return db.write<Patient>([&]() -> Result<Patient> {
        if (auto st = db.lockRow(QStringLiteral("patient"), id); !st)
            return st.error();
        PatientRepository patients(m_workspace);
        auto current = patients.get(id);
        if (!current)
            return current.error();
        Patient changed = *current;
        if (ifVersion)
            changed.version = *ifVersion; // the repository refuses it when it moved on
        if (auto st = change(changed); !st)
            return st.error();
        return patients.update(changed);
    });
}

Result<qint64> PatientEdits::add(const Patient& patient)
{
    return PatientRepository(m_workspace).add(patient);
}

Result<Patient> PatientEdits::update(const Patient& patient)
{
    return PatientRepository(m_workspace).update(patient);
}

Status PatientEdits::setArchived(qint64 id, bool archived)
{
    return PatientRepository(m_workspace).setArchived(id, archived);
}

Result<PatientErasure> PatientEdits::erase(qint64 id)
{
    return PatientRepository(m_workspace).erase(id);
}

Result<qint64> PatientEdits::reinsert(const Patient& patient)
{
    return PatientRepository(m_workspace).reinsert(patient);
}

Result<Patient> PatientEdits::withdrawAdded(const Patient& added)
{
    PatientRepository patients(m_workspace);
    const qint64 id = added.id;
    return gradus::withdrawAdded<Patient>(
        m_workspace.db(), added,
        {.table = QStringLiteral("patient"),
         .what = tr("Patient %1").arg(id),
         .read = [&] { return patients.get(id); },
         .references = [&] { return patients.recordsOf(id); },
         .inUse =
             [](const Patient& current) {
                 return Error{QStringLiteral("undo.patient_in_use"),
                              tr("Adding %1 cannot be undone: episodes of care, visits or other "
                                 "records have been made for this patient since.")
                                  .arg(current.fullName()),
                              ErrorKind::Refused};
             },
         .remove = [&]() -> Status {
             if (auto erased = patients.erase(id); !erased)
                 return erased.error();
             return {};
         }});
}

} // namespace gradus
