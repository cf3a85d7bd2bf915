// SyncEngine against the in-memory WordPress (FakePortal): creates, updates that send only
// what changed, photos uploaded once, exactly-once creates after lost answers and crashes,
// retries with Retry-After, a paused account on 401, refusals with a way forward.

#include "FakePortal.h"
#include "TestStore.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncEngine.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QHostInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace newsdesk;
using newsdesk::test::FakePortal;
using newsdesk::test::FakeResponse;
using newsdesk::testing::TestStore;

namespace {

QByteArray jpeg(int seed)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 40 % 360, 200, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

class SyncEngineTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.clock.set(portal.now);
        workflow = std::make_unique<WorkflowService>(
            *store.db, store.clock, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
        ASSERT_TRUE(workflow->setProfileName(QStringLiteral("Lò Thị Hoa")).ok());
        PortalAccount account;
        account.identity.siteUrl = QUrl(QStringLiteral("https://portal.test"));
        account.identity.restRoot = QUrl(QStringLiteral("https://portal.test/?rest_route=/"));
        account.identity.userName = QStringLiteral("editor");
        account.identity.capabilities = portal.capabilities;
        ASSERT_TRUE(PortalAccountStore(*store.db).save(account, store.clock.nowUtc()).ok());
        ASSERT_TRUE(workflow->setProfileRole(Role::Approver).ok());
        engine
            = std::make_unique<SyncEngine>(*store.db, *store.media, store.clock, &portal.network);
        engine->setPassword(QStringLiteral("abcd efgh ijkl mnop"));
        engine->setRandom([] { return 0.0; });
    }

    Article write(const QString &title, const QString &body = QStringLiteral("<p>Nội dung.</p>"))
    {
        Article article = store.create(title, body, QStringLiteral("Hoa"));
        store.clock.set(portal.now);
        return article;
    }

    void act(const Article &article, WorkflowAction action, const QDateTime &at = {})
    {
        auto done = workflow->perform(article.id, action, QStringLiteral("ok"), at);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    SyncSummary sync(SyncOptions options = {})
    {
        auto summary = engine->run(options);
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().message.toStdString());
        return summary.ok() ? *summary : SyncSummary {};
    }

    OutboxOperation lastOperation() const
    {
        auto recent = OutboxStore(*store.db).recent(1);
        EXPECT_TRUE(recent.ok() && !recent->isEmpty());
        return recent.ok() && !recent->isEmpty() ? recent->front() : OutboxOperation {};
    }

    int postsWithMarker(const Article &article) const
    {
        int count = 0;
        for (const auto &post : portal.posts)
            count += post.fields.value(u"content")
                         .toString()
                         .contains(QStringLiteral("newsdesk-post-") + article.uuid);
        return count;
    }

    FakePortal portal;
    TestStore store;
    std::unique_ptr<WorkflowService> workflow;
    std::unique_ptr<SyncEngine> engine;
};

TEST_F(SyncEngineTest, SubmittedArticleBecomesOnePendingPostWithItsMarker)
{
    const Article article = write(QStringLiteral("Mường Lay đón khách"));
    act(article, WorkflowAction::Submit);
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.done, 1);
    EXPECT_TRUE(summary.termsPulled);
    ASSERT_EQ(portal.posts.size(), 1);
    const auto post = portal.posts.first();
    EXPECT_EQ(post.fields.value(u"status").toString(), QStringLiteral("pending"));
    EXPECT_EQ(post.fields.value(u"title").toString(), QStringLiteral("Mường Lay đón khách"));
    EXPECT_EQ(postsWithMarker(article), 1);
    EXPECT_EQ(lastOperation().state, OutboxState::Done);
    EXPECT_EQ(lastOperation().remoteId, post.id);
    // Nothing left: a second run sends no post.
    portal.network.seen.clear();
    sync();
    EXPECT_TRUE(portal.requests("POST", QStringLiteral("/wp/v2/posts")).isEmpty());
}

TEST_F(SyncEngineTest, ScheduleSendsOnlyStatusAndDateWhenTheTextIsUnchanged)
{
    const Article article = write(QStringLiteral("Lễ hội"));
    act(article, WorkflowAction::Submit);
    sync();
    act(article, WorkflowAction::Approve);
    const QDateTime at = portal.now.addDays(2);
    act(article, WorkflowAction::Schedule, at);
    portal.network.seen.clear();
    sync({true, false});
    const auto updates = portal.requests("POST", QStringLiteral("/wp/v2/posts/"));
    ASSERT_EQ(updates.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(updates[0].body).object();
    EXPECT_EQ(sent.keys(), (QStringList {QStringLiteral("date_gmt"), QStringLiteral("status")}));
    EXPECT_EQ(sent.value(u"status").toString(), QStringLiteral("future"));
    EXPECT_EQ(portal.posts.first().fields.value(u"status").toString(), QStringLiteral("future"));
    EXPECT_EQ(portal.posts.first().fields.value(u"date_gmt").toString(),
        at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    // Publishing it now resets the date, so the portal does not keep it in the future.
    act(article, WorkflowAction::Publish);
    sync({true, false});
    EXPECT_EQ(portal.posts.first().fields.value(u"status").toString(), QStringLiteral("publish"));
}

TEST_F(SyncEngineTest, PhotosAreUploadedOnceAndThePostPointsAtThem)
{
    auto photo = store.media->add(jpeg(1), QStringLiteral("image/jpeg"), QStringLiteral("a.jpg"),
        QStringLiteral("Chợ phiên"));
    ASSERT_TRUE(photo.ok());
    const QString body = QStringLiteral("<p>Chợ.</p><figure><img src=\"newsdesk-media:%1\" "
                                        "alt=\"Chợ\"><figcaption>Chợ phiên</figcaption></figure>")
                             .arg(photo->sha256);
    const Article first = write(QStringLiteral("Chợ phiên"), body);
    ArticleContent content = first.content;
    content.featuredMediaId = photo->id;
    content.tags = {QStringLiteral("du lịch")};
    content.category = QStringLiteral("Thời sự");
    ASSERT_TRUE(store.articles->saveContent(first.id, content, {}).ok());
    act(first, WorkflowAction::Submit);
    const Article second = write(QStringLiteral("Chợ phiên 2"), body);
    act(second, WorkflowAction::Submit);
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.done, 2);
    EXPECT_EQ(summary.photosUploaded, 1);
    ASSERT_EQ(portal.media.size(), 1);
    const QJsonObject media = portal.media.first();
    for (const auto &post : portal.posts) {
        const QString html = post.fields.value(u"content").toString();
        EXPECT_FALSE(html.contains(QStringLiteral("newsdesk-media:")));
        EXPECT_TRUE(html.contains(media.value(u"source_url").toString()));
    }
    const auto firstPost
        = std::find_if(portal.posts.begin(), portal.posts.end(), [](const auto &p) {
              return p.fields.value(u"title").toString() == QStringLiteral("Chợ phiên");
          });
    ASSERT_NE(firstPost, portal.posts.end());
    EXPECT_EQ(
        firstPost->fields.value(u"featured_media").toInteger(), media.value(u"id").toInteger());
    EXPECT_EQ(firstPost->fields.value(u"tags").toArray().size(), 1);
    EXPECT_TRUE(portal.categories.values().contains(QStringLiteral("Thời sự")));
    EXPECT_EQ(portal.requests("POST", QStringLiteral("/wp/v2/media")).front().body, jpeg(1));
}

TEST_F(SyncEngineTest, ALostAnswerToACreateIsLookedUpAndAdoptedNeverSentTwice)
{
    const Article article = write(QStringLiteral("Không mất bài"));
    act(article, WorkflowAction::Submit);
    int faults = 0;
    portal.fault = [&](const newsdesk::test::SeenRequest &r) -> std::optional<FakePortal::Fault> {
        if (r.method == "POST" && r.route == u"/wp/v2/posts" && faults++ == 0) {
            FakeResponse lost;
            lost.networkError = QNetworkReply::RemoteHostClosedError;
            return FakePortal::Fault {lost, true};  // the server created it; the answer is lost
        }
        return std::nullopt;
    };
    SyncSummary summary = sync();
    EXPECT_EQ(summary.waiting, 1);
    EXPECT_EQ(lastOperation().state, OutboxState::Unknown);
    EXPECT_EQ(portal.creates, 1);
    store.clock.advanceMs(10 * 60 * 1000);
    summary = sync({true, false});  // the push's own lookup (a pull would adopt it too)
    EXPECT_EQ(summary.reconciled, 1);
    EXPECT_EQ(portal.creates, 1);  // adopted, not created again
    EXPECT_EQ(postsWithMarker(article), 1);
    EXPECT_EQ(lastOperation().state, OutboxState::Reconciled);
}

TEST_F(SyncEngineTest, ASecondCopyFromASilentResendIsRemoved)
{
    const Article article = write(QStringLiteral("Một bản thôi"));
    act(article, WorkflowAction::Submit);
    // Simulate the first of the two copies by creating it by hand with the same marker.
    sync({false, true});
    portal.posts.insert(99,
        test::FakePost {99,
            QJsonObject {{QStringLiteral("content"),
                             QString(QStringLiteral("<p>x</p><!-- newsdesk-post-") + article.uuid
                                 + QStringLiteral(" -->"))},
                {QStringLiteral("status"), QStringLiteral("pending")}}});
    // The op has never been sent, so no lookup before; the create makes a second copy and the
    // check after the create removes the other one.
    const SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.done, 1);
    EXPECT_EQ(summary.duplicatesRemoved, 1);
    EXPECT_EQ(postsWithMarker(article), 1);
}

TEST_F(SyncEngineTest, AnInFlightOperationLeftByACrashIsLookedUpFirst)
{
    const Article article = write(QStringLiteral("Sau sự cố"));
    act(article, WorkflowAction::Submit);
    OutboxStore outbox(*store.db);
    const qint64 id = lastOperation().id;
    // A killed process: claimed and sent, the server created the post, nothing recorded.
    ASSERT_TRUE(outbox
                    .markInFlight(
                        id, QStringLiteral("0@") + QHostInfo::localHostName(), store.clock.nowUtc())
                    .ok());
    portal.posts.insert(7,
        test::FakePost {7,
            QJsonObject {{QStringLiteral("content"),
                             QString(QStringLiteral("<p>Nội dung.</p>\n<!-- newsdesk-post-")
                                 + article.uuid + QStringLiteral(" -->"))},
                {QStringLiteral("title"), QStringLiteral("Sau sự cố")},
                {QStringLiteral("status"), QStringLiteral("pending")}}});
    const SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.reconciled, 1);
    EXPECT_EQ(portal.creates, 0);
    EXPECT_EQ(postsWithMarker(article), 1);
}

TEST_F(SyncEngineTest, RejectedPasswordPausesWithoutSpendingAnAttempt)
{
    const Article article = write(QStringLiteral("Mật khẩu"));
    act(article, WorkflowAction::Submit);
    portal.fault = [](const newsdesk::test::SeenRequest &r) -> std::optional<FakePortal::Fault> {
        if (r.route.startsWith(u"/wp/v2/posts")) {
            FakeResponse denied;
            denied.status = 401;
            denied.body = R"({"code":"rest_not_logged_in","message":"no","data":{"status":401}})";
            return FakePortal::Fault {denied};
        }
        return std::nullopt;
    };
    QSignalSpy rejected(engine.get(), &SyncEngine::passwordRejected);
    const SyncSummary summary = sync({true, false});
    EXPECT_TRUE(summary.paused);
    EXPECT_EQ(rejected.count(), 1);
    const OutboxOperation op = lastOperation();
    EXPECT_TRUE(isOpen(op.state));
    EXPECT_EQ(op.attempts, 0);
    auto account = PortalAccountStore(*store.db).account();
    ASSERT_TRUE(account.ok() && account->has_value());
    EXPECT_TRUE((*account)->paused());
    auto refused = engine->run();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("sync:paused"));
}

TEST_F(SyncEngineTest, ForbiddenPublishFailsWithAWayForward)
{
    portal.capabilities.removeAll(QStringLiteral("publish_posts"));
    const Article article = write(QStringLiteral("Không được đăng"));
    act(article, WorkflowAction::Submit);
    act(article, WorkflowAction::Approve);
    act(article, WorkflowAction::Publish);
    const SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.failed, 1);
    const OutboxOperation op = lastOperation();
    EXPECT_EQ(op.state, OutboxState::Failed);
    EXPECT_EQ(op.errorKind, QStringLiteral("rest_cannot_publish"));
    EXPECT_TRUE(op.lastError.contains(QStringLiteral("Submit the article for review")))
        << op.lastError.toStdString();
    EXPECT_TRUE(portal.posts.isEmpty());
    // The user fixes the cause (here: the account gets the right) and tries again.
    portal.capabilities << QStringLiteral("publish_posts");
    ASSERT_TRUE(OutboxStore(*store.db).retryFailed(op.id).ok());
    EXPECT_EQ(sync({true, false}).done, 1);
}

TEST_F(SyncEngineTest, ServiceUnavailableWaitsForRetryAfter)
{
    const Article article = write(QStringLiteral("Chờ máy chủ"));
    act(article, WorkflowAction::Submit);
    portal.fault = [](const newsdesk::test::SeenRequest &r) -> std::optional<FakePortal::Fault> {
        if (r.method == "POST") {
            FakeResponse busy;
            busy.status = 503;
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("120")));
            busy.body = R"({"code":"busy","message":"Down for maintenance","data":{"status":503}})";
            return FakePortal::Fault {busy};
        }
        return std::nullopt;
    };
    SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.waiting, 1);
    OutboxOperation op = lastOperation();
    EXPECT_EQ(op.state, OutboxState::Unknown);  // a 5xx on a create may have written it
    EXPECT_GE(store.clock.nowUtc().secsTo(op.nextAttemptAt), 120);
    EXPECT_TRUE(op.lastError.contains(QStringLiteral("Down for maintenance")));
    portal.fault = nullptr;
    portal.network.seen.clear();
    summary = sync({true, false});  // not due yet: nothing sent
    EXPECT_EQ(summary.sent, 0);
    EXPECT_TRUE(portal.requests("POST", QStringLiteral("/wp/v2/posts")).isEmpty());
    store.clock.advanceMs(121'000);
    summary = sync({true, false});
    EXPECT_EQ(summary.done + summary.reconciled, 1);
    EXPECT_EQ(postsWithMarker(article), 1);
}

TEST_F(SyncEngineTest, GarbageAnswersAreErrorsNotCrashesNorWrongStates)
{
    const QList<FakeResponse> garbage = [] {
        FakeResponse html;
        html.contentType = "text/html";
        html.body = "<html><body>Maintenance</body></html>";
        FakeResponse wrongTypes;
        wrongTypes.body = R"({"id":"seven","status":42})";
        FakeResponse truncated;
        truncated.body = R"({"id":12,"status":"pen)";
        FakeResponse huge;
        huge.announcedLength = 100LL * 1024 * 1024;
        huge.body = QByteArray(1024, 'x');
        return QList<FakeResponse> {html, wrongTypes, truncated, huge};
    }();
    QList<Article> articles;
    for (const FakeResponse &answer : garbage) {
        const Article article = write(QStringLiteral("Rác %1").arg(articles.size()));
        articles << article;
        act(article, WorkflowAction::Submit);
        // The server creates the post, then answers with garbage.
        portal.fault
            = [&](const newsdesk::test::SeenRequest &r) -> std::optional<FakePortal::Fault> {
            if (r.method == "POST" && r.route == u"/wp/v2/posts")
                return FakePortal::Fault {answer, true};
            return std::nullopt;
        };
        const SyncSummary summary = sync({true, false});
        EXPECT_EQ(summary.sent, 1);  // the earlier ones wait for their next attempt
        EXPECT_EQ(summary.waiting, articles.size());
        const OutboxOperation op = lastOperation();
        EXPECT_EQ(op.state, OutboxState::Unknown) << outboxStateKey(op.state).toStdString();
        EXPECT_FALSE(op.lastError.isEmpty());
    }
    portal.fault = nullptr;
    store.clock.advanceMs(60 * 60 * 1000);
    const SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.reconciled, 4);
    EXPECT_EQ(portal.creates, 4);
    for (const Article &article : std::as_const(articles))
        EXPECT_EQ(postsWithMarker(article), 1);  // the answers were lost, the posts were not
}

TEST_F(SyncEngineTest, AFutureThatCameBackPublishedIsReported)
{
    const Article article = write(QStringLiteral("Quá sát giờ"));
    act(article, WorkflowAction::Submit);
    act(article, WorkflowAction::Approve);
    act(article, WorkflowAction::Schedule, portal.now.addDays(1));
    // The portal's clock is a day ahead: the scheduled time has passed there.
    portal.now = portal.now.addDays(2);
    const SyncSummary summary = sync({true, false});
    ASSERT_EQ(summary.notices.size(), 1);
    EXPECT_TRUE(summary.notices[0].contains(QStringLiteral("went live at once")));
    EXPECT_EQ(portal.posts.first().fields.value(u"status").toString(), QStringLiteral("publish"));
}

TEST_F(SyncEngineTest, EditingAScheduledArticleTakesThePortalCopyBackToDraft)
{
    const Article article = write(QStringLiteral("Sửa sau khi hẹn giờ"));
    act(article, WorkflowAction::Submit);
    act(article, WorkflowAction::Approve);
    act(article, WorkflowAction::Schedule, portal.now.addDays(2));
    sync({true, false});
    ASSERT_EQ(portal.posts.first().fields.value(u"status").toString(), QStringLiteral("future"));
    ArticleContent content = article.content;
    content.bodyHtml = QStringLiteral("<p>Nội dung mới, chưa duyệt.</p>");
    ASSERT_TRUE(store.articles->saveContent(article.id, content, {}).ok());  // revokes approval
    portal.network.seen.clear();
    sync({true, false});
    const auto updates = portal.requests("POST", QStringLiteral("/wp/v2/posts/"));
    ASSERT_EQ(updates.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(updates[0].body).object().keys(),
        QStringList {QStringLiteral("status")});  // the unapproved text stays local
    EXPECT_EQ(portal.posts.first().fields.value(u"status").toString(), QStringLiteral("draft"));
}

TEST_F(SyncEngineTest, APostDeletedOnThePortalFailsAndIsNotResurrected)
{
    const Article article = write(QStringLiteral("Bị xoá"));
    act(article, WorkflowAction::Submit);
    sync({true, false});
    portal.posts.clear();
    act(article, WorkflowAction::Approve);
    act(article, WorkflowAction::Publish);
    const SyncSummary summary = sync({true, false});
    EXPECT_EQ(summary.failed, 1);
    EXPECT_TRUE(portal.posts.isEmpty());
    EXPECT_TRUE(lastOperation().lastError.contains(QStringLiteral("deleted on the portal")));
}

TEST_F(SyncEngineTest, NoAccountOrNoPasswordIsAClearError)
{
    engine->setPassword({});
    auto refused = engine->run();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("sync:no-password"));
    ASSERT_TRUE(PortalAccountStore(*store.db).remove().ok());
    engine->setPassword(QStringLiteral("x"));
    refused = engine->run();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("sync:no-account"));
}

TEST_F(SyncEngineTest, PullKeepsTheSiteTimeZoneTermsAndRole)
{
    portal.tags.insert(5, QStringLiteral("Điện Biên"));
    const SyncSummary summary = sync({false, true});
    EXPECT_TRUE(summary.termsPulled);
    PortalAccountStore accounts(*store.db);
    auto account = accounts.account();
    ASSERT_TRUE(account.ok() && account->has_value());
    EXPECT_EQ((*account)->identity.timeZoneId, QStringLiteral("Asia/Ho_Chi_Minh"));
    auto tag = accounts.findTerm(
        (*account)->site(), QStringLiteral("post_tag"), QStringLiteral("dien bien"));
    ASSERT_TRUE(tag.ok() && tag->has_value());
    EXPECT_EQ((*tag)->id, 5);
    auto profile = workflow->profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->role, Role::Approver);
    EXPECT_TRUE(profile->roleFromPortal);
}

}  // namespace
