#include "patients/PatientSearchIndex.h"

#include "support/PatientFixtures.h"

#include <gtest/gtest.h>

using namespace gradus;
using gradus::test::samplePatient;

namespace {

class PatientSearchIndexTest : public testing::Test
{
protected:
    void SetUp() override
    {
        add(1, QStringLiteral("Zoë"), QStringLiteral("Müller"), QDate(1985, 3, 14));
        add(2, QStringLiteral("Anna"), QStringLiteral("Schmidt"), QDate(1972, 11, 2));
        add(3, QStringLiteral("Søren"), QStringLiteral("Østergaard"), QDate(1990, 6, 30));
        add(4, QStringLiteral("Łukasz"), QStringLiteral("Straßer"), QDate(1960, 1, 9));
        add(5, QStringLiteral("Anna"), QStringLiteral("Müller"), QDate(1955, 7, 21),
            QStringLiteral("K-1042"));
        Patient archived =
            samplePatient(QStringLiteral("Zoe"), QStringLiteral("Archer"), QDate(1980, 1, 1));
        archived.id = 6;
        archived.archived = true;
        m_patients << archived;
        Patient preferred =
            samplePatient(QStringLiteral("Thomas"), QStringLiteral("Evans"), QDate(1999, 12, 24));
        preferred.id = 7;
        preferred.preferredName = QStringLiteral("Tom");
        m_patients << preferred;
        m_index.assign(m_patients);
    }

    void add(qint64 id, const QString& given, const QString& family, const QDate& dob,
             const QString& clinicNumber = {})
    {
        Patient p = samplePatient(given, family, dob);
        p.id = id;
        p.clinicNumber = clinicNumber;
        m_patients << p;
    }

    QList<qint64> find(const QString& query, bool archived = false)
    {
        return m_index.search(query, archived);
    }

    QList<Patient> m_patients;
    PatientSearchIndex m_index;
};

} // namespace

TEST_F(PatientSearchIndexTest, ListsEveryoneInNameOrderForAnEmptyQuery)
{
    // Müller Anna, Müller Zoë, Østergaard (folded "ostergaard"), Schmidt, Straßer; Evans first.
    EXPECT_EQ(find(QString()), (QList<qint64>{7, 5, 1, 3, 2, 4}));
    EXPECT_EQ(find(QStringLiteral("   ")), (QList<qint64>{7, 5, 1, 3, 2, 4}));
}

TEST_F(PatientSearchIndexTest, IgnoresAccentsAndCase)
{
    EXPECT_EQ(find(QStringLiteral("zoe")), (QList<qint64>{1}));
    EXPECT_EQ(find(QStringLiteral("ZOË")), (QList<qint64>{1}));
    EXPECT_EQ(find(QStringLiteral("muller")), (QList<qint64>{5, 1}));
    EXPECT_EQ(find(QStringLiteral("Mueller")), (QList<qint64>{5, 1}));
    EXPECT_EQ(find(QStringLiteral("strasser")), (QList<qint64>{4}));
    EXPECT_EQ(find(QStringLiteral("straßer")), (QList<qint64>{4}));
    EXPECT_EQ(find(QStringLiteral("lukasz")), (QList<qint64>{4}));
    EXPECT_EQ(find(QStringLiteral("ostergaard")), (QList<qint64>{3}));
    EXPECT_EQ(find(QStringLiteral("soeren")), (QList<qint64>{3}));
}

TEST_F(PatientSearchIndexTest, MatchesPartialWordsAndEveryWordMustMatch)
{
    EXPECT_EQ(find(QStringLiteral("mül")), (QList<qint64>{5, 1}));
    EXPECT_EQ(find(QStringLiteral("ller")), (QList<qint64>{5, 1}));
    EXPECT_EQ(find(QStringLiteral("an mü")), (QList<qint64>{5}));
    EXPECT_EQ(find(QStringLiteral("mü an")), (QList<qint64>{5}));
    EXPECT_EQ(find(QStringLiteral("anna")), (QList<qint64>{5, 2}));
    EXPECT_TRUE(find(QStringLiteral("anna zoe")).isEmpty());
    EXPECT_TRUE(find(QStringLiteral("xyz")).isEmpty());
}

TEST_F(PatientSearchIndexTest, FindsByPreferredNameClinicNumberAndDateOfBirth)
{
    EXPECT_EQ(find(QStringLiteral("tom")), (QList<qint64>{7}));
    EXPECT_EQ(find(QStringLiteral("k-1042")), (QList<qint64>{5}));
    EXPECT_EQ(find(QStringLiteral("1042")), (QList<qint64>{5}));
    EXPECT_EQ(find(QStringLiteral("1985-03-14")), (QList<qint64>{1}));
    EXPECT_EQ(find(QStringLiteral("14.03.1985")), (QList<qint64>{1}));
    EXPECT_EQ(find(QStringLiteral("14/03/1985")), (QList<qint64>{1}));
    EXPECT_EQ(find(QStringLiteral("1972")), (QList<qint64>{2}));
}

TEST_F(PatientSearchIndexTest, HidesArchivedPatientsUnlessAsked)
{
    EXPECT_TRUE(find(QStringLiteral("archer")).isEmpty());
    EXPECT_EQ(find(QStringLiteral("archer"), true), (QList<qint64>{6}));
    EXPECT_EQ(find(QStringLiteral("zoe"), true), (QList<qint64>{6, 1}));
    std::vector<char> mask;
    m_index.match(QStringLiteral("zoe"), false, mask);
    ASSERT_EQ(mask.size(), size_t(7));
    EXPECT_EQ(std::count(mask.begin(), mask.end(), 1), 1);
    EXPECT_EQ(m_index.idAt(static_cast<int>(std::find(mask.begin(), mask.end(), 1) - mask.begin())),
              1);
}

TEST_F(PatientSearchIndexTest, KeepsItsOrderThroughInsertsUpdatesAndRemovals)
{
    Patient adams =
        samplePatient(QStringLiteral("Ada"), QStringLiteral("Adams"), QDate(1970, 1, 1));
    adams.id = 8;
    EXPECT_EQ(m_index.positionFor(adams), 0);
    EXPECT_EQ(m_index.upsert(adams), 0);
    EXPECT_EQ(m_index.size(), 8);

    // Renaming Adams to Zander moves her to the end; positionFor predicts where.
    adams.familyName = QStringLiteral("Zander");
    EXPECT_EQ(m_index.positionFor(adams), 7);
    EXPECT_EQ(m_index.upsert(adams), 7);
    EXPECT_EQ(m_index.idAt(7), 8);
    EXPECT_EQ(m_index.indexOf(8), 7);
    EXPECT_EQ(find(QStringLiteral("zander")), (QList<qint64>{8}));
    EXPECT_TRUE(find(QStringLiteral("adams")).isEmpty());

    EXPECT_EQ(m_index.remove(8), 7);
    EXPECT_EQ(m_index.remove(8), -1);
    EXPECT_EQ(m_index.indexOf(8), -1);
    EXPECT_EQ(m_index.size(), 7);
}

TEST_F(PatientSearchIndexTest, SameNamesAreOrderedByDateOfBirthThenId)
{
    PatientSearchIndex index;
    Patient a = samplePatient(QStringLiteral("Jan"), QStringLiteral("Nowak"), QDate(1990, 1, 1));
    a.id = 10;
    Patient b = a;
    b.id = 11;
    Patient c = a;
    c.id = 9;
    c.dateOfBirth = QDate(1991, 1, 1);
    index.assign({c, b, a});
    EXPECT_EQ(index.search(QString(), false), (QList<qint64>{10, 11, 9}));
    // "Lee" comes before "Leeds".
    Patient lee = samplePatient(QStringLiteral("Zed"), QStringLiteral("Lee"), QDate(1990, 1, 1));
    lee.id = 20;
    Patient leeds =
        samplePatient(QStringLiteral("Amy"), QStringLiteral("Leeds"), QDate(1990, 1, 1));
    leeds.id = 21;
    index.assign({leeds, lee});
    EXPECT_EQ(index.search(QString(), false), (QList<qint64>{20, 21}));
}
