// The History tab: the audit trail of the patient's records, newest first, following changes
// as they are made, never showing the values themselves.

#include "history/RecordHistoryTab.h"
#include "history/RecordHistoryModel.h"
#include "storage/PatientRepository.h"
#include "support/PatientUiFixture.h"

#include <QTableView>

#include <gtest/gtest.h>

namespace gradus {
namespace {

class RecordHistoryTabTest : public test::PatientUiTest
{
};

TEST_F(RecordHistoryTabTest, ListsChangesNewestFirstAndFollowsNewOnes)
{
    const qint64 pid = addPatient(u"Noor"_qs, u"Example"_qs, QDate(1983, 6, 9));
    RecordHistoryTab tab(*m_workspace);
    tab.resize(900, 400);
    tab.show();
    tab.setPatient(pid);
    RecordHistoryModel* model = tab.model();
    ASSERT_GE(model->rowCount(), 1);
    const int before = model->rowCount();
    EXPECT_EQ(model->index(0, RecordHistoryModel::Change).data().toString(), u"Added"_qs);

    PatientRepository repo(*m_workspace);
    Patient p = *repo.get(pid);
    p.phone = u"07700 900321"_qs;
    ASSERT_TRUE(repo.update(p));

    // The change notice alone brings the new entry: no reload by hand.
    ASSERT_EQ(model->rowCount(), before + 1);
    EXPECT_EQ(model->index(0, RecordHistoryModel::Change).data().toString(), u"Changed phone"_qs);
    EXPECT_EQ(model->index(0, RecordHistoryModel::Record).data().toString(),
              QStringLiteral("Patient details %1").arg(pid));
    EXPECT_FALSE(model->index(0, RecordHistoryModel::Who).data().toString().isEmpty());
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            EXPECT_FALSE(model->index(row, column).data().toString().contains(u"07700"_qs))
                << "the history shows which fields changed, not their values";

    // Hidden, the tab only notes the change, and catches up when shown again.
    tab.hide();
    p = *repo.get(pid);
    p.email = u"noor@example.org"_qs;
    ASSERT_TRUE(repo.update(p));
    EXPECT_EQ(model->rowCount(), before + 1);
    tab.show();
    ASSERT_EQ(model->rowCount(), before + 2);
    EXPECT_EQ(model->index(0, RecordHistoryModel::Change).data().toString(), u"Changed email"_qs);

    tab.setPatient(0);
    EXPECT_EQ(model->rowCount(), 0);
}

} // namespace
} // namespace gradus
