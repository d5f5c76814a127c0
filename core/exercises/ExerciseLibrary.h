#pragma once

#include "model/Exercise.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gradus {

class Workspace;

// A parsed and fully checked library file (resources/exercises/library.json and SCHEMA.md).
struct ExerciseLibraryFile
{
    QString fileName;
    int libraryVersion = 0;
    QString fileHash; // SHA-256 of the file's bytes
    // Each with origin BuiltIn, libraryVersion and libraryHash (its content hash) set.
    QList<Exercise> exercises;
};

// What a merge did, for logs and the CLI.
struct LibraryMergeReport
{
    bool unchanged = false; // the same file was merged before: nothing was read or written
    int libraryVersion = 0;
    int added = 0;      // new built-in exercises
    int updated = 0;    // unedited built-in exercises that took the new content
    int keptEdited = 0; // edited by the clinic: left alone, update noted
    int withdrawn = 0;  // no longer shipped: retired (unless the clinic edited them)
};

// Loads the built-in library into the store on first start and merges newer libraries on
// upgrade without overwriting what the clinic edited or made.
class ExerciseLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseLibrary)

public:
    static constexpr int kFormatVersion = 1;
    static QString builtInResource() { return QStringLiteral(":/exercises/library.json"); }

    // Checks the whole file; on any problem returns an error that names the file, the
    // exercise and the field, and nothing from the file is used.
    static Result<ExerciseLibraryFile> parse(const QByteArray& bytes, const QString& fileName);
    static Result<ExerciseLibraryFile> loadFile(const QString& path);
    static Result<ExerciseLibraryFile> builtIn();

    // Called whenever the app, gradus-cli or the screenshot tool opens a store: merges the
    // built-in library if this store has not seen this exact file. When nothing changed it
    // costs one query.
    static Result<LibraryMergeReport> ensureLoaded(Workspace& workspace);
    // Parses `path` and merges it (tests and library authors); nothing is written when the
    // file has a problem.
    static Result<LibraryMergeReport> loadFrom(Workspace& workspace, const QString& path);
    // Merges a checked library in one transaction:
    //   - a new exercise is added;
    //   - an exercise the clinic has not edited takes the new content (its retired flag and
    //     picture stay);
    //   - an exercise the clinic edited is left as it is, and the newer content is noted;
    //   - an exercise no longer shipped is retired, unless the clinic edited it;
    //   - the clinic's own exercises are never touched;
    //   - a library older than the one already merged (an older Gradus sharing a server)
    //     changes nothing.
    static Result<LibraryMergeReport> merge(Workspace& workspace,
                                            const ExerciseLibraryFile& library);
};

} // namespace gradus
