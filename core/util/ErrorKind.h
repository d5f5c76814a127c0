#pragma once

#include <QString>

namespace gradus {

// What kind of failure an Error is: the one taxonomy the CLI maps to exit codes and the app
// to its dialogs. The message names the cause; the kind lets callers act on it without
// parsing codes. Storage failures are never "damaged" unless an integrity check says so.
enum class ErrorKind
{
    Unspecified,    // not classified by the code that made it; kindOf() infers from the code
    Failed,         // valid request that could not be carried out
    Invalid,        // bad arguments or input; nothing changed
    NotFound,       // the record named does not exist
    Refused,        // a clinical or business rule refuses it (red-flag gate, an unkept avoid)
    Conflict,       // the record changed since it was read (a stale edit); nothing written
    NeedsAdmin,     // the signed-in account lacks the role for this task
    ReadOnly,       // the store (file or folder) is read-only
    Permission,     // the operating system or server refuses access
    DiskFull,       // no space left
    Busy,           // locked by another writer longer than the wait allows
    Damaged,        // an integrity check found damage
    NewerSchema,    // written by a newer Gradus
    NotGradus,      // another program's database, or not a database at all
    NoDatabase,     // nothing there (a read-only command creates nothing)
    Unreachable,    // the server cannot be reached
    Authentication, // wrong user or password
    TlsRequired,    // the server or the URL demands TLS and it could not be had
};

// Stable spelling for JSON output and logs ("conflict", "read_only", ...).
QString errorKindCode(ErrorKind kind);

// Exit status of gradus-cli for each kind (README "Exit status"):
//   1 could not be carried out (failed, refused, conflict, needs an administrator)
//   2 invalid arguments or input, or a record that does not exist
//   3 the store cannot be written here (read-only, permission, disk full)
//   4 the store is busy (locked by another writer)
//   5 the store cannot be used (damaged, newer schema, not a Gradus database, none there)
//   6 the server cannot be used (unreachable, authentication, TLS)
int exitCodeForKind(ErrorKind kind);

} // namespace gradus
