// libFuzzer target: the exercise library file (resources/exercises/library.json, or one given
// to `gradus-cli library load`). Any bytes give a checked library or a message; every exercise
// of an accepted library passes the library checks again when written out and read back.
#include "exercises/ExerciseJson.h"
#include "exercises/ExerciseLibrary.h"

#include <cstdint>
#include <cstdlib>

using namespace gradus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto library = ExerciseLibrary::parse(bytes, QStringLiteral("library.json"));
    if (!library) {
        if (library.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (library->exercises.isEmpty() || library->libraryVersion < 1)
        std::abort();
    for (const Exercise& e : std::as_const(library->exercises)) {
        if (!ExerciseJson::validate(e, ExerciseJson::Mode::Library))
            std::abort();
        auto again =
            ExerciseJson::fromJson(ExerciseJson::toJson(e, false), ExerciseJson::Mode::Library);
        if (!again || ExerciseJson::contentHash(*again) != ExerciseJson::contentHash(e))
            std::abort();
    }
    return 0;
}
