#pragma once

// The outbox table: operations written with workflow actions, claimed and settled by the
// SyncEngine. Every state change is its own committed transaction (or joins the caller's), so
// after a crash the table says exactly which operations may have reached the portal.

#include "domain/Article.h"
#include "sync/OutboxOperation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace newsdesk {

class Database;

struct OutboxCounts {
    int pending = 0;  // pending, in flight and unknown: will be sent on the next sync
    int waiting = 0;  // retry: waiting for their next attempt
    int failed = 0;
    int done = 0;  // done and reconciled
    int open() const { return pending + waiting; }
};

class OutboxStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::OutboxStore)

public:
    explicit OutboxStore(Database &db);

    // Adds an operation; earlier operations of the same article that have not left, or whose
    // outcome is settled by a lookup anyway, are superseded (the new payload carries the whole
    // state). Joins the caller's transaction.
    Result<OutboxOperation> enqueue(qint64 articleId, const QString &action,
        const PostPayload &payload, const QDateTime &nowUtc);

    Result<OutboxOperation> get(qint64 id) const;
    // Open operations in order (oldest first); the engine picks the due ones.
    Result<QList<OutboxOperation>> open() const;
    // The newest operations of any state, for the sync panel and `sync status`.
    Result<QList<OutboxOperation>> recent(int limit) const;
    Result<OutboxCounts> counts() const;
    // Did any operation of this article ever go in flight? Then a create may have reached
    // the portal and must be looked up first.
    Result<bool> everSent(const QString &articleUuid) const;

    // --- state changes, each committed before the engine goes on ---
    // Claims the operation for this sender; false when another sender took it first.
    Result<bool> markInFlight(qint64 id, const QString &owner, const QDateTime &nowUtc);
    Result<void> markDone(qint64 id, OutboxState finalState, qint64 remoteId, const QString &notice,
        const QDateTime &nowUtc);
    // retry (counts an attempt) or unknown (counts an attempt, looked up next time).
    Result<void> markRetry(qint64 id, OutboxState state, const QDateTime &nextAttemptUtc,
        const QString &error, const QString &errorKind);
    // Back to pending without spending an attempt (the account was paused: 401).
    Result<void> markPaused(qint64 id, const QString &error, const QString &errorKind);
    Result<void> markFailed(
        qint64 id, const QString &error, const QString &errorKind, const QDateTime &nowUtc);
    // Operations left in flight by a process that is gone become unknown. Returns how many.
    Result<int> recoverAbandoned(const QString &liveOwner);
    // The text of the article's waiting operations becomes `content` (a pull merged the
    // portal's change, or a conflict was settled): their status intent stays.
    Result<void> refreshText(const QString &articleUuid, const ArticleContent &content);
    // Sends a failed operation again (the user fixed the cause).
    Result<void> retryFailed(qint64 id);

private:
    Database &m_db;
};

}  // namespace newsdesk
