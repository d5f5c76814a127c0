// libFuzzer target: a translation file of the data texts (resources/i18n/<lang>/*.json), as a
// translator or a newer Gradus may leave it. The first byte picks which of the five files the
// rest is read as. Reading never fails: what can be read is kept and every problem is named;
// every text kept is trimmed.
#include "i18n/DataTextsReader.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

namespace {

bool trimmed(const QString& text)
{
    return text == text.trimmed();
}

bool trimmed(const QStringList& texts)
{
    for (const QString& t : texts)
        if (!trimmed(t))
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const QStringList files = DataTextsReader::fileNames();
    const QString file = files.at(data[0] % files.size());
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1),
                           static_cast<qsizetype>(size - 1));
    DataTexts texts;
    DataTextsReader::readTranslation(file, bytes, texts);
    for (const QString& problem : texts.problems())
        if (problem.isEmpty())
            std::abort();
    for (const auto& e : texts.exerciseTexts())
        if (!trimmed(e.name) || !trimmed(e.summary) || !trimmed(e.instructions) ||
            !trimmed(e.feel) || !trimmed(e.stopIf))
            std::abort();
    for (const auto& c : texts.conditionTexts())
        if (!trimmed(c.name) || !trimmed(c.description))
            std::abort();
    for (const QString& reason : texts.ruleReasons())
        if (!trimmed(reason))
            std::abort();
    return 0;
}
