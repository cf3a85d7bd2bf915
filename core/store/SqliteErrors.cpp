#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>

namespace newsdesk {

int sqliteCodeOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : 0;
}

Error storeError(const QString &path, int sqliteCode, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (sqliteCode) {
    case sqlite_code::Busy:
    case sqlite_code::Locked:
        return makeError(ErrorCode::DatabaseLocked,
            StoreErrorText::tr("The article store %1 is in use by another program (is Newsdesk "
                               "already running?). Close it and try again.")
                .arg(file),
            detail);
    case sqlite_code::ReadOnly:
        return makeError(ErrorCode::DatabaseReadOnly,
            StoreErrorText::tr("The article store %1 is read-only. Check the file's permissions "
                               "or choose another location.")
                .arg(file),
            detail);
    case sqlite_code::Corrupt:
        return makeError(ErrorCode::DatabaseCorrupt,
            StoreErrorText::tr("The article store %1 is damaged. Restore it from a backup; "
                               "Newsdesk has not changed the file.")
                .arg(file),
            detail);
    case sqlite_code::NotADb:
        return makeError(ErrorCode::NotADatabase,
            StoreErrorText::tr("%1 is not a Newsdesk article store (not an SQLite database). "
                               "Newsdesk has not changed the file.")
                .arg(file),
            detail);
    case sqlite_code::Full:
        return makeError(ErrorCode::DiskFull,
            StoreErrorText::tr("The disk holding %1 is full. Nothing was saved; free some space "
                               "and try again — your previous version is intact.")
                .arg(file),
            detail);
    case sqlite_code::CantOpen:
        return makeError(ErrorCode::IoError,
            StoreErrorText::tr("Cannot open the article store %1. Check that the folder exists "
                               "and that you may write to it.")
                .arg(file),
            detail);
    case sqlite_code::IoErr:
        return makeError(ErrorCode::IoError,
            StoreErrorText::tr("Reading or writing the article store %1 failed (disk error).")
                .arg(file),
            detail);
    default:
        return makeError(ErrorCode::Internal,
            StoreErrorText::tr("The article store %1 reported an unexpected error.").arg(file),
            detail);
    }
}

Error storeError(const QString &path, const QSqlError &error)
{
    return storeError(path, sqliteCodeOf(error), error.text());
}

}  // namespace newsdesk
