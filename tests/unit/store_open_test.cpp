// Opening stores: pragmas, migrations from every earlier schema, and every kind of bad file.
// A refused file must be left byte-for-byte as it was.
#include "TestStore.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + name));
    EXPECT_TRUE(query.next());
    return query.value(0);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// A store with a few articles, closed cleanly (WAL checkpointed).
QString makeStoreWithArticles(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("good.sqlite3"));
    ManualClock clock(fixedStart());
    auto db = Database::open(Database::Options {path});
    EXPECT_TRUE(db.ok());
    ArticleStore store(*db.value(), clock);
    for (int i = 0; i < 20; ++i) {
        NewArticle article;
        article.content.title = QStringLiteral("Bài số %1").arg(i);
        article.content.bodyHtml = QStringLiteral("<p>Nội dung bài %1 về Mường Lay.</p>").arg(i);
        EXPECT_TRUE(store.create(article).ok());
    }
    return path;
}

// Schema 1 -> 2: every article gets its workflow row, published ones count as live with their
// current text, nobody's approval is invented, and the new triggers work on old rows.
void expectWorkflowUpgradeFrom1(Database &db)
{
    QSqlQuery query(db.connection());
    ASSERT_TRUE(
        query.exec(QStringLiteral("SELECT a.status, w.live_hash, w.approved_hash FROM articles a "
                                  "JOIN article_workflow w ON w.article_id = a.id ORDER BY a.id")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + QLatin1Char('/')
                + (query.value(1).isNull() ? QStringLiteral("-") : query.value(1).toString())
                + QLatin1Char('/')
                + (query.value(2).isNull() ? QStringLiteral("-") : query.value(2).toString());
    EXPECT_EQ(rows,
        (QStringList {QStringLiteral("draft/-/-"), QStringLiteral("published/p/-"),
            QStringLiteral("approved/-/-")}));
    // An old "approved" article has no approval on record: any edit sends it back to Draft.
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE articles SET content_hash = 'b' WHERE id = 3")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT status FROM articles WHERE id = 3")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("draft"));
    // The history starts empty and valid, and refuses changes.
    AuditLog log(db);
    auto verified = log.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok);
    EXPECT_EQ(verified->checkedEvents, 0);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                          "'trigger' AND name LIKE 'audit_events_%'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
}

}  // namespace

TEST(DatabaseOpen, CreatesANewStoreWithSafePragmas)
{
    TestStore store;
    EXPECT_EQ(pragma(*store.db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*store.db, QStringLiteral("synchronous")).toInt(), 2);  // FULL
    EXPECT_EQ(pragma(*store.db, QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_GT(pragma(*store.db, QStringLiteral("busy_timeout")).toInt(), 0);
    EXPECT_EQ(pragma(*store.db, QStringLiteral("user_version")).toInt(), latestSchemaVersion());
    EXPECT_EQ(store.db->schemaVersion(), latestSchemaVersion());
}

TEST(DatabaseOpen, MissingFileIsCreatedOnlyWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/dir/none.sqlite3"));
    Database::Options options {path};
    options.createIfMissing = false;
    auto refused = Database::open(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseNotFound);
    EXPECT_FALSE(QFile::exists(path));
    options.createIfMissing = true;
    EXPECT_TRUE(Database::open(options).ok());
    EXPECT_TRUE(QFile::exists(path));
}

// Every earlier schema version, with data written in that version's shape, upgrades to the
// latest and keeps its data.
TEST(DatabaseOpen, UpgradesEveryEarlierSchemaVersion)
{
    for (int version = 0; version < latestSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        {
            Database::Options options {path};
            options.targetSchemaVersion = version;
            auto old = Database::open(options);
            ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
            EXPECT_EQ(old.value()->schemaVersion(), version);
            if (version >= 1) {
                QSqlQuery insert(old.value()->connection());
                ASSERT_TRUE(
                    insert.exec(QStringLiteral("INSERT INTO articles(uuid, title, body_html, "
                                               "content_hash, created_at, updated_at) "
                                               "VALUES('0000aaaa-0000-0000-0000-000000000001', "
                                               "'Bài cũ', '<p>Mường Lay</p>', 'x', 1, 1)")));
                ASSERT_TRUE(
                    insert.exec(QStringLiteral("INSERT INTO article_search(rowid, title, body, "
                                               "meta) VALUES(1, 'bai cu', 'muong lay', '')")));
            }
            if (version == 1) {
                // Before the workflow (schema 2): statuses existed, approvals did not.
                QSqlQuery insert(old.value()->connection());
                ASSERT_TRUE(insert.exec(QStringLiteral(
                    "INSERT INTO articles(uuid, status, title, content_hash, created_at, "
                    "updated_at) VALUES('0000aaaa-0000-0000-0000-000000000002', 'published', "
                    "'Đã đăng', 'p', 1, 1), ('0000aaaa-0000-0000-0000-000000000003', "
                    "'approved', 'Đã duyệt', 'a', 1, 1)")));
            }
        }
        auto upgraded = Database::open(Database::Options {path});
        ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
        EXPECT_EQ(upgraded.value()->schemaVersion(), latestSchemaVersion());
        EXPECT_EQ(pragma(*upgraded.value(), QStringLiteral("user_version")).toInt(),
            latestSchemaVersion());
        if (version >= 1) {
            ManualClock clock(fixedStart());
            ArticleStore store(*upgraded.value(), clock);
            auto found = store.searchIndex().search(SearchQuery {QStringLiteral("muong lay")});
            ASSERT_TRUE(found.ok());
            ASSERT_EQ(found->size(), 1);
            EXPECT_EQ(found->front().article.title, QStringLiteral("Bài cũ"));
        }
        if (version == 1)
            expectWorkflowUpgradeFrom1(*upgraded.value());
    }
}

TEST(DatabaseOpen, RefusesANewerSchemaWithoutTouchingTheFile)
{
    QTemporaryDir dir;
    const QString path = makeStoreWithArticles(dir);
    {
        // Pretend a later Newsdesk wrote it.
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-newer"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(
            QStringLiteral("PRAGMA user_version=%1").arg(latestSchemaVersion() + 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-newer"));
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path());

    auto refused = Database::open(Database::Options {path});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseTooNew);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("good.sqlite3")));
    EXPECT_TRUE(refused.error().message.contains(QString::number(latestSchemaVersion() + 1)));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(filesIn(dir.path()), filesBefore);
}

TEST(DatabaseOpen, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite3"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n").repeated(100));
    file.close();
    const QByteArray before = fileHash(path);

    auto refused = Database::open(Database::Options {path});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotADatabase);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("notes.sqlite3")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(filesIn(dir.path()), QStringList {QStringLiteral("notes.sqlite3")});
}

TEST(DatabaseOpen, RefusesAnotherProgramsSqliteDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("danh-ba.sqlite3"));
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-foreign"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-foreign"));
    const QByteArray before = fileHash(path);
    auto refused = Database::open(Database::Options {path});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotADatabase);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("danh-ba.sqlite3")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(filesIn(dir.path()), QStringList {QStringLiteral("danh-ba.sqlite3")});
}

TEST(DatabaseOpen, RefusesADamagedFileWithoutTouchingIt)
{
    QTemporaryDir dir;
    const QString path = makeStoreWithArticles(dir);
    {
        // Scribble over the schema table on page 1, after the 100-byte header.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3000, '\x5A'));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path());

    auto refused = Database::open(Database::Options {path});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt)
        << refused.error().detail.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("good.sqlite3")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(filesIn(dir.path()), filesBefore);
}

TEST(DatabaseOpen, RefusesALockedStoreWithAClearMessage)
{
    QTemporaryDir dir;
    const QString path = makeStoreWithArticles(dir);
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
    other.setDatabaseName(path);
    ASSERT_TRUE(other.open());
    QSqlQuery lock(other);
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const QByteArray before = fileHash(path);

    Database::Options options {path};
    options.busyTimeoutMs = 200;
    auto refused = Database::open(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseLocked);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("good.sqlite3")));
    EXPECT_EQ(fileHash(path), before);

    lock.exec(QStringLiteral("ROLLBACK"));
    lock.finish();
    other.close();
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    EXPECT_TRUE(Database::open(options).ok());
}

TEST(DatabaseOpen, RefusesAReadOnlyFile)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes to read-only files; the CLI test covers this as another user";
    QTemporaryDir dir;
    const QString path = makeStoreWithArticles(dir);
    ASSERT_TRUE(
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);
    auto refused = Database::open(Database::Options {path});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseReadOnly);
    EXPECT_EQ(fileHash(path), before);
}
