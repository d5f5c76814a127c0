// libFuzzer target: the visit fields typed as text (pain 0-10, adherence "3/5", leg-symptom
// codes). Whatever is typed gives a value or a message, and a code read back is the same.
#include "model/VisitValidator.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto pain = VisitValidator::parsePain(text, QStringLiteral("Pain now"))) {
        if (*pain < 0 || *pain > 10)
            std::abort();
    } else if (pain.error().message.isEmpty()) {
        std::abort();
    }
    if (auto adherence = VisitValidator::parseAdherence(text)) {
        // The range (done <= prescribed) is VisitValidator::validate's to check.
        if (adherence->first < 0 || adherence->second < 0)
            std::abort();
    } else if (adherence.error().message.isEmpty()) {
        std::abort();
    }
    if (auto code = VisitValidator::legSymptomsFromCode(text))
        if (VisitValidator::legSymptomsFromCode(VisitValidator::legSymptomsCode(*code)) != code)
            std::abort();
    return 0;
}
