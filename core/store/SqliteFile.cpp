#include "store/SqliteFile.h"

#include <sqlite3.h>

namespace newsdesk {

Result<std::unique_ptr<SqliteFile>> SqliteFile::open(const QString &path, Mode mode)
{
    sqlite3 *handle = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    std::unique_ptr<SqliteFile> file(new SqliteFile(handle, true));
    if (rc != SQLITE_OK) {
        Error error = file->failure(rc);
        error.detail = QString::fromUtf8(sqlite3_errstr(rc));
        return error;
    }
    return file;
}

std::unique_ptr<SqliteFile> SqliteFile::borrow(sqlite3 *handle)
{
    return std::unique_ptr<SqliteFile>(new SqliteFile(handle, false));
}

SqliteFile::~SqliteFile()
{
    if (m_owned && m_db)
        sqlite3_close_v2(m_db);
}

Error SqliteFile::failure(int rc) const
{
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error {ErrorCode::DatabaseLocked, {}, detail};
    case SQLITE_FULL:
        return Error {ErrorCode::DiskFull, {}, detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error {ErrorCode::DatabaseCorrupt, {}, detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error {ErrorCode::DatabaseReadOnly, {}, detail};
    default:
        return Error {ErrorCode::IoError, {}, detail};
    }
}

Result<void> SqliteFile::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return failure(rc);
    return {};
}

// The first column of the first row as text.
Result<QString> SqliteFile::text(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc);
    QString value;
    rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        value = QString::fromUtf8(text ? text : "");
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failure(rc);
    return value;
}

Result<QStringList> SqliteFile::column(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc);
    QStringList values;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        values << QString::fromUtf8(text ? text : "");
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failure(rc);
    return values;
}

Result<void> SqliteFile::copyFrom(SqliteFile &source)
{
    sqlite3_backup *backup = sqlite3_backup_init(m_db, "main", source.m_db, "main");
    if (!backup)
        return failure(sqlite3_errcode(m_db));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(100);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return failure(rc);
    if (finished != SQLITE_OK)
        return failure(finished);
    return {};
}

Result<int> SqliteFile::pageSize()
{
    auto size = text("PRAGMA page_size");
    if (!size)
        return size.error();
    return size->toInt();
}

Result<void> SqliteFile::setJournalMode(const char *mode)
{
    return exec(QByteArray("PRAGMA journal_mode=").append(mode).constData());
}

Result<QString> SqliteFile::journalMode()
{
    return text("PRAGMA journal_mode");
}

Result<StoreFileFacts> SqliteFile::inspect()
{
    StoreFileFacts facts;
    auto integrity = column("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    facts.intact = integrity->value(0) == u"ok";
    if (!facts.intact) {
        facts.integrityProblems = integrity->mid(0, 5);
        return facts;
    }
    auto version = text("PRAGMA user_version");
    if (!version)
        return version.error();
    facts.schemaVersion = version->toInt();
    auto tables = text("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                       "('articles', 'revisions', 'media')");
    if (!tables)
        return tables.error();
    facts.hasStoreTables = tables->toInt() == 3;
    if (facts.schemaVersion < 1 || !facts.hasStoreTables)
        return facts;
    auto articles = text("SELECT count(*) FROM articles");
    if (!articles)
        return articles.error();
    facts.articles = articles->toInt();
    auto revisions = text("SELECT count(*) FROM revisions");
    if (!revisions)
        return revisions.error();
    facts.revisions = revisions->toInt();
    auto media = column("SELECT sha256 FROM media ORDER BY id");
    if (!media)
        return media.error();
    facts.mediaSha = *media;
    return facts;
}

}  // namespace newsdesk
