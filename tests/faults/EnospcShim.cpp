// An LD_PRELOAD library that makes the disk "full" for one folder: once the files below
// $GRADUS_ENOSPC_DIR have been given $GRADUS_ENOSPC_BUDGET bytes (default 0), every further
// write to them fails with ENOSPC, exactly as the kernel reports a full disk. It needs no
// privileges and no file system of its own, so the full-disk tests run the same as root, as a
// user, in a container or on CI. SQLite's shared-memory index (-shm) is left alone: it lives in
// memory on a real system too.
//
//   LD_PRELOAD=libgradus_enospc.so GRADUS_ENOSPC_DIR=/tmp/x gradus-cli ...
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

long long g_spent = 0;

bool refused(int fd, size_t bytes)
{
    static const char* dir = std::getenv("GRADUS_ENOSPC_DIR");
    if (!dir || !*dir || bytes == 0)
        return false;
    char link[64];
    char target[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const size_t dirLength = std::strlen(dir);
    if (std::strncmp(target, dir, dirLength) != 0 ||
        (target[dirLength] != '/' && target[dirLength] != '\0'))
        return false;
    const size_t length = std::strlen(target);
    if (length > 4 && std::strcmp(target + length - 4, "-shm") == 0)
        return false;
    static const long long budget = [] {
        const char* text = std::getenv("GRADUS_ENOSPC_BUDGET");
        return text ? std::atoll(text) : 0LL;
    }();
    if (g_spent + static_cast<long long>(bytes) <= budget) {
        g_spent += static_cast<long long>(bytes);
        return false;
    }
    g_spent = budget;
    return true;
}

template <typename F> F next(const char* name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

size_t total(const struct iovec* iov, int count)
{
    size_t sum = 0;
    for (int i = 0; i < count; ++i)
        sum += iov[i].iov_len;
    return sum;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (refused(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    if (refused(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    if (refused(fd, count)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    if (refused(fd, total(iov, count))) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, iov, count);
}

ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const struct iovec*, int, off_t)>("pwritev");
    if (refused(fd, total(iov, count))) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, iov, count, offset);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    if (refused(fd, static_cast<size_t>(length))) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (refused(fd, static_cast<size_t>(length)))
        return ENOSPC;
    return real(fd, offset, length);
}

} // extern "C"
