#pragma once

// One thing the portal must learn of: "make the portal's copy of article U look like this
// frozen payload, with this status". Written by WorkflowService in the same transaction as
// the local change, sent by SyncEngine. States (docs/SYNC.md):
//   pending -> in flight (committed before sending) -> done | retry | unknown -> reconciled
// plus failed (permanent: the server said no) and superseded (a newer operation for the same
// article carries the whole state, so this one need not be sent).

#include "sync/PostPayload.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace newsdesk {

enum class OutboxState {
    Pending,
    InFlight,
    Done,
    Retry,  // waiting for next_attempt_at
    Unknown,  // sent, but whether the server got it is not known: look it up before re-sending
    Reconciled,  // an unknown create found on the portal and adopted
    Failed,  // permanent: refused by the server, shown to the user
    Superseded,
};

QString outboxStateKey(OutboxState state);  // "in_flight"
std::optional<OutboxState> outboxStateFromKey(const QString &key);
bool isOpen(OutboxState state);  // still to be sent (pending, in flight, retry, unknown)

struct OutboxOperation {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleUuid;
    QString action;  // the workflow action key that wrote it ("submit", "schedule", ...)
    PostPayload payload;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;  // UTC; invalid: now
    QDateTime sentAt;  // UTC: the last time it went in flight
    QString owner;  // "pid@host" of the process sending it while in flight
    QString lastError;  // translated, for the user
    QString errorKind;  // WpErrors tag or our own ("unknown-outcome")
    QString notice;  // a result the user should know of (e.g. "future" came back "publish")
    qint64 remoteId = 0;
    QDateTime createdAt;
    QDateTime finishedAt;
};

}  // namespace newsdesk
