// Pull (issue 8) against the in-memory WordPress: the portal's status and text come into the
// store three-way; edits on both sides become a conflict that keeps both versions and holds
// the article's outbox; someone else's submission appears; a missed schedule is reported.

#include "FakePortal.h"
#include "TestStore.h"
#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"
#include "sync/OutboxStore.h"
#include "sync/OutboxWriter.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncEngine.h"
#include "workflow/WorkflowService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace newsdesk;
using newsdesk::test::FakePortal;
using newsdesk::testing::TestStore;

namespace {

class SyncPullTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.clock.set(portal.now);
        workflow = std::make_unique<WorkflowService>(
            *store.db, store.clock, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
        ASSERT_TRUE(workflow->setProfileName(QStringLiteral("Hoa")).ok());
        PortalAccount account;
        account.identity.siteUrl = QUrl(QStringLiteral("https://portal.test"));
        account.identity.userName = QStringLiteral("editor");
        account.identity.timeZoneId = QStringLiteral("Asia/Ho_Chi_Minh");
        ASSERT_TRUE(PortalAccountStore(*store.db).save(account, store.clock.nowUtc()).ok());
        engine
            = std::make_unique<SyncEngine>(*store.db, *store.media, store.clock, &portal.network);
        engine->setPassword(QStringLiteral("pw"));
    }

    SyncSummary sync()
    {
        auto summary = engine->run();
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().message.toStdString());
        return summary.ok() ? *summary : SyncSummary {};
    }

    // A writer's article, submitted and sent; the portal's clock then moves on.
    Article submitted(const QString &title)
    {
        Article article = store.create(title, QStringLiteral("<p>Bản gốc.</p>"));
        store.clock.set(portal.now);
        EXPECT_TRUE(workflow->perform(article.id, WorkflowAction::Submit).ok());
        EXPECT_EQ(sync().done, 1);
        portal.now = portal.now.addSecs(60);
        store.clock.set(portal.now);
        return article;
    }

    test::FakePost &remoteOf(const Article &article)
    {
        for (auto &post : portal.posts)
            if (post.fields.value(u"content").toString().contains(article.uuid))
                return post;
        ADD_FAILURE() << "no portal post";
        static test::FakePost none;
        return none;
    }

    // An edit made on the portal (by an official on another machine, or in WordPress).
    void editOnPortal(const Article &article, const QString &field, const QString &value)
    {
        test::FakePost &post = remoteOf(article);
        post.fields.insert(field, value);
        post.fields.insert(
            QStringLiteral("modified_gmt"), portal.now.toString(Qt::ISODate).chopped(1));
    }

    FakePortal portal;
    TestStore store;
    std::unique_ptr<WorkflowService> workflow;
    std::unique_ptr<SyncEngine> engine;
};

TEST_F(SyncPullTest, ChangesRequestedOnThePortalReachTheWriter)
{
    const Article article = submitted(QStringLiteral("Trả lại để sửa"));
    editOnPortal(article, QStringLiteral("status"), QStringLiteral("draft"));
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.articlesUpdated, 1);
    auto info = workflow->info(article.id);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->status, Status::ChangesRequested);
    auto history = workflow->history(article.id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().action, QStringLiteral("portal_status"));
    // Nothing to send back: the pull is not an action of ours.
    auto counts = OutboxStore(*store.db).counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->open(), 0);
}

TEST_F(SyncPullTest, TextChangedOnlyOnThePortalIsTaken)
{
    const Article article = submitted(QStringLiteral("Sửa trên cổng"));
    editOnPortal(article, QStringLiteral("title"), QStringLiteral("Tiêu đề do cán bộ sửa"));
    sync();
    auto stored = store.articles->get(article.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->content.title, QStringLiteral("Tiêu đề do cán bộ sửa"));
    EXPECT_EQ(stored->content.bodyHtml, QStringLiteral("<p>Bản gốc.</p>"));
}

TEST_F(SyncPullTest, TheSameFieldEditedOnBothSidesIsAConflictThatKeepsBoth)
{
    const Article article = submitted(QStringLiteral("Hai nơi cùng sửa"));
    editOnPortal(article, QStringLiteral("content"),
        QStringLiteral("<p>Bản của cổng.</p>\n<!-- newsdesk-post-") + article.uuid
            + QStringLiteral(" -->"));
    ArticleContent mine = article.content;
    mine.bodyHtml = QStringLiteral("<p>Bản của tôi.</p>");
    ASSERT_TRUE(store.articles->saveContent(article.id, mine, {}).ok());
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.conflicts, 1);
    // Something of ours for the article waits to be sent: it is held back.
    ASSERT_TRUE(OutboxWriter(*store.db)
                    .changeStatusOnly(article.id, QStringLiteral("pending"), store.clock.nowUtc())
                    .ok());
    EXPECT_EQ(sync().blockedByConflict, 1);
    auto conflicts = ConflictStore(*store.db).open();
    ASSERT_TRUE(conflicts.ok());
    ASSERT_EQ(conflicts->size(), 1);
    const SyncConflict &c = conflicts->front();
    EXPECT_EQ(c.fields, QStringList {QStringLiteral("content")});
    EXPECT_TRUE(c.mine.value(u"content").toString().contains(QStringLiteral("Bản của tôi")));
    EXPECT_TRUE(c.theirs.value(u"content").toString().contains(QStringLiteral("Bản của cổng")));
    // Neither side was overwritten.
    EXPECT_EQ(
        store.articles->get(article.id)->content.bodyHtml, QStringLiteral("<p>Bản của tôi.</p>"));
    EXPECT_TRUE(remoteOf(article)
                    .fields.value(u"content")
                    .toString()
                    .contains(QStringLiteral("Bản của cổng")));
}

TEST_F(SyncPullTest, DifferentFieldsEditedOnEachSideAreMerged)
{
    const Article article = submitted(QStringLiteral("Gộp thay đổi"));
    editOnPortal(article, QStringLiteral("title"), QStringLiteral("Tiêu đề mới từ cổng"));
    ArticleContent mine = article.content;
    mine.bodyHtml = QStringLiteral("<p>Thân bài mới của tôi.</p>");
    ASSERT_TRUE(store.articles->saveContent(article.id, mine, {}).ok());
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.conflicts, 0);
    auto stored = store.articles->get(article.id);
    EXPECT_EQ(stored->content.title, QStringLiteral("Tiêu đề mới từ cổng"));
    EXPECT_EQ(stored->content.bodyHtml, QStringLiteral("<p>Thân bài mới của tôi.</p>"));
}

TEST_F(SyncPullTest, SomeoneElsesSubmissionAppearsForTheApprover)
{
    const QString uuid = QStringLiteral("3f2b8a8e-1111-4c4c-9ccc-0123456789ab");
    portal.posts.insert(500,
        test::FakePost {500,
            QJsonObject {{QStringLiteral("title"), QStringLiteral("Bài của phóng viên khác")},
                {QStringLiteral("content"),
                    QString(QStringLiteral("<p>Nội dung <script>x()</script>gửi duyệt.</p>\n"
                                           "<!-- newsdesk-post-")
                        + uuid + QStringLiteral(" -->"))},
                {QStringLiteral("excerpt"), QStringLiteral("Tóm tắt")},
                {QStringLiteral("status"), QStringLiteral("pending")}}});
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.articlesCreated, 1);
    auto article = store.articles->find(uuid);
    ASSERT_TRUE(article.ok());
    EXPECT_EQ(article->status, Status::InReview);
    EXPECT_EQ(article->content.summary, QStringLiteral("Tóm tắt"));
    EXPECT_FALSE(article->content.bodyHtml.contains(QStringLiteral("script")));  // sanitized
    EXPECT_FALSE(article->content.bodyHtml.contains(QStringLiteral("newsdesk-post")));
    // A second sync changes nothing.
    EXPECT_EQ(sync().articlesCreated, 0);
}

TEST_F(SyncPullTest, AScheduleThatWordPressMissedIsReported)
{
    const Article article = submitted(QStringLiteral("Hẹn giờ bị lỡ"));
    ASSERT_TRUE(workflow->setProfileRole(Role::Approver).ok());
    ASSERT_TRUE(workflow->perform(article.id, WorkflowAction::Approve).ok());
    ASSERT_TRUE(
        workflow->perform(article.id, WorkflowAction::Schedule, {}, portal.now.addSecs(3600)).ok());
    sync();
    ASSERT_EQ(remoteOf(article).fields.value(u"status").toString(), QStringLiteral("future"));
    // Two hours later nobody has visited the site: WP-Cron never ran.
    portal.now = portal.now.addSecs(2 * 3600);
    store.clock.set(portal.now);
    SyncSummary summary = sync();
    ASSERT_EQ(summary.missedSchedules.size(), 1);
    EXPECT_TRUE(summary.missedSchedules.front().contains(QStringLiteral("Hẹn giờ bị lỡ")));
    // Once it went live, the store follows and nothing is reported.
    editOnPortal(article, QStringLiteral("status"), QStringLiteral("publish"));
    summary = sync();
    EXPECT_TRUE(summary.missedSchedules.isEmpty());
    EXPECT_EQ(workflow->info(article.id)->status, Status::Published);
}

}  // namespace

namespace {

class SyncResolveTest : public SyncPullTest {
protected:
    SyncConflict conflicted(const Article &article)
    {
        editOnPortal(article, QStringLiteral("content"),
            QString(QStringLiteral("<p>Bản của cổng.</p>\n<!-- newsdesk-post-") + article.uuid
                + QStringLiteral(" -->")));
        ArticleContent mine = article.content;
        mine.bodyHtml = QStringLiteral("<p>Bản của tôi.</p>");
        EXPECT_TRUE(store.articles->saveContent(article.id, mine, {}).ok());
        EXPECT_EQ(sync().conflicts, 1);
        auto open = ConflictStore(*store.db).open();
        EXPECT_TRUE(open.ok() && open->size() == 1);
        return open.ok() && !open->isEmpty() ? open->front() : SyncConflict {};
    }
};

TEST_F(SyncResolveTest, KeepingMineSendsItOverThePortalsVersion)
{
    const Article article = submitted(QStringLiteral("Giữ bản của tôi"));
    const SyncConflict conflict = conflicted(article);
    ASSERT_TRUE(ConflictResolver(*store.db, store.clock)
                    .resolve(conflict.id, ConflictChoice::Mine, std::nullopt, QStringLiteral("Hoa"))
                    .ok());
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.conflicts, 0);
    EXPECT_EQ(summary.done, 1);
    EXPECT_TRUE(remoteOf(article)
                    .fields.value(u"content")
                    .toString()
                    .contains(QStringLiteral("Bản của tôi")));
    EXPECT_EQ(remoteOf(article).fields.value(u"status").toString(), QStringLiteral("pending"));
}

TEST_F(SyncResolveTest, TakingTheirsReplacesTheLocalTextAndSendsNothing)
{
    const Article article = submitted(QStringLiteral("Lấy bản của cổng"));
    const SyncConflict conflict = conflicted(article);
    ASSERT_TRUE(
        ConflictResolver(*store.db, store.clock)
            .resolve(conflict.id, ConflictChoice::Theirs, std::nullopt, QStringLiteral("Hoa"))
            .ok());
    EXPECT_EQ(
        store.articles->get(article.id)->content.bodyHtml, QStringLiteral("<p>Bản của cổng.</p>"));
    portal.network.seen.clear();
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.conflicts, 0);
    EXPECT_TRUE(portal.requests("POST", QStringLiteral("/wp/v2/posts")).isEmpty());
    // The revision history keeps my version.
    auto revisions = store.articles->revisions(article.id);
    ASSERT_TRUE(revisions.ok());
    EXPECT_FALSE(revisions->isEmpty());
}

TEST_F(SyncResolveTest, AnEditedMergeIsKeptAndSent)
{
    const Article article = submitted(QStringLiteral("Gộp tay"));
    const SyncConflict conflict = conflicted(article);
    MergedText merged {QStringLiteral("Gộp tay"),
        QStringLiteral("<p>Bản của tôi.</p><p>Bản của cổng.</p>"), QString()};
    ASSERT_TRUE(ConflictResolver(*store.db, store.clock)
                    .resolve(conflict.id, ConflictChoice::Merged, merged, QStringLiteral("Hoa"))
                    .ok());
    sync();
    const QString remote = remoteOf(article).fields.value(u"content").toString();
    EXPECT_TRUE(remote.contains(QStringLiteral("Bản của tôi")));
    EXPECT_TRUE(remote.contains(QStringLiteral("Bản của cổng")));
}

}  // namespace
