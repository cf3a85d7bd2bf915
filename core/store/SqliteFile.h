#pragma once

// Raw SQLite on store files, for what Qt's driver does not offer: the online backup API and
// the PRAGMAs that backups and restores need. It belongs to the store, which owns all SQL.
// A failure comes back as an Error whose code says what kind it was (busy or locked, disk
// full, damaged, read-only, anything else) and whose detail is SQLite's own text; the
// message is left empty for the caller, who knows what the file is to the person.

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace newsdesk {

// What a store file holds, read from it directly.
struct StoreFileFacts {
    bool intact = false;  // PRAGMA integrity_check said "ok"
    QStringList integrityProblems;  // its first lines otherwise
    int schemaVersion = 0;
    bool hasStoreTables = false;  // articles, revisions and media are there
    int articles = 0;
    int revisions = 0;
    QStringList mediaSha;  // every photo row, oldest first
};

class SqliteFile {
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    static Result<std::unique_ptr<SqliteFile>> open(const QString &path, Mode mode);
    // The connection of an open Database, used but never closed here.
    static std::unique_ptr<SqliteFile> borrow(sqlite3 *handle);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // Replaces this file's contents with all of `source`, read from one snapshot of it, in one
    // write transaction. Retried for a few seconds while another connection checkpoints.
    Result<void> copyFrom(SqliteFile &source);
    Result<int> pageSize();
    // "wal" or "delete"; SQLite keeps the old mode when other connections prevent the change,
    // so read journalMode() back where that matters.
    Result<void> setJournalMode(const char *mode);
    Result<QString> journalMode();
    // The integrity check first; the counts only when the file holds a Newsdesk store.
    Result<StoreFileFacts> inspect();

private:
    SqliteFile(sqlite3 *handle, bool owned) : m_db(handle), m_owned(owned) { }
    Error failure(int rc) const;
    Result<void> exec(const char *sql);
    Result<QString> text(const char *sql);
    Result<QStringList> column(const char *sql);

    sqlite3 *m_db = nullptr;
    bool m_owned = true;
};

}  // namespace newsdesk
