// What the workflow writes into the outbox: in the same transaction as the action, frozen,
// mapped to WordPress statuses, superseding older operations of the same article.

#include "TestStore.h"
#include "sync/OutboxStore.h"
#include "sync/OutboxWriter.h"
#include "workflow/WorkflowService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace newsdesk;
using newsdesk::testing::TestStore;

namespace {

class OutboxTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        workflow = std::make_unique<WorkflowService>(
            *store.db, store.clock, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
        ASSERT_TRUE(workflow->setProfileName(QStringLiteral("Lò Thị Hoa")).ok());
        ASSERT_TRUE(workflow->setProfileRole(Role::Approver).ok());
        article = store.create(QStringLiteral("Mường Lay đón khách"),
            QStringLiteral("<p>Thị xã Mường Lay.</p>"), QStringLiteral("Hoa"));
    }

    QList<OutboxOperation> open() const
    {
        auto ops = OutboxStore(*store.db).open();
        EXPECT_TRUE(ops.ok());
        return ops.ok() ? *ops : QList<OutboxOperation> {};
    }

    void perform(WorkflowAction action, const QDateTime &at = {})
    {
        auto done = workflow->perform(article.id, action, QStringLiteral("ok"), at);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    }

    TestStore store;
    std::unique_ptr<WorkflowService> workflow;
    Article article;
};

TEST_F(OutboxTest, SubmitQueuesAPendingPostWithTheTextFrozen)
{
    perform(WorkflowAction::Submit);
    const auto ops = open();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].state, OutboxState::Pending);
    EXPECT_EQ(ops[0].action, QStringLiteral("submit"));
    EXPECT_EQ(ops[0].payload.status, QStringLiteral("pending"));
    EXPECT_EQ(ops[0].payload.title, QStringLiteral("Mường Lay đón khách"));
    EXPECT_EQ(ops[0].payload.bodyHtml, QStringLiteral("<p>Thị xã Mường Lay.</p>"));
    EXPECT_EQ(ops[0].payload.uuid, article.uuid);
    EXPECT_EQ(ops[0].payload.contentHash, article.contentHash);
}

TEST_F(OutboxTest, ApprovingQueuesNothingAndSchedulingSupersedesTheSubmission)
{
    perform(WorkflowAction::Submit);
    perform(WorkflowAction::Approve);
    EXPECT_EQ(open().size(), 1);  // approval stays local: the post waits as pending
    const QDateTime at = store.clock.nowUtc().addDays(2);
    perform(WorkflowAction::Schedule, at);
    const auto ops = open();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].payload.status, QStringLiteral("future"));
    EXPECT_EQ(ops[0].payload.dateGmt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
    auto recent = OutboxStore(*store.db).recent(10);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 2);
    EXPECT_EQ(recent->at(1).state, OutboxState::Superseded);
}

TEST_F(OutboxTest, PublishingFirstTimeLetsThePortalDateItAndWithdrawingMakesADraft)
{
    perform(WorkflowAction::Submit);
    perform(WorkflowAction::Approve);
    perform(WorkflowAction::Publish);
    auto ops = open();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].payload.status, QStringLiteral("publish"));
    EXPECT_TRUE(ops[0].payload.resetDate);
    perform(WorkflowAction::Withdraw);
    ops = open();
    ASSERT_EQ(ops.size(), 1);
    EXPECT_EQ(ops[0].payload.status, QStringLiteral("draft"));
    EXPECT_FALSE(ops[0].payload.resetDate);
}

TEST_F(OutboxTest, ARefusedActionQueuesNothing)
{
    auto refused = workflow->perform(article.id, WorkflowAction::Publish);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(open().isEmpty());
}

TEST_F(OutboxTest, TheOperationRollsBackWithTheAction)
{
    // A failing outbox write (the table is gone) must take the workflow change with it.
    QSqlQuery drop(store.db->connection());
    ASSERT_TRUE(drop.exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_gone")));
    auto failed = workflow->perform(article.id, WorkflowAction::Submit);
    ASSERT_FALSE(failed.ok());
    auto info = workflow->info(article.id);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->status, Status::Draft);
    auto history = workflow->history(article.id);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history->isEmpty());
}

TEST_F(OutboxTest, OnlyADraftCanBeSharedAsADraft)
{
    auto shared = OutboxWriter(*store.db).shareDraft(article.id, store.clock.nowUtc());
    ASSERT_TRUE(shared.ok());
    EXPECT_EQ(shared->payload.status, QStringLiteral("draft"));
    EXPECT_EQ(shared->action, QStringLiteral("share"));
    perform(WorkflowAction::Submit);
    auto refused = OutboxWriter(*store.db).shareDraft(article.id, store.clock.nowUtc());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("sync:not-a-draft"));
}

TEST_F(OutboxTest, InFlightOperationsOfADeadProcessBecomeUnknown)
{
    perform(WorkflowAction::Submit);
    OutboxStore outbox(*store.db);
    const qint64 id = open().front().id;
    // pid 0 never names a live process of ours.
    auto claimed = outbox.markInFlight(
        id, QStringLiteral("0@") + QStringLiteral("otherhost"), store.clock.nowUtc());
    ASSERT_TRUE(claimed.ok() && *claimed);
    // Claimed already: a second sender is refused.
    auto again = outbox.markInFlight(id, QStringLiteral("1@x"), store.clock.nowUtc());
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);
    auto recovered = outbox.recoverAbandoned(QStringLiteral("12345@thishost"));
    ASSERT_TRUE(recovered.ok());
    EXPECT_EQ(*recovered, 1);
    EXPECT_EQ(open().front().state, OutboxState::Unknown);
    auto ever = outbox.everSent(article.uuid);
    ASSERT_TRUE(ever.ok());
    EXPECT_TRUE(*ever);
}

TEST_F(OutboxTest, PayloadSurvivesJson)
{
    PostPayload payload;
    payload.uuid = QStringLiteral("u-1");
    payload.title = QStringLiteral("Đà Lạt");
    payload.tags = {QStringLiteral("a"), QStringLiteral("b")};
    payload.status = QStringLiteral("future");
    payload.dateGmt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    payload.statusOnly = true;
    const auto back = PostPayload::fromJson(payload.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, payload);
    EXPECT_FALSE(PostPayload::fromJson("<html>"));
    EXPECT_FALSE(PostPayload::fromJson("{}"));
}

}  // namespace
