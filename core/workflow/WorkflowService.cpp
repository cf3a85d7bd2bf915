#include "workflow/WorkflowService.h"

#include "store/Database.h"
#include "sync/OutboxWriter.h"

namespace newsdesk {
namespace {

Error refusal(Refusal code, const QString &reason)
{
    return makeError(
        ErrorCode::InvalidInput, reason, QStringLiteral("workflow:") + Workflow::refusalKey(code));
}

Error refusal(const QString &key, const QString &reason)
{
    return makeError(ErrorCode::InvalidInput, reason, QStringLiteral("workflow:") + key);
}

}  // namespace

WorkflowService::WorkflowService(Database &db, const Clock &clock, QTimeZone portalZone)
    : m_db(db), m_clock(clock), m_profiles(db), m_store(db), m_audit(db), m_notes(db, clock),
      m_schedule(clock, std::move(portalZone))
{
}

Result<LocalProfile> WorkflowService::profile() const
{
    return m_profiles.load();
}

Result<void> WorkflowService::setProfileName(const QString &name)
{
    return m_profiles.setName(name);
}

Result<void> WorkflowService::setProfileRole(Role role)
{
    return m_profiles.setRole(role);
}

Result<LocalProfile> WorkflowService::actingProfile() const
{
    auto profile = m_profiles.load();
    if (profile && profile->name.isEmpty())
        return refusal(QStringLiteral("no_profile"),
            tr("Enter your name in your profile first: the review history records who did "
               "what."));
    return profile;
}

Result<WorkflowInfo> WorkflowService::info(qint64 articleId) const
{
    return m_store.info(articleId);
}

Result<EditImpact> WorkflowService::editImpact(qint64 articleId) const
{
    auto article = m_store.info(articleId);
    if (!article)
        return article.error();
    return Workflow::editImpact(article->status);
}

Result<WorkflowDecision> WorkflowService::check(qint64 articleId, WorkflowAction action) const
{
    auto profile = m_profiles.load();
    if (!profile)
        return profile.error();
    auto article = m_store.info(articleId);
    if (!article)
        return article.error();
    return Workflow::decide(article->status, action, profile->role, article->context(true));
}

Result<QList<WorkflowAction>> WorkflowService::availableActions(qint64 articleId) const
{
    QList<WorkflowAction> actions;
    for (WorkflowAction action : Workflow::allActions()) {
        auto decision = check(articleId, action);
        if (!decision)
            return decision.error();
        if (decision->allowed())
            actions << action;
    }
    return actions;
}

Result<ScheduledTime> WorkflowService::checkScheduleTime(QDate date, QTime time) const
{
    return m_schedule.checkLocal(date, time);
}

Result<WorkflowChange> WorkflowService::changeFor(const WorkflowRequest &request,
    const WorkflowInfo &info, Status next, const LocalProfile &actor, const QDateTime &now) const
{
    WorkflowChange change;
    change.articleId = info.articleId;
    change.status = next;
    change.at = now;
    const QDateTime none;
    switch (request.action) {
    case WorkflowAction::Submit:
        change.submittedBy = actor.name;
        break;
    case WorkflowAction::Approve:
        change.approvedBy = actor.name;
        change.approvedHash = info.contentHash;
        break;
    case WorkflowAction::RequestChanges:
    case WorkflowAction::Restore:
        change.clearApproval = true;  // a later approval must be given afresh
        break;
    case WorkflowAction::Schedule: {
        if (!request.scheduledAt.isValid())
            return refusal(QStringLiteral("schedule_invalid"),
                tr("Choose when the article should be published."));
        auto checked = m_schedule.checkUtc(request.scheduledAt);
        if (!checked)
            return checked.error();
        change.scheduledAt = checked->utc;
        break;
    }
    case WorkflowAction::Unschedule:
    case WorkflowAction::Archive:
        change.scheduledAt = none;
        break;
    case WorkflowAction::Publish:
        change.liveHash = info.contentHash;
        change.scheduledAt = none;
        // Publishing changes to a live article keeps its original publication time.
        if (!info.isLive())
            change.publishAt = now;
        break;
    case WorkflowAction::Withdraw:
        change.liveHash = QString();
        change.scheduledAt = none;
        break;
    }
    return change;
}

Result<WorkflowOutcome> WorkflowService::perform(
    qint64 articleId, WorkflowAction action, const QString &note, const QDateTime &scheduledAtUtc)
{
    WorkflowRequest request;
    request.articleId = articleId;
    request.action = action;
    request.note = note;
    request.scheduledAt = scheduledAtUtc;
    return perform(request);
}

Result<WorkflowOutcome> WorkflowService::perform(const WorkflowRequest &request)
{
    auto actor = actingProfile();
    if (!actor)
        return actor.error();
    const QString note = request.note.trimmed();
    const QDateTime now = m_clock.nowUtc();
    WorkflowOutcome outcome;
    auto done = m_db.transaction([&]() -> Result<void> {
        // Revocations happened before this action: they go first in the history.
        if (auto recorded = recordRevocationsInTransaction(); !recorded)
            return recorded.error();
        auto article = m_store.info(request.articleId);
        if (!article)
            return article.error();
        const WorkflowDecision decision = Workflow::decide(
            article->status, request.action, actor->role, article->context(!note.isEmpty()));
        if (!decision.allowed())
            return refusal(decision.refusal, decision.reason);
        if (!request.reviewedHash.isEmpty() && request.reviewedHash != article->contentHash)
            return refusal(QStringLiteral("text_changed"),
                tr("The text has changed since you opened it. Read the current text before "
                   "you act on it."));
        if (!request.passageNotes.isEmpty() && actor->role != Role::Approver)
            return refusal(Refusal::RoleNotAllowed, tr("Only an approver can add review notes."));

        auto change = changeFor(request, *article, *decision.next, *actor, now);
        if (!change)
            return change.error();
        if (auto applied = m_store.apply(*change); !applied)
            return applied;
        for (const PassageNote &passage : request.passageNotes) {
            auto added = m_notes.add(NewReviewNote {request.articleId, actor->name, passage.note,
                passage.anchor, article->contentHash});
            if (!added)
                return added.error();
        }

        ReviewEvent event;
        event.articleId = article->articleId;
        event.articleUuid = article->uuid;
        event.actor = actor->name;
        event.role = Workflow::roleKey(actor->role);
        event.action = Workflow::actionKey(request.action);
        event.fromStatus = article->status;
        event.toStatus = *decision.next;
        event.note = note;
        event.contentHash = article->contentHash;
        if (change->scheduledAt)
            event.scheduledAt = *change->scheduledAt;
        event.at = now;
        auto appended = m_audit.append(event);
        if (!appended)
            return appended.error();
        outcome.event = *appended;
        // What the portal must learn of commits with the change itself (docs/SYNC.md).
        auto queued = OutboxWriter(m_db).recordAction(request.articleId, request.action,
            change->scheduledAt.value_or(QDateTime()), article->isLive(), now, note, actor->name);
        if (!queued)
            return queued.error();
        auto after = m_store.info(request.articleId);
        if (!after)
            return after.error();
        outcome.article = *after;
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<int> WorkflowService::recordRevocations()
{
    int recorded = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto count = recordRevocationsInTransaction();
        if (!count)
            return count.error();
        recorded = *count;
        return {};
    });
    if (!done)
        return done.error();
    return recorded;
}

Result<int> WorkflowService::recordRevocationsInTransaction()
{
    auto pending = m_store.pendingRevocations();
    if (!pending)
        return pending.error();
    for (const PendingRevocation &revocation : *pending) {
        ReviewEvent event;
        event.articleId = revocation.articleId;
        event.articleUuid = revocation.articleUuid;
        event.role = QString::fromUtf16(kSystemRole);
        event.action = QString::fromUtf16(kApprovalRevokedAction);
        event.fromStatus = revocation.fromStatus;
        event.toStatus = Status::Draft;
        event.note = tr("The text was edited after it was approved; it has to be submitted for "
                        "review again.");
        event.contentHash = revocation.newHash;
        event.at = revocation.revokedAt.isValid() ? revocation.revokedAt : m_clock.nowUtc();
        auto appended = m_audit.append(event);
        if (!appended)
            return appended.error();
        if (auto marked = m_store.markRevocationRecorded(revocation.id, appended->id); !marked)
            return marked.error();
    }
    return int(pending->size());
}

Result<ReviewNote> WorkflowService::addNote(
    qint64 articleId, const QString &note, std::optional<PassageAnchor> anchor)
{
    auto actor = actingProfile();
    if (!actor)
        return actor.error();
    if (actor->role != Role::Approver)
        return refusal(Refusal::RoleNotAllowed, tr("Only an approver can add review notes."));
    auto article = m_store.info(articleId);
    if (!article)
        return article.error();
    return m_notes.add(
        NewReviewNote {articleId, actor->name, note, std::move(anchor), article->contentHash});
}

Result<QList<ReviewNote>> WorkflowService::notes(qint64 articleId, bool includeResolved) const
{
    return m_notes.list(articleId, includeResolved);
}

Result<ReviewNote> WorkflowService::resolveNote(qint64 noteId)
{
    auto actor = actingProfile();
    if (!actor)
        return actor.error();
    return m_notes.resolve(noteId, actor->name);
}

Result<QList<ReviewEvent>> WorkflowService::history(qint64 articleId) const
{
    return m_audit.forArticle(articleId);
}

Result<AuditVerification> WorkflowService::verifyAuditChain() const
{
    return m_audit.verify();
}

Result<QList<InboxItem>> WorkflowService::waitingForMyApproval() const
{
    auto profile = m_profiles.load();
    if (!profile)
        return profile.error();
    if (profile->role != Role::Approver)
        return QList<InboxItem> {};
    return m_store.waitingForApproval();
}

Result<QList<InboxItem>> WorkflowService::returnedToMe() const
{
    auto profile = m_profiles.load();
    if (!profile)
        return profile.error();
    return m_store.returnedTo(profile->name);
}

Result<InboxCounts> WorkflowService::inboxCounts() const
{
    auto profile = m_profiles.load();
    if (!profile)
        return profile.error();
    auto counts = m_store.counts(profile->name);
    if (counts && profile->role != Role::Approver)
        counts.value().waitingForApproval = 0;
    return counts;
}

Result<QList<CalendarEntry>> WorkflowService::calendar(
    const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    return m_store.calendar(fromUtc, toUtc);
}

}  // namespace newsdesk
