// gradus-ts-check FILE.ts...: exits 1 and lists what is missing when any .ts file has an
// unfinished, vanished or obsolete entry (ctest: i18n.ts_complete).
#include "translations/TsCheck.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList files = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (files.isEmpty()) {
        err << "usage: gradus-ts-check FILE.ts...\n";
        return 2;
    }
    int total = 0;
    for (const QString& file : files) {
        const QStringList problems = gradus::test::tsProblems(file);
        for (const QString& problem : problems)
            err << problem << '\n';
        err << file << ": " << problems.size() << " problem(s)\n";
        total += int(problems.size());
    }
    return total == 0 ? 0 : 1;
}
