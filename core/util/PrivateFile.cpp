#include "util/PrivateFile.h"

#include "util/FileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gradus {

Error PrivateFile::existsError(const QString& path)
{
    return Error{QStringLiteral("file.exists"),
                 tr("%1 already exists; choose another name or allow replacing it.")
                     .arg(QDir::toNativeSeparators(path)),
                 ErrorKind::Refused};
}

// Buffers writes and keeps the first errno, so a full disk is reported as such at commit().
class PrivateFile::Device : public QIODevice
{
public:
    explicit Device(int fd) : m_fd(fd) {}

    bool flushBuffer()
    {
        qsizetype done = 0;
        while (m_error == 0 && done < m_buffer.size()) {
            const ssize_t n = ::write(m_fd, m_buffer.constData() + done,
                                      static_cast<size_t>(m_buffer.size() - done));
            if (n < 0) {
                if (errno != EINTR)
                    m_error = errno;
                continue;
            }
            done += n;
        }
        m_buffer.clear();
        return m_error == 0;
    }
    int error() const { return m_error; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_error != 0)
            return -1;
        m_buffer.append(data, size);
        if (m_buffer.size() >= kBufferSize && !flushBuffer())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kBufferSize = qsizetype{64} * 1024;
    int m_fd;
    int m_error = 0;
    QByteArray m_buffer;
};

namespace {

bool renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // File systems without RENAME_NOREPLACE: a hard link fails as well when the target exists.
    if (::link(from.constData(), to.constData()) != 0)
        return false;
    ::unlink(from.constData());
    return true;
}

} // namespace

void PrivateFile::syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

PrivateFile::PrivateFile(const QString& path, Existing existing)
    : m_path(QFileInfo(path).absoluteFilePath()), m_existing(existing)
{
}

PrivateFile::~PrivateFile()
{
    cancel();
}

Error PrivateFile::failure(int error, const QString& code) const
{
    return Error{code,
                 tr("Could not write %1: %2. Nothing was written.")
                     .arg(QDir::toNativeSeparators(m_path), FileAccess::causeOfErrno(error)),
                 FileAccess::kindOfErrno(error)};
}

Status PrivateFile::open()
{
    cancel();
    const QFileInfo target(m_path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{QStringLiteral("file.nofolder"),
                     tr("Could not write %1: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder)),
                     ErrorKind::Invalid};
    if (target.exists() || target.isSymLink()) {
        if (m_existing == Existing::Refuse)
            return Error{
                QStringLiteral("file.exists"),
                tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(m_path)),
                ErrorKind::Invalid};
        if (target.isDir())
            return Error{QStringLiteral("file.isfolder"),
                         tr("%1 is a folder.").arg(QDir::toNativeSeparators(m_path)),
                         ErrorKind::Invalid};
        if (!FileAccess::mayWrite(m_path))
            return Error{QStringLiteral("file.readonly"),
                         tr("%1 is read-only, so it was not replaced. Nothing was written.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         ErrorKind::ReadOnly};
    }
    if (!FileAccess::mayWrite(folder))
        return Error{QStringLiteral("file.readonly"),
                     tr("Could not write %1: the folder %2 is read-only. Nothing was written.")
                         .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder)),
                     ErrorKind::ReadOnly};

    // mkstemps creates the file 0600 (and O_EXCL), so no other user can ever open it.
    QByteArray pattern = QFile::encodeName(
        QDir(folder).filePath(u'.' + target.fileName() + QStringLiteral(".XXXXXX.part")));
    m_fd = ::mkostemps(pattern.data(), 5, O_CLOEXEC);
    if (m_fd < 0)
        return failure(errno, QStringLiteral("file.create"));
    m_temporaryPath = QFile::decodeName(pattern);
    m_device = std::make_unique<Device>(m_fd);
    m_device->open(QIODevice::WriteOnly);
    return {};
}

QIODevice* PrivateFile::device()
{
    return m_device.get();
}

Status PrivateFile::commit()
{
    if (m_fd < 0)
        return Error{QStringLiteral("file.notopen"),
                     tr("Could not write %1: it was not opened.").arg(m_path)};
    const auto fail = [this](int error) {
        Error e = failure(error, QStringLiteral("file.write"));
        cancel();
        return e;
    };
    if (!m_device->flushBuffer())
        return fail(m_device->error());
    if (m_existing == Existing::Replace) {
        // Replacing keeps the permissions the user gave the old file.
        struct stat old = {};
        if (::stat(QFile::encodeName(m_path).constData(), &old) == 0)
            ::fchmod(m_fd, old.st_mode & 07777);
    }
    if (::fsync(m_fd) != 0)
        return fail(errno);
    m_device->close();
    const int fd = std::exchange(m_fd, -1);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
        m_temporaryPath.clear();
        m_device.reset();
        return failure(error, QStringLiteral("file.write"));
    }
    const QByteArray from = QFile::encodeName(m_temporaryPath);
    const QByteArray to = QFile::encodeName(m_path);
    const bool renamed = m_existing == Existing::Refuse
                             ? renameNoReplace(from, to)
                             : ::rename(from.constData(), to.constData()) == 0;
    if (!renamed) {
        const int error = errno;
        ::unlink(from.constData());
        m_temporaryPath.clear();
        m_device.reset();
        if (error == EEXIST)
            return Error{
                QStringLiteral("file.exists"),
                tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(m_path)),
                ErrorKind::Invalid};
        return failure(error, QStringLiteral("file.rename"));
    }
    m_temporaryPath.clear();
    m_device.reset();
    syncFolder(QFileInfo(m_path).absolutePath());
    return {};
}

void PrivateFile::cancel()
{
    if (m_device)
        m_device->close();
    m_device.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

Status PrivateFile::write(const QString& path, const QByteArray& bytes, Existing existing)
{
    PrivateFile file(path, existing);
    if (auto st = file.open(); !st)
        return st;
    file.device()->write(bytes);
    return file.commit();
}

} // namespace gradus
