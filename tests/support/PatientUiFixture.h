#pragma once

#include "Workspace.h"
#include "model/Patient.h"
#include "storage/PatientRepository.h"
#include "support/TestStore.h"
#include "util/Clock.h"

#include <gtest/gtest.h>

#include <QSettings>

#include <memory>

namespace gradus::test {

// A workspace on a fresh SQLite store with a fixed "today", for the patient widget tests.
class PatientUiTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto db = m_store.open();
        ASSERT_TRUE(db);
        m_workspace = std::make_unique<Workspace>(std::move(db), m_clock);
    }

    qint64 addPatient(const QString& given, const QString& family, const QDate& dob,
                      const QString& clinicNumber = {}, bool archived = false)
    {
        Patient p;
        p.givenName = given;
        p.familyName = family;
        p.dateOfBirth = dob;
        p.clinicNumber = clinicNumber;
        p.archived = archived;
        auto id = PatientRepository(*m_workspace).add(p);
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        return id ? *id : 0;
    }

    Patient stored(qint64 id) { return *PatientRepository(*m_workspace).get(id); }

    TestStore m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 15), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace gradus::test
