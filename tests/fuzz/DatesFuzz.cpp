// libFuzzer target: dates typed on the command line (`--dob`, `--onset` of the patient and
// condition commands; `--date` of the visit and measure commands; `--start`/`--review` of
// the programme commands). Any text gives a date or a refusal with a message; a date read
// back from its ISO form is the same, and the commands agree on what a date is.
#include "PatientJson.h"
#include "ProgrammeArgs.h"
#include "VisitCliSupport.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;
using namespace gradus::cli;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDate patientDate = PatientArgs::parseDate(text);
    auto visitDate = VisitCliSupport::parseDate(text, QStringLiteral("--date"));
    const std::optional<QDate> programmeDate = isoDate(text);
    if (!visitDate && visitDate.error().message.isEmpty())
        std::abort();
    if (patientDate.isValid()) {
        // YYYY-MM-DD exactly, as given.
        if (patientDate.toString(QStringLiteral("yyyy-MM-dd")) != text.trimmed())
            std::abort();
        if (!visitDate || *visitDate != patientDate)
            std::abort();
        if (programmeDate && *programmeDate != patientDate)
            std::abort();
    }
    for (const QDate& d : {visitDate ? *visitDate : QDate(), programmeDate.value_or(QDate())}) {
        if (!d.isValid())
            continue;
        if (QDate::fromString(d.toString(Qt::ISODate), Qt::ISODate) != d)
            std::abort();
        if (PatientArgs::parseDate(d.toString(Qt::ISODate)) != d && d.year() >= 1000)
            std::abort();
    }
    return 0;
}
