// libFuzzer target: the CSV reader (core/exchange/Csv), which reads back the outcome and
// visit exports and any RFC 4180 text. Any bytes give records without a crash, and the records
// read are the same after they are written out as a table and read again.
#include "exchange/Csv.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<QStringList> records = Csv::parse(bytes);
    for (const QStringList& r : records)
        if (r.isEmpty()) // every record has at least one field, even an empty one
            std::abort();
    if (records.isEmpty())
        return 0;
    const QByteArray written = Csv::table(records.first(), records.mid(1));
    if (Csv::parse(written) != records)
        std::abort();
    // Written by us, the table is the same bytes again when read and written once more.
    const QList<QStringList> again = Csv::parse(written);
    if (Csv::table(again.first(), again.mid(1)) != written)
        std::abort();
    return 0;
}
