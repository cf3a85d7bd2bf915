#pragma once

// One SQLite store file: opening it safely, upgrading its schema, and running transactions.
// Opening never changes a file it refuses (not a database, damaged, locked, read-only, or
// written by a newer Newsdesk).

#include "util/Result.h"
#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace newsdesk {

class Database {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::Database)

public:
    struct Options {
        QString path;
        int busyTimeoutMs = 5000;  // how long to wait for another writer before giving up
        bool createIfMissing = true;
        // Tests build stores of older versions with this; everything else takes the latest.
        int targetSchemaVersion = -1;
        // Before upgrading a store that holds articles or photos to a newer schema, a backup
        // (reason before-migration, see backup/StoreBackup.h) is made into `backupFolder`
        // (empty: "<store dir>/backups"), keeping `backupKeep`. When it cannot be made the
        // upgrade is refused and the store left as it was.
        bool backupBeforeUpgrade = true;
        QString backupFolder;
        int backupKeep = 14;
    };

    static Result<std::unique_ptr<Database>> open(const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // Where media files of this store live: "<dir>/<file name>-media".
    QString mediaDirectory() const;

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT. Any error rolls everything back. Nested
    // calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &body);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // The SQLite handle under the Qt connection, for the few things Qt Sql cannot do
    // (registering FTS5 functions, read-only checks, the backup API).
    sqlite3 *nativeHandle() const;

    // A user-facing error for a failed query on this store.
    Error errorFor(const class QSqlQuery &query) const;
    Error errorFor(const class QSqlError &error) const;

    // Settings kept inside the store (not user preferences: facts about this store).
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    static QString defaultPath();  // AppDataLocation/newsdesk.sqlite3

private:
    Database(QString path, QString connectionName);
    Result<void> configure(const Options &options);
    Result<void> upgradeSchema(int targetVersion);
    Result<void> backupBeforeUpgrade(const Options &options);
    Result<void> exec(const QString &sql);
    void abandon();  // close without checkpointing: used when refusing a file

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

}  // namespace newsdesk
