#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace gradus {

// Writes one file that may hold patient data (an export, a backup, a handout, a report), all
// or nothing. The bytes go to a hidden temporary file in the target's folder, created
// owner-only (0600) from its first byte; commit() flushes it to disk and renames it over the
// target. Until then the target is untouched, and a failure (the disk is full, the folder is
// read-only) removes the temporary file and names the cause. A read-only target or folder is
// refused, never made writable. General purpose: any writer that needs a QIODevice or a file
// name (SQLite's VACUUM INTO) can use it.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    enum class Existing
    {
        Replace, // an existing target is replaced in one step (it keeps its permissions)
        Refuse,  // an existing target is an error (backups); checked again at the rename
    };

    explicit PrivateFile(const QString& path, Existing existing = Existing::Replace);
    ~PrivateFile(); // cancels unless committed
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    Status open();
    // Where to write after open(). Writes are buffered; errors surface at commit().
    QIODevice* device();
    // The temporary file itself, for writers that take a file name.
    QString temporaryPath() const { return m_temporaryPath; }
    QString path() const { return m_path; }

    Status commit();
    void cancel();

    // open(), write, commit() in one call.
    static Status write(const QString& path, const QByteArray& bytes,
                        Existing existing = Existing::Replace);

    // The "file.exists" error (kind Refused), for callers that check before doing expensive
    // work.
    static Error existsError(const QString& path);
    // Flushes the folder's entry list to disk, so that a file just renamed into it survives a
    // power cut (what rename(2) alone does not promise).
    static void syncFolder(const QString& folder);

private:
    class Device;
    Error failure(int error, const QString& code) const;

    QString m_path;
    Existing m_existing;
    QString m_temporaryPath;
    int m_fd = -1;
    std::unique_ptr<Device> m_device;
};

} // namespace gradus
