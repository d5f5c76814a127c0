// The Red flags tab's history model (fed by the tab, which follows the store), checked by
// QAbstractItemModelTester while screens are recorded and decided: newest first, sorting by date
// through SortRole, and an unresolved positive screen shown bold, tinted and with the warning icon.

#include "safety/RedFlagHistoryModel.h"
#include "safety/FindingPresentation.h"
#include "safety/RedFlagTab.h"
#include "storage/RedFlagRepository.h"
#include "support/PatientUiFixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

namespace gradus {
namespace {

class RedFlagHistoryModelTest : public test::PatientUiTest
{
protected:
    qint64 recordScreen(qint64 patient, const QDate& date, const QStringList& flags,
                        std::optional<RedFlagDecision> decision = std::nullopt)
    {
        RedFlagScreen s;
        s.patientId = patient;
        s.clinician = u"J. Physio"_qs;
        s.date = date;
        s.flags = flags;
        s.decision = decision;
        if (decision)
            s.note = u"GP informed"_qs;
        auto id = RedFlagRepository(*m_workspace).record(s);
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        return id ? *id : 0;
    }

    QList<qint64> ids(const QAbstractItemModel& model) const
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(RedFlagHistoryModel::ScreenIdRole).toLongLong();
        return out;
    }
};

TEST_F(RedFlagHistoryModelTest, FollowsTheStoreAndSortsByDate)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    const qint64 other = addPatient(u"Olu"_qs, u"Sample"_qs, QDate(1970, 5, 5));
    RedFlagTab tab(*m_workspace);
    RedFlagHistoryModel& model = *tab.historyModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(RedFlagHistoryModel::SortRole);
    QAbstractItemModelTester sortedTester(&sorted,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), RedFlagHistoryModel::ColumnCount);

    tab.setPatient(pid);
    // Recorded out of date order; the same date twice keeps the order of recording.
    const qint64 middle =
        recordScreen(pid, QDate(2026, 2, 1), {u"night_pain"_qs}, RedFlagDecision::Discussed);
    const qint64 oldest = recordScreen(pid, QDate(2025, 12, 1), {});
    const qint64 newest = recordScreen(pid, QDate(2026, 3, 15), {u"fever"_qs});
    const qint64 sameDay = recordScreen(pid, QDate(2026, 2, 1), {});
    recordScreen(other, QDate(2026, 3, 1), {u"fever"_qs}); // another patient's: not shown
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(ids(model), (QList<qint64>{newest, sameDay, middle, oldest}));

    sorted.sort(RedFlagHistoryModel::Date, Qt::AscendingOrder);
    EXPECT_EQ(ids(sorted), (QList<qint64>{oldest, middle, sameDay, newest}));
    sorted.sort(RedFlagHistoryModel::Date, Qt::DescendingOrder);
    EXPECT_EQ(ids(sorted), (QList<qint64>{newest, sameDay, middle, oldest}));
    EXPECT_EQ(sorted.index(0, RedFlagHistoryModel::Date).data(RedFlagHistoryModel::SortRole),
              QVariant(u"2026-03-15 "_qs + QString::number(newest).rightJustified(12, u'0')));
    EXPECT_EQ(model.index(0, RedFlagHistoryModel::Flags).data(RedFlagHistoryModel::SortRole),
              QVariant(1));

    // Deciding the newest screen updates its row in place.
    ASSERT_TRUE(RedFlagRepository(*m_workspace)
                    .decide(newest, RedFlagDecision::Referred, u"A&E"_qs, u"J. Physio"_qs));
    EXPECT_EQ(ids(sorted).first(), newest);
    EXPECT_FALSE(sorted.index(0, 0).data(RedFlagHistoryModel::UnresolvedRole).toBool());
    EXPECT_EQ(sorted.index(0, RedFlagHistoryModel::Note).data().toString(), u"A&E"_qs);

    tab.setPatient(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RedFlagHistoryModelTest, UnresolvedScreenStandsOut)
{
    const qint64 pid = addPatient(u"Ria"_qs, u"Example"_qs, QDate(1980, 1, 1));
    recordScreen(pid, QDate(2026, 2, 1), {u"night_pain"_qs}, RedFlagDecision::Discussed);
    recordScreen(pid, QDate(2026, 3, 15), {u"ces_saddle"_qs, u"fever"_qs});
    RedFlagTab tab(*m_workspace);
    RedFlagHistoryModel& model = *tab.historyModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.setPatient(pid);
    ASSERT_EQ(model.rowCount(), 2);

    const QModelIndex open = model.index(0, RedFlagHistoryModel::Date);
    const QModelIndex decided = model.index(1, RedFlagHistoryModel::Date);
    EXPECT_TRUE(open.data(RedFlagHistoryModel::UnresolvedRole).toBool());
    EXPECT_TRUE(open.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(open.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(open.data(Qt::BackgroundRole).value<QColor>(),
              FindingPresentation::background(Severity::Avoid));
    EXPECT_EQ(model.index(0, RedFlagHistoryModel::Decision).data().toString(),
              u"No decision yet"_qs);
    EXPECT_TRUE(model.index(0, RedFlagHistoryModel::Flags)
                    .data()
                    .toString()
                    .contains(u"saddle"_qs, Qt::CaseInsensitive));
    EXPECT_TRUE(model.index(0, RedFlagHistoryModel::Flags)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"held back"_qs));

    EXPECT_FALSE(decided.data(RedFlagHistoryModel::UnresolvedRole).toBool());
    EXPECT_FALSE(decided.data(Qt::FontRole).isValid());
    EXPECT_FALSE(decided.data(Qt::DecorationRole).isValid());
    EXPECT_FALSE(decided.data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(1, RedFlagHistoryModel::Decision).data().toString(),
              redFlagDecisionLabel(RedFlagDecision::Discussed));
}

} // namespace
} // namespace gradus
