// libFuzzer target: a programme or template file from another clinic (format
// "gradus-programme", docs/EXCHANGE.md). Any bytes give a document or a message ending
// "Nothing was imported."; an accepted document written out and read back writes the same
// bytes again, and checking its exercises gives an answer with a message when refused.
#include "exchange/ProgrammeExchange.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto document = ProgrammeExchange::parse(bytes, QStringLiteral("in.json"));
    if (!document) {
        if (document.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray written = ProgrammeExchange::write(*document);
    auto again = ProgrammeExchange::parse(written, QStringLiteral("out.json"));
    if (!again || ProgrammeExchange::write(*again) != written)
        std::abort();
    const QSet<QString> library{QStringLiteral("walking"), QStringLiteral("cat_cow")};
    if (auto checked =
            ProgrammeExchange::checkExercises(*document, library, QStringLiteral("in.json"));
        !checked && checked.error().message.isEmpty())
        std::abort();
    return 0;
}
