#pragma once

// Turns a workflow action into an outbox operation, inside the caller's transaction (the
// workflow change and its operation commit together or not at all). Freezes the article as
// it is at that moment: what was approved is what the portal receives.

#include "domain/Workflow.h"
#include "sync/OutboxOperation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace newsdesk {

class Database;

class OutboxWriter {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::OutboxWriter)

public:
    explicit OutboxWriter(Database &db);

    // Nothing when the portal need not learn of the action (PortalMapping::targetStatus).
    // `wasLive`: the portal showed the article before the action (its date is then kept).
    // `note` and `actor` go with it as a review-log entry (the companion plugin keeps it).
    Result<std::optional<OutboxOperation>> recordAction(qint64 articleId, WorkflowAction action,
        const QDateTime &scheduledAtUtc, bool wasLive, const QDateTime &nowUtc,
        const QString &note = {}, const QString &actor = {});
    // A writer chooses to share a draft: it goes to the portal as a draft.
    Result<OutboxOperation> shareDraft(qint64 articleId, const QDateTime &nowUtc);
    // Only the portal status changes (see PostPayload::statusOnly).
    Result<OutboxOperation> changeStatusOnly(
        qint64 articleId, const QString &status, const QDateTime &nowUtc);

private:
    Result<PostPayload> freeze(qint64 articleId) const;

    Database &m_db;
};

}  // namespace newsdesk
