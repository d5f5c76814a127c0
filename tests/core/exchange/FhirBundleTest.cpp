// The FHIR R4 bundle built from plain values: resources, codes, stable ids, no questionnaire
// wording. (tests/fhir/ validates the demo clinic's bundles with an outside validator.)
#include "exchange/FhirBundle.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace gradus;

namespace {

FhirExportInput input()
{
    FhirExportInput in;
    Patient& p = in.patient;
    p.id = 12;
    p.givenName = QStringLiteral("Zoë");
    p.familyName = QStringLiteral("Müller");
    p.preferredName = QStringLiteral("Zo");
    p.dateOfBirth = QDate(1985, 3, 14);
    p.sex = Sex::Female;
    p.clinicNumber = QStringLiteral("K-1042");
    p.createdAt = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);

    Condition sciatica;
    sciatica.id = 31;
    sciatica.code = QStringLiteral("sciatica");
    sciatica.side = Condition::Side::Left;
    sciatica.onsetDate = QDate(2026, 10, 2);
    Condition disc;
    disc.id = 32;
    disc.code = QStringLiteral("disc_herniation");
    disc.side = Condition::Side::Right;
    disc.status = Condition::Status::Resolved;
    disc.note = QStringLiteral("MRI L5/S1");
    in.conditions = {sciatica, disc};

    Visit first;
    first.id = 51;
    first.record.date = QDate(2026, 11, 2);
    first.record.time = QTime(14, 30);
    first.record.clinician = QStringLiteral("Sam Okafor");
    first.record.painNow = 6;
    first.record.painBest = 3;
    first.record.painWorst = 8;
    first.record.painExercise = 4;
    first.record.activityMinutes = 20;
    first.record.activityLabel = QStringLiteral("walking");
    first.record.steps = 4200;
    first.recordedAt = QDateTime(QDate(2026, 11, 2), QTime(14, 40), Qt::UTC);
    Visit amended = first;
    amended.id = 52;
    amended.record.date = QDate(2026, 11, 9);
    amended.record.time.reset();
    amended.record.painBest.reset();
    amended.record.activityMinutes.reset();
    amended.record.steps.reset();
    amended.revision = 2;
    in.visits = {first, amended};

    Measure odi;
    odi.id = 71;
    odi.instrument = Instrument::Odi;
    odi.takenOn = QDate(2026, 11, 2);
    odi.answers = {3, 2, 2, 1, 2, 1, 2, std::nullopt, 2, 1};
    odi.score.score = 35.6;
    odi.score.band = QStringLiteral("moderate");
    Measure psfs;
    psfs.id = 72;
    psfs.instrument = Instrument::Psfs;
    psfs.episodeId = 4;
    psfs.takenOn = QDate(2026, 11, 2);
    psfs.answers = {3, 4, 2};
    psfs.score.score = 3;
    Measure start;
    start.id = 73;
    start.instrument = Instrument::StartBack;
    start.takenOn = QDate(2026, 11, 2);
    start.answers = {1, 1, 1, 1, 1, 0, 0, 0, 2};
    start.score.score = 5;
    start.score.subscale = 1;
    start.score.band = QStringLiteral("medium");
    in.measures = {odi, psfs, start};
    in.psfsActivities.insert(4, {QStringLiteral("Sitting at work"), QStringLiteral("Lifting"),
                                 QStringLiteral("Walking the dog")});

    Programme programme;
    programme.id = 90;
    programme.version = 2;
    programme.status = ProgrammeStatus::Active;
    programme.name = QStringLiteral("Back on track");
    programme.startDate = QDate(2026, 11, 2);
    programme.reviewDate = QDate(2026, 12, 14);
    Prescription walk;
    walk.exerciseId = 1;
    walk.dose = Dose{DoseType::Duration, 1, 0, 0, 10, 0, false, 3, 7};
    Prescription bird;
    bird.exerciseId = 2;
    bird.dose = Dose{DoseType::Hold, 1, 6, 8, 0, 0, true, 1, 5};
    bird.patientNote = QStringLiteral("Keep your back still");
    programme.sections = {{QStringLiteral("Core"), {walk, bird}}};
    in.activeProgrammes = {programme};
    in.exercises = {{1, {QStringLiteral("walking"), QStringLiteral("Walking")}},
                    {2, {QStringLiteral("bird_dog"), QStringLiteral("Bird-dog")}}};
    in.author = QStringLiteral("Sam Okafor");
    in.clinicName = QStringLiteral("Fennbridge Physio");
    in.exportedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    return in;
}

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type = {})
{
    QList<QJsonObject> list;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (type.isEmpty() || r.value(QStringLiteral("resourceType")).toString() == type)
            list << r;
    }
    return list;
}

QStringList codes(const QJsonObject& codeable)
{
    QStringList list;
    for (const QJsonValue& c : codeable.value(QStringLiteral("coding")).toArray())
        list << c.toObject().value(QStringLiteral("system")).toString() + u'|' +
                    c.toObject().value(QStringLiteral("code")).toString();
    return list;
}

} // namespace

TEST(FhirBundleTest, CollectionWithStableDistinctIds)
{
    const QJsonObject bundle = FhirBundle::build(input());
    EXPECT_EQ(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    EXPECT_EQ(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    EXPECT_EQ(bundle.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2026-11-21T10:00:00Z"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QStringList ids;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString id = e.toObject()
                               .value(QStringLiteral("resource"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        EXPECT_TRUE(uuid.match(id).hasMatch()) << id.toStdString();
        EXPECT_EQ(e.toObject().value(QStringLiteral("fullUrl")).toString(),
                  QStringLiteral("urn:uuid:") + id);
        ids << id;
    }
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    FhirExportInput later = input();
    later.exportedAt = later.exportedAt.addDays(30);
    QStringList again;
    for (const QJsonObject& r : resources(FhirBundle::build(later)))
        again << r.value(QStringLiteral("id")).toString();
    EXPECT_EQ(again, ids) << "the same records give the same ids";

    FhirExportInput otherClinic = input();
    otherClinic.patient.createdAt = otherClinic.patient.createdAt.addSecs(1);
    EXPECT_NE(resources(FhirBundle::build(otherClinic)).first().value(QStringLiteral("id")),
              resources(bundle).first().value(QStringLiteral("id")));
}

TEST(FhirBundleTest, PatientAndConditions)
{
    const QJsonObject bundle = FhirBundle::build(input());
    const QJsonObject patient = resources(bundle, QStringLiteral("Patient")).value(0);
    EXPECT_EQ(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-03-14"));
    EXPECT_EQ(patient.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
    const QJsonObject clinicNumber =
        patient.value(QStringLiteral("identifier")).toArray().at(0).toObject();
    EXPECT_EQ(clinicNumber.value(QStringLiteral("value")).toString(), QStringLiteral("K-1042"));
    EXPECT_EQ(clinicNumber.value(QStringLiteral("system")).toString(),
              QStringLiteral("https://gradus.github.io/fhir/sid/clinic-number"));
    const QJsonObject name = patient.value(QStringLiteral("name")).toArray().at(0).toObject();
    EXPECT_EQ(name.value(QStringLiteral("family")).toString(), QStringLiteral("Müller"));

    const QList<QJsonObject> conditions = resources(bundle, QStringLiteral("Condition"));
    ASSERT_EQ(conditions.size(), 2);
    const QJsonObject sciatica = conditions.at(0);
    EXPECT_TRUE(codes(sciatica.value(QStringLiteral("code")).toObject())
                    .contains(QStringLiteral("http://snomed.info/sct|23056005")));
    EXPECT_EQ(codes(sciatica.value(QStringLiteral("clinicalStatus")).toObject()),
              QStringList{QStringLiteral(
                  "http://terminology.hl7.org/CodeSystem/condition-clinical|active")});
    EXPECT_EQ(sciatica.value(QStringLiteral("onsetDateTime")).toString(),
              QStringLiteral("2026-10-02"));
    EXPECT_EQ(codes(sciatica.value(QStringLiteral("bodySite")).toArray().at(0).toObject()),
              QStringList{QStringLiteral("http://snomed.info/sct|32153003")});
    const QJsonObject disc = conditions.at(1);
    EXPECT_EQ(codes(disc.value(QStringLiteral("code")).toObject()),
              QStringList{QStringLiteral(
                  "https://gradus.github.io/fhir/CodeSystem/condition|disc_herniation")})
        << "no SNOMED CT code is claimed without a verified one";
    EXPECT_EQ(disc.value(QStringLiteral("bodySite"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("text")),
              QStringLiteral("Side: Right"));
    EXPECT_TRUE(codes(disc.value(QStringLiteral("clinicalStatus")).toObject())
                    .constFirst()
                    .endsWith(QStringLiteral("|resolved")));
    EXPECT_EQ(
        disc.value(QStringLiteral("note")).toArray().at(0).toObject().value(QStringLiteral("text")),
        QStringLiteral("MRI L5/S1"));
}

TEST(FhirBundleTest, PainActivityAndStepsObservations)
{
    const QList<QJsonObject> observations =
        resources(FhirBundle::build(input()), QStringLiteral("Observation"));
    QList<QJsonObject> pain, minutes, steps;
    for (const QJsonObject& o : observations) {
        const QStringList c = codes(o.value(QStringLiteral("code")).toObject());
        if (c.contains(QStringLiteral("http://loinc.org|72514-3")))
            pain << o;
        if (c.contains(QStringLiteral("http://loinc.org|55411-3")))
            minutes << o;
        if (c.contains(QStringLiteral("http://loinc.org|41950-7")))
            steps << o;
    }
    ASSERT_EQ(pain.size(), 2);
    EXPECT_EQ(pain.at(0).value(QStringLiteral("valueInteger")).toInt(), 6);
    EXPECT_EQ(pain.at(0).value(QStringLiteral("status")).toString(), QStringLiteral("final"));
    EXPECT_TRUE(pain.at(0)
                    .value(QStringLiteral("effectiveDateTime"))
                    .toString()
                    .startsWith(QStringLiteral("2026-11-02T14:30:00")));
    QStringList parts;
    for (const QJsonValue& c : pain.at(0).value(QStringLiteral("component")).toArray())
        parts << codes(c.toObject().value(QStringLiteral("code")).toObject())
                         .constFirst()
                         .section(u'|', 1) +
                     u'=' +
                     QString::number(c.toObject().value(QStringLiteral("valueInteger")).toInt());
    EXPECT_EQ(parts, (QStringList{QStringLiteral("best-24h=3"), QStringLiteral("worst-24h=8"),
                                  QStringLiteral("during-exercise=4")}));
    EXPECT_EQ(pain.at(1).value(QStringLiteral("status")).toString(), QStringLiteral("amended"));
    EXPECT_EQ(pain.at(1).value(QStringLiteral("effectiveDateTime")).toString(),
              QStringLiteral("2026-11-09"));
    ASSERT_EQ(minutes.size(), 1);
    EXPECT_EQ(minutes.at(0)
                  .value(QStringLiteral("valueQuantity"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toInt(),
              20);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps.at(0)
                  .value(QStringLiteral("valueQuantity"))
                  .toObject()
                  .value(QStringLiteral("value"))
                  .toInt(),
              4200);
}

TEST(FhirBundleTest, QuestionnairesByItemNumberWithScores)
{
    const QJsonObject bundle = FhirBundle::build(input());
    const QList<QJsonObject> responses = resources(bundle, QStringLiteral("QuestionnaireResponse"));
    ASSERT_EQ(responses.size(), 3);
    const QJsonArray odiItems = responses.at(0).value(QStringLiteral("item")).toArray();
    ASSERT_EQ(odiItems.size(), 9) << "the unanswered section is left out";
    QStringList linkIds;
    for (const QJsonValue& item : odiItems) {
        const QJsonObject o = item.toObject();
        // Item numbers and answers only: the licensed wording is never shipped.
        EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("answer"), QStringLiteral("linkId")}));
        linkIds << o.value(QStringLiteral("linkId")).toString();
    }
    EXPECT_FALSE(linkIds.contains(QStringLiteral("8")));
    const QJsonArray psfsItems = responses.at(1).value(QStringLiteral("item")).toArray();
    EXPECT_EQ(psfsItems.at(2).toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Walking the dog"));

    QJsonObject odiScore, startScore;
    for (const QJsonObject& o : resources(bundle, QStringLiteral("Observation"))) {
        const QStringList c = codes(o.value(QStringLiteral("code")).toObject());
        if (c.contains(
                QStringLiteral("https://gradus.github.io/fhir/CodeSystem/outcome-measure|odi")))
            odiScore = o;
        if (c.contains(QStringLiteral(
                "https://gradus.github.io/fhir/CodeSystem/outcome-measure|startback")))
            startScore = o;
    }
    EXPECT_DOUBLE_EQ(odiScore.value(QStringLiteral("valueQuantity"))
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toDouble(),
                     35.6);
    EXPECT_EQ(odiScore.value(QStringLiteral("valueQuantity"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("%"));
    EXPECT_EQ(odiScore.value(QStringLiteral("derivedFrom"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("reference"))
                  .toString(),
              QStringLiteral("urn:uuid:") + responses.at(0).value(QStringLiteral("id")).toString());
    EXPECT_EQ(codes(odiScore.value(QStringLiteral("interpretation")).toArray().at(0).toObject()),
              QStringList{QStringLiteral(
                  "https://gradus.github.io/fhir/CodeSystem/score-band|odi-moderate")});
    // ODI carries its LOINC score code as well; STarT Back has none to claim.
    EXPECT_EQ(codes(odiScore.value(QStringLiteral("code")).toObject()),
              (QStringList{
                  QStringLiteral("http://loinc.org|97909-6"),
                  QStringLiteral("https://gradus.github.io/fhir/CodeSystem/outcome-measure|odi")}));
    EXPECT_EQ(codes(startScore.value(QStringLiteral("code")).toObject()),
              QStringList{QStringLiteral(
                  "https://gradus.github.io/fhir/CodeSystem/outcome-measure|startback")});
    EXPECT_EQ(startScore.value(QStringLiteral("component"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("valueInteger"))
                  .toInt(),
              1);
}

TEST(FhirBundleTest, CarePlanWithTimingAndProvenance)
{
    const QJsonObject bundle = FhirBundle::build(input());
    const QList<QJsonObject> plans = resources(bundle, QStringLiteral("CarePlan"));
    ASSERT_EQ(plans.size(), 1);
    const QJsonObject plan = plans.at(0);
    EXPECT_EQ(plan.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(plan.value(QStringLiteral("intent")).toString(), QStringLiteral("plan"));
    const QJsonArray activities = plan.value(QStringLiteral("activity")).toArray();
    ASSERT_EQ(activities.size(), 2);
    const QJsonObject walk = activities.at(0).toObject().value(QStringLiteral("detail")).toObject();
    EXPECT_EQ(
        codes(walk.value(QStringLiteral("code")).toObject()),
        QStringList{QStringLiteral("https://gradus.github.io/fhir/CodeSystem/exercise|walking")});
    const QJsonObject walkRepeat = walk.value(QStringLiteral("scheduledTiming"))
                                       .toObject()
                                       .value(QStringLiteral("repeat"))
                                       .toObject();
    EXPECT_EQ(walkRepeat.value(QStringLiteral("frequency")).toInt(), 3);
    EXPECT_EQ(walkRepeat.value(QStringLiteral("periodUnit")).toString(), QStringLiteral("d"));
    EXPECT_EQ(walkRepeat.value(QStringLiteral("duration")).toInt(), 10);
    EXPECT_FALSE(walkRepeat.contains(QStringLiteral("dayOfWeek")));
    const QJsonObject bird = activities.at(1).toObject().value(QStringLiteral("detail")).toObject();
    EXPECT_EQ(bird.value(QStringLiteral("scheduledTiming"))
                  .toObject()
                  .value(QStringLiteral("repeat"))
                  .toObject()
                  .value(QStringLiteral("dayOfWeek"))
                  .toArray(),
              (QJsonArray{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                          QStringLiteral("thu"), QStringLiteral("fri")}));
    EXPECT_TRUE(bird.value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("Keep your back still")));

    const QList<QJsonObject> provenance = resources(bundle, QStringLiteral("Provenance"));
    ASSERT_EQ(provenance.size(), 1);
    EXPECT_EQ(provenance.at(0).value(QStringLiteral("target")).toArray().size(),
              resources(bundle).size() - 1);
    EXPECT_EQ(provenance.at(0)
                  .value(QStringLiteral("agent"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("who"))
                  .toObject()
                  .value(QStringLiteral("display"))
                  .toString(),
              QStringLiteral("Sam Okafor"));
}
