#pragma once

// Backups of the article store and its photos, made while the program runs, and restoring one.
//
// A backup is a folder "<backup folder>/newsdesk-YYYYMMDD-HHMMSS" (local time; "-2" added when
// two fall in one second) holding
//     store.sqlite    a consistent copy of the store (rollback-journal mode: one self-contained
//                     file, readable from a read-only stick)
//     media/ab/ab…    the photo files the copy refers to, named by sha256 as in the store
//     manifest.json   {"format": "newsdesk-backup", app version, schema version, counts, time,
//                     reason, size}
// It is written under a hidden ".partial-…" name, every file fsync'ed, then renamed into place:
// a folder without the "." is always complete.
//
// When: once a day (runDailyIfDue, the first time the program runs that local calendar day),
// before every schema upgrade of a store that holds articles (Database::open does it), before
// every restore, and when asked (manual). How many: the newest `keep` backups of the folder
// (default 14) whatever their reason — manual ones count too, so the folder never grows without
// bound; the oldest go first. The backup being restored from is never removed by the restore.
//
// The default folder is "<store dir>/backups" — on the same disk as the store, so it guards
// against mistakes and damaged files, not against a dead laptop: point the folder (settings
// "backup/folder", or `newsdesk-cli backup --to`) at a USB stick or a network share for that.

#include "util/Clock.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace newsdesk {

class Database;

enum class BackupReason { Daily, BeforeMigration, BeforeRestore, Manual };

QString backupReasonKey(BackupReason reason);  // "daily", "before-migration", ...
std::optional<BackupReason> backupReasonFromKey(const QString &key);
QString backupReasonDisplayName(BackupReason reason);  // translated, for lists

struct BackupOptions {
    QString folder;  // empty: "<store dir>/backups"
    int keep = 14;  // backups kept in the folder (at least 1)
};

// The QSettings keys the settings dialog writes: "backup/folder" (empty = default) and
// "backup/keep".
inline QString backupFolderSettingsKey()
{
    return QStringLiteral("backup/folder");
}
inline QString backupKeepSettingsKey()
{
    return QStringLiteral("backup/keep");
}
BackupOptions backupOptionsFromSettings(const QSettings &settings);

struct BackupInfo {
    QString name;  // "newsdesk-20260115-205649"
    QString path;  // absolute path of the backup folder
    QDateTime createdAt;  // UTC
    BackupReason reason = BackupReason::Manual;
    QString appVersion;
    int schemaVersion = 0;
    int articleCount = 0;
    int revisionCount = 0;
    int mediaCount = 0;  // photo files in the backup
    QStringList mediaMissing;  // sha256 of photos the store listed but had no good file for
    qint64 sizeBytes = 0;  // all files of the backup
};

struct DailyOutcome {
    bool made = false;  // false: today's backup already existed
    BackupInfo backup;  // the one made, or today's existing one
};

struct RestoreOutcome {
    BackupInfo restored;
    bool madeSafetyCopy = false;  // false only when there was no store to back up
    BackupInfo safetyCopy;  // the before-restore backup of what the store held
};

class StoreBackup {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::StoreBackup)

public:
    // `db` stays open and usable while backups are made; it must not be inside a transaction.
    StoreBackup(Database &db, const Clock &clock, BackupOptions options = {});

    QString folder() const;  // the resolved backup folder
    const BackupOptions &options() const { return m_options; }

    Result<BackupInfo> create(BackupReason reason);
    // A daily backup unless one was made today (local calendar day of `clock`).
    Result<DailyOutcome> runDailyIfDue();
    Result<QList<BackupInfo>> list() const;  // newest first

    static QString defaultFolder(const QString &storePath);
    static QString resolveFolder(const QString &storePath, const BackupOptions &options);
    // Backups in `folder`, newest first; folders that are not complete backups are skipped.
    static Result<QList<BackupInfo>> list(const QString &folder);
    // A backup by name (in `folder`) or by path (of its folder, or of its store.sqlite).
    static Result<BackupInfo> locate(const QString &folder, const QString &nameOrPath);
    // Reads the manifest, refuses a backup from a newer Newsdesk, runs PRAGMA integrity_check
    // on the copy and checks every photo against its sha256. Changes nothing.
    static Result<BackupInfo> verify(const QString &backupPath);

    // Replaces the store at `storePath` (and adds the backup's photos to its media folder) with
    // the backup `nameOrPath`: verifies it, then FIRST backs up the current store (reason
    // before-restore, into the same backup folder), then copies the backup into the store
    // through SQLite's backup API inside one write transaction — a crash leaves either the old
    // or the new store, never a mix; photos are written to temporary names, fsync'ed, renamed.
    // A backup of an older schema is upgraded as any old store is. Photo files of the old state
    // that the restored store does not use stay in the media folder (harmless; also kept in the
    // before-restore backup). Close the program's own Database on the store first and open it
    // again afterwards: everything read from it before is stale.
    static Result<RestoreOutcome> restore(const QString &storePath, const QString &nameOrPath,
        const BackupOptions &options, const Clock &clock);

private:
    Result<BackupInfo> createProtecting(BackupReason reason, const QStringList &protectedNames);

    Database &m_db;
    const Clock &m_clock;
    BackupOptions m_options;
};

}  // namespace newsdesk
