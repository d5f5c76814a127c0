#include "Commands.h"

#include "CliArguments.h"
#include "settings/ClinicSettings.h"
#include "settings/DeskSettings.h"
#include "util/ErrorKind.h"

#include <QJsonObject>

#include <algorithm>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClinicCommand)
};

using Key = ClinicSettings::Key;

QString jsonName(const ClinicSettings::Definition& def)
{
    return QString::fromLatin1(def.option).replace(u'-', u'_');
}

void print(CliContext& ctx, Workspace& workspace, bool json)
{
    const ClinicSettings& settings = workspace.settings();
    const ClinicLogo logo = settings.logo();
    const QString clinician = DeskSettings().clinicianName();
    if (json) {
        QJsonObject clinic;
        for (const ClinicSettings::Definition& def : ClinicSettings::definitions()) {
            if (!def.option)
                continue;
            const QVariant v = settings.value(def.key);
            clinic.insert(jsonName(def), def.type == QMetaType::Int ? QJsonValue(v.toInt())
                                                                    : QJsonValue(v.toString()));
        }
        clinic.insert(QStringLiteral("logo"),
                      logo.isNull() ? QJsonValue()
                                    : QJsonObject{{QStringLiteral("format"), logo.formatName()},
                                                  {QStringLiteral("bytes"),
                                                   static_cast<qint64>(logo.data().size())}});
        ctx.printJson(QJsonObject{
            {QStringLiteral("clinic"), clinic},
            {QStringLiteral("version"), settings.version()},
            {QStringLiteral("desk"), QJsonObject{{QStringLiteral("clinician"), clinician}}}});
        return;
    }
    QTextStream& out = ctx.out();
    // Values in one column, one space after the longest label (labels are translated).
    qsizetype width = Tr::tr("Clinician at this desk").size();
    for (const ClinicSettings::Definition& def : ClinicSettings::definitions())
        width = std::max(width, ClinicSettings::label(def.key).size());
    auto line = [&](const QString& label, const QString& value) {
        out << (label + u':').leftJustified(width + 2) << value << "\n";
    };
    for (const ClinicSettings::Definition& def : ClinicSettings::definitions()) {
        if (!def.option)
            continue;
        // A multi-line address reads as one line here.
        line(ClinicSettings::label(def.key),
             settings.stringValue(def.key).replace(u'\n', QStringLiteral(", ")));
        if (def.key == Key::ClinicWebsite)
            line(ClinicSettings::label(Key::ClinicLogo), logo.isNull()
                                                             ? Tr::tr("none")
                                                             : Tr::tr("%1, %2 bytes")
                                                                   .arg(logo.formatName().toUpper())
                                                                   .arg(logo.data().size()));
    }
    out << "\n";
    line(Tr::tr("Clinician at this desk"), clinician);
    out.flush();
}

int show(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("clinic show"),
         .description = Tr::tr(
             "Show the clinic's settings (shared by every desk of the clinic) and this desk's "
             "clinician name."),
         .json = true,
         .store = true});
    if (auto stop = a.stop())
        return *stop;
    print(ctx, a.workspace(), a.json());
    return ExitOk;
}

int set(CliContext& ctx, const QStringList& args)
{
    // One option per setting; keys[i] is the setting options[i] changes.
    QList<QCommandLineOption> options;
    QList<Key> keys;
    for (const ClinicSettings::Definition& def : ClinicSettings::definitions()) {
        if (!def.option)
            continue;
        QString description = ClinicSettings::label(def.key);
        if (def.minimum.isValid())
            description += QStringLiteral(" (%1–%2, default %3)")
                               .arg(def.minimum.toString(), def.maximum.toString(),
                                    def.defaultValue.toString());
        else if (def.key == Key::PaperSize)
            description += QStringLiteral(" (a4 or letter)");
        else if (def.key == Key::HandoutLanguage)
            description += QStringLiteral(" (%1)").arg(
                ClinicSettings::handoutLanguages().join(QStringLiteral(", ")));
        options << QCommandLineOption(QString::fromLatin1(def.option), description,
                                      QStringLiteral("VALUE"));
        keys << def.key;
    }
    const QCommandLineOption logo(QStringLiteral("logo"),
                                  Tr::tr("The logo printed on handouts: a PNG or SVG file (at most "
                                         "1 MB), stored in the database."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption noLogo(QStringLiteral("no-logo"), Tr::tr("Remove the logo."));
    const QCommandLineOption clinician(
        QStringLiteral("clinician"),
        Tr::tr("This desk's clinician name, recorded on visits and printed on handouts (a desk "
               "preference, not stored in the database); empty = the account's name."),
        QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    const QCommandLineOption ifVersion(
        QStringLiteral("if-version"),
        Tr::tr("Refuse the change unless the clinic's settings are still at version N (shown as "
               "\"version\" by clinic show --json); nothing is written when another desk changed "
               "any of them meanwhile."),
        QStringLiteral("N"));
    // The store is opened once every value has been checked: this command may create it, and
    // a refused value must leave no empty database behind.
    const CliArgs a(
        ctx, args,
        {.usageName = QStringLiteral("clinic set"),
         .description = Tr::tr("Change the clinic's settings. Only the options given "
                               "change; an empty value (--email \"\") clears a text. "
                               "Nothing is changed when one value is refused."),
         .options = options + QList<QCommandLineOption>{logo, noLogo, clinician, json, ifVersion}});
    if (auto stop = a.stop())
        return *stop;
    std::optional<int> basedOn;
    if (a.isSet(ifVersion)) {
        bool number = false;
        basedOn = a.value(ifVersion).toInt(&number);
        if (!number || *basedOn < 1)
            return ctx.usage(Tr::tr("--if-version must be a positive whole number, found '%1'.")
                                 .arg(a.value(ifVersion)));
    }
    if (a.isSet(logo) && a.isSet(noLogo))
        return ctx.usage(Tr::tr("Give either --logo or --no-logo, not both."));

    QList<QPair<Key, QVariant>> values;
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (a.isSet(options[i]))
            values.append({keys[i], a.value(options[i])});
    const bool changesLogo = a.isSet(logo) || a.isSet(noLogo);
    if (values.isEmpty() && !changesLogo && !a.isSet(clinician))
        return ctx.usage(Tr::tr("clinic set needs at least one setting to change (see --help)."));

    // Everything is checked before anything is written.
    std::optional<ClinicLogo> newLogo;
    if (a.isSet(logo)) {
        auto read = ClinicLogo::fromFile(a.value(logo));
        if (!read)
            return ctx.fail(read.error(), exitCodeForKind(read.error().kind()));
        newLogo = *read;
    }
    for (const auto& [key, value] : values)
        if (auto checked = ClinicSettings::validate(key, value); !checked)
            return ctx.fail(checked.error(), exitCodeForKind(checked.error().kind()));

    // The logo goes with the other values, so that everything is one transaction; an older
    // store's logo file path goes with it.
    if (changesLogo) {
        values.append({Key::ClinicLogo, newLogo ? newLogo->toDataUri() : QString()});
        values.append({Key::ClinicLogoPath, QString()});
    }

    auto ws = ctx.workspace();
    if (!ws)
        return ctx.fail(ws.error(), exitCodeForKind(ws.error().kind()));
    if (!values.isEmpty())
        if (auto st = (*ws)->settings().setValues(values, basedOn); !st)
            return ctx.fail(st.error(), exitCodeForKind(st.error().kind()));
    if (a.isSet(clinician))
        DeskSettings().setClinicianName(a.value(clinician));
    print(ctx, **ws, a.isSet(json));
    return ExitOk;
}

} // namespace

// `gradus-cli clinic show|set`: the clinic's details printed on handouts, its paper size and
// handout language, the pacing and red-flag conventions (all in the database, shared by every
// desk), and this desk's clinician name (a desk preference).
CliCommand clinicCommand()
{
    return CliCommand(
        QStringLiteral("clinic"),
        Tr::tr("Clinic details, handout and pacing defaults, and this desk's clinician"),
        {
            {QStringLiteral("show"), Tr::tr("Show the clinic's settings"), show},
            {QStringLiteral("set"), Tr::tr("Change one or more of the clinic's settings"), set},
        });
}

} // namespace gradus::cli
