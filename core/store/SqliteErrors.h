#pragma once

// Turns SQLite failures into Errors a person can act on, naming the file concerned.

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace newsdesk {

// Translation context for the messages below.
class StoreErrorText {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::StoreErrorText)
};

// SQLite's primary result codes we tell apart (sqlite3.h values).
namespace sqlite_code {
inline constexpr int Busy = 5;
inline constexpr int Locked = 6;
inline constexpr int ReadOnly = 8;
inline constexpr int IoErr = 10;
inline constexpr int Corrupt = 11;
inline constexpr int Full = 13;
inline constexpr int CantOpen = 14;
inline constexpr int NotADb = 26;
}  // namespace sqlite_code

// The primary SQLite result code carried by a QSqlError from QSQLITE, or 0.
int sqliteCodeOf(const QSqlError &error);

// A user-facing Error for an SQLite failure while working on the store at `path`.
Error storeError(const QString &path, int sqliteCode, const QString &detail);
Error storeError(const QString &path, const QSqlError &error);

}  // namespace newsdesk
