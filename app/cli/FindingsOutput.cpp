#include "FindingsOutput.h"

#include "i18n/DataTexts.h"
#include "safety/SafetyRules.h"

#include <QCoreApplication>

namespace gradus::cli {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCommand)
};
} // namespace

void printFindings(CliContext& ctx, const QList<SafetyFinding>& checked, bool json)
{
    // Rule reasons in the language of messages.
    QList<SafetyFinding> findings;
    for (const SafetyFinding& f : checked)
        findings << DataTexts::display().finding(f);
    if (json) {
        ctx.printJson(findingsToJson(findings));
        return;
    }
    if (findings.isEmpty())
        ctx.out() << Tr::tr("No findings.") << "\n";
    for (const auto& f : findings) {
        ctx.out() << severityCode(f.severity).toUpper().leftJustified(8) << f.exerciseStableId
                  << "  [" << f.ruleId << "]"
                  << (f.override ? Tr::tr("  (kept by %1 on %2: %3)")
                                       .arg(f.override->recordedBy,
                                            f.override->recordedAt.date().toString(Qt::ISODate),
                                            f.override->reason)
                                 : QString())
                  << "\n    " << f.reason << "\n    " << Tr::tr("Source: ") << f.source << "\n";
        if (!f.alternatives.isEmpty())
            ctx.out() << "    " << Tr::tr("Try instead: ") << f.alternatives.join(u", ") << "\n";
        // What the finding rests on that is not recorded, and the one command that records it.
        for (const auto& a : f.assumptions)
            ctx.out() << "    " << Tr::tr("Assumed: ") << a.text << "\n      "
                      << Tr::tr("Record it: ") << a.command() << "\n";
    }
}

} // namespace gradus::cli
