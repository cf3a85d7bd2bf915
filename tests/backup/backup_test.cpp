// Store backups: consistent copies while the program runs, restore round trips, rotation, the
// daily rule, backups before schema upgrades and before restores, refusals that change nothing,
// and the log file (rotation, and no article text in it).
#include "TestStore.h"
#include "backup/StoreBackup.h"
#include "io/ArticleImporter.h"
#include "store/Migrations.h"
#include "util/LogCategories.h"
#include "util/LogFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything a person would miss: every article, every revision, every photo row and file.
struct Snapshot {
    QList<Article> articles;
    QList<Revision> revisions;
    QStringList mediaRows;
    QMap<QString, QByteArray> mediaFiles;  // sha -> bytes

    bool operator==(const Snapshot &other) const
    {
        if (articles.size() != other.articles.size() || revisions.size() != other.revisions.size())
            return false;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Article &a = articles[i];
            const Article &b = other.articles[i];
            if (a.id != b.id || a.uuid != b.uuid || !(a.content == b.content)
                || a.status != b.status || a.publishAt != b.publishAt
                || a.contentHash != b.contentHash || a.localRevision != b.localRevision
                || a.createdAt != b.createdAt || a.updatedAt != b.updatedAt)
                return false;
        }
        for (qsizetype i = 0; i < revisions.size(); ++i) {
            const Revision &a = revisions[i];
            const Revision &b = other.revisions[i];
            if (a.articleId != b.articleId || a.number != b.number || !(a.content == b.content)
                || a.contentHash != b.contentHash || a.label != b.label
                || a.createdAt != b.createdAt)
                return false;
        }
        return mediaRows == other.mediaRows && mediaFiles == other.mediaFiles;
    }
};

Snapshot snapshot(Database &db, ArticleStore &articles, MediaStore &media)
{
    Snapshot snap;
    ListQuery query;
    query.limit = 100000;
    query.order = ListOrder {ListSortKey::Updated, false};
    auto rows = articles.list(query);
    EXPECT_TRUE(rows.ok());
    QList<qint64> ids;
    for (const auto &row : rows.value_or({}))
        ids << row.id;
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        auto article = articles.get(id);
        EXPECT_TRUE(article.ok());
        if (!article)
            continue;
        snap.articles << article.value();
        auto revisions = articles.revisions(id);
        EXPECT_TRUE(revisions.ok());
        snap.revisions << revisions.value_or({});
    }
    QSqlQuery rowsQuery(db.connection());
    EXPECT_TRUE(rowsQuery.exec(QStringLiteral(
        "SELECT id, sha256, mime_type, size, caption, original_name, created_at FROM media "
        "ORDER BY id")));
    while (rowsQuery.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields << rowsQuery.value(i).toString();
        snap.mediaRows << fields.join(u'|');
        snap.mediaFiles.insert(
            rowsQuery.value(1).toString(), readAll(media.filePath(rowsQuery.value(1).toString())));
    }
    return snap;
}

QByteArray photoBytes(int n)
{
    // Any bytes will do for the store; distinct per photo.
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000 + n, char('a' + n % 26));
}

// A store with photos, a featured photo, tags, statuses, several revisions each.
void fill(TestStore &store, int count = 6)
{
    for (int i = 0; i < count; ++i) {
        auto photo = store.media->add(photoBytes(i), QStringLiteral("image/png"),
            QStringLiteral("anh-%1.png").arg(i), QStringLiteral("Chú thích %1").arg(i));
        ASSERT_TRUE(photo.ok());
        NewArticle article;
        article.content.title = QStringLiteral("Bài %1 về Mường Lay").arg(i);
        article.content.summary = QStringLiteral("Sapo %1").arg(i);
        article.content.bodyHtml = QStringLiteral("<p>Đoạn %1.</p>\n<figure><img src=\"%2\" "
                                                  "alt=\"\"></figure>")
                                       .arg(i)
                                       .arg(QStringLiteral("newsdesk-media:") + photo->sha256);
        article.content.author = QStringLiteral("Nguyễn Văn A");
        article.content.category = QStringLiteral("Tin tức");
        article.content.tags = {QStringLiteral("tag%1").arg(i), QStringLiteral("chung")};
        article.content.featuredMediaId = photo->id;
        article.publishAt = fixedStart().addDays(i);
        article.status = i % 2 ? Status::Published : Status::Draft;
        auto created = store.articles->create(article);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        store.clock.advanceMs(1000);
        ArticleContent changed = created->content;
        changed.bodyHtml += QStringLiteral("\n<p>Thêm %1.</p>").arg(i);
        SaveOptions save;
        save.recordRevision = true;
        save.label = QStringLiteral("Saved");
        ASSERT_TRUE(store.articles->saveContent(created->id, changed, save).ok());
        store.clock.advanceMs(1000);
    }
}

BackupInfo makeBackup(
    TestStore &store, BackupReason reason = BackupReason::Manual, BackupOptions options = {})
{
    StoreBackup backup(*store.db, store.clock, options);
    auto made = backup.create(reason);
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message.toStdString());
    store.clock.advanceMs(1000);
    return made.value_or(BackupInfo {});
}

QStringList backupNames(const QString &folder)
{
    QStringList names;
    auto backups = StoreBackup::list(folder);
    EXPECT_TRUE(backups.ok());
    for (const BackupInfo &info : backups.value_or({}))
        names << info.name;
    return names;
}

QString defaultFolder(const TestStore &store)
{
    return StoreBackup::defaultFolder(store.path());
}

}  // namespace

TEST(StoreBackup, CopyIsConsistentWhileAnotherConnectionWrites)
{
    TestStore store;
    fill(store, 3);
    auto other = Database::open(Database::Options {store.path()});
    ASSERT_TRUE(other.ok());
    ArticleStore otherArticles(*other.value(), store.clock);
    BackupInfo info;
    // The other connection holds an open write transaction with a new, uncommitted article.
    auto written = other.value()->transaction([&]() -> Result<void> {
        NewArticle article;
        article.content.title = QStringLiteral("Chưa lưu");
        article.content.bodyHtml = QStringLiteral("<p>x</p>");
        auto created = otherArticles.create(article);
        if (!created)
            return created.error();
        info = makeBackup(store);
        return {};
    });
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(info.articleCount, 3);
    EXPECT_EQ(info.mediaCount, 3);
    EXPECT_EQ(info.reason, BackupReason::Manual);
    EXPECT_EQ(info.appVersion, QStringLiteral(NEWSDESK_VERSION));
    EXPECT_EQ(info.schemaVersion, latestSchemaVersion());
    auto verified = StoreBackup::verify(info.path);
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_EQ(verified->articleCount, 3);
    // One self-contained file in rollback-journal mode (header bytes 18/19 = 1), no sidecars.
    const QByteArray header = readAll(QDir(info.path).filePath(QStringLiteral("store.sqlite")));
    ASSERT_GT(header.size(), 20);
    EXPECT_EQ(header[18], 1);
    EXPECT_EQ(header[19], 1);
    EXPECT_FALSE(QFile::exists(QDir(info.path).filePath(QStringLiteral("store.sqlite-wal"))));
    EXPECT_TRUE(info.name.startsWith(QStringLiteral("newsdesk-")));
    EXPECT_TRUE(QFile::exists(QDir(info.path).filePath(QStringLiteral("manifest.json"))));
    auto count = store.articles->count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), 4);  // the store has the committed article; the backup does not
}

TEST(StoreBackup, RestoreBringsBackEveryArticleRevisionAndPhoto)
{
    TestStore store;
    fill(store);
    const Snapshot before = snapshot(*store.db, *store.articles, *store.media);
    ASSERT_EQ(before.articles.size(), 6);
    ASSERT_EQ(before.revisions.size(), 12);
    const BackupInfo info = makeBackup(store);

    // Afterwards: an edit, a new article, a new photo.
    auto first = store.articles->get(before.articles.front().id);
    ASSERT_TRUE(first.ok());
    ArticleContent edited = first->content;
    edited.title = QStringLiteral("Đã sửa");
    ASSERT_TRUE(store.articles->saveContent(first->id, edited, SaveOptions {true}).ok());
    ASSERT_TRUE(store.media->add(photoBytes(99), QStringLiteral("image/png")).ok());
    store.create(QStringLiteral("Bài mới"), QStringLiteral("<p>mới</p>"));
    const Snapshot changed = snapshot(*store.db, *store.articles, *store.media);
    EXPECT_FALSE(changed == before);

    store.articles.reset();
    store.media.reset();
    store.db.reset();
    auto restored = StoreBackup::restore(store.path(), info.name, {}, store.clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->restored.name, info.name);
    ASSERT_TRUE(restored->madeSafetyCopy);
    EXPECT_EQ(restored->safetyCopy.reason, BackupReason::BeforeRestore);
    EXPECT_EQ(restored->safetyCopy.articleCount, 7);

    store.reopen();
    const Snapshot after = snapshot(*store.db, *store.articles, *store.media);
    EXPECT_TRUE(after == before);
    // Search works on the restored store.
    auto hits
        = store.articles->searchIndex().search(SearchQuery {QStringLiteral("muong lay"), 50, {}});
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 6);

    // And the safety copy holds the state from just before the restore.
    store.articles.reset();
    store.media.reset();
    store.db.reset();
    ASSERT_TRUE(
        StoreBackup::restore(store.path(), restored->safetyCopy.path, {}, store.clock).ok());
    store.reopen();
    EXPECT_TRUE(snapshot(*store.db, *store.articles, *store.media) == changed);
}

TEST(StoreBackup, RestoresOntoANewMachineWithoutAStore)
{
    TestStore store;
    fill(store, 2);
    const Snapshot before = snapshot(*store.db, *store.articles, *store.media);
    const BackupInfo info = makeBackup(store);
    QTemporaryDir elsewhere;
    const QString newStore = elsewhere.filePath(QStringLiteral("data/newsdesk.sqlite3"));
    auto restored = StoreBackup::restore(newStore, info.path, {}, store.clock);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_FALSE(restored->madeSafetyCopy);
    auto db = Database::open(Database::Options {newStore});
    ASSERT_TRUE(db.ok());
    ArticleStore articles(*db.value(), store.clock);
    MediaStore media(*db.value(), store.clock);
    EXPECT_TRUE(snapshot(*db.value(), articles, media) == before);
}

TEST(StoreBackup, KeepsTheNewestNWhateverTheirReason)
{
    TestStore store;
    fill(store, 1);
    BackupOptions options;
    options.keep = 3;
    QStringList made;
    const BackupReason reasons[] {BackupReason::Daily, BackupReason::Manual, BackupReason::Daily,
        BackupReason::Manual, BackupReason::BeforeRestore};
    for (BackupReason reason : reasons)
        made << makeBackup(store, reason, options).name;
    EXPECT_EQ(backupNames(defaultFolder(store)), (QStringList {made[4], made[3], made[2]}));
    // Nothing half-deleted or half-written is left behind.
    EXPECT_EQ(QDir(defaultFolder(store))
                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)
                  .size(),
        3);
}

TEST(StoreBackup, DailyBackupAtMostOncePerCalendarDay)
{
    TestStore store;
    fill(store, 1);
    store.clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::LocalTime).toUTC());
    StoreBackup backup(*store.db, store.clock);
    auto first = backup.runDailyIfDue();
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->made);
    EXPECT_EQ(first->backup.reason, BackupReason::Daily);

    store.clock.advanceMs(3 * 3600 * 1000);  // 11:00, same day
    ASSERT_TRUE(backup.create(BackupReason::Manual).ok());  // a manual one changes nothing
    store.clock.advanceMs(3 * 3600 * 1000);  // 14:00
    auto again = backup.runDailyIfDue();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->made);
    EXPECT_EQ(again->backup.name, first->backup.name);

    store.clock.set(QDateTime(QDate(2026, 3, 3), QTime(0, 30), Qt::LocalTime).toUTC());
    auto nextDay = backup.runDailyIfDue();
    ASSERT_TRUE(nextDay.ok());
    EXPECT_TRUE(nextDay->made);
    auto list = backup.list();
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->size(), 3);
    EXPECT_EQ(list->front().name, nextDay->backup.name);
}

TEST(StoreBackup, UpgradingAnOldStoreBacksItUpFirst)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
    {
        Database::Options options {path};
        options.targetSchemaVersion = 2;
        auto old = Database::open(options);
        ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
        QSqlQuery insert(old.value()->connection());
        ASSERT_TRUE(insert.exec(QStringLiteral(
            "INSERT INTO articles(uuid, title, body_html, content_hash, created_at, updated_at) "
            "VALUES('0000aaaa-0000-0000-0000-000000000001', 'Bài cũ', '<p>Mường Lay</p>', 'x', "
            "1, 1)")));
    }
    auto upgraded = Database::open(Database::Options {path});
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    EXPECT_EQ(upgraded.value()->schemaVersion(), latestSchemaVersion());
    auto backups = StoreBackup::list(StoreBackup::defaultFolder(path));
    ASSERT_TRUE(backups.ok());
    ASSERT_EQ(backups->size(), 1);
    EXPECT_EQ(backups->front().reason, BackupReason::BeforeMigration);
    EXPECT_EQ(backups->front().schemaVersion, 2);
    EXPECT_EQ(backups->front().articleCount, 1);
    EXPECT_TRUE(StoreBackup::verify(backups->front().path).ok());
    upgraded.value().reset();

    // An empty old store is simply upgraded; an up-to-date one is not backed up again.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite3"));
    {
        Database::Options options {empty};
        options.targetSchemaVersion = 1;
        ASSERT_TRUE(Database::open(options).ok());
    }
    ASSERT_TRUE(Database::open(Database::Options {empty}).ok());
    ASSERT_TRUE(Database::open(Database::Options {path}).ok());
    auto after = StoreBackup::list(StoreBackup::defaultFolder(path));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), 1);
}

TEST(StoreBackup, UpgradeIsRefusedWhenTheBackupCannotBeMade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
    {
        Database::Options options {path};
        options.targetSchemaVersion = 2;
        auto old = Database::open(options);
        ASSERT_TRUE(old.ok());
        QSqlQuery insert(old.value()->connection());
        ASSERT_TRUE(insert.exec(QStringLiteral(
            "INSERT INTO articles(uuid, title, content_hash, created_at, updated_at) "
            "VALUES('0000aaaa-0000-0000-0000-000000000001', 'a', 'x', 1, 1)")));
    }
    // A file where the backup folder should be: the folder cannot be made.
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    Database::Options options {path};
    options.backupFolder = blocker;
    auto refused = Database::open(options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseReadOnly);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not-a-folder")))
        << refused.error().message.toStdString();
    Database::Options check {path};
    check.targetSchemaVersion = 2;
    check.backupBeforeUpgrade = false;
    auto still = Database::open(check);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still.value()->schemaVersion(), 2);
}

TEST(StoreBackup, RefusesADamagedBackupAndChangesNothing)
{
    TestStore store;
    fill(store, 4);
    const BackupInfo info = makeBackup(store);
    store.create(QStringLiteral("Sau sao lưu"), QStringLiteral("<p>x</p>"));
    store.articles.reset();
    store.media.reset();
    store.db.reset();
    const QByteArray storeBefore = fileHash(store.path());
    const QStringList backupsBefore = backupNames(defaultFolder(store));

    // Garbage over the b-tree pages after the first.
    const QString copy = QDir(info.path).filePath(QStringLiteral("store.sqlite"));
    {
        QFile file(copy);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 3 * 16384);
        file.seek(16384);
        file.write(QByteArray(2 * 16384, '\x5a'));
    }
    auto refused = StoreBackup::restore(store.path(), info.name, {}, store.clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(refused.error().message.contains(info.name))
        << refused.error().message.toStdString();
    EXPECT_EQ(fileHash(store.path()), storeBefore);
    EXPECT_EQ(backupNames(defaultFolder(store)), backupsBefore);  // no before-restore backup

    // A damaged photo is refused too.
    store.reopen();
    const BackupInfo second = makeBackup(store);
    store.articles.reset();
    store.media.reset();
    store.db.reset();
    const QByteArray storeBeforePhoto = fileHash(store.path());
    QDirIterator photos(QDir(second.path).filePath(QStringLiteral("media")), QDir::Files,
        QDirIterator::Subdirectories);
    ASSERT_TRUE(photos.hasNext());
    {
        QFile photo(photos.next());
        ASSERT_TRUE(photo.open(QIODevice::ReadWrite));
        photo.write("xx");
    }
    auto badPhoto = StoreBackup::restore(store.path(), second.name, {}, store.clock);
    ASSERT_FALSE(badPhoto.ok());
    EXPECT_EQ(badPhoto.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(fileHash(store.path()), storeBeforePhoto);
}

TEST(StoreBackup, RefusesABackupFromANewerVersion)
{
    TestStore store;
    fill(store, 1);
    const BackupInfo info = makeBackup(store);
    {
        SCOPED_TRACE("manifest");
        QFile manifest(QDir(info.path).filePath(QStringLiteral("manifest.json")));
        ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
        QByteArray json = manifest.readAll();
        manifest.close();
        const QByteArray from
            = QByteArray("\"schemaVersion\": ").append(QByteArray::number(info.schemaVersion));
        const QByteArray to = QByteArray("\"schemaVersion\": ")
                                  .append(QByteArray::number(latestSchemaVersion() + 1));
        ASSERT_TRUE(json.contains(from));
        json.replace(from, to);
        ASSERT_TRUE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(json);
    }
    store.articles.reset();
    store.media.reset();
    store.db.reset();
    const QByteArray storeBefore = fileHash(store.path());
    auto refused = StoreBackup::restore(store.path(), info.name, {}, store.clock);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseTooNew);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer version")))
        << refused.error().message.toStdString();
    EXPECT_EQ(fileHash(store.path()), storeBefore);
    EXPECT_EQ(backupNames(defaultFolder(store)).size(), 1);
}

TEST(StoreBackup, RestoreIntoALockedStoreIsRefused)
{
    TestStore store;
    fill(store, 1);
    const BackupInfo info = makeBackup(store);
    // Another program holds the write lock for the whole attempt.
    QSqlQuery lock(store.db->connection());
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto refused = StoreBackup::restore(store.path(), info.name, {}, store.clock);
    ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseLocked);
    EXPECT_EQ(backupNames(defaultFolder(store)).size(), 1);
}

TEST(StoreBackup, UnwritableFolderIsReportedClearly)
{
    TestStore store;
    fill(store, 1);
    const QString blocker = store.dir.filePath(QStringLiteral("stick"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    StoreBackup backup(*store.db, store.clock, BackupOptions {blocker, 14});
    auto made = backup.create(BackupReason::Manual);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().code, ErrorCode::DatabaseReadOnly);
    EXPECT_TRUE(made.error().message.contains(QStringLiteral("stick")));
}

TEST(StoreBackup, LocatesByNameOrPath)
{
    TestStore store;
    fill(store, 1);
    const BackupInfo info = makeBackup(store);
    EXPECT_TRUE(StoreBackup::locate(defaultFolder(store), info.name).ok());
    EXPECT_TRUE(StoreBackup::locate(QString(), info.path).ok());
    EXPECT_TRUE(
        StoreBackup::locate(QString(), QDir(info.path).filePath(QStringLiteral("store.sqlite")))
            .ok());
    auto missing
        = StoreBackup::locate(defaultFolder(store), QStringLiteral("newsdesk-19990101-000000"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST(LogFile, RotatesAtTheSizeAndKeepsN)
{
    QTemporaryDir dir;
    LogFile::Options options;
    options.directory = dir.path();
    options.maxBytes = 2000;
    options.keep = 2;
    options.echo = false;
    ASSERT_TRUE(LogFile::install(options).ok());
    for (int i = 0; i < 200; ++i)
        qCWarning(lcBackup) << "line" << i;
    LogFile::uninstall();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files,
        (QStringList {QStringLiteral("newsdesk.log"), QStringLiteral("newsdesk.log.1"),
            QStringLiteral("newsdesk.log.2")}));
    for (const QString &name : files)
        EXPECT_LE(QFileInfo(dir.filePath(name)).size(), 2000) << name.toStdString();
    const QString last = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("newsdesk.log"))));
    EXPECT_TRUE(last.contains(QStringLiteral("WARNING newsdesk.backup: line 199")))
        << last.toStdString();
    // One message, one line.
    ASSERT_TRUE(LogFile::install(options).ok());
    qCWarning(lcBackup, "two\nlines");
    LogFile::uninstall();
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("newsdesk.log"))).contains("two\\nlines"));
}

TEST(LogFile, BackupRestoreAndImportLeaveNoArticleTextInTheLog)
{
    QTemporaryDir logs;
    LogFile::Options options;
    options.directory = logs.path();
    options.minimumLevel = QtDebugMsg;
    options.echo = false;
    ASSERT_TRUE(LogFile::install(options).ok());
    QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*=true"));

    const QString title = QStringLiteral("Xuânbíẩn Hộiđồng Kỳlạ");
    const QString body = QStringLiteral("Nộidungbímật quỹđấtxyz");
    const QString author = QStringLiteral("Tácgiảẩndanh");
    {
        TestStore store;
        QTemporaryDir input;
        const QString file = input.filePath(QStringLiteral("bai.txt"));
        {
            QFile out(file);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly));
            out.write((title + QStringLiteral("\n\n") + body + QStringLiteral("\n\nTác giả: ")
                + author + u'\n')
                          .toUtf8());
        }
        const ArticleImporter importer(
            QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")), store.media.get());
        auto imported = importer.importFile(file);
        ASSERT_TRUE(imported.ok());
        ASSERT_TRUE(store.articles->createMany({toNewArticle(*imported)}, SaveOptions {true}).ok());
        fill(store, 2);
        const BackupInfo info = makeBackup(store);
        store.articles.reset();
        store.media.reset();
        store.db.reset();
        ASSERT_TRUE(StoreBackup::restore(store.path(), info.name, {}, store.clock).ok());
        // A refused restore logs too.
        QFile::remove(QDir(info.path).filePath(QStringLiteral("store.sqlite")));
        EXPECT_FALSE(StoreBackup::restore(store.path(), info.name, {}, store.clock).ok());
    }
    LogFile::uninstall();
    QLoggingCategory::setFilterRules(QString());

    const QString log = QString::fromUtf8(readAll(QDir(logs.path()).filePath(LogFile::fileName())));
    EXPECT_TRUE(log.contains(QStringLiteral("newsdesk.backup: backup made"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("restored"))) << log.toStdString();
    for (const QString &secret : {title, body, author, QStringLiteral("Mường Lay"),
             QStringLiteral("Chú thích"), QStringLiteral("Sapo")}) {
        for (const QString &word : secret.split(u' ')) {
            EXPECT_FALSE(log.contains(word, Qt::CaseInsensitive)) << word.toStdString();
        }
    }
}
