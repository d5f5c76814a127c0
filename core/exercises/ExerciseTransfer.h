#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace gradus {

class Workspace;

struct ImportReport
{
    QStringList added; // stable ids
    QStringList replaced;
    QStringList skipped; // already present; --replace was not given
};

// Moves exercises between stores as JSON (format "gradus-exercises", SCHEMA.md): a clinic
// can share its own exercises, pictures included.
class ExerciseTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseTransfer)

public:
    static constexpr int kFormatVersion = 1;

    static QByteArray exportJson(const QList<Exercise>& exercises, const QDateTime& when);

    // Reads and checks an export without touching a store (bytes in, the exercises or the
    // first problem out); importJson starts with it.
    static Result<QList<Exercise>> parseExport(const QByteArray& bytes, const QString& fileName);

    // Checks the whole file first; on any problem nothing is imported. Then, in one
    // transaction: exercises new to this store are added (their ids must start with
    // "clinic_"); ones already present are skipped, or with `replace` overwritten (a
    // built-in one then counts as edited by the clinic).
    static Result<ImportReport> importJson(Workspace& workspace, const QByteArray& bytes,
                                           const QString& fileName, bool replace);
};

} // namespace gradus
