// libFuzzer target: the answer lists of the outcome measures ("3,2,x,1,..."), as typed on the
// command line or read back from the store. The first byte picks the instrument. A list that
// parses must score or be refused with a message, and its canonical form must parse back to
// the same answers.
#include "outcomes/OutcomeScoring.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const Instrument instruments[] = {Instrument::Odi, Instrument::Rmdq, Instrument::StartBack,
                                      Instrument::Psfs, Instrument::Tsk};
    const Instrument instrument = instruments[data[0] % 5];
    const QString list = QString::fromUtf8(reinterpret_cast<const char*>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    auto answers = OutcomeScoring::parseAnswers(instrument, list);
    if (!answers) {
        if (answers.error().message.isEmpty())
            std::abort();
        return 0;
    }
    auto again = OutcomeScoring::parseAnswers(instrument, OutcomeScoring::formatAnswers(*answers));
    if (!again || *again != *answers)
        std::abort();
    auto score = OutcomeScoring::score(instrument, *answers);
    if (!score && score.error().message.isEmpty())
        std::abort();
    return 0;
}
