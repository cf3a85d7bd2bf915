#include "store/Database.h"

#include "backup/StoreBackup.h"
#include "store/Migrations.h"
#include "store/SearchIndex.h"
#include "store/SearchRanking.h"
#include "store/SqlFolding.h"
#include "store/SqliteErrors.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace newsdesk {
namespace {

// What the first 100 bytes of a file say, read without SQLite so that a refused file is
// never opened for writing at all.
struct HeaderProbe {
    bool exists = false;
    bool empty = false;
    bool isSqlite = false;
    int userVersion = 0;
};

Result<HeaderProbe> probeHeader(const QString &path)
{
    HeaderProbe probe;
    QFileInfo info(path);
    if (!info.exists())
        return probe;
    probe.exists = true;
    if (!info.isFile())
        return makeError(ErrorCode::NotADatabase,
            Database::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            Database::tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        probe.empty = true;
        return probe;
    }
    probe.isSqlite
        = header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16));
    if (probe.isSqlite)
        probe.userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    return probe;
}

Error tooNewError(const QString &path, int version)
{
    return makeError(ErrorCode::DatabaseTooNew,
        Database::tr("The article store %1 was written by a newer version of Newsdesk "
                     "(schema %2; this version knows up to %3). Update Newsdesk to open it; "
                     "the file has not been changed.")
            .arg(QDir::toNativeSeparators(path))
            .arg(version)
            .arg(latestSchemaVersion()));
}

// Reading a WAL-mode file makes SQLite create "-wal" and "-shm" beside it. When we refuse the
// file and they were not there before, take them away again: the folder is left as found.
void removeEmptySidecars(const QString &path)
{
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && QFileInfo(wal).size() != 0)
        return;
    QFile::remove(wal);
    QFile::remove(path + QStringLiteral("-shm"));
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("newsdesk-store-%1").arg(++counter);
}

}  // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("newsdesk.sqlite3"));
}

Result<std::unique_ptr<Database>> Database::open(const Options &options)
{
    if (options.path.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No article store file was given."));
    const QString path = QFileInfo(options.path).absoluteFilePath();

    auto probe = probeHeader(path);
    if (!probe)
        return probe.error();
    if (!probe->exists) {
        if (!options.createIfMissing)
            return makeError(ErrorCode::DatabaseNotFound,
                tr("The article store %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(ErrorCode::IoError,
                tr("Cannot create the folder for the article store %1.")
                    .arg(QDir::toNativeSeparators(path)));
    } else if (!probe->empty && !probe->isSqlite) {
        return storeError(path, sqlite_code::NotADb, QStringLiteral("bad header"));
    }
    if (probe->isSqlite && probe->userVersion > latestSchemaVersion())
        return tooNewError(path, probe->userVersion);
    // SQLite would quietly open a write-protected file read-only and fail at the first save;
    // say so now. The folder must be writable too, for the WAL and its index.
    if (probe->exists && !QFileInfo(path).isWritable())
        return storeError(path, sqlite_code::ReadOnly, QStringLiteral("file not writable"));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return makeError(ErrorCode::DatabaseReadOnly,
            tr("Newsdesk cannot write in the folder of the article store %1. Check the "
               "folder's permissions or choose another location.")
                .arg(QDir::toNativeSeparators(path)));

    const bool hadSidecars = QFile::exists(path + QStringLiteral("-wal"))
        || QFile::exists(path + QStringLiteral("-shm"));
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        if (!db.isValid())
            return makeError(ErrorCode::Internal,
                tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite)."));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return storeError(path, db.lastError());
    }
    if (auto configured = database->configure(options); !configured) {
        database->abandon();
        database.reset();
        if (!hadSidecars)
            removeEmptySidecars(path);
        return configured.error();
    }
    return database;
}

Result<void> Database::configure(const Options &options)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // Reading the schema is the first real access: it fails cleanly for a file that is not a
    // database or whose first pages are damaged, before anything is written.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return errorFor(query);
    const int schemaObjects = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorFor(query);
    m_schemaVersion = query.value(0).toInt();
    query.finish();  // an unfinished statement would hold a read transaction open
    if (m_schemaVersion > latestSchemaVersion())
        return tooNewError(m_path, m_schemaVersion);
    if (m_schemaVersion == 0 && schemaObjects > 0) {
        // Some other program's SQLite file: adding our tables to it would damage it.
        return makeError(ErrorCode::NotADatabase,
            tr("%1 is an SQLite database of another program, not a Newsdesk article store. "
               "Newsdesk has not changed the file.")
                .arg(QDir::toNativeSeparators(m_path)));
    }
    if (sqlite3_db_readonly(nativeHandle(), "main") == 1)
        return storeError(m_path, sqlite_code::ReadOnly, QStringLiteral("opened read-only"));

    // Take the write lock once before changing anything, so a store held by another program
    // is refused with a clear message instead of failing half-way.
    if (auto probeLock = exec(QStringLiteral("BEGIN IMMEDIATE")); !probeLock)
        return probeLock;
    if (auto released = exec(QStringLiteral("ROLLBACK")); !released)
        return released;

    if (m_schemaVersion == 0) {
        // A new store: 16 KiB pages suit rows holding whole articles (fewer overflow pages);
        // measured ~25% faster imports than the 4 KiB default. Only possible before the
        // first table and before WAL.
        if (auto sized = exec(QStringLiteral("PRAGMA page_size=16384")); !sized)
            return sized;
    }
    for (const QString &pragma :
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=MEMORY"),
            QStringLiteral("PRAGMA cache_size=-32768")}) {
        if (auto done = exec(pragma); !done)
            return done;
    }
    if (!registerSearchRanking(nativeHandle()) || !registerSqlFolding(nativeHandle()))
        return makeError(ErrorCode::Internal, tr("The search ranking could not be set up."),
            QStringLiteral("FTS5 API not available"));

    const int target
        = options.targetSchemaVersion < 0 ? latestSchemaVersion() : options.targetSchemaVersion;
    if (m_schemaVersion >= 1 && m_schemaVersion < target && options.backupBeforeUpgrade) {
        if (auto saved = backupBeforeUpgrade(options); !saved)
            return saved;
    }
    if (auto upgraded = upgradeSchema(target); !upgraded)
        return upgraded;
    if (m_schemaVersion >= 1) {
        if (auto current = SearchIndex(*this).ensureCurrent(); !current)
            return current;
    }
    return {};
}

Result<void> Database::upgradeSchema(int targetVersion)
{
    if (m_schemaVersion >= targetVersion)
        return {};
    return transaction([&]() -> Result<void> {
        for (const Migration &step : schemaMigrations()) {
            if (step.version <= m_schemaVersion || step.version > targetVersion)
                continue;
            qCInfo(lcStore) << "upgrading" << m_path << "to schema" << step.version
                            << step.description;
            for (const QString &statement : step.statements) {
                if (auto done = exec(statement); !done)
                    return done;
            }
            if (auto done = exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version)); !done)
                return done;
        }
        m_schemaVersion = targetVersion;
        return {};
    });
}

Result<void> Database::backupBeforeUpgrade(const Options &options)
{
    QSqlQuery query(connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM media)"))
        || !query.next())
        return errorFor(query);
    const bool holdsData = query.value(0).toLongLong() > 0;
    query.finish();
    if (!holdsData)
        return {};
    const SystemClock clock;
    StoreBackup backup(*this, clock, BackupOptions {options.backupFolder, options.backupKeep});
    auto made = backup.create(BackupReason::BeforeMigration);
    if (!made)
        return makeError(made.error().code,
            tr("Newsdesk did not upgrade the article store %1, because it could not back it up "
               "first: %2")
                .arg(QDir::toNativeSeparators(m_path), made.error().message),
            made.error().detail);
    qCInfo(lcStore) << "backed up" << m_path << "before the upgrade from schema" << m_schemaVersion
                    << "to" << made->path;
    return {};
}

void Database::abandon()
{
    // A refused file is left exactly as it was: no checkpoint of someone else's WAL on close.
    if (sqlite3 *handle = nativeHandle())
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::mediaDirectory() const
{
    const QFileInfo info(m_path);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral("-media"));
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFor(query);
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &body)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        auto result = body();
        --m_transactionDepth;
        return result;
    }
    if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    m_transactionDepth = 1;
    Result<void> result = body();
    m_transactionDepth = 0;
    if (result) {
        result = exec(QStringLiteral("COMMIT"));
        if (result)
            return result;
    }
    // ROLLBACK can itself fail when SQLite already rolled back (e.g. after SQLITE_FULL).
    QSqlQuery rollback(connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Error Database::errorFor(const QSqlQuery &query) const
{
    return errorFor(query.lastError());
}

Error Database::errorFor(const QSqlError &error) const
{
    qCWarning(lcStore) << "SQLite error on" << m_path << error.nativeErrorCode() << error.text();
    return storeError(m_path, error);
}

Result<QString> Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return errorFor(query);
    return query.next() ? query.value(0).toString() : fallback;
}

Result<void> Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return errorFor(query);
    return {};
}

}  // namespace newsdesk
