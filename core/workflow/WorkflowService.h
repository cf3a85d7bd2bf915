#pragma once

// The one door to the review workflow for the UI and the CLI. perform() checks the state
// machine (Workflow::decide), the local profile's role and the approval hash, then writes the
// new state and its audit event in ONE transaction; a refused action changes nothing and
// explains itself in the Error's message (Error::detail = "workflow:<refusal key>").

#include "domain/LocalProfile.h"
#include "domain/ReviewEvent.h"
#include "domain/ReviewNote.h"
#include "domain/Workflow.h"
#include "store/AuditLog.h"
#include "store/ProfileStore.h"
#include "store/ReviewNoteStore.h"
#include "store/WorkflowStore.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "workflow/ScheduleTime.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace newsdesk {

class Database;

struct PassageNote {
    PassageAnchor anchor;
    QString note;
};

struct WorkflowRequest {
    qint64 articleId = 0;
    WorkflowAction action = WorkflowAction::Submit;
    QString note;  // goes into the history; required to request changes
    QDateTime scheduledAt;  // UTC; required to schedule (see checkScheduleTime)
    // The content hash the person was looking at. When set and the text has changed since,
    // the action is refused: nobody approves words they have not seen.
    QString reviewedHash;
    QList<PassageNote> passageNotes;  // approvers only; saved with the action
};

struct WorkflowOutcome {
    WorkflowInfo article;  // after the action
    ReviewEvent event;
};

class WorkflowService {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::WorkflowService)

public:
    // `portalZone`: where schedule times are read and shown (portal_time::defaultZone()).
    WorkflowService(Database &db, const Clock &clock, QTimeZone portalZone);

    // --- the local profile ---
    Result<LocalProfile> profile() const;
    Result<void> setProfileName(const QString &name);
    Result<void> setProfileRole(Role role);  // refused while the role comes from the portal
    ProfileStore &profiles() { return m_profiles; }  // for the portal sync
    Database &database() const { return m_db; }

    // --- actions ---
    Result<WorkflowOutcome> perform(const WorkflowRequest &request);
    Result<WorkflowOutcome> perform(qint64 articleId, WorkflowAction action,
        const QString &note = {}, const QDateTime &scheduledAtUtc = {});
    // What perform() would decide now for the current profile, assuming a note is given:
    // for enabling buttons and for tooltips that say why not.
    Result<WorkflowDecision> check(qint64 articleId, WorkflowAction action) const;
    Result<QList<WorkflowAction>> availableActions(qint64 articleId) const;
    Result<WorkflowInfo> info(qint64 articleId) const;
    // Ask before saving the first keystroke: RevokesApproval means the save will send an
    // approved or scheduled article back to Draft.
    Result<EditImpact> editImpact(qint64 articleId) const;
    // A wall-clock time in the portal zone -> UTC, display text, and a warning when near.
    Result<ScheduledTime> checkScheduleTime(QDate date, QTime time) const;
    const ScheduleTime &scheduleTime() const { return m_schedule; }

    // --- review notes ---
    Result<ReviewNote> addNote(
        qint64 articleId, const QString &note, std::optional<PassageAnchor> anchor = {});
    Result<QList<ReviewNote>> notes(qint64 articleId, bool includeResolved = true) const;
    Result<ReviewNote> resolveNote(qint64 noteId);

    // --- history ---
    Result<QList<ReviewEvent>> history(qint64 articleId) const;  // oldest first
    Result<AuditVerification> verifyAuditChain() const;
    // Writes approvals revoked by edits into the history; perform() does it first anyway.
    // Returns how many were recorded.
    Result<int> recordRevocations();

    // --- inbox and calendar ---
    Result<QList<InboxItem>> waitingForMyApproval() const;  // empty for writers
    Result<QList<InboxItem>> returnedToMe() const;
    Result<InboxCounts> inboxCounts() const;
    Result<QList<CalendarEntry>> calendar(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    Result<LocalProfile> actingProfile() const;  // refuses a profile without a name
    Result<int> recordRevocationsInTransaction();
    Result<WorkflowChange> changeFor(const WorkflowRequest &request, const WorkflowInfo &info,
        Status next, const LocalProfile &actor, const QDateTime &now) const;

    Database &m_db;
    const Clock &m_clock;
    ProfileStore m_profiles;
    WorkflowStore m_store;
    AuditLog m_audit;
    ReviewNoteStore m_notes;
    ScheduleTime m_schedule;
};

}  // namespace newsdesk
