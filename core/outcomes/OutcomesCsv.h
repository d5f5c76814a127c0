#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gradus {

class Workspace;

// Exports every patient's pain, activity and outcome scores as one long CSV table (one row
// per value) for audits and research. It carries record ids, dates, codes and numbers only:
// no names, no notes, no free text. Answers are by item number, as stored.
class OutcomesCsv
{
    Q_DECLARE_TR_FUNCTIONS(OutcomesCsv)

public:
    static QString header();
    // Writes the table to `path` atomically (a partial file never replaces a good one).
    // Refuses to replace an existing file unless `overwrite`.
    static Result<int> write(Workspace& workspace, const QString& path, bool overwrite);
};

} // namespace gradus
