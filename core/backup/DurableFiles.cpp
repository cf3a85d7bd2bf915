#include "backup/DurableFiles.h"

#include "backup/StoreBackup.h"
#include "util/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace newsdesk::durable {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error writeError(const QFileDevice &file, const QString &target, int savedErrno)
{
    if (file.error() == QFileDevice::ResourceError || savedErrno == ENOSPC)
        return makeError(ErrorCode::DiskFull,
            StoreBackup::tr("The disk holding %1 is full. Free some space or choose another "
                            "backup folder.")
                .arg(shown(QFileInfo(target).absolutePath())),
            file.errorString());
    if (file.error() == QFileDevice::PermissionsError || savedErrno == EACCES || savedErrno == EROFS
        || savedErrno == EPERM)
        return makeError(ErrorCode::DatabaseReadOnly,
            StoreBackup::tr("Newsdesk cannot write to %1. Check the folder's permissions or "
                            "choose another backup folder.")
                .arg(shown(QFileInfo(target).absolutePath())),
            file.errorString());
    return makeError(ErrorCode::IoError,
        StoreBackup::tr("Reading or writing %1 failed: %2").arg(shown(target), file.errorString()),
        file.errorString());
}

Result<void> fsyncPath(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(
        QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return makeError(ErrorCode::IoError,
            StoreBackup::tr("Reading or writing %1 failed: %2")
                .arg(shown(path), QString::fromLocal8Bit(strerror(errno))));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0 && saved != EINVAL)  // some file systems cannot sync folders: not an error
        return makeError(saved == ENOSPC ? ErrorCode::DiskFull : ErrorCode::IoError,
            StoreBackup::tr("Reading or writing %1 failed: %2")
                .arg(shown(path), QString::fromLocal8Bit(strerror(saved))));
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
#endif
    return {};
}

// Writes through `fill` into a temporary file beside `target`, syncs it and renames it over.
template<typename Fill> Result<void> writeDurably(const QString &target, Fill fill)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::DatabaseReadOnly,
            StoreBackup::tr("Newsdesk cannot write to %1. Check the folder's permissions or "
                            "choose another backup folder.")
                .arg(shown(folder)));
    const QString temporary = target + QStringLiteral(".tmp-newsdesk");
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(out, target, errno);
    errno = 0;
    if (auto filled = fill(out); !filled) {
        out.close();
        QFile::remove(temporary);
        return filled;
    }
    if (!out.flush()) {
        const int saved = errno;
        Error error = writeError(out, target, saved);
        out.close();
        QFile::remove(temporary);
        return error;
    }
#ifdef Q_OS_UNIX
    if (::fsync(out.handle()) != 0) {
        const int saved = errno;
        Error error = writeError(out, target, saved);
        out.close();
        QFile::remove(temporary);
        return error;
    }
#endif
    out.close();
    // std::rename replaces the target atomically on POSIX (QFile::rename refuses to).
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
        != 0) {
        const int saved = errno;
        QFile::remove(temporary);
        return writeError(out, target, saved);
    }
    return fsyncPath(folder, true);
}

}  // namespace

Result<void> copyFile(
    const QString &source, const QString &target, const QString &expectedSha256, Replace replace)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(in.exists() ? ErrorCode::IoError : ErrorCode::NotFound,
            StoreBackup::tr("Reading or writing %1 failed: %2")
                .arg(shown(source), in.errorString()));
    if (replace == Replace::IfDifferentSize && QFileInfo(target).isFile()
        && QFileInfo(target).size() == in.size())
        return {};
    return writeDurably(target, [&](QFile &out) -> Result<void> {
        Sha256 hash;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1024 * 1024);
            if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
                return makeError(ErrorCode::IoError,
                    StoreBackup::tr("Reading or writing %1 failed: %2")
                        .arg(shown(source), in.errorString()));
            if (!expectedSha256.isEmpty())
                hash.addData(chunk);
            if (out.write(chunk) != chunk.size())
                return writeError(out, target, errno);
        }
        if (!expectedSha256.isEmpty() && hash.hexResult() != expectedSha256)
            return makeError(ErrorCode::DatabaseCorrupt,
                StoreBackup::tr("The photo file %1 is damaged.").arg(shown(source)));
        return {};
    });
}

Result<void> writeFile(const QString &target, const QByteArray &bytes)
{
    return writeDurably(target, [&](QFile &out) -> Result<void> {
        if (out.write(bytes) != bytes.size())
            return writeError(out, target, errno);
        return {};
    });
}

Result<void> syncFile(const QString &path)
{
    return fsyncPath(path, false);
}

Result<void> syncDirectory(const QString &path)
{
    return fsyncPath(path, true);
}

Result<void> syncTree(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return {};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (auto synced = fsyncPath(it.next(), true); !synced)
            return synced;
    }
    return fsyncPath(root, true);
}

}  // namespace newsdesk::durable
