#include "domain/Workflow.h"

#include <array>

namespace newsdesk {
namespace {

struct ActionInfo {
    WorkflowAction action;
    const char *key;
    const char *displayName;
};

constexpr std::array kActions {
    ActionInfo {
        WorkflowAction::Submit, "submit", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Submit")},
    ActionInfo {
        WorkflowAction::Approve, "approve", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Approve")},
    ActionInfo {WorkflowAction::RequestChanges, "request_changes",
        QT_TRANSLATE_NOOP("newsdesk::Workflow", "Request changes")},
    ActionInfo {
        WorkflowAction::Schedule, "schedule", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Schedule")},
    ActionInfo {WorkflowAction::Unschedule, "unschedule",
        QT_TRANSLATE_NOOP("newsdesk::Workflow", "Cancel schedule")},
    ActionInfo {
        WorkflowAction::Publish, "publish", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Publish")},
    ActionInfo {WorkflowAction::Withdraw, "withdraw",
        QT_TRANSLATE_NOOP("newsdesk::Workflow", "Withdraw from the portal")},
    ActionInfo {
        WorkflowAction::Archive, "archive", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Archive")},
    ActionInfo {
        WorkflowAction::Restore, "restore", QT_TRANSLATE_NOOP("newsdesk::Workflow", "Restore")},
};

const ActionInfo &infoFor(WorkflowAction action)
{
    for (const auto &info : kActions) {
        if (info.action == action)
            return info;
    }
    return kActions.front();
}

WorkflowDecision allow(Status next)
{
    return WorkflowDecision {next, Refusal::None, {}};
}

WorkflowDecision refuse(Refusal refusal, QString reason)
{
    return WorkflowDecision {std::nullopt, refusal, std::move(reason)};
}

bool isBeforeApproval(Status state)
{
    return state == Status::Draft || state == Status::InReview || state == Status::ChangesRequested;
}

WorkflowDecision decideSubmit(Status state, const WorkflowContext &context)
{
    switch (state) {
    case Status::Draft:
    case Status::ChangesRequested:
    case Status::Unpublished:
        return allow(Status::InReview);
    case Status::InReview:
        return refuse(Refusal::WrongState, Workflow::tr("It is already waiting for approval."));
    case Status::Approved:
    case Status::Scheduled:
        return refuse(Refusal::WrongState,
            Workflow::tr("It is already approved. Editing the text withdraws the approval; "
                         "submit it again after that."));
    case Status::Published:
        if (context.liveTextDiffers)
            return allow(Status::InReview);
        return refuse(Refusal::Unchanged,
            Workflow::tr("It is published and its text has not changed since. Edit it before "
                         "submitting the changes for approval."));
    case Status::Archived:
        break;
    }
    return refuse(Refusal::WrongState, Workflow::tr("It is archived. Restore it first."));
}

WorkflowDecision decideApprove(Status state, const WorkflowContext &context)
{
    switch (state) {
    case Status::InReview:
        return allow(Status::Approved);
    case Status::Draft:
    case Status::Unpublished:
        return refuse(Refusal::WrongState,
            Workflow::tr("It has to be submitted for review before it can be approved."));
    case Status::ChangesRequested:
        return refuse(Refusal::WrongState,
            Workflow::tr("Changes were requested: the writer has to revise it and submit it "
                         "again before it can be approved."));
    case Status::Approved:
    case Status::Scheduled:
        return refuse(Refusal::WrongState, Workflow::tr("It is already approved."));
    case Status::Published:
        if (context.liveTextDiffers)
            return refuse(Refusal::WrongState,
                Workflow::tr("The changes to this published article have to be submitted for "
                             "review before they can be approved."));
        return refuse(Refusal::WrongState, Workflow::tr("It is already published."));
    case Status::Archived:
        break;
    }
    return refuse(Refusal::WrongState, Workflow::tr("It is archived. Restore it first."));
}

WorkflowDecision decideRequestChanges(Status state, const WorkflowContext &context)
{
    if (state != Status::InReview && state != Status::Approved && state != Status::Scheduled)
        return refuse(Refusal::WrongState,
            Workflow::tr("Changes can be requested only for an article that is in review, "
                         "approved or scheduled."));
    if (!context.hasNote)
        return refuse(
            Refusal::NoteRequired, Workflow::tr("Write a note saying what has to change."));
    return allow(Status::ChangesRequested);
}

// Shared by Schedule and Publish: both need an approval of exactly the current text.
std::optional<WorkflowDecision> refuseWithoutApproval(
    Status state, const WorkflowContext &context, const QString &neverApproved)
{
    if (isBeforeApproval(state))
        return refuse(Refusal::NeedsApproval, neverApproved);
    if (!context.approvalMatches)
        return refuse(Refusal::ApprovalOutdated,
            Workflow::tr("The current text is not the text that was approved. Submit it for "
                         "review again."));
    return std::nullopt;
}

WorkflowDecision decideSchedule(Status state, const WorkflowContext &context)
{
    if (state == Status::Published)
        return refuse(Refusal::WrongState, Workflow::tr("It is already published."));
    if (auto refused = refuseWithoutApproval(
            state, context, Workflow::tr("It has to be approved before it can be scheduled.")))
        return *refused;
    // On WordPress a live post given a future date goes off the site until then.
    if (context.live)
        return refuse(Refusal::StillLive,
            Workflow::tr("An earlier version is on the portal: publish the changes now, or "
                         "withdraw it before scheduling."));
    return allow(Status::Scheduled);
}

WorkflowDecision decidePublish(Status state, const WorkflowContext &context)
{
    if (state == Status::Published) {
        if (context.liveTextDiffers)
            return refuse(Refusal::NeedsApproval,
                Workflow::tr("The changes to this published article have to be approved "
                             "before they can be published."));
        return refuse(Refusal::WrongState, Workflow::tr("It is already published."));
    }
    if (auto refused = refuseWithoutApproval(
            state, context, Workflow::tr("It has to be approved before it can be published.")))
        return *refused;
    return allow(Status::Published);
}

WorkflowDecision decideArchive(Status state, Role role, const WorkflowContext &context)
{
    if (context.live)
        return refuse(Refusal::StillLive,
            Workflow::tr("It is on the portal. Withdraw it before archiving it."));
    if (role == Role::Writer && state != Status::Draft && state != Status::ChangesRequested)
        return refuse(Refusal::RoleNotAllowed,
            Workflow::tr("Only an approver can archive an article that is in review, approved, "
                         "scheduled or withdrawn."));
    return allow(Status::Archived);
}

}  // namespace

WorkflowDecision Workflow::decide(
    Status state, WorkflowAction action, Role role, const WorkflowContext &context)
{
    if (state == Status::Archived && action != WorkflowAction::Restore)
        return refuse(Refusal::WrongState, tr("It is archived. Restore it first."));

    const bool approver = role == Role::Approver;
    switch (action) {
    case WorkflowAction::Submit:
        return decideSubmit(state, context);
    case WorkflowAction::Approve:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed, tr("Only an approver can approve articles."));
        return decideApprove(state, context);
    case WorkflowAction::RequestChanges:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed, tr("Only an approver can request changes."));
        return decideRequestChanges(state, context);
    case WorkflowAction::Schedule:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed, tr("Only an approver can schedule articles."));
        return decideSchedule(state, context);
    case WorkflowAction::Unschedule:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed,
                tr("Only an approver can cancel a scheduled publication."));
        if (state != Status::Scheduled)
            return refuse(Refusal::WrongState, tr("It is not scheduled."));
        return allow(Status::Approved);
    case WorkflowAction::Publish:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed, tr("Only an approver can publish articles."));
        return decidePublish(state, context);
    case WorkflowAction::Withdraw:
        if (!approver)
            return refuse(Refusal::RoleNotAllowed,
                tr("Only an approver can withdraw an article from the portal."));
        if (!context.live)
            return refuse(Refusal::NotLive, tr("It is not on the portal."));
        return allow(Status::Unpublished);
    case WorkflowAction::Archive:
        return decideArchive(state, role, context);
    case WorkflowAction::Restore:
        if (state != Status::Archived)
            return refuse(Refusal::WrongState, tr("It is not archived."));
        return allow(Status::Draft);
    }
    return refuse(Refusal::WrongState, tr("Unknown action."));
}

EditImpact Workflow::editImpact(Status state)
{
    switch (state) {
    case Status::Approved:
    case Status::Scheduled:
        return EditImpact::RevokesApproval;
    case Status::Published:
        return EditImpact::LiveTextBehind;
    default:
        return EditImpact::None;
    }
}

QList<WorkflowAction> Workflow::allActions()
{
    QList<WorkflowAction> actions;
    for (const auto &info : kActions)
        actions << info.action;
    return actions;
}

QString Workflow::actionKey(WorkflowAction action)
{
    return QString::fromLatin1(infoFor(action).key);
}

std::optional<WorkflowAction> Workflow::actionFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &info : kActions) {
        if (wanted == QLatin1String(info.key))
            return info.action;
    }
    return std::nullopt;
}

QString Workflow::actionDisplayName(WorkflowAction action)
{
    return QCoreApplication::translate("newsdesk::Workflow", infoFor(action).displayName);
}

QString Workflow::roleKey(Role role)
{
    return role == Role::Approver ? QStringLiteral("approver") : QStringLiteral("writer");
}

std::optional<Role> Workflow::roleFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == u"writer")
        return Role::Writer;
    if (wanted == u"approver")
        return Role::Approver;
    return std::nullopt;
}

QString Workflow::roleDisplayName(Role role)
{
    return role == Role::Approver ? tr("Approver") : tr("Writer");
}

QString Workflow::refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("none");
    case Refusal::RoleNotAllowed:
        return QStringLiteral("role_not_allowed");
    case Refusal::WrongState:
        return QStringLiteral("wrong_state");
    case Refusal::NeedsApproval:
        return QStringLiteral("needs_approval");
    case Refusal::ApprovalOutdated:
        return QStringLiteral("approval_outdated");
    case Refusal::NotLive:
        return QStringLiteral("not_live");
    case Refusal::StillLive:
        return QStringLiteral("still_live");
    case Refusal::Unchanged:
        return QStringLiteral("unchanged");
    case Refusal::NoteRequired:
        return QStringLiteral("note_required");
    }
    return QStringLiteral("unknown");
}

}  // namespace newsdesk
