#include "Commands.h"

#include "CliArguments.h"
#include "i18n/Languages.h"
#include "i18n/Translations.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gradus::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LanguageCommand)
};

int run(CliContext& ctx, const QStringList& args)
{
    const CliArgs a(ctx, args,
                    {.usageName = QStringLiteral("languages"),
                     .description = Tr::tr(
                         "List the languages Gradus speaks, by code: use the code with "
                         "--language (before a command), 'patient add --language' (the "
                         "patient's preferred language) and 'handout --language'. The current "
                         "language is marked with *."),
                     .json = true});
    if (auto stop = a.stop())
        return *stop;

    const QString current = Translations::current();
    if (a.json()) {
        QJsonArray list;
        for (const QString& code : Languages::codes())
            list.append(QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("native_name"), Languages::nativeName(code)},
                                    {QStringLiteral("name"), Languages::displayName(code)},
                                    {QStringLiteral("current"), code == current}});
        ctx.printJson(list);
        return ExitOk;
    }
    for (const QString& code : Languages::codes())
        ctx.out() << (code == current ? "* " : "  ") << code.leftJustified(4)
                  << Languages::choiceLabel(code) << "\n";
    ctx.out().flush();
    return ExitOk;
}

} // namespace

// `gradus-cli languages [--json]`: the languages Gradus speaks (core/i18n/Languages), for
// --language, `patient add --language` and `handout --language`.
CliCommand languageCommand()
{
    return CliCommand(QStringLiteral("languages"),
                      Tr::tr("List the languages of messages, handouts and exercise texts"), run);
}

} // namespace gradus::cli
