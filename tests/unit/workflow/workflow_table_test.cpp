// Workflow::decide for EVERY (state, action) pair and both roles, in the context each state
// normally has; then the contexts that change an answer.
#include "QtPrinters.h"
#include "domain/Workflow.h"

#include <gtest/gtest.h>

#include <array>
#include <optional>

using namespace newsdesk;

namespace {

// One expected cell: a next state, or a refusal code.
struct Expect {
    std::optional<Status> next;
    Refusal refusal = Refusal::None;
};

Expect to(Status next)
{
    return Expect {next, Refusal::None};
}

Expect no(Refusal refusal)
{
    return Expect {std::nullopt, refusal};
}

constexpr std::array kStates {Status::Draft, Status::InReview, Status::ChangesRequested,
    Status::Approved, Status::Scheduled, Status::Published, Status::Unpublished, Status::Archived};

// Column order of the tables below.
constexpr std::array kActions {WorkflowAction::Submit, WorkflowAction::Approve,
    WorkflowAction::RequestChanges, WorkflowAction::Schedule, WorkflowAction::Unschedule,
    WorkflowAction::Publish, WorkflowAction::Withdraw, WorkflowAction::Archive,
    WorkflowAction::Restore};

using Row = std::array<Expect, kActions.size()>;
using Table = std::array<Row, kStates.size()>;

// What each state normally comes with: an approval of the current text once approved, the
// portal showing it once published, and a note with every action.
WorkflowContext typicalContext(Status state)
{
    WorkflowContext context;
    context.approvalMatches = state == Status::Approved || state == Status::Scheduled
        || state == Status::Published || state == Status::Unpublished;
    context.live = state == Status::Published;
    context.hasNote = true;
    return context;
}

const Expect W = no(Refusal::WrongState);
const Expect R = no(Refusal::RoleNotAllowed);
const Expect N = no(Refusal::NeedsApproval);
const Expect L = no(Refusal::NotLive);
const Expect S = no(Refusal::StillLive);
const Expect U = no(Refusal::Unchanged);

// clang-format off
//                         Submit                    Approve                 RequestChanges                    Schedule                 Unschedule               Publish                  Withdraw                    Archive                 Restore
const Table kWriter {{
    /* Draft */          {{to(Status::InReview),    R,                      R,                                R,                       R,                       R,                       R,                          to(Status::Archived),   W}},
    /* InReview */       {{W,                       R,                      R,                                R,                       R,                       R,                       R,                          R,                      W}},
    /* ChangesReq. */    {{to(Status::InReview),    R,                      R,                                R,                       R,                       R,                       R,                          to(Status::Archived),   W}},
    /* Approved */       {{W,                       R,                      R,                                R,                       R,                       R,                       R,                          R,                      W}},
    /* Scheduled */      {{W,                       R,                      R,                                R,                       R,                       R,                       R,                          R,                      W}},
    /* Published */      {{U,                       R,                      R,                                R,                       R,                       R,                       R,                          S,                      W}},
    /* Unpublished */    {{to(Status::InReview),    R,                      R,                                R,                       R,                       R,                       R,                          R,                      W}},
    /* Archived */       {{W,                       W,                      W,                                W,                       W,                       W,                       W,                          W,                      to(Status::Draft)}},
}};

const Table kApprover {{
    /* Draft */          {{to(Status::InReview),    W,                      W,                                N,                       W,                       N,                       L,                          to(Status::Archived),   W}},
    /* InReview */       {{W,                       to(Status::Approved),   to(Status::ChangesRequested),     N,                       W,                       N,                       L,                          to(Status::Archived),   W}},
    /* ChangesReq. */    {{to(Status::InReview),    W,                      W,                                N,                       W,                       N,                       L,                          to(Status::Archived),   W}},
    /* Approved */       {{W,                       W,                      to(Status::ChangesRequested),     to(Status::Scheduled),   W,                       to(Status::Published),   L,                          to(Status::Archived),   W}},
    /* Scheduled */      {{W,                       W,                      to(Status::ChangesRequested),     to(Status::Scheduled),   to(Status::Approved),    to(Status::Published),   L,                          to(Status::Archived),   W}},
    /* Published */      {{U,                       W,                      W,                                W,                       W,                       W,                       to(Status::Unpublished),    S,                      W}},
    /* Unpublished */    {{to(Status::InReview),    W,                      W,                                to(Status::Scheduled),   W,                       to(Status::Published),   L,                          to(Status::Archived),   W}},
    /* Archived */       {{W,                       W,                      W,                                W,                       W,                       W,                       W,                          W,                      to(Status::Draft)}},
}};
// clang-format on

void expectDecision(const WorkflowDecision &got, const Expect &want)
{
    EXPECT_EQ(got.next, want.next);
    EXPECT_EQ(got.refusal, want.refusal);
    // Every refusal explains itself; an allowed action has nothing to explain.
    EXPECT_EQ(got.reason.isEmpty(), got.allowed()) << got.reason.toStdString();
}

void checkTable(Role role, const Table &table)
{
    for (size_t s = 0; s < kStates.size(); ++s) {
        for (size_t a = 0; a < kActions.size(); ++a) {
            SCOPED_TRACE(QStringLiteral("%1 / %2 / %3")
                             .arg(Workflow::roleKey(role), statusKey(kStates[s]),
                                 Workflow::actionKey(kActions[a]))
                             .toStdString());
            expectDecision(
                Workflow::decide(kStates[s], kActions[a], role, typicalContext(kStates[s])),
                table[s][a]);
        }
    }
}

struct ContextCase {
    const char *name;
    Status state;
    WorkflowAction action;
    Role role;
    WorkflowContext context;
    Expect expect;
};

WorkflowContext ctx(bool approvalMatches, bool live, bool liveTextDiffers, bool hasNote = true)
{
    return WorkflowContext {approvalMatches, live, liveTextDiffers, hasNote};
}

}  // namespace

TEST(WorkflowTable, EveryStateAndActionForAWriter)
{
    checkTable(Role::Writer, kWriter);
}

TEST(WorkflowTable, EveryStateAndActionForAnApprover)
{
    checkTable(Role::Approver, kApprover);
}

TEST(WorkflowTable, TheTablesCoverEveryStateAndAction)
{
    EXPECT_EQ(size_t(Workflow::allActions().size()), kActions.size());
    for (size_t a = 0; a < kActions.size(); ++a)
        EXPECT_EQ(Workflow::allActions()[qsizetype(a)], kActions[a]);
    EXPECT_EQ(size_t(allStatusKeys().size()), kStates.size());
}

TEST(WorkflowTable, ContextChangesTheAnswer)
{
    const Role A = Role::Approver;
    const Role Wr = Role::Writer;
    const std::array cases {
        // A published article whose text was edited: submit the changes, never publish them
        // unapproved.
        ContextCase {"published edited, writer submits", Status::Published, WorkflowAction::Submit,
            Wr, ctx(false, true, true), to(Status::InReview)},
        ContextCase {"published edited, approver submits", Status::Published,
            WorkflowAction::Submit, A, ctx(false, true, true), to(Status::InReview)},
        ContextCase {"published edited, approve", Status::Published, WorkflowAction::Approve, A,
            ctx(false, true, true), W},
        ContextCase {"published edited, publish", Status::Published, WorkflowAction::Publish, A,
            ctx(false, true, true), N},
        ContextCase {"published edited, withdraw", Status::Published, WorkflowAction::Withdraw, A,
            ctx(false, true, true), to(Status::Unpublished)},
        // An approval that no longer matches the text (the store's trigger normally moves such
        // articles to Draft; the machine refuses anyway).
        ContextCase {"approved, text changed, schedule", Status::Approved, WorkflowAction::Schedule,
            A, ctx(false, false, false), no(Refusal::ApprovalOutdated)},
        ContextCase {"approved, text changed, publish", Status::Approved, WorkflowAction::Publish,
            A, ctx(false, false, false), no(Refusal::ApprovalOutdated)},
        ContextCase {"scheduled, text changed, publish", Status::Scheduled, WorkflowAction::Publish,
            A, ctx(false, false, false), no(Refusal::ApprovalOutdated)},
        ContextCase {"withdrawn, text changed, publish", Status::Unpublished,
            WorkflowAction::Publish, A, ctx(false, false, false), no(Refusal::ApprovalOutdated)},
        ContextCase {"withdrawn, text changed, schedule", Status::Unpublished,
            WorkflowAction::Schedule, A, ctx(false, false, false), no(Refusal::ApprovalOutdated)},
        // Changes to a live article going through review again.
        ContextCase {"live update in review, approve", Status::InReview, WorkflowAction::Approve, A,
            ctx(false, true, true), to(Status::Approved)},
        ContextCase {"live update in review, withdraw", Status::InReview, WorkflowAction::Withdraw,
            A, ctx(false, true, true), to(Status::Unpublished)},
        ContextCase {"live update in review, archive", Status::InReview, WorkflowAction::Archive, A,
            ctx(false, true, true), S},
        ContextCase {"live update approved, publish", Status::Approved, WorkflowAction::Publish, A,
            ctx(true, true, true), to(Status::Published)},
        ContextCase {"live update approved, schedule", Status::Approved, WorkflowAction::Schedule,
            A, ctx(true, true, true), S},
        ContextCase {"live draft, writer archives", Status::Draft, WorkflowAction::Archive, Wr,
            ctx(false, true, true), S},
        ContextCase {"live draft, writer withdraws", Status::Draft, WorkflowAction::Withdraw, Wr,
            ctx(false, true, true), R},
        ContextCase {"live draft, approver withdraws", Status::Draft, WorkflowAction::Withdraw, A,
            ctx(false, true, true), to(Status::Unpublished)},
        // Asking for changes needs a note, but only where asking is possible at all.
        ContextCase {"request changes without a note", Status::InReview,
            WorkflowAction::RequestChanges, A, ctx(false, false, false, false),
            no(Refusal::NoteRequired)},
        ContextCase {"request changes on approved without a note", Status::Approved,
            WorkflowAction::RequestChanges, A, ctx(true, false, false, false),
            no(Refusal::NoteRequired)},
        ContextCase {"request changes on a draft without a note", Status::Draft,
            WorkflowAction::RequestChanges, A, ctx(false, false, false, false), W},
        ContextCase {"writer requests changes without a note", Status::InReview,
            WorkflowAction::RequestChanges, Wr, ctx(false, false, false, false), R},
    };
    for (const ContextCase &c : cases) {
        SCOPED_TRACE(c.name);
        expectDecision(Workflow::decide(c.state, c.action, c.role, c.context), c.expect);
    }
}

TEST(WorkflowTable, ReasonsSayWhy)
{
    const auto writerApproves = Workflow::decide(
        Status::InReview, WorkflowAction::Approve, Role::Writer, typicalContext(Status::InReview));
    EXPECT_EQ(writerApproves.reason, QStringLiteral("Only an approver can approve articles."));
    const auto unapproved = Workflow::decide(
        Status::Draft, WorkflowAction::Publish, Role::Approver, typicalContext(Status::Draft));
    EXPECT_TRUE(unapproved.reason.contains(QStringLiteral("approved before")));
    const auto archived = Workflow::decide(
        Status::Archived, WorkflowAction::Submit, Role::Writer, typicalContext(Status::Archived));
    EXPECT_TRUE(archived.reason.contains(QStringLiteral("Restore")));
}

TEST(WorkflowTable, EditImpactByState)
{
    for (Status state : kStates) {
        const EditImpact impact = Workflow::editImpact(state);
        if (state == Status::Approved || state == Status::Scheduled)
            EXPECT_EQ(impact, EditImpact::RevokesApproval) << statusKey(state).toStdString();
        else if (state == Status::Published)
            EXPECT_EQ(impact, EditImpact::LiveTextBehind);
        else
            EXPECT_EQ(impact, EditImpact::None) << statusKey(state).toStdString();
    }
}

TEST(WorkflowTable, KeysRoundTrip)
{
    for (WorkflowAction action : Workflow::allActions()) {
        EXPECT_EQ(Workflow::actionFromKey(Workflow::actionKey(action)), action);
        EXPECT_FALSE(Workflow::actionDisplayName(action).isEmpty());
    }
    EXPECT_EQ(
        Workflow::actionFromKey(QStringLiteral("Request-Changes")), WorkflowAction::RequestChanges);
    EXPECT_EQ(Workflow::actionFromKey(QStringLiteral("edit")), std::nullopt);
    for (Role role : {Role::Writer, Role::Approver}) {
        EXPECT_EQ(Workflow::roleFromKey(Workflow::roleKey(role)), role);
        EXPECT_FALSE(Workflow::roleDisplayName(role).isEmpty());
    }
    EXPECT_EQ(Workflow::roleFromKey(QStringLiteral("admin")), std::nullopt);
    EXPECT_EQ(Workflow::refusalKey(Refusal::StillLive), QStringLiteral("still_live"));
}
