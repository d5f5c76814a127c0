#pragma once

// The programme builder on a real SQLite store with the shipped exercise library, for the
// builder's UI tests (ProgrammeBuilderViewTest, ProgrammeBuilderUndoTest).

#include "programmes/ProgrammeBuilderView.h"

#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseListModel.h"
#include "programmes/ProgrammeTableModel.h"
#include "storage/ExerciseRepository.h"
#include "storage/ProgrammeRepository.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"
#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTest>

#include <memory>

namespace gradus::test {

class ProgrammeBuilderFixture : public PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_patient =
            addPatient(QStringLiteral("Alex"), QStringLiteral("Fictional"), QDate(1980, 5, 1));
        m_view = std::make_unique<ProgrammeBuilderView>(*m_workspace, &m_undo);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view->setPatient(m_patient);
    }

    // The ids of the stored version's prescriptions in reading order.
    QList<qint64> storedExercises(qint64 programmeId)
    {
        QList<qint64> ids;
        auto p = ProgrammeRepository(*m_workspace).get(programmeId);
        EXPECT_TRUE(p);
        for (const auto& s : p->sections)
            for (const auto& pr : s.prescriptions)
                ids << pr.exerciseId;
        return ids;
    }

    qint64 exerciseId(const QString& stableId)
    {
        return ExerciseRepository(*m_workspace).byStableId(stableId)->id;
    }

    // Selects the exercise in the library list and presses Enter there.
    void addWithEnter(const QString& stableId)
    {
        QListView* list = m_view->libraryList();
        m_view->searchField()->setText(stableId);
        ASSERT_GE(list->model()->rowCount(), 1);
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QModelIndex i = list->model()->index(r, ExerciseListModel::Name);
            if (i.data(ExerciseListModel::StableIdRole).toString() == stableId) {
                list->setCurrentIndex(i);
                QTest::keyClick(list, Qt::Key_Return);
                return;
            }
        }
        FAIL() << "not in the library list: " << stableId.toStdString();
    }

    qint64 m_patient = 0;
    StoreUndoStack m_undo;
    std::unique_ptr<ProgrammeBuilderView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

inline const QString kBirdDog = QStringLiteral("bird_dog");
inline const QString kWalking = QStringLiteral("walking");

// The names of a programme's sections in order.
inline QStringList sectionNames(const Programme& p)
{
    QStringList names;
    for (const auto& s : p.sections)
        names << s.name;
    return names;
}

} // namespace gradus::test
