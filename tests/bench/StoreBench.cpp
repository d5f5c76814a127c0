#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace gradus;

// Opening an existing, current store: what every start of the app and of gradus-cli pays.
static void BM_OpenExistingStore(benchmark::State& state)
{
    QTemporaryDir dir;
    const auto location = DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("b.sqlite")));
    {
        auto db = Database::open(location);
    }
    for (auto _ : state) {
        auto db = Database::open(location);
        if (!db)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_OpenExistingStore)->Unit(benchmark::kMillisecond);

// One small write in its own transaction: the cost floor of every save.
static void BM_TransactionalWrite(benchmark::State& state)
{
    QTemporaryDir dir;
    auto db =
        Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("w.sqlite"))));
    int i = 0;
    for (auto _ : state) {
        UnitOfWork tx(**db);
        auto r = (*db)->exec(QStringLiteral("INSERT INTO clinic_setting (key, value, updated_at) "
                                            "VALUES (?, ?, ?)"),
                             {QString::number(i++), QStringLiteral("v"), QStringLiteral("t")});
        if (!r || !tx.commit())
            state.SkipWithError("write failed");
    }
}
BENCHMARK(BM_TransactionalWrite)->Unit(benchmark::kMicrosecond);
