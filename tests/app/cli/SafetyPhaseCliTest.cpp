// The safety check's phase of care from the command line, as a new user enters a patient:
// with no onset at all, with the condition's onset, and with the episode's onset 10 days,
// 8 weeks and 1 year ago, standing toe touch, sit-up and deadlift are flagged every time. An
// unknown onset is taken as acute and the finding says so, with the command that records it.
// Also `condition edit` and `episode list|edit`. The real binary against a real SQLite file.
#include <gtest/gtest.h>

#include <QDate>
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

const QStringList kExercises{u"standing_toe_touch"_qs, u"sit_up"_qs, u"deadlift"_qs};

class SafetyPhaseCliTest : public testing::Test
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

    CliRun ok(const QStringList& args)
    {
        CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    }

    QString patient()
    {
        return ok({u"patient"_qs, u"add"_qs, u"--given"_qs, u"Ria"_qs, u"--family"_qs,
                   u"Example"_qs, u"--dob"_qs, u"1970-05-05"_qs})
            .out.trimmed();
    }

    static QString daysAgo(int days)
    {
        return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
    }

    QJsonArray check(const QString& patientId)
    {
        auto r = ok({u"safety"_qs, u"check"_qs, u"--patient"_qs, patientId, u"--exercises"_qs,
                     kExercises.join(u','), u"--json"_qs});
        return r.json().array();
    }

    // The most severe avoid/caution finding per exercise ("avoid", "caution" or "").
    static QHash<QString, QString> worst(const QJsonArray& findings)
    {
        QHash<QString, QString> result;
        for (const auto& v : findings) {
            const auto f = v.toObject();
            const QString severity = f.value(u"severity"_qs).toString();
            const QString exercise = f.value(u"exercise"_qs).toString();
            if (severity == u"avoid"_qs ||
                (severity == u"caution"_qs && result[exercise].isEmpty()))
                result[exercise] = severity;
        }
        return result;
    }

    static bool fired(const QJsonArray& findings, const QString& exercise, const QString& rule)
    {
        for (const auto& v : findings)
            if (v[u"exercise"_qs].toString() == exercise && v[u"rule"_qs].toString() == rule)
                return true;
        return false;
    }

    void expectAllThreeFlagged(const QJsonArray& findings, const std::string& when)
    {
        const auto w = worst(findings);
        for (const QString& e : kExercises)
            EXPECT_FALSE(w.value(e).isEmpty()) << e.toStdString() << " not flagged " << when;
    }

    QTemporaryDir m_dir;
};

TEST_F(SafetyPhaseCliTest, SciaticaWithoutAnOnsetIsTreatedAsAcuteAndSaysSo)
{
    const QString pid = patient();
    const QString conditionId =
        ok({u"condition"_qs, u"add"_qs, pid, u"sciatica"_qs, u"--side"_qs, u"left"_qs})
            .out.trimmed();
    const QJsonArray findings = check(pid);
    expectAllThreeFlagged(findings, "with no onset");
    const auto w = worst(findings);
    for (const QString& e : kExercises)
        EXPECT_EQ(w.value(e), u"avoid"_qs) << e.toStdString();
    // The sciatica finding names the assumption and the command that removes it.
    bool named = false;
    for (const auto& v : findings) {
        const auto f = v.toObject();
        if (f[u"rule"_qs].toString() != u"sciatica_end_range_flexion"_qs)
            continue;
        const auto assumptions = f[u"assumptions"_qs].toArray();
        ASSERT_EQ(assumptions.size(), 1);
        const auto a = assumptions.first().toObject();
        EXPECT_EQ(a[u"missing"_qs].toString(), u"condition_onset"_qs);
        EXPECT_TRUE(a[u"text"_qs].toString().contains(u"treated as acute"_qs));
        EXPECT_EQ(a[u"command"_qs].toString(),
                  u"gradus-cli condition edit %1 --onset YYYY-MM-DD"_qs.arg(conditionId));
        named = true;
    }
    EXPECT_TRUE(named);
    // The text output says the same.
    auto text = ok({u"safety"_qs, u"check"_qs, u"--patient"_qs, pid, u"--exercises"_qs,
                    u"standing_toe_touch"_qs});
    EXPECT_TRUE(text.out.contains(u"Assumed: Onset of Sciatica"_qs)) << text.out.toStdString();
    EXPECT_TRUE(
        text.out.contains(u"Record it: gradus-cli condition edit %1 --onset"_qs.arg(conditionId)))
        << text.out.toStdString();
}

TEST_F(SafetyPhaseCliTest, EveryOnsetFlagsToeTouchSitUpAndDeadlift)
{
    struct Case
    {
        int days;
        bool acute;
    };
    const Case ages[] = {{10, true}, {56, false}, {365, false}};
    for (const Case& c : ages) {
        const std::string when = std::to_string(c.days) + " days ago";
        // 1. The condition's own onset, given when it is added (the episode opened for it
        //    takes the same onset).
        {
            const QString pid = patient();
            ok({u"condition"_qs, u"add"_qs, pid, u"sciatica"_qs, u"--side"_qs, u"left"_qs,
                u"--onset"_qs, daysAgo(c.days)});
            auto episodes = ok({u"episode"_qs, u"list"_qs, pid, u"--json"_qs}).json().array();
            ASSERT_EQ(episodes.size(), 1);
            EXPECT_EQ(episodes[0][u"onset"_qs].toString(), daysAgo(c.days));
            expectAllThreeFlagged(check(pid), "condition add --onset " + when);
        }
        // 2. The condition's onset recorded afterwards, the episode's left unknown.
        {
            const QString pid = patient();
            const QString id = ok({u"condition"_qs, u"add"_qs, pid, u"sciatica"_qs}).out.trimmed();
            ok({u"condition"_qs, u"edit"_qs, id, u"--onset"_qs, daysAgo(c.days)});
            const QJsonArray findings = check(pid);
            expectAllThreeFlagged(findings, "condition edit --onset " + when);
            EXPECT_EQ(fired(findings, u"standing_toe_touch"_qs, u"sciatica_end_range_flexion"_qs),
                      c.acute)
                << when;
            EXPECT_EQ(fired(findings, u"standing_toe_touch"_qs,
                            u"sciatica_end_range_flexion_after_acute"_qs),
                      !c.acute)
                << when;
        }
        // 3. The episode's onset, the condition's own left unknown: it takes the episode's.
        {
            const QString pid = patient();
            ok({u"condition"_qs, u"add"_qs, pid, u"sciatica"_qs});
            const QString episodeId =
                QString::number(ok({u"episode"_qs, u"list"_qs, pid, u"--json"_qs})
                                    .json()
                                    .array()[0][u"id"_qs]
                                    .toInteger());
            auto edited = ok({u"episode"_qs, u"edit"_qs, episodeId, u"--onset"_qs, daysAgo(c.days),
                              u"--json"_qs});
            EXPECT_EQ(edited.json()[u"phase"_qs].toString(), c.acute       ? u"acute"_qs
                                                             : c.days < 85 ? u"subacute"_qs
                                                                           : u"chronic"_qs);
            // Leg symptoms recorded as settled: what is left is the phase's doing.
            ok({u"visit"_qs, u"add"_qs, pid, u"--date"_qs, daysAgo(0), u"--pain"_qs, u"3"_qs,
                u"--legs"_qs, u"stable"_qs});
            const QJsonArray findings = check(pid);
            expectAllThreeFlagged(findings, "episode edit --onset " + when);
            const auto w = worst(findings);
            for (const QString& e : kExercises)
                EXPECT_EQ(w.value(e), c.acute ? u"avoid"_qs : u"caution"_qs)
                    << e.toStdString() << " " << when;
            for (const auto& v : findings)
                EXPECT_TRUE(v[u"assumptions"_qs].toArray().isEmpty())
                    << v[u"rule"_qs].toString().toStdString() << " " << when;
        }
    }
}

TEST_F(SafetyPhaseCliTest, ConditionEditChangesOnlyWhatIsGiven)
{
    const QString pid = patient();
    const QString id =
        ok({u"condition"_qs, u"add"_qs, pid, u"pregnancy"_qs, u"--note"_qs, u"First child"_qs})
            .out.trimmed();
    // Weeks not recorded: the supine caution applies as for 20 weeks or more.
    auto before = ok({u"safety"_qs, u"check"_qs, u"--patient"_qs, pid, u"--exercises"_qs,
                      u"glute_bridge"_qs, u"--json"_qs})
                      .json()
                      .array();
    ASSERT_TRUE(fired(before, u"glute_bridge"_qs, u"pregnancy_supine_late"_qs));
    auto edited = ok({u"condition"_qs, u"edit"_qs, id, u"--amount"_qs, u"12"_qs, u"--json"_qs});
    EXPECT_EQ(edited.json()[u"amount"_qs].toInt(), 12);
    EXPECT_EQ(edited.json()[u"note"_qs].toString(), u"First child"_qs);
    auto after = ok({u"safety"_qs, u"check"_qs, u"--patient"_qs, pid, u"--exercises"_qs,
                     u"glute_bridge"_qs, u"--json"_qs})
                     .json()
                     .array();
    EXPECT_FALSE(fired(after, u"glute_bridge"_qs, u"pregnancy_supine_late"_qs));

    auto resolved = ok({u"condition"_qs, u"edit"_qs, id, u"--status"_qs, u"resolved"_qs,
                        u"--onset"_qs, u"2026-01-10"_qs, u"--json"_qs});
    EXPECT_EQ(resolved.json()[u"status"_qs].toString(), u"resolved"_qs);
    EXPECT_EQ(resolved.json()[u"onset"_qs].toString(), u"2026-01-10"_qs);
    EXPECT_EQ(resolved.json()[u"amount"_qs].toInt(), 12);
    auto cleared = ok({u"condition"_qs, u"edit"_qs, id, u"--onset"_qs, u"none"_qs, u"--json"_qs});
    EXPECT_TRUE(cleared.json()[u"onset"_qs].isNull());

    // Bad input names the problem and changes nothing.
    EXPECT_EQ(cli({u"condition"_qs, u"edit"_qs, id}).exitCode, 2);
    EXPECT_EQ(cli({u"condition"_qs, u"edit"_qs, id, u"--onset"_qs, u"10/01/2026"_qs}).exitCode, 2);
    EXPECT_EQ(cli({u"condition"_qs, u"edit"_qs, id, u"--status"_qs, u"gone"_qs}).exitCode, 2);
    auto future = cli({u"condition"_qs, u"edit"_qs, id, u"--onset"_qs,
                       QDate::currentDate().addDays(5).toString(Qt::ISODate)});
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_FALSE(future.err.isEmpty());
    auto missing = cli({u"condition"_qs, u"edit"_qs, u"999"_qs, u"--note"_qs, u"x"_qs});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(u"999"_qs)) << missing.err.toStdString();
    auto list = ok({u"condition"_qs, u"list"_qs, pid, u"--json"_qs}).json().array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_TRUE(list[0][u"onset"_qs].isNull());
    EXPECT_EQ(list[0][u"status"_qs].toString(), u"resolved"_qs);
}

TEST_F(SafetyPhaseCliTest, EpisodeListAndEdit)
{
    const QString pid = patient();
    auto none = ok({u"episode"_qs, u"list"_qs, pid});
    EXPECT_TRUE(none.out.contains(u"No episode"_qs)) << none.out.toStdString();
    ok({u"condition"_qs, u"add"_qs, pid, u"osteoporosis"_qs});
    auto listed = ok({u"episode"_qs, u"list"_qs, pid, u"--json"_qs}).json().array();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_TRUE(listed[0][u"onset"_qs].isNull());
    EXPECT_TRUE(listed[0][u"phase"_qs].isNull());
    const QString id = QString::number(listed[0][u"id"_qs].toInteger());
    auto edited = ok({u"episode"_qs, u"edit"_qs, id, u"--complaint"_qs,
                      u"Low back pain after lifting"_qs, u"--onset"_qs, daysAgo(20)});
    EXPECT_EQ(edited.out.trimmed(), id);
    auto text = ok({u"episode"_qs, u"list"_qs, pid});
    EXPECT_TRUE(text.out.contains(u"Low back pain after lifting"_qs)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(daysAgo(20))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Acute"_qs)) << text.out.toStdString();

    EXPECT_EQ(cli({u"episode"_qs, u"edit"_qs, id}).exitCode, 2);
    EXPECT_EQ(cli({u"episode"_qs, u"edit"_qs, u"abc"_qs, u"--onset"_qs, daysAgo(1)}).exitCode, 2);
    EXPECT_EQ(cli({u"episode"_qs, u"edit"_qs, u"77"_qs, u"--onset"_qs, daysAgo(1)}).exitCode, 2);
    EXPECT_EQ(cli({u"episode"_qs, u"list"_qs, u"77"_qs}).exitCode, 2);
    auto help = ok({u"episode"_qs, u"--help"_qs});
    EXPECT_TRUE(help.out.contains(u"edit"_qs));
}

TEST_F(SafetyPhaseCliTest, RulesListShowsTheNewConditionsWithSources)
{
    auto r = ok({u"safety"_qs, u"rules"_qs, u"--json"_qs});
    const auto rules = r.json()[u"rules"_qs].toArray();
    QSet<QString> conditions;
    for (const auto& v : rules) {
        EXPECT_FALSE(v[u"source"_qs].toString().isEmpty()) << v[u"id"_qs].toString().toStdString();
        for (const auto& c : v[u"conditions"_qs].toArray())
            conditions.insert(c.toString());
    }
    for (const char* code : {"recent_surgery", "cardiovascular_precautions", "hypermobility"})
        EXPECT_TRUE(conditions.contains(QString::fromLatin1(code))) << code;
    EXPECT_GE(r.json()[u"version"_qs].toInt(), 2);
}

} // namespace
