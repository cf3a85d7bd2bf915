// WorkflowService against a real store: one transaction per action, refusals that change
// nothing, approvals revoked by edits whatever code makes them, notes, inbox and calendar.
#include "TestStore.h"
#include "io/PortalTime.h"
#include "workflow/WorkflowService.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

const QString kWriter = QStringLiteral("Trần Thị Bình");
const QString kApprover = QStringLiteral("Nguyễn Văn An");

class WorkflowServiceTest : public ::testing::Test {
protected:
    TestStore store;
    WorkflowService workflow {*store.db, store.clock, portal_time::defaultZone()};

    void actAs(const QString &name, Role role)
    {
        ASSERT_TRUE(workflow.setProfileName(name).ok());
        ASSERT_TRUE(workflow.setProfileRole(role).ok());
    }

    Article article(const QString &title = QStringLiteral("Mường Lay đón Tết"))
    {
        return store.create(title, QStringLiteral("<p>Nội dung.</p>"), kWriter);
    }

    WorkflowOutcome perform(
        qint64 id, WorkflowAction action, const QString &note = {}, const QDateTime &at = {})
    {
        auto done = workflow.perform(id, action, note, at);
        EXPECT_TRUE(done.ok()) << Workflow::actionKey(action).toStdString() << ": "
                               << (done.ok() ? "" : done.error().message.toStdString());
        store.clock.advanceMs(1000);
        return done.value_or(WorkflowOutcome {});
    }

    Status status(qint64 id) { return store.articles->get(id).value().status; }

    // Submitted by the writer and approved by the approver; acting as the approver after.
    qint64 approvedArticle()
    {
        const qint64 id = article().id;
        actAs(kWriter, Role::Writer);
        perform(id, WorkflowAction::Submit);
        actAs(kApprover, Role::Approver);
        perform(id, WorkflowAction::Approve, QStringLiteral("Được."));
        return id;
    }

    void edit(qint64 id, const QString &title)
    {
        auto current = store.articles->get(id).value();
        current.content.title = title;
        ASSERT_TRUE(store.articles->saveContent(id, current.content, {}).ok());
        store.clock.advanceMs(1000);
    }

    int historySize(qint64 id) { return int(workflow.history(id).value().size()); }

    bool sql(const QString &statement)
    {
        QSqlQuery query(store.db->connection());
        return query.exec(statement);
    }
};

}  // namespace

TEST_F(WorkflowServiceTest, FromDraftToPublishedWithAVerifiedHistory)
{
    const Article draft = article();
    actAs(kWriter, Role::Writer);
    const QDateTime submittedAt = store.clock.nowUtc();
    const auto submitted = perform(draft.id, WorkflowAction::Submit);
    EXPECT_EQ(submitted.article.status, Status::InReview);
    EXPECT_EQ(submitted.article.submittedBy, kWriter);
    EXPECT_EQ(submitted.article.submittedAt, submittedAt);
    EXPECT_EQ(submitted.article.statusChangedAt, submittedAt);
    EXPECT_EQ(submitted.event.at, submittedAt);
    EXPECT_EQ(submitted.event.fromStatus, Status::Draft);
    EXPECT_EQ(submitted.event.role, QStringLiteral("writer"));

    actAs(kApprover, Role::Approver);
    const QDateTime approvedAt = store.clock.nowUtc();
    const auto approved = perform(draft.id, WorkflowAction::Approve, QStringLiteral("Đồng ý."));
    EXPECT_EQ(approved.article.approvedAt, approvedAt);
    EXPECT_EQ(approved.article.status, Status::Approved);
    EXPECT_EQ(approved.article.approvedHash, draft.contentHash);
    EXPECT_EQ(approved.article.approvedBy, kApprover);
    EXPECT_TRUE(approved.article.approvalMatches());

    const QDateTime publishedAt = store.clock.nowUtc();
    const auto published = perform(draft.id, WorkflowAction::Publish);
    EXPECT_EQ(published.article.status, Status::Published);
    EXPECT_EQ(published.article.liveHash, draft.contentHash);
    EXPECT_EQ(published.article.publishAt, publishedAt);
    EXPECT_EQ(status(draft.id), Status::Published);  // the article row itself

    auto history = workflow.history(draft.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->at(0).actor, kWriter);
    EXPECT_EQ(history->at(1).action, QStringLiteral("approve"));
    EXPECT_EQ(history->at(1).note, QStringLiteral("Đồng ý."));
    EXPECT_EQ(history->at(1).contentHash, draft.contentHash);
    EXPECT_EQ(history->at(2).toStatus, Status::Published);
    EXPECT_EQ(history->at(2).previousHash, history->at(1).hash);
    EXPECT_TRUE(workflow.verifyAuditChain().value().ok);
}

TEST_F(WorkflowServiceTest, RefusedActionsChangeNothing)
{
    const qint64 id = article().id;
    actAs(kWriter, Role::Writer);
    auto refused = workflow.perform(id, WorkflowAction::Approve);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:role_not_allowed"));
    EXPECT_EQ(refused.error().message, QStringLiteral("Only an approver can approve articles."));

    actAs(kApprover, Role::Approver);
    auto unapproved = workflow.perform(id, WorkflowAction::Publish);
    ASSERT_FALSE(unapproved.ok());
    EXPECT_EQ(unapproved.error().detail, QStringLiteral("workflow:needs_approval"));

    perform(id, WorkflowAction::Submit);
    auto noNote = workflow.perform(id, WorkflowAction::RequestChanges, QStringLiteral("   "));
    ASSERT_FALSE(noNote.ok());
    EXPECT_EQ(noNote.error().detail, QStringLiteral("workflow:note_required"));

    EXPECT_EQ(status(id), Status::InReview);
    EXPECT_EQ(historySize(id), 1);
    EXPECT_TRUE(workflow.verifyAuditChain().value().ok);
}

TEST_F(WorkflowServiceTest, NoActionWithoutAName)
{
    const qint64 id = article().id;
    auto refused = workflow.perform(id, WorkflowAction::Submit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:no_profile"));
    EXPECT_EQ(status(id), Status::Draft);
    EXPECT_EQ(historySize(id), 0);
}

TEST_F(WorkflowServiceTest, UnknownArticle)
{
    actAs(kWriter, Role::Writer);
    auto refused = workflow.perform(4242, WorkflowAction::Submit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
}

TEST_F(WorkflowServiceTest, AFailedHistoryWriteRollsTheStateBack)
{
    const qint64 id = article().id;
    actAs(kWriter, Role::Writer);
    perform(id, WorkflowAction::Submit);
    // Someone removed the newest event: nothing more may be chained onto that history.
    ASSERT_TRUE(sql(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
    ASSERT_TRUE(sql(QStringLiteral("DELETE FROM audit_events")));
    actAs(kApprover, Role::Approver);
    auto refused = workflow.perform(id, WorkflowAction::Approve);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(status(id), Status::InReview);
    EXPECT_TRUE(workflow.info(id).value().approvedHash.isEmpty());
}

TEST_F(WorkflowServiceTest, ApprovingTextYouHaveNotSeenIsRefused)
{
    const qint64 id = article().id;
    actAs(kWriter, Role::Writer);
    perform(id, WorkflowAction::Submit);
    const QString seen = store.articles->get(id).value().contentHash;
    edit(id, QStringLiteral("Sửa sau khi gửi"));
    actAs(kApprover, Role::Approver);
    WorkflowRequest request;
    request.articleId = id;
    request.action = WorkflowAction::Approve;
    request.reviewedHash = seen;
    auto refused = workflow.perform(request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:text_changed"));
    request.reviewedHash = store.articles->get(id).value().contentHash;
    EXPECT_TRUE(workflow.perform(request).ok());
}

TEST_F(WorkflowServiceTest, EditingAnApprovedArticleRevokesItsApproval)
{
    const qint64 id = approvedArticle();
    EXPECT_EQ(workflow.editImpact(id).value(), EditImpact::RevokesApproval);
    edit(id, QStringLiteral("Tiêu đề đã sửa"));

    const WorkflowInfo after = workflow.info(id).value();
    EXPECT_EQ(after.status, Status::Draft);
    EXPECT_FALSE(after.approvalMatches());
    EXPECT_EQ(workflow.editImpact(id).value(), EditImpact::None);
    auto publish = workflow.perform(id, WorkflowAction::Publish);
    ASSERT_FALSE(publish.ok());
    EXPECT_EQ(publish.error().detail, QStringLiteral("workflow:needs_approval"));

    // The revocation goes into the history, chained like any other event.
    EXPECT_EQ(workflow.recordRevocations().value(), 1);
    EXPECT_EQ(workflow.recordRevocations().value(), 0);
    auto history = workflow.history(id).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.last().action, QStringLiteral("approval_revoked"));
    EXPECT_EQ(history.last().role, QStringLiteral("system"));
    EXPECT_EQ(history.last().fromStatus, Status::Approved);
    EXPECT_EQ(history.last().toStatus, Status::Draft);
    EXPECT_EQ(history.last().contentHash, after.contentHash);
    EXPECT_TRUE(workflow.verifyAuditChain().value().ok);
}

TEST_F(WorkflowServiceTest, EditingAScheduledArticleDropsTheSchedule)
{
    const qint64 id = approvedArticle();
    perform(id, WorkflowAction::Schedule, {}, store.clock.nowUtc().addDays(1));
    EXPECT_TRUE(workflow.info(id).value().scheduledAt.isValid());
    EXPECT_EQ(workflow.editImpact(id).value(), EditImpact::RevokesApproval);
    edit(id, QStringLiteral("Đổi tiêu đề"));
    const WorkflowInfo after = workflow.info(id).value();
    EXPECT_EQ(after.status, Status::Draft);
    EXPECT_FALSE(after.scheduledAt.isValid());
    // The next action records the revocation first, so the history reads in order.
    actAs(kWriter, Role::Writer);
    perform(id, WorkflowAction::Submit);
    auto history = workflow.history(id).value();
    ASSERT_EQ(history.size(), 5);
    EXPECT_EQ(history[3].action, QStringLiteral("approval_revoked"));
    EXPECT_EQ(history[3].fromStatus, Status::Scheduled);
    EXPECT_EQ(history[4].fromStatus, Status::Draft);
    EXPECT_TRUE(workflow.verifyAuditChain().value().ok);
}

TEST_F(WorkflowServiceTest, RevocationCannotBeBypassedWithRawSql)
{
    const qint64 id = approvedArticle();
    ASSERT_TRUE(
        sql(QStringLiteral("UPDATE articles SET content_hash = 'khác' WHERE id = %1").arg(id)));
    EXPECT_EQ(status(id), Status::Draft);
}

TEST_F(WorkflowServiceTest, SavingTheSameTextKeepsTheApproval)
{
    const qint64 id = approvedArticle();
    const Article current = store.articles->get(id).value();
    SaveOptions options;
    options.recordRevision = true;
    options.publishAt = store.clock.nowUtc().addDays(2);
    ASSERT_TRUE(store.articles->saveContent(id, current.content, options).ok());
    EXPECT_EQ(status(id), Status::Approved);
    EXPECT_TRUE(workflow.info(id).value().approvalMatches());
    EXPECT_EQ(workflow.recordRevocations().value(), 0);
}

TEST_F(WorkflowServiceTest, EditedPublishedTextStaysLiveUntilTheChangesAreApproved)
{
    const qint64 id = approvedArticle();
    const QDateTime firstPublished = store.clock.nowUtc();
    perform(id, WorkflowAction::Publish);
    EXPECT_EQ(workflow.editImpact(id).value(), EditImpact::LiveTextBehind);
    const QString liveHash = workflow.info(id).value().liveHash;

    edit(id, QStringLiteral("Sửa lỗi chính tả"));
    WorkflowInfo edited = workflow.info(id).value();
    EXPECT_EQ(edited.status, Status::Published);
    EXPECT_TRUE(edited.needsReapproval());
    EXPECT_EQ(edited.liveHash, liveHash);
    EXPECT_EQ(workflow.recordRevocations().value(), 0);
    auto publishUnapproved = workflow.perform(id, WorkflowAction::Publish);
    ASSERT_FALSE(publishUnapproved.ok());
    EXPECT_EQ(publishUnapproved.error().detail, QStringLiteral("workflow:needs_approval"));

    actAs(kWriter, Role::Writer);
    EXPECT_EQ(perform(id, WorkflowAction::Submit).article.status, Status::InReview);
    EXPECT_TRUE(workflow.info(id).value().isLive());  // the old text is still on the portal
    actAs(kApprover, Role::Approver);
    perform(id, WorkflowAction::Approve);
    const auto republished = perform(id, WorkflowAction::Publish);
    EXPECT_EQ(republished.article.status, Status::Published);
    EXPECT_FALSE(republished.article.needsReapproval());
    EXPECT_EQ(republished.article.liveHash, republished.article.contentHash);
    EXPECT_EQ(republished.article.publishAt, firstPublished);  // an update keeps its date
}

TEST_F(WorkflowServiceTest, WithdrawAndPublishAgain)
{
    const qint64 id = approvedArticle();
    perform(id, WorkflowAction::Publish);
    const auto withdrawn = perform(id, WorkflowAction::Withdraw, QStringLiteral("Sai số liệu"));
    EXPECT_EQ(withdrawn.article.status, Status::Unpublished);
    EXPECT_FALSE(withdrawn.article.isLive());
    EXPECT_TRUE(withdrawn.article.approvalMatches());
    const QDateTime again = store.clock.nowUtc();
    const auto republished = perform(id, WorkflowAction::Publish);
    EXPECT_EQ(republished.article.status, Status::Published);
    EXPECT_EQ(republished.article.publishAt, again);
}

TEST_F(WorkflowServiceTest, ScheduleUnscheduleAndTheCalendar)
{
    const qint64 id = approvedArticle();
    auto past
        = workflow.perform(id, WorkflowAction::Schedule, {}, store.clock.nowUtc().addSecs(-60));
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.error().detail, QStringLiteral("schedule_in_past"));
    auto missing = workflow.perform(id, WorkflowAction::Schedule);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().detail, QStringLiteral("workflow:schedule_invalid"));
    EXPECT_EQ(status(id), Status::Approved);

    EXPECT_EQ(workflow.scheduleTime().zone(), portal_time::defaultZone());
    auto when = workflow.checkScheduleTime(QDate(2026, 1, 16), QTime(7, 30));
    ASSERT_TRUE(when.ok());
    EXPECT_EQ(when->display, QStringLiteral("16/01/2026 07:30 (UTC+07:00)"));
    const auto scheduled = perform(id, WorkflowAction::Schedule, {}, when->utc);
    EXPECT_EQ(scheduled.article.status, Status::Scheduled);
    EXPECT_EQ(scheduled.article.scheduledAt, QDateTime(QDate(2026, 1, 16), QTime(0, 30), Qt::UTC));
    EXPECT_EQ(scheduled.event.scheduledAt, when->utc);

    const qint64 live = approvedArticle();
    const QDateTime liveAt = store.clock.nowUtc();
    perform(live, WorkflowAction::Publish);
    article(QStringLiteral("Chỉ là bản nháp"));

    const QDateTime dayStart(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC);
    auto month = workflow.calendar(dayStart, dayStart.addDays(31));
    ASSERT_TRUE(month.ok());
    ASSERT_EQ(month->size(), 2);
    EXPECT_EQ(month->at(0).kind, CalendarEntry::Kind::Published);
    EXPECT_EQ(month->at(0).article.id, live);
    EXPECT_EQ(month->at(0).at, liveAt);
    EXPECT_EQ(month->at(1).kind, CalendarEntry::Kind::Scheduled);
    EXPECT_EQ(month->at(1).article.id, id);
    EXPECT_EQ(month->at(1).at, when->utc);
    // The range is half-open and in UTC.
    EXPECT_EQ(workflow.calendar(dayStart, when->utc).value().size(), 1);
    EXPECT_EQ(workflow.calendar(when->utc, when->utc.addSecs(1)).value().size(), 1);

    const auto unscheduled = perform(id, WorkflowAction::Unschedule);
    EXPECT_EQ(unscheduled.article.status, Status::Approved);
    EXPECT_FALSE(unscheduled.article.scheduledAt.isValid());
    EXPECT_EQ(workflow.calendar(dayStart, dayStart.addDays(31)).value().size(), 1);
}

TEST_F(WorkflowServiceTest, SchedulingALiveArticleIsRefused)
{
    const qint64 id = approvedArticle();
    perform(id, WorkflowAction::Publish);
    edit(id, QStringLiteral("Bản cập nhật"));
    actAs(kWriter, Role::Writer);
    perform(id, WorkflowAction::Submit);
    actAs(kApprover, Role::Approver);
    perform(id, WorkflowAction::Approve);
    auto refused
        = workflow.perform(id, WorkflowAction::Schedule, {}, store.clock.nowUtc().addDays(1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:still_live"));
}

TEST_F(WorkflowServiceTest, RequestChangesWithPassageNotesAndResolveThem)
{
    const qint64 id = article().id;
    actAs(kWriter, Role::Writer);
    perform(id, WorkflowAction::Submit);
    actAs(kApprover, Role::Approver);
    WorkflowRequest request;
    request.articleId = id;
    request.action = WorkflowAction::RequestChanges;
    request.note = QStringLiteral("Kiểm tra lại số liệu.");
    request.passageNotes = {PassageNote {
        PassageAnchor {0, 8, QStringLiteral("Nội dung")}, QStringLiteral("Câu mở đầu chưa rõ.")}};
    auto done = workflow.perform(request);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->article.status, Status::ChangesRequested);
    EXPECT_EQ(done->event.note, QStringLiteral("Kiểm tra lại số liệu."));
    ASSERT_TRUE(workflow.addNote(id, QStringLiteral("Thêm ảnh.")).ok());

    auto notes = workflow.notes(id).value();
    ASSERT_EQ(notes.size(), 2);
    ASSERT_TRUE(notes[0].anchor.has_value());
    EXPECT_EQ(notes[0].anchor->quotedText, QStringLiteral("Nội dung"));
    EXPECT_EQ(notes[0].anchor->length, 8);
    EXPECT_EQ(notes[0].author, kApprover);
    EXPECT_EQ(notes[0].contentHash, done->article.contentHash);
    EXPECT_FALSE(notes[1].anchor.has_value());
    EXPECT_FALSE(notes[1].resolved);

    actAs(kWriter, Role::Writer);
    auto refused = workflow.addNote(id, QStringLiteral("Tôi cũng ghi chú"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:role_not_allowed"));
    store.clock.advanceMs(5000);
    auto resolved = workflow.resolveNote(notes[0].id);
    ASSERT_TRUE(resolved.ok());
    EXPECT_TRUE(resolved->resolved);
    EXPECT_EQ(resolved->resolvedBy, kWriter);
    EXPECT_EQ(resolved->resolvedAt, store.clock.nowUtc());
    EXPECT_EQ(workflow.notes(id, false).value().size(), 1);
    EXPECT_EQ(workflow.resolveNote(9999).error().code, ErrorCode::NotFound);

    // Writers cannot slip notes in with an action either.
    WorkflowRequest submit;
    submit.articleId = id;
    submit.action = WorkflowAction::Submit;
    submit.passageNotes = request.passageNotes;
    EXPECT_FALSE(workflow.perform(submit).ok());
    EXPECT_EQ(workflow.notes(id).value().size(), 2);
}

TEST_F(WorkflowServiceTest, BadNotesAreRefused)
{
    const qint64 id = article().id;
    actAs(kApprover, Role::Approver);
    EXPECT_EQ(workflow.addNote(id, QStringLiteral("  ")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(
        workflow.addNote(id, QStringLiteral("x"), PassageAnchor {-1, 3, QStringLiteral("abc")})
            .error()
            .code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(
        workflow.addNote(id, QStringLiteral("x"), PassageAnchor {0, 3, QString()}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(workflow.addNote(4242, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    // The store alone refuses a note on a missing article too.
    ReviewNoteStore notes(*store.db, store.clock);
    EXPECT_EQ(notes.add(NewReviewNote {4242, kApprover, QStringLiteral("x"), {}, {}}).error().code,
        ErrorCode::NotFound);
    EXPECT_TRUE(notes.list(id).value().isEmpty());
    EXPECT_EQ(notes.openCount(id).value(), 0);
}

TEST_F(WorkflowServiceTest, InboxWaitingAndReturned)
{
    const qint64 first = article(QStringLiteral("Bài một")).id;
    const qint64 second = article(QStringLiteral("Bài hai")).id;
    const qint64 other = store
                             .create(QStringLiteral("Bài của người khác"),
                                 QStringLiteral("<p>x</p>"), QStringLiteral("Lê Văn Cường"))
                             .id;
    actAs(kWriter, Role::Writer);
    perform(second, WorkflowAction::Submit);
    perform(first, WorkflowAction::Submit);
    perform(other, WorkflowAction::Submit);

    // Writers have nothing waiting for their approval.
    EXPECT_TRUE(workflow.waitingForMyApproval().value().isEmpty());
    EXPECT_EQ(workflow.inboxCounts().value().waitingForApproval, 0);

    actAs(kApprover, Role::Approver);
    auto waiting = workflow.waitingForMyApproval().value();
    ASSERT_EQ(waiting.size(), 3);
    EXPECT_EQ(waiting[0].article.id, second);  // the longest waiting first
    EXPECT_EQ(waiting[0].submittedBy, kWriter);
    EXPECT_EQ(waiting[1].article.id, first);
    EXPECT_EQ(workflow.inboxCounts().value().waitingForApproval, 3);

    perform(first, WorkflowAction::RequestChanges, QStringLiteral("Ngắn quá."));
    perform(other, WorkflowAction::RequestChanges, QStringLiteral("Thiếu nguồn."));
    EXPECT_EQ(workflow.inboxCounts().value().waitingForApproval, 1);
    EXPECT_TRUE(workflow.returnedToMe().value().isEmpty());  // the approver wrote none of them

    actAs(kWriter, Role::Writer);
    // "first" carries the writer's by-line; "other" was submitted by the writer.
    auto returned = workflow.returnedToMe().value();
    ASSERT_EQ(returned.size(), 2);
    EXPECT_EQ(returned[0].article.id, other);  // most recently returned first
    EXPECT_EQ(returned[1].article.id, first);
    EXPECT_EQ(workflow.inboxCounts().value().returnedToMe, 2);

    ASSERT_TRUE(workflow.setProfileName(QStringLiteral("Lê Văn Cường")).ok());
    EXPECT_EQ(workflow.returnedToMe().value().size(), 1);
    EXPECT_EQ(workflow.inboxCounts().value().returnedToMe, 1);
}

TEST_F(WorkflowServiceTest, ArchiveAndRestoreStartAfresh)
{
    const qint64 id = approvedArticle();
    perform(id, WorkflowAction::Archive);
    EXPECT_EQ(status(id), Status::Archived);
    const auto restored = perform(id, WorkflowAction::Restore);
    EXPECT_EQ(restored.article.status, Status::Draft);
    EXPECT_TRUE(restored.article.approvedHash.isEmpty());
}

TEST_F(WorkflowServiceTest, AvailableActionsFollowTheRole)
{
    const qint64 id = article().id;
    actAs(kWriter, Role::Writer);
    EXPECT_EQ(workflow.availableActions(id).value(),
        (QList<WorkflowAction> {WorkflowAction::Submit, WorkflowAction::Archive}));
    perform(id, WorkflowAction::Submit);
    EXPECT_TRUE(workflow.availableActions(id).value().isEmpty());
    actAs(kApprover, Role::Approver);
    EXPECT_EQ(workflow.availableActions(id).value(),
        (QList<WorkflowAction> {
            WorkflowAction::Approve, WorkflowAction::RequestChanges, WorkflowAction::Archive}));
    auto why = workflow.check(id, WorkflowAction::Publish);
    ASSERT_TRUE(why.ok());
    EXPECT_FALSE(why->allowed());
    EXPECT_FALSE(why->reason.isEmpty());
}

TEST_F(WorkflowServiceTest, ProfileRoleFromThePortalCannotBeChangedLocally)
{
    auto initial = workflow.profile().value();
    EXPECT_TRUE(initial.name.isEmpty());
    EXPECT_EQ(initial.role, Role::Writer);
    EXPECT_FALSE(initial.roleFromPortal);

    EXPECT_FALSE(workflow.setProfileName(QStringLiteral("   ")).ok());
    ASSERT_TRUE(workflow.setProfileName(QStringLiteral("  Nguyễn   Văn An ")).ok());
    EXPECT_EQ(workflow.profile().value().name, kApprover);
    ASSERT_TRUE(workflow.setProfileRole(Role::Approver).ok());
    EXPECT_EQ(workflow.profile().value().role, Role::Approver);

    ASSERT_TRUE(workflow.profiles().setRoleFromPortal(Role::Writer).ok());
    auto portal = workflow.profile().value();
    EXPECT_EQ(portal.role, Role::Writer);
    EXPECT_TRUE(portal.roleFromPortal);
    auto refused = workflow.setProfileRole(Role::Approver);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("portal")));
    EXPECT_EQ(workflow.profile().value().role, Role::Writer);
    EXPECT_TRUE(workflow.setProfileRole(Role::Writer).ok());  // no change is no conflict

    ASSERT_TRUE(workflow.profiles().releaseRoleFromPortal().ok());
    EXPECT_TRUE(workflow.setProfileRole(Role::Approver).ok());
    EXPECT_EQ(workflow.profile().value().role, Role::Approver);
}

TEST_F(WorkflowServiceTest, ImportedPublishedArticlesAreLive)
{
    NewArticle imported;
    imported.content.title = QStringLiteral("Bài đã đăng trên cổng");
    imported.status = Status::Published;
    imported.publishAt = store.clock.nowUtc().addDays(-3);
    const Article created = store.articles->create(imported).value();
    const WorkflowInfo info = workflow.info(created.id).value();
    EXPECT_TRUE(info.isLive());
    EXPECT_FALSE(info.needsReapproval());
    EXPECT_TRUE(info.approvedHash.isEmpty());  // no approval is invented for it
    EXPECT_EQ(
        workflow.calendar(imported.publishAt, imported.publishAt.addSecs(1)).value().size(), 1);
}
