#pragma once

// One entry of the append-only review history. Each event is chained to the one before it by
// SHA-256 over a canonical serialization that includes the previous event's hash, so editing,
// deleting or reordering history breaks the chain (see docs/WORKFLOW.md).

#include "domain/Status.h"

#include <QDateTime>
#include <QString>

namespace newsdesk {

struct ReviewEvent {
    qint64 id = 0;  // position in the chain: 1, 2, 3... (0 until stored)
    qint64 articleId = 0;
    QString articleUuid;
    QString actor;  // the profile name; empty for events the store itself records
    QString role;  // "writer", "approver", or "system" for automatic events
    QString action;  // a WorkflowAction key, or kApprovalRevokedAction
    Status fromStatus = Status::Draft;
    Status toStatus = Status::Draft;
    QString note;
    QString contentHash;  // the article's content hash when the event happened
    QDateTime scheduledAt;  // UTC; set for "schedule"
    QDateTime at;  // UTC, millisecond precision
    QString previousHash;  // hash of the event before; kGenesisHash for the first
    QString hash;  // reviewEventHash(*this)
};

// The action of the event the store records when an edit revokes an approval.
inline constexpr char16_t kApprovalRevokedAction[] = u"approval_revoked";
inline constexpr char16_t kSystemRole[] = u"system";

// 64 zeros: what the first event chains to.
QString genesisHash();

// sha256 hex over "newsdesk-review-event-v1" and every field of `event` except `hash`,
// length-prefixed in UTF-8 (times as decimal UTC milliseconds, statuses as keys).
QString reviewEventHash(const ReviewEvent &event);

}  // namespace newsdesk
