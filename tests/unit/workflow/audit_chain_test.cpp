// The review history is append-only and hash-chained: triggers refuse changes, and someone
// who drops the triggers and edits, deletes or reorders rows is caught by verify().
#include "TestStore.h"
#include "store/AuditLog.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <vector>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

class AuditChainTest : public ::testing::Test {
protected:
    TestStore store;
    AuditLog log {*store.db};

    void SetUp() override
    {
        for (int i = 1; i <= 5; ++i) {
            ReviewEvent event;
            event.articleId = i % 2 + 1;
            event.articleUuid = QStringLiteral("uuid-%1").arg(i % 2 + 1);
            event.actor = QStringLiteral("Nguyễn Văn An");
            event.role = QStringLiteral("approver");
            event.action = QStringLiteral("approve");
            event.fromStatus = Status::InReview;
            event.toStatus = Status::Approved;
            event.note = QStringLiteral("Ghi chú %1").arg(i);
            event.contentHash = QString(64, QLatin1Char('a'));
            event.at = store.clock.nowUtc();
            store.clock.advanceMs(1000);
            auto appended = log.append(event);
            ASSERT_TRUE(appended.ok()) << appended.error().message.toStdString();
            EXPECT_EQ(appended->id, i);
        }
        ASSERT_TRUE(verify().ok);
    }

    bool sql(const QString &statement)
    {
        QSqlQuery query(store.db->connection());
        return query.exec(statement);
    }

    void dropTriggers()
    {
        ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    }

    AuditVerification verify()
    {
        auto result = log.verify();
        EXPECT_TRUE(result.ok());
        return result.value_or(AuditVerification {});
    }
};

}  // namespace

TEST_F(AuditChainTest, EventsChainToTheirPredecessor)
{
    auto events = log.forArticle(2);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 3);  // events 1, 3, 5
    EXPECT_EQ(events->at(0).previousHash, genesisHash());
    EXPECT_EQ(events->at(0).note, QStringLiteral("Ghi chú 1"));
    EXPECT_EQ(events->at(0).at, fixedStart());
    EXPECT_EQ(events->at(0).hash, reviewEventHash(events->at(0)));
    auto all = verify();
    EXPECT_TRUE(all.ok);
    EXPECT_EQ(all.checkedEvents, 5);
}

TEST_F(AuditChainTest, TriggersRefuseUpdateAndDelete)
{
    EXPECT_FALSE(sql(QStringLiteral("UPDATE audit_events SET note = 'sửa' WHERE id = 2")));
    EXPECT_FALSE(sql(QStringLiteral("DELETE FROM audit_events WHERE id = 2")));
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditChainTest, DetectsAnEditedNote)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET note = 'Đã duyệt' WHERE id = 3")));
    const auto result = verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.brokenEventId, 3);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("changed"))) << result.reason.toStdString();
}

TEST_F(AuditChainTest, DetectsAnEditedStatusEvenWhenOnlyItsCaseChanged)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET to_status = 'APPROVED' WHERE id = 4")));
    EXPECT_EQ(verify().brokenEventId, 4);
}

TEST_F(AuditChainTest, DetectsADeletedMiddleEvent)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_events WHERE id = 3")));
    const auto result = verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.brokenEventId, 3);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("missing"))) << result.reason.toStdString();
}

TEST_F(AuditChainTest, DetectsADeletionHiddenByRenumbering)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_events WHERE id = 3")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET id = id - 1 WHERE id > 3")));
    ASSERT_TRUE(sql(QStringLiteral(
        "UPDATE settings SET value = '4 ' || (SELECT hash FROM audit_events WHERE id = 4) "
        "WHERE key = 'workflow.audit_head'")));
    const auto result = verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.brokenEventId, 3);
}

TEST_F(AuditChainTest, DetectsReorderedEvents)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET id = 100 WHERE id = 2")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET id = 2 WHERE id = 4")));
    ASSERT_TRUE(sql(QStringLiteral("UPDATE audit_events SET id = 4 WHERE id = 100")));
    const auto result = verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.brokenEventId, 2);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("reordered"))) << result.reason.toStdString();
}

TEST_F(AuditChainTest, DetectsRemovedNewestEvents)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_events WHERE id >= 4")));
    const auto result = verify();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.brokenEventId, 4);
    EXPECT_TRUE(result.reason.contains(QStringLiteral("removed"))) << result.reason.toStdString();
}

TEST_F(AuditChainTest, RefusesToAppendOnTopOfRemovedHistory)
{
    dropTriggers();
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_events WHERE id = 5")));
    ReviewEvent event;
    event.articleId = 1;
    event.action = QStringLiteral("submit");
    event.at = store.clock.nowUtc();
    auto refused = log.append(event);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(verify().brokenEventId, 5);  // still reported, nothing hidden
}

TEST_F(AuditChainTest, DetectsARemovedHeadRecord)
{
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM settings WHERE key = 'workflow.audit_head'")));
    EXPECT_FALSE(verify().ok);
}

TEST(AuditChain, AnEmptyHistoryVerifies)
{
    TestStore store;
    AuditLog log(*store.db);
    auto result = log.verify();
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->ok);
    EXPECT_EQ(result->checkedEvents, 0);
}

TEST(AuditChain, HashCoversEveryField)
{
    ReviewEvent base;
    base.id = 7;
    base.articleId = 3;
    base.articleUuid = QStringLiteral("u");
    base.actor = QStringLiteral("An");
    base.role = QStringLiteral("approver");
    base.action = QStringLiteral("schedule");
    base.fromStatus = Status::Approved;
    base.toStatus = Status::Scheduled;
    base.note = QStringLiteral("n");
    base.contentHash = QStringLiteral("c");
    base.scheduledAt = fixedStart();
    base.at = fixedStart();
    base.previousHash = genesisHash();
    const QString original = reviewEventHash(base);
    const std::vector<std::function<void(ReviewEvent &)>> edits {
        [](ReviewEvent &e) { e.id = 8; },
        [](ReviewEvent &e) { e.articleId = 4; },
        [](ReviewEvent &e) { e.articleUuid = QStringLiteral("v"); },
        [](ReviewEvent &e) { e.actor = QStringLiteral("Ba"); },
        [](ReviewEvent &e) { e.role = QStringLiteral("writer"); },
        [](ReviewEvent &e) { e.action = QStringLiteral("publish"); },
        [](ReviewEvent &e) { e.fromStatus = Status::InReview; },
        [](ReviewEvent &e) { e.toStatus = Status::Published; },
        [](ReviewEvent &e) { e.note = QStringLiteral("m"); },
        [](ReviewEvent &e) { e.contentHash = QStringLiteral("d"); },
        [](ReviewEvent &e) { e.scheduledAt = QDateTime(); },
        [](ReviewEvent &e) { e.at = e.at.addMSecs(1); },
        [](ReviewEvent &e) { e.previousHash = QString(64, QLatin1Char('1')); },
        // Moving text between fields must not give the same serialization.
        [](ReviewEvent &e) {
            e.actor = QStringLiteral("Anapprover");
            e.role = QString();
        },
    };
    for (size_t i = 0; i < edits.size(); ++i) {
        ReviewEvent changed = base;
        edits[i](changed);
        EXPECT_NE(reviewEventHash(changed), original) << "edit " << i;
    }
}
