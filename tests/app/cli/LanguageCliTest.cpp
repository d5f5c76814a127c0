// gradus-cli and languages: `languages`, the global --language (messages, Qt's own messages,
// documents for the patient), the system's language as the default, the patient's preferred
// language (`patient add/edit --language`, JSON) and the handout that follows it. Run as the
// real binary; the translation fixtures (tests/data/i18n) stand in for texts the shipped
// translations may not have yet.
#include <gtest/gtest.h>

#include <QDir>
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

class LanguageCliTest : public testing::Test
{
protected:
    CliRun cli(const QStringList& args, const QString& systemLanguage = u"en"_qs)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        env.insert(u"GRADUS_DATABASE"_qs, m_dir.filePath(u"clinic.db"_qs));
        env.insert(u"LANGUAGE"_qs, systemLanguage);
        if (m_fixture)
            env.insert(u"GRADUS_TRANSLATIONS_DIR"_qs,
                       QStringList{QStringLiteral(GRADUS_TEST_I18N_QM_DIR),
                                   QStringLiteral(GRADUS_TEST_I18N_DIR)}
                           .join(QDir::listSeparator()));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRADUS_CLI_PATH), args);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString addPatient(const QStringList& extra = {})
    {
        CliRun r =
            cli(QStringList{u"patient"_qs, u"add"_qs, u"--given"_qs, u"Lea"_qs, u"--family"_qs,
                            u"Sprachlich"_qs, u"--dob"_qs, u"1979-04-02"_qs} +
                extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_qs, {pdf, u"-"_qs});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    QTemporaryDir m_dir;
    bool m_fixture = false;
};

} // namespace

TEST_F(LanguageCliTest, ListsTheSupportedLanguages)
{
    CliRun r = cli({u"languages"_qs, u"--json"_qs});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QStringList codes;
    for (const QJsonValue& v : r.json().array())
        codes << v.toObject().value(u"code"_qs).toString();
    EXPECT_EQ(codes, (QStringList{u"en"_qs, u"de"_qs, u"fr"_qs, u"es"_qs}));
    EXPECT_EQ(r.json().array().at(1).toObject().value(u"native_name"_qs).toString(), u"Deutsch"_qs);
    EXPECT_TRUE(r.json().array().at(0).toObject().value(u"current"_qs).toBool());

    CliRun text = cli({u"--language"_qs, u"fr"_qs, u"languages"_qs});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"* fr  Français"_qs)) << text.out.toStdString();
    EXPECT_TRUE(cli({u"--help"_qs}).out.contains(u"--language CODE"_qs));
}

// Qt's own messages (qtbase_de.qm) come with the language, given or the system's.
TEST_F(LanguageCliTest, QtsMessagesFollowTheLanguage)
{
    CliRun english = cli({u"languages"_qs, u"--bogus"_qs});
    EXPECT_EQ(english.exitCode, 2);
    EXPECT_TRUE(english.err.contains(u"Unknown option 'bogus'."_qs)) << english.err.toStdString();

    CliRun german = cli({u"--language"_qs, u"de"_qs, u"languages"_qs, u"--bogus"_qs});
    EXPECT_EQ(german.exitCode, 2);
    EXPECT_TRUE(german.err.contains(u"Unbekannte Option 'bogus'."_qs)) << german.err.toStdString();

    CliRun system = cli({u"languages"_qs, u"--bogus"_qs}, u"de_DE"_qs);
    EXPECT_TRUE(system.err.contains(u"Unbekannte Option 'bogus'."_qs)) << system.err.toStdString();
    // Before the command only: after it, --language is the command's.
    CliRun after = cli({u"languages"_qs, u"--language"_qs, u"de"_qs});
    EXPECT_EQ(after.exitCode, 2);
    EXPECT_TRUE(after.err.contains(u"Unknown option 'language'."_qs)) << after.err.toStdString();
}

TEST_F(LanguageCliTest, GradusMessagesFollowTheLanguage)
{
    m_fixture = true;
    CliRun german = cli({u"--language"_qs, u"de"_qs, u"frobnicate"_qs});
    EXPECT_EQ(german.exitCode, 2);
    EXPECT_TRUE(german.err.startsWith(u"gradus-cli: unbekannter Befehl 'frobnicate'."_qs))
        << german.err.toStdString();
    CliRun english = cli({u"frobnicate"_qs});
    EXPECT_TRUE(english.err.startsWith(u"gradus-cli: unknown command 'frobnicate'."_qs));
    // Built-in exercise texts too (reading needs a database; reading never creates one).
    ASSERT_EQ(cli({u"db"_qs, u"create"_qs}).exitCode, 0);
    CliRun walking = cli({u"--language=de"_qs, u"exercise"_qs, u"show"_qs, u"walking"_qs});
    ASSERT_EQ(walking.exitCode, 0) << walking.err.toStdString();
    EXPECT_TRUE(walking.out.startsWith(u"Gehen  (walking"_qs)) << walking.out.toStdString();
    EXPECT_TRUE(walking.out.contains(u"Gehen Sie auf ebenem Untergrund"_qs));
}

TEST_F(LanguageCliTest, AnUnknownLanguageIsAUsageError)
{
    CliRun r = cli({u"--language"_qs, u"pt"_qs, u"languages"_qs});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"en, de, fr, es"_qs)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"'pt'"_qs));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(cli({u"--language"_qs}).exitCode, 2);
}

TEST_F(LanguageCliTest, PatientsHaveAPreferredLanguage)
{
    const QString id = addPatient({u"--language"_qs, u"Deutsch"_qs});
    CliRun show = cli({u"patient"_qs, u"show"_qs, id, u"--json"_qs});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().object().value(u"language"_qs).toString(), u"de"_qs);
    EXPECT_TRUE(cli({u"patient"_qs, u"show"_qs, id}).out.contains(u"Deutsch (German)"_qs));

    ASSERT_EQ(cli({u"patient"_qs, u"edit"_qs, id, u"--language"_qs, u""_qs}).exitCode, 0);
    EXPECT_TRUE(cli({u"patient"_qs, u"show"_qs, id, u"--json"_qs})
                    .json()
                    .object()
                    .value(u"language"_qs)
                    .isNull());

    CliRun bad = cli({u"patient"_qs, u"edit"_qs, id, u"--language"_qs, u"klingon"_qs});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"klingon"_qs)) << bad.err.toStdString();
}

// The handout: the patient's language, unless --language (global or the handout's) says
// otherwise.
TEST_F(LanguageCliTest, TheHandoutFollowsThePatientUnlessToldOtherwise)
{
    m_fixture = true;
    const QString id = addPatient({u"--language"_qs, u"fr"_qs});
    auto handout = [&](const QStringList& before, const QStringList& after) {
        const QString pdf = m_dir.filePath(u"h%1.pdf"_qs.arg(QDir(m_dir.path()).count()));
        CliRun r = cli(before +
                       QStringList{u"handout"_qs, u"--patient"_qs, id, u"--exercises"_qs,
                                   u"walking"_qs, u"--out"_qs, pdf} +
                       after);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return pdfText(pdf);
    };
    const QString french = handout({}, {});
    EXPECT_TRUE(french.contains(u"Vos exercices"_qs));
    EXPECT_TRUE(french.contains(u"1. Marche"_qs));
    EXPECT_TRUE(handout({u"--language"_qs, u"es"_qs}, {}).contains(u"Sus ejercicios"_qs));
    EXPECT_TRUE(handout({}, {u"--language"_qs, u"de"_qs}).contains(u"Ihre Übungen"_qs));
    EXPECT_TRUE(handout({}, {u"--language"_qs, u"en"_qs}).contains(u"Your exercises"_qs));
}
