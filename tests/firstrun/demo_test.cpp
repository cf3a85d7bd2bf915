// The demo newsroom: every workflow state, a real history by two people, proper Vietnamese
// (NFC, diacritics), found by unaccented search, and filled only once.
#include "TestStore.h"
#include "demo/DemoNewsroom.h"
#include "html/HtmlSanitizer.h"
#include "io/PortalTime.h"
#include "store/SearchIndex.h"
#include "workflow/WorkflowService.h"

#include <QSet>

#include <algorithm>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QTimeZone portalZone()
{
    return QTimeZone("Asia/Ho_Chi_Minh");
}

QList<Article> allArticles(TestStore &store)
{
    ListQuery query;
    query.limit = 1000;
    QList<Article> articles;
    const auto rows = store.articles->list(query);
    EXPECT_TRUE(rows.ok());
    for (const ArticleSummary &row : rows.value())
        articles << store.articles->get(row.id).value();
    return articles;
}

bool isNfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C) == text;
}

}  // namespace

TEST(DemoNewsroom, FillsAnEmptyStoreWithEveryWorkflowState)
{
    TestStore store;
    const auto created = DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portalZone());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_GE(*created, 8);
    EXPECT_EQ(store.articles->count().value(), *created);
    for (const QString &key : allStatusKeys()) {
        const Status status = statusFromKey(key).value();
        EXPECT_GE(store.articles->count(status).value(), 1) << key.toStdString();
    }
}

TEST(DemoNewsroom, TextsAreProperVietnameseInNfc)
{
    TestStore store;
    ASSERT_TRUE(DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portalZone()).ok());
    QSet<QString> authors;
    for (const Article &article : allArticles(store)) {
        const ArticleContent &c = article.content;
        for (const QString &text : {c.title, c.summary, c.bodyHtml, c.author, c.category}) {
            EXPECT_FALSE(text.isEmpty()) << c.title.toStdString();
            EXPECT_TRUE(isNfc(text)) << text.toStdString();
        }
        // Canonical, as the editor writes it: opening and saving must not count as an edit.
        EXPECT_EQ(html::sanitize(c.bodyHtml), c.bodyHtml) << c.title.toStdString();
        EXPECT_GE(c.bodyHtml.count(QStringLiteral("<p>")), 2) << c.title.toStdString();
        EXPECT_LE(c.bodyHtml.count(QStringLiteral("<p>")), 4) << c.title.toStdString();
        EXPECT_FALSE(c.tags.isEmpty());
        EXPECT_GT(article.wordCount, 40) << c.title.toStdString();
        authors << c.author;
        // Vietnamese with its marks, not stripped ASCII.
        EXPECT_TRUE(std::any_of(
            c.summary.begin(), c.summary.end(), [](QChar ch) { return ch.unicode() > 0x7f; }));
    }
    EXPECT_GE(authors.size(), 2);
}

TEST(DemoNewsroom, SearchWithoutDiacriticsFindsTheArticles)
{
    TestStore store;
    ASSERT_TRUE(DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portalZone()).ok());
    const auto find = [&](const QString &text) {
        SearchQuery query;
        query.text = text;
        const auto hits = store.articles->searchIndex().search(query);
        EXPECT_TRUE(hits.ok());
        return hits.ok() ? hits.value() : QList<SearchHit> {};
    };
    const auto council = find(QStringLiteral("hoi dong"));
    ASSERT_FALSE(council.isEmpty());
    EXPECT_TRUE(council.first().article.title.contains(QStringLiteral("Hội đồng nhân dân")));
    EXPECT_FALSE(find(QStringLiteral("hoa ban")).isEmpty());
    EXPECT_FALSE(find(QStringLiteral("an toan giao thong")).isEmpty());
    EXPECT_FALSE(find(QStringLiteral("khuyen nong")).isEmpty());
    EXPECT_FALSE(find(QStringLiteral("dien luc")).isEmpty());  // đ folds to d
}

TEST(DemoNewsroom, TheHistoryIsRealAndByTwoPeople)
{
    TestStore store;
    ASSERT_TRUE(DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portalZone()).ok());
    WorkflowService workflow(*store.db, store.clock, portalZone());
    auto verified = workflow.verifyAuditChain();
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();

    QSet<QString> actors;
    bool changesNoteFound = false;
    for (const Article &article : allArticles(store)) {
        const auto found = workflow.history(article.id);
        ASSERT_TRUE(found.ok());
        const QList<ReviewEvent> history = found.value();
        if (article.status != Status::Draft) {
            EXPECT_FALSE(history.isEmpty()) << article.content.title.toStdString();
        }
        QDateTime previous;
        for (const ReviewEvent &event : history) {
            actors << event.actor;
            EXPECT_LE(event.at, store.clock.nowUtc());  // the past, in order
            if (previous.isValid()) {
                EXPECT_GE(event.at, previous);
            }
            previous = event.at;
        }
        if (article.status == Status::ChangesRequested) {
            ASSERT_FALSE(history.isEmpty());
            EXPECT_FALSE(history.last().note.isEmpty());
            changesNoteFound = true;
        }
        if (article.status == Status::Scheduled) {
            const auto info = workflow.info(article.id).value();
            EXPECT_GT(info.scheduledAt, store.clock.nowUtc());  // still ahead
        }
        if (article.status == Status::Published) {
            EXPECT_TRUE(workflow.info(article.id)->isLive());
        }
    }
    EXPECT_TRUE(changesNoteFound);
    EXPECT_EQ(actors, (QSet<QString> {DemoNewsroom::writerName(), DemoNewsroom::approverName()}));
    // Left as the approver, who can try every action.
    const LocalProfile profile = workflow.profile().value();
    EXPECT_EQ(profile.name, DemoNewsroom::approverName());
    EXPECT_EQ(profile.role, Role::Approver);
}

TEST(DemoNewsroom, AStoreWithArticlesIsLeftAlone)
{
    TestStore store;
    store.create(QStringLiteral("Bài của tôi"), QStringLiteral("<p>Nội dung.</p>"));
    const auto created = DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portalZone());
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(*created, 0);
    EXPECT_EQ(store.articles->count().value(), 1);
}

TEST(DemoNewsroom, OpenCreatesTheStoreOnceAndReusesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo/demo.sqlite3"));
    const QDateTime now = fixedStart();
    int count = 0;
    {
        auto db = DemoNewsroom::open(path, now, portalZone());
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        ManualClock clock(now);
        ArticleStore articles(*db.value(), clock);
        count = articles.count().value();
        EXPECT_GE(count, 8);
    }
    auto again = DemoNewsroom::open(path, now.addDays(3), portalZone());
    ASSERT_TRUE(again.ok());
    ManualClock clock(now);
    ArticleStore articles(*again.value(), clock);
    EXPECT_EQ(articles.count().value(), count);  // reused, not filled twice
}

TEST(DemoNewsroom, LivesBesideTheRealStore)
{
    const QString demo = DemoNewsroom::defaultPath();
    EXPECT_NE(demo, Database::defaultPath());
    EXPECT_TRUE(demo.endsWith(QStringLiteral("/demo/demo.sqlite3")));
}
