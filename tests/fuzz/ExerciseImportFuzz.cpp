// libFuzzer target: an exercise export read by `gradus-cli exercise import` (format
// "gradus-exercises"). Any bytes give the exercises or a message; what is accepted, written
// back as an export and read again, is the same.
#include "exercises/ExerciseJson.h"
#include "exercises/ExerciseTransfer.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto exercises = ExerciseTransfer::parseExport(bytes, QStringLiteral("in.json"));
    if (!exercises) {
        if (exercises.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray written =
        ExerciseTransfer::exportJson(*exercises, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    auto again = ExerciseTransfer::parseExport(written, QStringLiteral("out.json"));
    if (!again || again->size() != exercises->size())
        std::abort();
    for (qsizetype i = 0; i < exercises->size(); ++i) {
        if (ExerciseJson::toJson(again->at(i), true) !=
            ExerciseJson::toJson(exercises->at(i), true))
            std::abort();
        if (ExerciseJson::contentHash(again->at(i)) != ExerciseJson::contentHash(exercises->at(i)))
            std::abort();
    }
    return 0;
}
