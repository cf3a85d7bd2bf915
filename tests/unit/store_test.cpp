// Articles, revisions and media: what is written is what is read back, in one transaction.
#include "TestStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

TEST(ArticleStore, CreatesAndReadsBackEveryField)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("  Mường Lay triển khai   Nghị quyết ");
    article.content.summary = QStringLiteral("Sáng nay, thị xã đã họp.");
    article.content.bodyHtml = QStringLiteral("<p>Một hai ba bốn năm.</p>\n<p>Sáu bảy.</p>");
    article.content.author = QStringLiteral("Nguyễn Văn A");
    article.content.category = QStringLiteral("Tin tức");
    article.content.tags
        = {QStringLiteral("HĐND"), QStringLiteral(" HĐND "), QStringLiteral("Mường Lay")};
    article.publishAt = QDateTime(QDate(2026, 2, 1), QTime(1, 0), Qt::UTC);
    auto created = store.articles->create(article);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();

    auto read = store.articles->get(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->uuid.size(), 36);
    EXPECT_EQ(read->content.title, QStringLiteral("Mường Lay triển khai Nghị quyết"));
    EXPECT_EQ(read->content.summary, article.content.summary);
    EXPECT_EQ(read->content.bodyHtml, article.content.bodyHtml);
    EXPECT_EQ(read->content.author, article.content.author);
    EXPECT_EQ(read->content.category, article.content.category);
    EXPECT_EQ(
        read->content.tags, (QStringList {QStringLiteral("HĐND"), QStringLiteral("Mường Lay")}));
    EXPECT_EQ(read->publishAt, article.publishAt);
    EXPECT_EQ(read->status, Status::Draft);
    EXPECT_EQ(read->wordCount, 7);
    EXPECT_EQ(read->localRevision, 1);
    EXPECT_EQ(read->createdAt, fixedStart());
    EXPECT_EQ(read->contentHash, contentHash(read->content));
    EXPECT_EQ(read->contentHash.size(), 64);
}

TEST(ArticleStore, StoresEveryTextInNfc)
{
    TestStore store;
    const QString composed = QStringLiteral("Tác giả Phạm Thị Hoà");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(composed, decomposed);
    const Article article = store.create(
        decomposed, QStringLiteral("<p>") + decomposed + QStringLiteral("</p>"), decomposed);
    EXPECT_EQ(article.content.title, composed);
    EXPECT_EQ(article.content.author, composed);
    EXPECT_EQ(article.content.bodyHtml, QStringLiteral("<p>") + composed + QStringLiteral("</p>"));
}

TEST(ArticleStore, FindsByRowIdUuidOrUniquePrefix)
{
    TestStore store;
    const Article a = store.create(QStringLiteral("A"), QStringLiteral("<p>a</p>"));
    EXPECT_EQ(store.articles->find(QString::number(a.id))->uuid, a.uuid);
    EXPECT_EQ(store.articles->find(a.uuid)->id, a.id);
    EXPECT_EQ(store.articles->find(a.uuid.left(8).toUpper())->id, a.id);
    EXPECT_EQ(store.articles->find(QStringLiteral("ab")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(store.articles->find(QStringLiteral("zzzzzzzz")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store.articles->find(QStringLiteral("999")).error().code, ErrorCode::NotFound);
}

TEST(ArticleStore, AnAllDigitUuidPrefixStillFindsTheArticle)
{
    TestStore store;
    NewArticle article;
    article.uuid = QStringLiteral("12345678-0000-4000-8000-000000000001");
    article.content.title = QStringLiteral("Chữ số");
    ASSERT_TRUE(store.articles->create(article).ok());
    EXPECT_EQ(store.articles->find(QStringLiteral("12345678"))->uuid, article.uuid);
    EXPECT_EQ(store.articles->find(QStringLiteral("1"))->uuid, article.uuid);  // row 1
}

TEST(ArticleStore, SavingChangesContentHashRevisionAndTime)
{
    TestStore store;
    const Article original
        = store.create(QStringLiteral("Tiêu đề"), QStringLiteral("<p>Bản đầu.</p>"));
    ArticleContent edited = original.content;
    edited.bodyHtml = QStringLiteral("<p>Bản thứ hai, dài hơn.</p>");
    store.clock.advanceMs(5000);
    auto saved = store.articles->saveContent(original.id, edited, SaveOptions {});
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->localRevision, 2);
    EXPECT_NE(saved->contentHash, original.contentHash);
    EXPECT_EQ(saved->wordCount, 5);
    EXPECT_GT(saved->updatedAt, original.updatedAt);
    EXPECT_EQ(saved->createdAt, original.createdAt);

    // The same content again writes nothing.
    auto unchanged = store.articles->saveContent(original.id, edited, SaveOptions {});
    ASSERT_TRUE(unchanged.ok());
    EXPECT_EQ(unchanged->localRevision, 2);
    EXPECT_EQ(unchanged->updatedAt, saved->updatedAt);
}

TEST(ArticleStore, RevisionsListAndRestoreAsANewRevision)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>"));
    ArticleContent second = article.content;
    second.bodyHtml = QStringLiteral("<p>Hai.</p>");
    SaveOptions named {true, QStringLiteral("Saved"), QStringLiteral("biên tập viên"), {}};
    ASSERT_TRUE(store.articles->saveContent(article.id, second, named).ok());
    ArticleContent autosaved = second;
    autosaved.bodyHtml = QStringLiteral("<p>Ba.</p>");
    ASSERT_TRUE(store.articles->saveContent(article.id, autosaved, SaveOptions {}).ok());

    auto revisions = store.articles->revisions(article.id);
    ASSERT_TRUE(revisions.ok());
    ASSERT_EQ(revisions->size(), 2);  // the autosave made no revision
    EXPECT_EQ(revisions->at(0).number, 1);
    EXPECT_EQ(revisions->at(0).content.bodyHtml, QStringLiteral("<p>Một.</p>"));
    EXPECT_EQ(revisions->at(1).label, QStringLiteral("Saved"));
    EXPECT_EQ(revisions->at(1).actor, QStringLiteral("biên tập viên"));

    auto restored = store.articles->restoreRevision(article.id, 1, QStringLiteral("trưởng ban"));
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->content.bodyHtml, QStringLiteral("<p>Một.</p>"));
    EXPECT_EQ(restored->contentHash, article.contentHash);
    revisions = store.articles->revisions(article.id);
    ASSERT_EQ(revisions->size(), 3);
    EXPECT_EQ(revisions->at(2).label, QStringLiteral("Restored revision 1"));

    // Restoring is undoable: restore the revision before it.
    auto undone = store.articles->restoreRevision(article.id, 2, {});
    ASSERT_TRUE(undone.ok());
    EXPECT_EQ(undone->content.bodyHtml, QStringLiteral("<p>Hai.</p>"));
    EXPECT_EQ(store.articles->revision(article.id, 9).error().code, ErrorCode::NotFound);
}

TEST(ArticleStore, ListsNewestFirstWithKeysetPagingAndStatusFilter)
{
    TestStore store;
    for (int i = 0; i < 250; ++i) {
        NewArticle article;
        article.content.title = QStringLiteral("Bài %1").arg(i);
        article.status = i % 5 == 0 ? Status::Published : Status::Draft;
        ASSERT_TRUE(store.articles->create(article, SaveOptions {}).ok());
        store.clock.advanceMs(10);
    }
    QStringList titles;
    std::optional<ListCursor> after;
    for (;;) {
        auto page = store.articles->list(ListQuery {std::nullopt, 100, after});
        ASSERT_TRUE(page.ok());
        for (const auto &row : *page)
            titles << row.title;
        if (page->size() < 100)
            break;
        after = ListCursor {page->back().updatedAt, page->back().id};
    }
    ASSERT_EQ(titles.size(), 250);
    EXPECT_EQ(titles.front(), QStringLiteral("Bài 249"));
    EXPECT_EQ(titles.back(), QStringLiteral("Bài 0"));
    EXPECT_EQ(titles.removeDuplicates(), 0);

    auto published = store.articles->list(ListQuery {Status::Published, 1000, std::nullopt});
    ASSERT_TRUE(published.ok());
    EXPECT_EQ(published->size(), 50);
    EXPECT_EQ(*store.articles->count(Status::Published), 50);
    EXPECT_EQ(*store.articles->count(), 250);
}

TEST(ArticleStore, CreateManyIsAllOrNothing)
{
    TestStore store;
    const Article existing = store.create(QStringLiteral("Đã có"), QStringLiteral("<p>x</p>"));
    NewArticle fresh;
    fresh.content.title = QStringLiteral("Mới");
    NewArticle duplicate;
    duplicate.uuid = existing.uuid;
    duplicate.content.title = QStringLiteral("Trùng");
    auto result = store.articles->createMany({fresh, duplicate}, SaveOptions {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(*store.articles->count(), 1);
    auto search = store.articles->searchIndex().search(SearchQuery {QStringLiteral("moi")});
    ASSERT_TRUE(search.ok());
    EXPECT_TRUE(search->isEmpty());
}

// A full disk (simulated with max_page_count) fails the write cleanly; the previous state,
// search index included, stays intact and the store keeps working once there is room.
TEST(ArticleStore, FullDiskFailsCleanlyAndKeepsThePreviousState)
{
    TestStore store;
    const Article article = store.create(
        QStringLiteral("Bài quan trọng"), QStringLiteral("<p>Bản đã lưu về Mường Lay.</p>"));
    QSqlQuery query(store.db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 1)));

    ArticleContent huge = article.content;
    huge.bodyHtml = QStringLiteral("<p>")
        + QStringLiteral("Điện Biên mới dài dòng ").repeated(20000) + QStringLiteral("</p>");
    auto failed = store.articles->saveContent(
        article.id, huge, SaveOptions {true, QStringLiteral("Saved"), {}, {}});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::DiskFull);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("store.sqlite3")));

    auto still = store.articles->get(article.id);
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(still->content.bodyHtml, article.content.bodyHtml);
    EXPECT_EQ(still->localRevision, 1);
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 1);
    EXPECT_EQ(
        store.articles->searchIndex().search(SearchQuery {QStringLiteral("muong lay")})->size(), 1);
    EXPECT_TRUE(
        store.articles->searchIndex().search(SearchQuery {QStringLiteral("dien bien")})->isEmpty());

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    auto saved = store.articles->saveContent(article.id, huge, SaveOptions {});
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(
        store.articles->searchIndex().search(SearchQuery {QStringLiteral("dien bien")})->size(), 1);

    QSqlQuery check(store.db->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
}

TEST(ArticleStore, StatsCountArticlesWordsRevisionsAndMedia)
{
    TestStore store;
    store.create(QStringLiteral("A"), QStringLiteral("<p>một hai ba</p>"));
    store.create(QStringLiteral("B"), QStringLiteral("<p>bốn năm</p>"));
    ASSERT_TRUE(store.media->add(QByteArray("ảnh"), QStringLiteral("image/png")).ok());
    auto stats = store.articles->stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->articles, 2);
    EXPECT_EQ(stats->byStatus.value(Status::Draft), 2);
    EXPECT_EQ(stats->words, 5);
    EXPECT_EQ(stats->revisions, 2);
    EXPECT_EQ(stats->media, 1);
    EXPECT_GT(stats->fileBytes, 0);
}

TEST(MediaStore, KeepsBytesInAFileNamedBySha256AndDeduplicates)
{
    TestStore store;
    const QByteArray bytes = QByteArray("\x89PNG fake photo bytes", 21);
    auto first = store.media->add(
        bytes, QStringLiteral("image/png"), QStringLiteral("ảnh.png"), QStringLiteral("Chú thích"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->sha256.size(), 64);
    EXPECT_EQ(first->size, bytes.size());
    EXPECT_TRUE(QFile::exists(store.media->filePath(first->sha256)));
    EXPECT_TRUE(
        store.media->filePath(first->sha256).contains(QStringLiteral("store.sqlite3-media")));
    auto again = store.media->add(bytes, QStringLiteral("image/png"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(*store.media->bytes(*first), bytes);

    // A damaged file is reported, not served.
    QFile file(store.media->filePath(first->sha256));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("garbage");
    file.close();
    EXPECT_EQ(store.media->bytes(*first).error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(store.media->add(QByteArray(), QStringLiteral("image/png")).error().code,
        ErrorCode::InvalidInput);
}
