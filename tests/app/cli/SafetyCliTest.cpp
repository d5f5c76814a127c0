// gradus-cli screen / safety, run as the real binary against a real SQLite file: the handout
// gate refuses after a positive screen without a decision and passes once one is recorded.
#include <gtest/gtest.h>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class SafetyCliTest : public testing::Test
{
protected:
    CliRun cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        env.insert(u"GRADUS_DATABASE"_qs, m_dir.filePath(u"clinic.db"_qs));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString patient(const QString& dob = u"1970-05-05"_qs)
    {
        auto r = cli({u"patient"_qs, u"add"_qs, u"--given"_qs, u"Ria"_qs, u"--family"_qs,
                      u"Example"_qs, u"--dob"_qs, dob});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }

    QTemporaryDir m_dir;
};

TEST_F(SafetyCliTest, CodesListEveryTier)
{
    auto r = cli({u"screen"_qs, u"codes"_qs, u"--json"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QSet<QString> tiers;
    for (const auto& v : r.json().array()) {
        const auto o = v.toObject();
        EXPECT_FALSE(o.value(u"label"_qs).toString().isEmpty());
        EXPECT_FALSE(o.value(u"action"_qs).toString().isEmpty());
        tiers.insert(o.value(u"tier"_qs).toString());
    }
    EXPECT_EQ(tiers.size(), 6);
}

TEST_F(SafetyCliTest, GateRefusesWithoutDecisionAndPassesWithOne)
{
    const QString pid = patient();
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 0);

    auto recorded = cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"ces_saddle"_qs,
                         u"--clinician"_qs, u"J. Physio"_qs});
    ASSERT_EQ(recorded.exitCode, 0) << recorded.err.toStdString();
    const QString screenId = recorded.out.trimmed();

    auto refused = cli({u"screen"_qs, u"gate"_qs, pid});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"saddle"_qs)) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());

    auto show = cli({u"screen"_qs, u"show"_qs, pid, u"--json"_qs});
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_TRUE(show.json().object().value(u"unresolved"_qs).toBool());

    // A decision without a note is refused as bad input and changes nothing.
    EXPECT_EQ(
        cli({u"screen"_qs, u"decide"_qs, screenId, u"--decision"_qs, u"referred"_qs}).exitCode, 2);
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 1);

    auto decided = cli({u"screen"_qs, u"decide"_qs, screenId, u"--decision"_qs, u"referred"_qs,
                        u"--note"_qs, u"Sent to emergency department"_qs});
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 0);

    // Recording flags and decision at once passes the gate straight away.
    auto both =
        cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"fever,night_pain"_qs,
             u"--decision"_qs, u"discussed"_qs, u"--note"_qs, u"GP informed"_qs, u"--json"_qs});
    ASSERT_EQ(both.exitCode, 0) << both.err.toStdString();
    EXPECT_EQ(both.json().object().value(u"flags"_qs).toArray().size(), 2);
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 0);
}

TEST_F(SafetyCliTest, ALaterClearScreenDoesNotDecideAnEarlierFlag)
{
    // The case the safety review found: a cauda-equina flag without a decision, then a clear
    // screen. The gate and the handout stay refused until that flag is decided.
    const QString pid = patient();
    auto first = cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"ces_saddle"_qs, u"--flag"_qs,
                      u"night_pain"_qs, u"--date"_qs,
                      QDate::currentDate().addDays(-14).toString(Qt::ISODate)});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QString screenId = first.out.trimmed();
    ASSERT_EQ(cli({u"screen"_qs, u"record"_qs, pid}).exitCode, 0);
    auto gate = cli({u"screen"_qs, u"gate"_qs, pid});
    EXPECT_EQ(gate.exitCode, 1);
    EXPECT_TRUE(gate.err.contains(u"saddle"_qs)) << gate.err.toStdString();
    EXPECT_TRUE(gate.err.contains(u"screen decide SCREEN_ID"_qs)) << gate.err.toStdString();
    auto handout = cli({u"handout"_qs, u"--patient"_qs, pid, u"--exercises"_qs, u"walking"_qs,
                        u"--out"_qs, m_dir.filePath(u"h.pdf"_qs)});
    EXPECT_EQ(handout.exitCode, 1);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"h.pdf"_qs)));

    auto show = cli({u"screen"_qs, u"show"_qs, pid, u"--json"_qs});
    ASSERT_EQ(show.exitCode, 0);
    const auto o = show.json().object();
    EXPECT_TRUE(o.value(u"unresolved"_qs).toBool());
    EXPECT_FALSE(o.value(u"latest"_qs).toObject().value(u"unresolved"_qs).toBool());
    const auto undecided = o.value(u"undecided"_qs).toArray();
    ASSERT_EQ(undecided.size(), 2);
    EXPECT_EQ(undecided[0][u"code"_qs].toString(), u"ces_saddle"_qs); // the most urgent first
    EXPECT_EQ(undecided[0][u"tier"_qs].toString(), u"emergency"_qs);

    // One flag at a time: the other still holds the gate.
    auto one = cli({u"screen"_qs, u"decide"_qs, screenId, u"--flag"_qs, u"ces_saddle"_qs,
                    u"--decision"_qs, u"referred"_qs, u"--note"_qs, u"Same-day A&E"_qs});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 1);
    // Deciding it again is refused; a code the screen did not find is bad input.
    EXPECT_EQ(cli({u"screen"_qs, u"decide"_qs, screenId, u"--flag"_qs, u"ces_saddle"_qs,
                   u"--decision"_qs, u"discussed"_qs, u"--note"_qs, u"x"_qs})
                  .exitCode,
              2);
    EXPECT_EQ(cli({u"screen"_qs, u"decide"_qs, screenId, u"--flag"_qs, u"fever"_qs,
                   u"--decision"_qs, u"discussed"_qs, u"--note"_qs, u"x"_qs})
                  .exitCode,
              2);
    auto rest = cli({u"screen"_qs, u"decide"_qs, screenId, u"--decision"_qs, u"not_applicable"_qs,
                     u"--note"_qs, u"Pain eases lying down; GP aware"_qs});
    ASSERT_EQ(rest.exitCode, 0) << rest.err.toStdString();
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 0);
    auto after = cli({u"screen"_qs, u"show"_qs, pid, u"--json"_qs}).json().object();
    const auto flags = after[u"screens"_qs][0][u"flags"_qs].toArray();
    ASSERT_EQ(flags.size(), 2);
    EXPECT_EQ(flags[0][u"decision"_qs].toString(), u"referred"_qs);
    EXPECT_EQ(flags[0][u"note"_qs].toString(), u"Same-day A&E"_qs);
    EXPECT_EQ(flags[1][u"decision"_qs].toString(), u"not_applicable"_qs);
    EXPECT_TRUE(after[u"undecided"_qs].toArray().isEmpty());
    auto text = cli({u"screen"_qs, u"show"_qs, pid});
    EXPECT_TRUE(text.out.contains(u"ces_saddle (Referred)"_qs)) << text.out.toStdString();

    // A screen entered late, dated before the clear one, closes the gate again.
    ASSERT_EQ(cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"foot_drop"_qs, u"--date"_qs,
                   QDate::currentDate().addDays(-3).toString(Qt::ISODate)})
                  .exitCode,
              0);
    EXPECT_EQ(cli({u"screen"_qs, u"gate"_qs, pid}).exitCode, 1);
}

TEST_F(SafetyCliTest, RecordRefusesUnknownCodesAndDecisions)
{
    const QString pid = patient();
    auto unknown = cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"headache"_qs});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"headache"_qs));
    EXPECT_EQ(cli({u"screen"_qs, u"record"_qs, pid, u"--flag"_qs, u"fever"_qs, u"--decision"_qs,
                   u"maybe"_qs, u"--note"_qs, u"x"_qs})
                  .exitCode,
              2);
    EXPECT_EQ(cli({u"screen"_qs, u"record"_qs, u"9999"_qs}).exitCode, 2);
    auto show = cli({u"screen"_qs, u"show"_qs, pid, u"--json"_qs});
    EXPECT_TRUE(show.json().object().value(u"screens"_qs).toArray().isEmpty());
}

TEST_F(SafetyCliTest, CheckFindsAvoidsAndExitsZero)
{
    const QString pid = patient();
    ASSERT_EQ(
        cli({u"condition"_qs, u"add"_qs, pid, u"pregnancy"_qs, u"--weeks"_qs, u"24"_qs}).exitCode,
        0);
    auto r = cli({u"safety"_qs, u"check"_qs, u"--patient"_qs, pid, u"--exercises"_qs,
                  u"running,walking,glute_bridge"_qs, u"--json"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto findings = r.json().array();
    ASSERT_FALSE(findings.isEmpty());
    QStringList seen;
    for (const auto& v : findings) {
        const auto o = v.toObject();
        for (const char* key : {"exercise", "severity", "reason", "source", "rule"})
            EXPECT_FALSE(o.value(QLatin1String(key)).toString().isEmpty()) << key;
        EXPECT_TRUE((QStringList{u"avoid"_qs, u"caution"_qs, u"prefer"_qs})
                        .contains(o.value(u"severity"_qs).toString()));
        seen.append(o.value(u"exercise"_qs).toString() + u':' + o.value(u"rule"_qs).toString());
    }
    EXPECT_TRUE(seen.contains(u"running:pregnancy_fall_risk"_qs));
    EXPECT_TRUE(seen.contains(u"glute_bridge:pregnancy_supine_late"_qs));
    EXPECT_TRUE(seen.contains(u"walking:pregnancy_prefer_low_impact"_qs));

    // A patient with nothing recorded and a gentle list: nothing to avoid or use with
    // caution, still exit 0. With no episode the onset is unknown, so the acute-phase advice
    // (walking preferred) applies and says what it assumed.
    const QString healthy = patient();
    auto clean = cli({u"safety"_qs, u"check"_qs, u"--patient"_qs, healthy, u"--exercises"_qs,
                      u"walking,bird_dog"_qs, u"--json"_qs});
    EXPECT_EQ(clean.exitCode, 0);
    EXPECT_TRUE(clean.json().isArray());
    for (const auto& v : clean.json().array()) {
        EXPECT_EQ(v[u"severity"_qs].toString(), u"prefer"_qs)
            << v[u"rule"_qs].toString().toStdString();
        ASSERT_EQ(v[u"assumptions"_qs].toArray().size(), 1);
        EXPECT_EQ(v[u"assumptions"_qs][0][u"missing"_qs].toString(), u"no_episode"_qs);
    }

    EXPECT_EQ(cli({u"safety"_qs, u"check"_qs, u"--patient"_qs, pid, u"--exercises"_qs,
                   u"no_such_exercise"_qs})
                  .exitCode,
              2);
}

} // namespace

TEST_F(SafetyCliTest, GroupsListTheirCommandsAndRefuseUnknownOnes)
{
    for (const auto& [group, expected] :
         {std::pair{u"screen"_qs,
                    QStringList{u"codes"_qs, u"record"_qs, u"decide"_qs, u"show"_qs, u"gate"_qs}},
          std::pair{u"safety"_qs, QStringList{u"check"_qs, u"rules"_qs}}}) {
        auto help = cli({group, u"--help"_qs});
        EXPECT_EQ(help.exitCode, 0) << group.toStdString();
        for (const QString& sub : expected)
            EXPECT_TRUE(help.out.contains(u"  "_qs + sub)) << sub.toStdString();
        auto unknown = cli({group, u"bogus"_qs});
        EXPECT_EQ(unknown.exitCode, 2);
        EXPECT_TRUE(unknown.err.contains(u"unknown %1 command 'bogus'"_qs.arg(group)))
            << unknown.err.toStdString();
        EXPECT_TRUE(unknown.out.isEmpty());
        EXPECT_EQ(cli({group}).exitCode, 2) << "a group alone is a usage error";
    }
}
