#include "backup/StoreBackup.h"

#include "backup/DurableFiles.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "store/Migrations.h"
#include "store/SqliteFile.h"
#include "util/LogCategories.h"
#include "util/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QStorageInfo>
#include <QThread>
#include <QtEndian>

#include <algorithm>

// Why the SQLite online backup API and not VACUUM INTO: it copies pages as they are, so the
// copy has the store's page size and the same API writes it back on restore into the live,
// WAL-mode store (where SQLite refuses a different page size) inside one write transaction;
// it reads from one snapshot (a writer on another connection neither blocks it nor leaks
// uncommitted pages into it), costs no index rebuild, and lets us fsync the result ourselves
// (VACUUM INTO does not fsync its output).

namespace newsdesk {
namespace {

const QString kFormat = QStringLiteral("newsdesk-backup");
constexpr int kFormatVersion = 1;
const QString kManifest = QStringLiteral("manifest.json");
const QString kStoreFile = QStringLiteral("store.sqlite");
const QString kMediaFolder = QStringLiteral("media");
const QString kNamePrefix = QStringLiteral("newsdesk-");
const QString kPartialPrefix = QStringLiteral(".partial-");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A store-level failure (SqliteFile leaves the words to us) told as a backup's problem.
Error sqliteFailure(const Error &failure, const QString &path)
{
    const QString &detail = failure.detail;
    switch (failure.code) {
    case ErrorCode::DatabaseLocked:
        return makeError(ErrorCode::DatabaseLocked,
            StoreBackup::tr("The article store is in use by another program or another Newsdesk "
                            "window. Close it and try again."),
            detail);
    case ErrorCode::DiskFull:
        return makeError(ErrorCode::DiskFull,
            StoreBackup::tr("The disk holding %1 is full. Free some space or choose another "
                            "backup folder.")
                .arg(shown(path)),
            detail);
    case ErrorCode::DatabaseCorrupt:
        return makeError(ErrorCode::DatabaseCorrupt,
            StoreBackup::tr("The backup %1 is damaged and cannot be used.").arg(shown(path)),
            detail);
    case ErrorCode::DatabaseReadOnly:
        return makeError(ErrorCode::DatabaseReadOnly,
            StoreBackup::tr("Newsdesk cannot write to %1. Check the folder's permissions or "
                            "choose another backup folder.")
                .arg(shown(path)),
            detail);
    default:
        return makeError(ErrorCode::IoError,
            StoreBackup::tr("Reading or writing %1 failed: %2").arg(shown(path), detail), detail);
    }
}

template<typename T> Result<T> worded(Result<T> result, const QString &path)
{
    if (!result)
        return sqliteFailure(result.error(), path);
    return result;
}

// The integrity check and the counts of an opened copy; the copy must be a Newsdesk store.
Result<StoreFileFacts> inspectCopy(SqliteFile &copy, const QString &path)
{
    auto facts = worded(copy.inspect(), path);
    if (!facts)
        return facts.error();
    if (!facts->intact)
        return makeError(ErrorCode::DatabaseCorrupt,
            StoreBackup::tr("The backup %1 is damaged and cannot be used.").arg(shown(path)),
            facts->integrityProblems.join(QStringLiteral("; ")));
    if (facts->schemaVersion < 1 || !facts->hasStoreTables)
        return makeError(ErrorCode::DatabaseCorrupt,
            StoreBackup::tr("%1 is not a backup of a Newsdesk article store.").arg(shown(path)));
    return facts;
}

QString mediaRelativePath(const QString &sha256)
{
    return sha256.left(2) + QLatin1Char('/') + sha256;
}

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Error notWritable(const QString &folder)
{
    return makeError(ErrorCode::DatabaseReadOnly,
        StoreBackup::tr("Newsdesk cannot write in the backup folder %1. Check the folder's "
                        "permissions, or choose another backup folder.")
            .arg(shown(folder)));
}

Error corrupt(const QString &path, const QString &detail = {})
{
    return makeError(ErrorCode::DatabaseCorrupt,
        StoreBackup::tr("The backup %1 is damaged or incomplete and cannot be used.")
            .arg(shown(path)),
        detail);
}

Error tooNew(const QString &path, int version)
{
    return makeError(ErrorCode::DatabaseTooNew,
        StoreBackup::tr("The backup %1 was made by a newer version of Newsdesk (schema %2; this "
                        "version knows up to %3). Update Newsdesk to restore it.")
            .arg(shown(path))
            .arg(version)
            .arg(latestSchemaVersion()));
}

// ---- manifest ---------------------------------------------------------------------------

QJsonObject manifestJson(const BackupInfo &info)
{
    QJsonArray missing;
    for (const QString &sha : info.mediaMissing)
        missing.append(sha);
    return QJsonObject {{QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kFormatVersion}, {QStringLiteral("name"), info.name},
        {QStringLiteral("createdAt"), info.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), backupReasonKey(info.reason)},
        {QStringLiteral("appVersion"), info.appVersion},
        {QStringLiteral("schemaVersion"), info.schemaVersion},
        {QStringLiteral("articleCount"), info.articleCount},
        {QStringLiteral("revisionCount"), info.revisionCount},
        {QStringLiteral("mediaCount"), info.mediaCount}, {QStringLiteral("mediaMissing"), missing},
        {QStringLiteral("sizeBytes"), info.sizeBytes}, {QStringLiteral("storeFile"), kStoreFile},
        {QStringLiteral("mediaFolder"), kMediaFolder}};
}

Result<BackupInfo> readManifest(const QString &backupPath)
{
    QFile file(QDir(backupPath).filePath(kManifest));
    if (!file.open(QIODevice::ReadOnly))
        return corrupt(backupPath, QStringLiteral("no manifest"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError
        || object.value(QStringLiteral("format")).toString() != kFormat)
        return corrupt(backupPath, QStringLiteral("bad manifest"));
    BackupInfo info;
    info.path = QFileInfo(backupPath).absoluteFilePath();
    info.name = QFileInfo(info.path).fileName();
    info.createdAt = QDateTime::fromString(
        object.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs)
                         .toUTC();
    const auto reason = backupReasonFromKey(object.value(QStringLiteral("reason")).toString());
    if (!info.createdAt.isValid() || !reason)
        return corrupt(backupPath, QStringLiteral("bad manifest fields"));
    info.reason = *reason;
    info.appVersion = object.value(QStringLiteral("appVersion")).toString();
    info.schemaVersion = object.value(QStringLiteral("schemaVersion")).toInt();
    info.articleCount = object.value(QStringLiteral("articleCount")).toInt();
    info.revisionCount = object.value(QStringLiteral("revisionCount")).toInt();
    info.mediaCount = object.value(QStringLiteral("mediaCount")).toInt();
    for (const QJsonValue &sha : object.value(QStringLiteral("mediaMissing")).toArray())
        info.mediaMissing << sha.toString();
    info.sizeBytes = object.value(QStringLiteral("sizeBytes")).toInteger();
    if (object.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return makeError(ErrorCode::DatabaseTooNew,
            StoreBackup::tr("The backup %1 was made by a newer version of Newsdesk. Update "
                            "Newsdesk to restore it.")
                .arg(shown(backupPath)));
    return info;
}

QString uniqueName(const QString &folder, const QDateTime &nowUtc)
{
    const QString base
        = kNamePrefix + nowUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name))
         || QFileInfo::exists(QDir(folder).filePath(kPartialPrefix + name));
         ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

// Removes a backup folder so that it never looks like a complete backup half-way: renamed to a
// hidden name first.
void removeBackupFolder(const QString &path)
{
    const QFileInfo info(path);
    const QString doomed
        = info.absoluteDir().filePath(QStringLiteral(".deleting-") + info.fileName());
    QDir(doomed).removeRecursively();
    if (QDir().rename(path, doomed))
        QDir(doomed).removeRecursively();
    else
        QDir(path).removeRecursively();
}

// Leftovers of interrupted backups (program killed, power lost) older than a day.
void removeStaleLeftovers(const QString &folder, const QDateTime &nowUtc)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(
        {kPartialPrefix + u'*', QStringLiteral(".deleting-*")}, QDir::Dirs | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.lastModified().toUTC().secsTo(nowUtc) > 24 * 3600)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

Result<void> prune(const QString &folder, int keep, const QStringList &protectedNames)
{
    auto backups = StoreBackup::list(folder);
    if (!backups)
        return backups.error();
    int kept = 0;
    const int limit = std::max(1, keep);
    for (const BackupInfo &backup : *backups) {  // newest first
        if (kept < limit || protectedNames.contains(backup.name)) {
            ++kept;
            continue;
        }
        qCInfo(lcBackup) << "removing old backup" << backup.path;
        removeBackupFolder(backup.path);
    }
    return {};
}

}  // namespace

// ---- reasons and options -----------------------------------------------------------------

QString backupReasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::BeforeMigration:
        return QStringLiteral("before-migration");
    case BackupReason::BeforeRestore:
        return QStringLiteral("before-restore");
    case BackupReason::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

std::optional<BackupReason> backupReasonFromKey(const QString &key)
{
    for (BackupReason reason : {BackupReason::Daily, BackupReason::BeforeMigration,
             BackupReason::BeforeRestore, BackupReason::Manual}) {
        if (key.compare(backupReasonKey(reason), Qt::CaseInsensitive) == 0)
            return reason;
    }
    return std::nullopt;
}

QString backupReasonDisplayName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return StoreBackup::tr("Daily");
    case BackupReason::BeforeMigration:
        return StoreBackup::tr("Before an upgrade");
    case BackupReason::BeforeRestore:
        return StoreBackup::tr("Before a restore");
    case BackupReason::Manual:
        return StoreBackup::tr("Made by hand");
    }
    return {};
}

BackupOptions backupOptionsFromSettings(const QSettings &settings)
{
    BackupOptions options;
    options.folder = settings.value(backupFolderSettingsKey()).toString();
    bool ok = false;
    const int keep = settings.value(backupKeepSettingsKey(), options.keep).toInt(&ok);
    if (ok && keep >= 1)
        options.keep = keep;
    return options;
}

// ---- StoreBackup -------------------------------------------------------------------------

StoreBackup::StoreBackup(Database &db, const Clock &clock, BackupOptions options)
    : m_db(db), m_clock(clock), m_options(std::move(options))
{
}

QString StoreBackup::defaultFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString StoreBackup::resolveFolder(const QString &storePath, const BackupOptions &options)
{
    return options.folder.isEmpty() ? defaultFolder(storePath)
                                    : QFileInfo(options.folder).absoluteFilePath();
}

QString StoreBackup::folder() const
{
    return resolveFolder(m_db.path(), m_options);
}

Result<QList<BackupInfo>> StoreBackup::list() const
{
    return list(folder());
}

Result<QList<BackupInfo>> StoreBackup::list(const QString &folder)
{
    QList<BackupInfo> backups;
    const QFileInfoList entries
        = QDir(folder).entryInfoList({kNamePrefix + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        auto info = readManifest(entry.absoluteFilePath());
        if (info)
            backups.append(info.value());
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.name > b.name;
    });
    return backups;
}

Result<BackupInfo> StoreBackup::locate(const QString &folder, const QString &nameOrPath)
{
    QString path;
    const QFileInfo given(nameOrPath);
    if (given.isDir())
        path = given.absoluteFilePath();
    else if (given.isFile() && given.fileName() == kStoreFile)
        path = given.absolutePath();
    else if (!nameOrPath.contains(QLatin1Char('/'))
        && QFileInfo(QDir(folder).filePath(nameOrPath)).isDir())
        path = QDir(folder).filePath(nameOrPath);
    if (path.isEmpty())
        return makeError(
            ErrorCode::NotFound, tr("There is no backup %1 in %2.").arg(nameOrPath, shown(folder)));
    return readManifest(path);
}

Result<BackupInfo> StoreBackup::verify(const QString &backupPath)
{
    auto manifest = readManifest(backupPath);
    if (!manifest)
        return manifest.error();
    BackupInfo info = manifest.value();
    if (info.schemaVersion > latestSchemaVersion())
        return tooNew(backupPath, info.schemaVersion);
    const QString storeCopy = QDir(backupPath).filePath(kStoreFile);
    {
        QFile file(storeCopy);
        if (!file.open(QIODevice::ReadOnly))
            return corrupt(backupPath, QStringLiteral("no store.sqlite"));
        const QByteArray header = file.read(100);
        if (header.size() != 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return corrupt(backupPath, QStringLiteral("not an SQLite file"));
        const int version = qFromBigEndian<qint32>(header.constData() + 60);
        if (version > latestSchemaVersion())
            return tooNew(backupPath, version);
    }
    // Read-only: verifying never changes a backup, and works on a write-protected stick.
    auto copy = SqliteFile::open(storeCopy, SqliteFile::Mode::ReadOnly);
    if (!copy)
        return corrupt(backupPath, copy.error().detail);
    auto facts = inspectCopy(**copy, backupPath);
    if (!facts) {
        if (facts.error().code == ErrorCode::DatabaseCorrupt)
            return corrupt(backupPath, facts.error().detail);
        return facts.error();
    }
    if (facts->schemaVersion > latestSchemaVersion())
        return tooNew(backupPath, facts->schemaVersion);
    for (const QString &sha : facts->mediaSha) {
        if (info.mediaMissing.contains(sha))
            continue;
        QFile photo(QDir(backupPath).filePath(kMediaFolder + u'/' + mediaRelativePath(sha)));
        if (!photo.open(QIODevice::ReadOnly))
            return corrupt(backupPath, QStringLiteral("missing photo ") + sha);
        Sha256 hash;
        while (!photo.atEnd())
            hash.addData(photo.read(1024 * 1024));
        if (hash.hexResult() != sha)
            return corrupt(backupPath, QStringLiteral("damaged photo ") + sha);
    }
    info.schemaVersion = facts->schemaVersion;
    info.articleCount = facts->articles;
    info.revisionCount = facts->revisions;
    return info;
}

Result<BackupInfo> StoreBackup::create(BackupReason reason)
{
    return createProtecting(reason, {});
}

Result<DailyOutcome> StoreBackup::runDailyIfDue()
{
    auto backups = list();
    if (!backups)
        return backups.error();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    for (const BackupInfo &backup : *backups) {  // newest first: the newest daily decides
        if (backup.reason != BackupReason::Daily)
            continue;
        if (backup.createdAt.toLocalTime().date() == today) {
            DailyOutcome outcome;
            outcome.backup = backup;
            return outcome;
        }
        break;
    }
    auto made = create(BackupReason::Daily);
    if (!made)
        return made.error();
    DailyOutcome outcome;
    outcome.made = true;
    outcome.backup = made.value();
    return outcome;
}

Result<BackupInfo> StoreBackup::createProtecting(
    BackupReason reason, const QStringList &protectedNames)
{
    if (m_db.inTransaction())
        return makeError(ErrorCode::Internal,
            tr("A backup cannot be made in the middle of saving."),
            QStringLiteral("StoreBackup::create inside a transaction"));
    sqlite3 *source = m_db.nativeHandle();
    if (!source)
        return makeError(ErrorCode::Internal, tr("The article store is not open."));

    const QString target = folder();
    if (!QDir().mkpath(target) || !QFileInfo(target).isWritable())
        return notWritable(target);
    const QDateTime now = m_clock.nowUtc();
    removeStaleLeftovers(target, now);

    // Refuse early when the copy cannot fit: a clear message instead of a failure half-way.
    qint64 needed
        = QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + QStringLiteral("-wal")).size();
    if (auto photos = MediaStore::totalBytes(m_db))
        needed += *photos;
    const QStorageInfo storage(target);
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < needed + 1024 * 1024)
        return makeError(ErrorCode::DiskFull,
            tr("There is not enough free space for a backup in %1 (%2 needed, %3 free). Free "
               "some space or choose another backup folder.")
                .arg(shown(target), QLocale::c().formattedDataSize(needed),
                    QLocale::c().formattedDataSize(storage.bytesAvailable())));

    BackupInfo info;
    info.name = uniqueName(target, now);
    info.path = QDir(target).filePath(info.name);
    info.createdAt = now;
    info.reason = reason;
    info.appVersion = QStringLiteral(NEWSDESK_VERSION);
    const QString partial = QDir(target).filePath(kPartialPrefix + info.name);

    auto made = [&]() -> Result<void> {
        if (!QDir().mkpath(partial))
            return notWritable(target);
        const QString storeCopy = QDir(partial).filePath(kStoreFile);
        StoreFileFacts facts;
        {
            auto copy = SqliteFile::open(storeCopy, SqliteFile::Mode::ReadWriteCreate);
            if (!copy)
                return sqliteFailure(copy.error(), target);
            const auto live = SqliteFile::borrow(source);
            if (auto copied = worded((*copy)->copyFrom(*live), target); !copied)
                return copied;
            // The copied header says WAL (the store's mode); a backup is one self-contained
            // file, so switch it to a rollback journal (WAL -> DELETE rewrites the header).
            if (auto wal = worded((*copy)->setJournalMode("WAL"), target); !wal)
                return wal;
            if (auto plain = worded((*copy)->setJournalMode("DELETE"), target); !plain)
                return plain;
            auto inspected = inspectCopy(**copy, target);
            if (!inspected)
                return inspected.error();
            facts = inspected.value();
        }
        if (auto synced = durable::syncFile(storeCopy); !synced)
            return synced;
        info.schemaVersion = facts.schemaVersion;
        info.articleCount = facts.articles;
        info.revisionCount = facts.revisions;

        // Photos: exactly those the copy lists. Files are written before their rows and never
        // change, so every row of the snapshot has its file unless the store is damaged.
        const QDir sourceMedia(m_db.mediaDirectory());
        const QDir backupMedia(QDir(partial).filePath(kMediaFolder));
        for (const QString &sha : facts.mediaSha) {
            const QString relative = mediaRelativePath(sha);
            auto copied = durable::copyFile(sourceMedia.filePath(relative),
                backupMedia.filePath(relative), sha, durable::Replace::Always);
            if (!copied) {
                if (copied.error().code == ErrorCode::DiskFull)
                    return copied;
                if (copied.error().code == ErrorCode::DatabaseReadOnly)
                    return notWritable(target);
                // A photo missing or damaged in the store: the backup still saves the rest.
                qCWarning(lcBackup)
                    << "photo missing or damaged in the store, not backed up:" << sha;
                info.mediaMissing << sha;
                continue;
            }
            ++info.mediaCount;
        }
        if (auto synced = durable::syncTree(partial); !synced)
            return synced;
        info.sizeBytes = folderSize(partial);
        const QByteArray manifest = QJsonDocument(manifestJson(info)).toJson();
        if (auto written = durable::writeFile(QDir(partial).filePath(kManifest), manifest);
            !written)
            return written;
        if (!QDir().rename(partial, info.path))
            return notWritable(target);
        return durable::syncDirectory(target);
    }();
    if (!made) {
        QDir(partial).removeRecursively();
        qCWarning(lcBackup) << "backup failed:" << made.error().detail;
        return made.error();
    }
    qCInfo(lcBackup) << "backup made:" << info.path << "reason" << backupReasonKey(reason)
                     << "articles" << info.articleCount << "photos" << info.mediaCount << "bytes"
                     << info.sizeBytes;
    if (auto pruned = prune(target, m_options.keep, protectedNames + QStringList {info.name});
        !pruned)
        qCWarning(lcBackup) << "could not remove old backups:" << pruned.error().detail;
    return info;
}

Result<RestoreOutcome> StoreBackup::restore(const QString &storePathIn, const QString &nameOrPath,
    const BackupOptions &options, const Clock &clock)
{
    const QString storePath = QFileInfo(storePathIn).absoluteFilePath();
    const QString folder = resolveFolder(storePath, options);
    auto located = locate(folder, nameOrPath);
    if (!located)
        return located.error();
    auto verified = verify(located->path);
    if (!verified)
        return verified.error();
    RestoreOutcome outcome;
    outcome.restored = verified.value();
    const QString backupPath = outcome.restored.path;
    const QString backupStore = QDir(backupPath).filePath(kStoreFile);
    const QDir backupMedia(QDir(backupPath).filePath(kMediaFolder));
    qCInfo(lcBackup) << "restoring" << backupPath << "into" << storePath;

    Database::Options openOptions;
    openOptions.path = storePath;
    openOptions.createIfMissing = false;
    openOptions.backupFolder = options.folder;
    openOptions.backupKeep = options.keep;

    auto copyPhotos = [&](const QString &mediaDirectory) -> Result<void> {
        QStringList written;
        for (const QString &relative : [&] {
                 QStringList files;
                 QDirIterator it(backupMedia.path(), QDir::Files, QDirIterator::Subdirectories);
                 while (it.hasNext())
                     files << backupMedia.relativeFilePath(it.next());
                 return files;
             }()) {
            const QString sha = QFileInfo(relative).fileName();
            auto copied = durable::copyFile(backupMedia.filePath(relative),
                QDir(mediaDirectory).filePath(relative), sha, durable::Replace::IfDifferentSize);
            if (!copied)
                return copied;
        }
        return durable::syncTree(mediaDirectory);
    };

    if (!QFileInfo::exists(storePath)) {
        // Nothing to keep (a new laptop): the copy is put in place under a temporary name,
        // fsync'ed and renamed, then opened once so that it is upgraded and set up.
        if (!QDir().mkpath(QFileInfo(storePath).absolutePath()))
            return notWritable(QFileInfo(storePath).absolutePath());
        const QFileInfo info(storePath);
        const QString mediaDirectory
            = info.absoluteDir().filePath(info.fileName() + QStringLiteral("-media"));
        if (auto photos = copyPhotos(mediaDirectory); !photos)
            return photos.error();
        if (auto copied = durable::copyFile(backupStore, storePath, {}, durable::Replace::Always);
            !copied)
            return copied.error();
        auto reopened = Database::open(openOptions);
        if (!reopened)
            return reopened.error();
        qCInfo(lcBackup) << "restored" << backupPath << "into a new store";
        return outcome;
    }

    auto opened = Database::open(openOptions);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    {
        StoreBackup safety(*db, clock, options);
        auto saved = safety.createProtecting(BackupReason::BeforeRestore, {outcome.restored.name});
        if (!saved)
            return makeError(saved.error().code,
                tr("Nothing was restored, because the current articles could not be backed up "
                   "first: %1")
                    .arg(saved.error().message),
                saved.error().detail);
        outcome.madeSafetyCopy = true;
        outcome.safetyCopy = saved.value();
    }
    // Photos first: a store row must never point at a file that is not there. Extra files
    // are harmless if the store copy below fails.
    if (auto photos = copyPhotos(db->mediaDirectory()); !photos)
        return photos.error();

    auto source = SqliteFile::open(backupStore, SqliteFile::Mode::ReadOnly);
    if (!source)
        return corrupt(backupPath, source.error().detail);
    const auto dest = SqliteFile::borrow(db->nativeHandle());
    auto sourcePageSize = worded((*source)->pageSize(), backupPath);
    auto destPageSize = worded(dest->pageSize(), storePath);
    if (!sourcePageSize)
        return sourcePageSize.error();
    if (!destPageSize)
        return destPageSize.error();
    // In WAL mode SQLite cannot change the page size: a copy with other pages is written
    // through a rollback journal (needs the store to ourselves) and WAL is switched back on.
    const bool samePageSize = *sourcePageSize == *destPageSize;
    if (!samePageSize) {
        if (auto plain = worded(dest->setJournalMode("DELETE"), storePath); !plain)
            return plain.error();
        auto mode = dest->journalMode();
        if (!mode || mode->compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
            return sqliteFailure(Error {ErrorCode::DatabaseLocked, {}, {}}, storePath);
    }
    // One write transaction on the live store: a crash leaves the old store or the new one.
    auto copied = worded(dest->copyFrom(**source), storePath);
    if (!samePageSize) {
        if (auto wal = dest->setJournalMode("WAL"); !wal)
            qCWarning(lcBackup) << "could not switch the restored store back to WAL";
    }
    if (!copied) {
        const Error &error = copied.error();
        return makeError(error.code,
            tr("The backup was not restored: %1 Your articles are as they were.")
                .arg(error.message),
            error.detail);
    }
    db.reset();
    // Opened once more: upgrades a backup of an older schema and checks the search index.
    auto reopened = Database::open(openOptions);
    if (!reopened)
        return reopened.error();
    qCInfo(lcBackup) << "restored" << backupPath << "articles" << outcome.restored.articleCount;
    return outcome;
}

}  // namespace newsdesk
