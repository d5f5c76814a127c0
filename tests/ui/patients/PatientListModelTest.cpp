#include "patients/PatientListModel.h"
#include "patients/PatientFilterProxy.h"

#include "demo/DemoClinic.h"
#include "support/PatientUiFixture.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <cstdio>

using namespace gradus;

namespace {

class PatientListModelTest : public test::PatientUiTest
{
protected:
    QStringList names(const QAbstractItemModel& model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, PatientListModel::Name).data().toString();
        return list;
    }
};

} // namespace

TEST_F(PatientListModelTest, ListsPatientsInNameOrderWithRawSortValues)
{
    const qint64 zoe = addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"),
                                  QDate(1985, 3, 14), QStringLiteral("K-2"));
    addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5));
    addPatient(QStringLiteral("Old"), QStringLiteral("Archer"), QDate(1940, 1, 1), {}, true);
    PatientListModel model(*m_workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), PatientListModel::ColumnCount);
    EXPECT_EQ(names(model),
              (QStringList{QStringLiteral("Adams, Anna"), QStringLiteral("Archer, Old (archived)"),
                           QStringLiteral("Müller, Zoë")}));
    const int row = model.rowOf(zoe);
    EXPECT_EQ(row, 2);
    EXPECT_EQ(model.idAt(row), zoe);
    EXPECT_EQ(model.index(row, PatientListModel::Age).data().toInt(), 41);
    EXPECT_EQ(
        model.index(row, PatientListModel::DateOfBirth).data(PatientListModel::SortRole).toDate(),
        QDate(1985, 3, 14));
    EXPECT_EQ(model.index(row, PatientListModel::ClinicNumber).data().toString(),
              QStringLiteral("K-2"));
    EXPECT_EQ(model.index(row, 0).data(PatientListModel::IdRole).toLongLong(), zoe);
    EXPECT_TRUE(model.index(1, 0).data(PatientListModel::ArchivedRole).toBool());
    EXPECT_EQ(model.headerData(PatientListModel::Name, Qt::Horizontal).toString(),
              QStringLiteral("Name"));
}

TEST_F(PatientListModelTest, FollowsAddsEditsArchivesRemovalsAndResets)
{
    const qint64 zoe =
        addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
    PatientListModel model(*m_workspace);
    PatientFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Added elsewhere (repository, notifier): appears in its place.
    const qint64 anna =
        addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5));
    const qint64 ben =
        addPatient(QStringLiteral("Ben"), QStringLiteral("Okafor"), QDate(1990, 1, 1));
    EXPECT_EQ(names(model),
              (QStringList{QStringLiteral("Adams, Anna"), QStringLiteral("Müller, Zoë"),
                           QStringLiteral("Okafor, Ben")}));
    EXPECT_EQ(names(proxy), names(model));

    // A rename moves the row (beginMoveRows), in both directions.
    Patient p = stored(anna);
    p.familyName = QStringLiteral("Zander");
    ASSERT_TRUE(PatientRepository(*m_workspace).update(p));
    EXPECT_EQ(names(model),
              (QStringList{QStringLiteral("Müller, Zoë"), QStringLiteral("Okafor, Ben"),
                           QStringLiteral("Zander, Anna")}));
    p = stored(anna);
    p.familyName = QStringLiteral("Abbott");
    ASSERT_TRUE(PatientRepository(*m_workspace).update(p));
    EXPECT_EQ(model.rowOf(anna), 0);
    EXPECT_EQ(proxy.idAt(0), anna);

    // Archived: still in the model, gone from the proxy unless asked for.
    ASSERT_TRUE(PatientRepository(*m_workspace).setArchived(ben, true));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setShowArchived(true);
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setShowArchived(false);

    // Removed for good.
    ASSERT_TRUE(PatientRepository(*m_workspace).erase(zoe));
    EXPECT_EQ(model.rowOf(zoe), -1);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(proxy.rowCount(), 1);

    // Many at once (demo data): a reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(DemoClinic::create(*m_workspace, 30));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 32);
}

TEST_F(PatientListModelTest, ProxyFiltersAsYouTypeWithoutAccentsOrCase)
{
    const qint64 zoe = addPatient(QStringLiteral("Zoë"), QStringLiteral("Müller"),
                                  QDate(1985, 3, 14), QStringLiteral("K-1042"));
    const qint64 anna =
        addPatient(QStringLiteral("Anna"), QStringLiteral("Müller"), QDate(1955, 7, 21));
    const qint64 soren =
        addPatient(QStringLiteral("Søren"), QStringLiteral("Østergaard"), QDate(1990, 6, 30));
    addPatient(QStringLiteral("Zoe"), QStringLiteral("Archer"), QDate(1980, 1, 1), {}, true);
    PatientListModel model(*m_workspace);
    PatientFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto ids = [&proxy] {
        QList<qint64> list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.idAt(row);
        return list;
    };
    for (const char* typed : {"z", "zo", "zoe"}) {
        proxy.setSearchText(QString::fromUtf8(typed));
        EXPECT_EQ(ids(), QList<qint64>{zoe}) << typed;
    }
    proxy.setSearchText(QStringLiteral("MÜL"));
    EXPECT_EQ(ids(), (QList<qint64>{anna, zoe}));
    proxy.setSearchText(QStringLiteral("mueller an"));
    EXPECT_EQ(ids(), QList<qint64>{anna});
    proxy.setSearchText(QStringLiteral("soren"));
    EXPECT_EQ(ids(), QList<qint64>{soren});
    proxy.setSearchText(QStringLiteral("14.03.1985"));
    EXPECT_EQ(ids(), QList<qint64>{zoe});
    proxy.setSearchText(QStringLiteral("k-10"));
    EXPECT_EQ(ids(), QList<qint64>{zoe});
    proxy.setSearchText(QStringLiteral("zoe"));
    proxy.setShowArchived(true);
    EXPECT_EQ(ids().size(), 2);

    // A patient added while a search is on appears only when it matches.
    proxy.setShowArchived(false);
    const qint64 zoe2 =
        addPatient(QStringLiteral("Zoé"), QStringLiteral("Dubois"), QDate(2000, 2, 2));
    addPatient(QStringLiteral("Karl"), QStringLiteral("Becker"), QDate(2000, 2, 2));
    EXPECT_EQ(ids(), (QList<qint64>{zoe2, zoe}));
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 5);
}

TEST_F(PatientListModelTest, ProxySortsByOtherColumnsOnRequest)
{
    addPatient(QStringLiteral("Anna"), QStringLiteral("Adams"), QDate(1960, 5, 5));
    addPatient(QStringLiteral("Ben"), QStringLiteral("Baker"), QDate(1990, 1, 1));
    addPatient(QStringLiteral("Cleo"), QStringLiteral("Cole"), QDate(1975, 1, 1));
    PatientListModel model(*m_workspace);
    PatientFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(PatientListModel::DateOfBirth, Qt::AscendingOrder);
    EXPECT_EQ(names(proxy),
              (QStringList{QStringLiteral("Adams, Anna"), QStringLiteral("Cole, Cleo"),
                           QStringLiteral("Baker, Ben")}));
    proxy.sort(PatientListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(names(proxy).first(), QStringLiteral("Cole, Cleo"));
    // Name ascending is the model's own order, at no cost.
    proxy.sort(PatientListModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(proxy.sortColumn(), -1);
    EXPECT_EQ(names(proxy), names(model));
}

// A big clinic's list: the first screenful at once, the rest read on another thread while the
// event loop keeps turning, a search meanwhile answered by the store, and a patient added
// during the load not lost when the whole list arrives.
TEST_F(PatientListModelTest, ABigClinicLoadsInTheBackgroundWithoutStoppingTheEventLoop)
{
    DemoClinic::Options options;
    options.patients = 40000;
    options.visits = 0;
    ASSERT_TRUE(DemoClinic::create(*m_workspace, options));

    // Beats of a 10 ms timer, from before the model is made until the list is in.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer beat;
    beat.setInterval(10);
    QObject::connect(&beat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - last);
        last = now;
    });

    PatientListModel model(*m_workspace, nullptr, PatientListModel::Loading::InBackground);
    QSignalSpy loaded(&model, &PatientListModel::loaded);
    ASSERT_TRUE(model.isLoading());
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LE(model.rowCount(), PatientListModel::kFirstScreenful);

    // A search while loading goes to the store: every patient it lists matches.
    model.showSearchResults(QStringLiteral("DEMO-0000"));
    if (model.isLoading()) {
        EXPECT_EQ(model.rowCount(), 99); // DEMO-000001 ... DEMO-000099
    }
    model.showSearchResults(QString());
    const qint64 added = addPatient(QStringLiteral("Ada"), QStringLiteral("Late"),
                                    QDate(1970, 1, 1), QStringLiteral("LATE-1"));

    // Only the waiting is timed: the calls above run on this thread on purpose.
    int beats = 0;
    QObject::connect(&beat, &QTimer::timeout, [&beats] { ++beats; });
    clock.start();
    beat.start();
    ASSERT_TRUE(loaded.wait(60000));
    beat.stop();
    const qint64 waited = clock.elapsed();
    EXPECT_FALSE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 40001);
    EXPECT_GE(model.rowOf(added), 0);
    // Reading 40,000 patients and building their index on this thread stands the loop still
    // for about a second here; in the background the loop keeps beating. The budget is 50 ms
    // (scripts/bench reports the figure); the bound here leaves room for a CI machine busy
    // with other tests, and still fails a load done on this thread.
    EXPECT_GT(beats, waited / 10 / 4) << beats << " beats in " << waited << " ms";
    EXPECT_LT(worstGap, 200) << "the event loop stood still for " << worstGap << " ms";
    std::printf("background list load: %lld ms, longest pause of the event loop %lld ms\n",
                static_cast<long long>(waited), static_cast<long long>(worstGap));
}
