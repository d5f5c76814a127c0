// The outcomes table (identified) and its research form (de-identified), from plain values.
#include "exchange/Csv.h"
#include "exchange/DeidentifiedOutcomes.h"
#include "exchange/OutcomesTable.h"
#include "model/Patient.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

OutcomePatient patient(qint64 id, const QDate& dob, int visits)
{
    OutcomePatient p;
    p.patientId = id;
    p.dateOfBirth = dob;
    p.sex = Sex::Male;
    for (int i = 0; i < visits; ++i) {
        Visit v;
        v.id = id * 100 + i;
        v.episodeId = id * 10;
        v.record.date = QDate(2026, 9, 1).addDays(7 * i);
        v.record.painNow = 6 - i;
        v.record.steps = 3000 + 500 * i;
        p.visits << v;
    }
    Measure m;
    m.id = id * 1000;
    m.episodeId = id * 10;
    m.instrument = Instrument::Psfs;
    m.takenOn = QDate(2026, 9, 1);
    m.answers = {3, 4, 2};
    m.score.score = 3;
    p.measures << m;
    p.psfsActivities.insert(id * 10, {QStringLiteral("Lifting my son \"Tom\""),
                                      QStringLiteral("Sitting, at work"), QStringLiteral("Golf")});
    return p;
}

} // namespace

TEST(OutcomesExportTest, EveryFieldQuotedWithActivitiesInTheirOwnColumn)
{
    const QByteArray csv = OutcomesTable::csv({patient(4, QDate(1970, 5, 17), 2)});
    const QList<QStringList> rows = Csv::parse(csv);
    ASSERT_EQ(rows.size(), 1 + 4 + 1); // header, 2 visits x (pain, steps), PSFS
    EXPECT_EQ(rows.at(0), OutcomesTable::header());
    EXPECT_TRUE(csv.startsWith("\"patient_id\",\"episode_id\",\"visit_id\""));
    EXPECT_EQ(
        rows.at(1),
        (QStringList{QStringLiteral("4"), QStringLiteral("40"), QStringLiteral("400"), QString(),
                     QStringLiteral("2026-09-01"), QStringLiteral("nprs_now"), QStringLiteral("6"),
                     QString(), QString(), QString(), QString(), QStringLiteral("1")}));
    const QStringList psfs = rows.last();
    EXPECT_EQ(psfs.at(5), QStringLiteral("psfs"));
    EXPECT_EQ(psfs.at(9), QStringLiteral("3,4,2"));
    EXPECT_EQ(psfs.at(10), QStringLiteral("Lifting my son \"Tom\"; Sitting, at work; Golf"));
}

TEST(OutcomesExportTest, DeidentifiedHasStudyIdsBandsAndShiftedDatesOnly)
{
    QList<OutcomePatient> patients;
    for (int i = 1; i <= 12; ++i)
        patients << patient(i, QDate(1950 + 3 * i, 1 + i % 12, 10), 3);
    QRandomGenerator random(42);
    const QByteArray csv = DeidentifiedOutcomes::csv(patients, random);
    const QList<QStringList> rows = Csv::parse(csv);
    ASSERT_EQ(rows.at(0), DeidentifiedOutcomes::header());
    ASSERT_EQ(rows.size(), 1 + 12 * 7);
    EXPECT_FALSE(csv.contains("Tom")) << "activity names are the patient's own words";
    EXPECT_FALSE(csv.contains("Golf"));

    QHash<QString, QList<QStringList>> byStudy;
    for (int r = 1; r < rows.size(); ++r)
        byStudy[rows.at(r).at(0)] << rows.at(r);
    ASSERT_EQ(byStudy.size(), 12);
    QSet<int> shifts;
    for (auto it = byStudy.cbegin(); it != byStudy.cend(); ++it) {
        EXPECT_TRUE(it.key().startsWith(u'S')) << it.key().toStdString();
        // Nothing that was a record id, a birth date or a true date remains.
        QSet<QString> dates;
        for (const QStringList& row : it.value()) {
            EXPECT_EQ(row.size(), DeidentifiedOutcomes::header().size());
            EXPECT_EQ(row.at(3), QStringLiteral("1")) << "episodes are numbered per patient";
            dates.insert(row.at(4));
        }
        // Three weekly visits: intervals are kept.
        QStringList sorted(dates.begin(), dates.end());
        sorted.sort();
        ASSERT_EQ(sorted.size(), 3);
        const QDate first = QDate::fromString(sorted.at(0), Qt::ISODate);
        EXPECT_EQ(first.daysTo(QDate::fromString(sorted.at(1), Qt::ISODate)), 7);
        EXPECT_EQ(first.daysTo(QDate::fromString(sorted.at(2), Qt::ISODate)), 14);
        const int shift = int(QDate(2026, 9, 1).daysTo(first));
        EXPECT_NE(shift, 0);
        EXPECT_LE(std::abs(shift), DeidentifiedOutcomes::kMaxShiftDays);
        shifts.insert(shift);
    }
    EXPECT_GT(shifts.size(), 6) << "each patient has an offset of their own";
    for (const QStringList& row : rows.mid(1))
        EXPECT_NE(row.at(4), QStringLiteral("2026-09-01"));
}

TEST(OutcomesExportTest, AgeBands)
{
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(17), QStringLiteral("under 18"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(18), QStringLiteral("18-29"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(29), QStringLiteral("18-29"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(30), QStringLiteral("30-39"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(89), QStringLiteral("80-89"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(95), QStringLiteral("90+"));
    EXPECT_EQ(DeidentifiedOutcomes::ageBand(-1), QStringLiteral("unknown"));
}
