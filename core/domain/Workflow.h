#pragma once

// The review workflow as a pure function: (state, action, role, context) -> the next state, or
// a refusal with a translated reason. No storage, no clock: the store and WorkflowService feed
// it facts and apply its answer. docs/WORKFLOW.md has the full table.

#include "domain/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace newsdesk {

enum class Role {
    Writer,  // writes and submits
    Approver,  // an official: approves, requests changes, schedules, publishes, withdraws
};

enum class WorkflowAction {
    Submit,  // ask for approval (Draft, Changes requested, Withdrawn, or edits to a live text)
    Approve,  // records the content hash it approved
    RequestChanges,  // needs a note saying what to change
    Schedule,  // publish at a later time (the time itself is checked by ScheduleTime)
    Unschedule,  // Scheduled -> Approved: keep the approval, drop the time
    Publish,
    Withdraw,  // take it off the portal
    Archive,
    Restore,  // Archived -> Draft; the old approval does not come back
};

// Facts about the article that the state alone does not tell.
struct WorkflowContext {
    bool approvalMatches = false;  // an approval exists for exactly the current content hash
    bool live = false;  // the portal shows a version of this article
    bool liveTextDiffers = false;  // ...and the current text is not the one the portal shows
    bool hasNote = false;  // the person wrote a note with the action
};

// Why an action was refused: a stable code for callers and tests, beside the reason text.
enum class Refusal {
    None,
    RoleNotAllowed,  // a writer asked for an approver's action
    WrongState,  // the action does not apply to the current state
    NeedsApproval,  // publishing or scheduling an article that was never approved
    ApprovalOutdated,  // the text changed after the approval
    NotLive,  // withdrawing what the portal does not show
    StillLive,  // archiving or scheduling what the portal shows
    Unchanged,  // submitting a published article nobody has edited
    NoteRequired,  // asking for changes without saying which
};

// What an edit to the text would do to the approval; the UI asks before the first save.
enum class EditImpact {
    None,
    RevokesApproval,  // Approved or Scheduled: the article goes back to Draft
    LiveTextBehind,  // Published: the portal keeps the old text until the new one is approved
};

struct WorkflowDecision {
    std::optional<Status> next;  // set when allowed
    Refusal refusal = Refusal::None;
    QString reason;  // translated; empty when allowed

    bool allowed() const { return next.has_value(); }
};

class Workflow {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::Workflow)

public:
    static WorkflowDecision decide(
        Status state, WorkflowAction action, Role role, const WorkflowContext &context);
    static EditImpact editImpact(Status state);

    static QList<WorkflowAction> allActions();
    static QString actionKey(WorkflowAction action);  // "request_changes"
    static std::optional<WorkflowAction> actionFromKey(const QString &key);
    static QString actionDisplayName(WorkflowAction action);  // translated: "Request changes"

    static QString roleKey(Role role);  // "writer" / "approver"
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleDisplayName(Role role);  // translated

    static QString refusalKey(Refusal refusal);  // "wrong_state": for logs and Error::detail
};

}  // namespace newsdesk
