#include "sync/OutboxStore.h"

#include "store/Database.h"
#include "store/RowReaders.h"

#include <QJsonArray>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace newsdesk {
namespace {

const QString kColumns = QStringLiteral(
    "id, article_id, article_uuid, action, state, attempts, next_attempt_at, sent_at, owner, "
    "last_error, error_kind, notice, remote_id, created_at, finished_at, payload");

OutboxOperation readOperation(const QSqlQuery &row)
{
    OutboxOperation op;
    op.id = row.value(0).toLongLong();
    op.articleId = row.value(1).toLongLong();
    op.articleUuid = row.value(2).toString();
    op.action = row.value(3).toString();
    op.state = outboxStateFromKey(row.value(4).toString()).value_or(OutboxState::Failed);
    op.attempts = row.value(5).toInt();
    op.nextAttemptAt = store::fromMs(row.value(6));
    op.sentAt = store::fromMs(row.value(7));
    op.owner = row.value(8).toString();
    op.lastError = row.value(9).toString();
    op.errorKind = row.value(10).toString();
    op.notice = row.value(11).toString();
    op.remoteId = row.value(12).toLongLong();
    op.createdAt = store::fromMs(row.value(13));
    op.finishedAt = store::fromMs(row.value(14));
    op.payload = PostPayload::fromJson(row.value(15).toString().toUtf8()).value_or(PostPayload {});
    return op;
}

// "pid@host": the owner of an in-flight operation, to tell a crash from a sender still at it.
bool ownerAlive(const QString &owner, const QString &liveOwner)
{
    if (owner == liveOwner)
        return true;
    const qsizetype at = owner.indexOf(u'@');
    if (at <= 0 || owner.mid(at) != liveOwner.mid(liveOwner.indexOf(u'@')))
        return false;  // another machine's (a copied store): nobody is sending it here
#ifdef Q_OS_UNIX
    bool ok = false;
    const qint64 pid = owner.left(at).toLongLong(&ok);
    return ok && pid > 0 && ::kill(pid_t(pid), 0) == 0;
#else
    return false;
#endif
}

}  // namespace

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::InFlight:
        return QStringLiteral("in_flight");
    case OutboxState::Done:
        return QStringLiteral("done");
    case OutboxState::Retry:
        return QStringLiteral("retry");
    case OutboxState::Unknown:
        return QStringLiteral("unknown");
    case OutboxState::Reconciled:
        return QStringLiteral("reconciled");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Superseded:
        return QStringLiteral("superseded");
    }
    return QStringLiteral("failed");
}

std::optional<OutboxState> outboxStateFromKey(const QString &key)
{
    for (OutboxState state : {OutboxState::Pending, OutboxState::InFlight, OutboxState::Done,
             OutboxState::Retry, OutboxState::Unknown, OutboxState::Reconciled, OutboxState::Failed,
             OutboxState::Superseded})
        if (outboxStateKey(state) == key)
            return state;
    return std::nullopt;
}

bool isOpen(OutboxState state)
{
    return state == OutboxState::Pending || state == OutboxState::InFlight
        || state == OutboxState::Retry || state == OutboxState::Unknown;
}

OutboxStore::OutboxStore(Database &db) : m_db(db) { }

Result<OutboxOperation> OutboxStore::enqueue(
    qint64 articleId, const QString &action, const PostPayload &payload, const QDateTime &nowUtc)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        // The review steps of the operations replaced here travel on with the new one.
        PostPayload carried = payload;
        QSqlQuery earlier(m_db.connection());
        earlier.prepare(QStringLiteral(
            "SELECT payload FROM outbox WHERE article_uuid = ? AND state IN ('pending', 'retry', "
            "'unknown') ORDER BY id"));
        earlier.addBindValue(payload.uuid);
        if (!earlier.exec())
            return m_db.errorFor(earlier);
        QJsonArray entries;
        while (earlier.next())
            if (const auto old = PostPayload::fromJson(earlier.value(0).toString().toUtf8()))
                for (const QJsonValue &entry : old->reviewEntries)
                    entries.append(entry);
        for (const QJsonValue &entry : payload.reviewEntries)
            entries.append(entry);
        carried.reviewEntries = entries;
        // In flight is left alone: its sender settles it. Retry and unknown are covered by
        // the new operation, whose create looks the post up first (everSent()).
        QSqlQuery supersede(m_db.connection());
        supersede.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'superseded', finished_at = ? WHERE article_uuid = ? "
            "AND state IN ('pending', 'retry', 'unknown')"));
        supersede.addBindValue(store::toMs(nowUtc));
        supersede.addBindValue(payload.uuid);
        if (!supersede.exec())
            return m_db.errorFor(supersede);
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO outbox(article_id, article_uuid, action, target_status, state, "
            "created_at, payload) VALUES(?, ?, ?, ?, 'pending', ?, ?)"));
        insert.addBindValue(articleId);
        insert.addBindValue(payload.uuid);
        insert.addBindValue(action);
        insert.addBindValue(payload.status);
        insert.addBindValue(store::toMs(nowUtc));
        insert.addBindValue(QString::fromUtf8(carried.toJson()));
        if (!insert.exec())
            return m_db.errorFor(insert);
        id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    return get(id);
}

Result<OutboxOperation> OutboxStore::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no outbox operation %1.").arg(id));
    return readOperation(query);
}

Result<QList<OutboxOperation>> OutboxStore::open() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM outbox WHERE state IN ('pending', 'in_flight', 'retry', "
                             "'unknown') ORDER BY id")))
        return m_db.errorFor(query);
    QList<OutboxOperation> ops;
    while (query.next())
        ops << readOperation(query);
    return ops;
}

Result<QList<OutboxOperation>> OutboxStore::recent(int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM outbox ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<OutboxOperation> ops;
    while (query.next())
        ops << readOperation(query);
    return ops;
}

Result<OutboxCounts> OutboxStore::counts() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return m_db.errorFor(query);
    OutboxCounts counts;
    while (query.next()) {
        const auto state = outboxStateFromKey(query.value(0).toString());
        const int n = query.value(1).toInt();
        if (!state)
            continue;
        switch (*state) {
        case OutboxState::Pending:
        case OutboxState::InFlight:
        case OutboxState::Unknown:
            counts.pending += n;
            break;
        case OutboxState::Retry:
            counts.waiting += n;
            break;
        case OutboxState::Failed:
            counts.failed += n;
            break;
        case OutboxState::Done:
        case OutboxState::Reconciled:
            counts.done += n;
            break;
        case OutboxState::Superseded:
            break;
        }
    }
    return counts;
}

Result<bool> OutboxStore::everSent(const QString &articleUuid) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM outbox WHERE article_uuid = ? AND sent_at IS NOT NULL)"));
    query.addBindValue(articleUuid);
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return query.value(0).toBool();
}

Result<bool> OutboxStore::markInFlight(qint64 id, const QString &owner, const QDateTime &nowUtc)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'in_flight', owner = ?, sent_at = ? WHERE id = ? AND "
        "state IN ('pending', 'retry', 'unknown')"));
    update.addBindValue(owner);
    update.addBindValue(store::toMs(nowUtc));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    return update.numRowsAffected() == 1;
}

Result<void> OutboxStore::markDone(qint64 id, OutboxState finalState, qint64 remoteId,
    const QString &notice, const QDateTime &nowUtc)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, remote_id = ?, notice = ?, last_error = '', "
        "error_kind = '', owner = '', finished_at = ?, attempts = attempts + 1 WHERE id = ?"));
    update.addBindValue(outboxStateKey(finalState));
    update.addBindValue(remoteId);
    update.addBindValue(store::text(notice));
    update.addBindValue(store::toMs(nowUtc));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    return {};
}

Result<void> OutboxStore::markRetry(qint64 id, OutboxState state, const QDateTime &nextAttemptUtc,
    const QString &error, const QString &errorKind)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ?, error_kind = ?, "
        "owner = '', attempts = attempts + 1 WHERE id = ?"));
    update.addBindValue(outboxStateKey(state));
    update.addBindValue(store::toMs(nextAttemptUtc));
    update.addBindValue(store::text(error));
    update.addBindValue(store::text(errorKind));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    return {};
}

Result<void> OutboxStore::markPaused(qint64 id, const QString &error, const QString &errorKind)
{
    // A 401 spends no attempt; but the request did leave, so a create is looked up later
    // (sent_at stays set, which everSent() reads).
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = CASE WHEN state = 'in_flight' THEN 'unknown' ELSE state END, "
        "last_error = ?, error_kind = ?, owner = '' WHERE id = ?"));
    update.addBindValue(store::text(error));
    update.addBindValue(store::text(errorKind));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    return {};
}

Result<void> OutboxStore::markFailed(
    qint64 id, const QString &error, const QString &errorKind, const QDateTime &nowUtc)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failed', last_error = ?, error_kind = ?, owner = '', "
        "finished_at = ?, attempts = attempts + 1 WHERE id = ?"));
    update.addBindValue(store::text(error));
    update.addBindValue(store::text(errorKind));
    update.addBindValue(store::toMs(nowUtc));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    return {};
}

Result<int> OutboxStore::recoverAbandoned(const QString &liveOwner)
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, owner FROM outbox WHERE state = 'in_flight'")))
        return m_db.errorFor(query);
    QList<qint64> abandoned;
    while (query.next())
        if (!ownerAlive(query.value(1).toString(), liveOwner)
            || query.value(1).toString() == liveOwner)
            abandoned << query.value(0).toLongLong();
    for (qint64 id : std::as_const(abandoned)) {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'unknown', owner = '', error_kind = 'unknown-outcome' "
            "WHERE id = ? AND state = 'in_flight'"));
        update.addBindValue(id);
        if (!update.exec())
            return m_db.errorFor(update);
    }
    return int(abandoned.size());
}

Result<void> OutboxStore::refreshText(const QString &articleUuid, const ArticleContent &content)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, payload FROM outbox WHERE article_uuid = ? AND "
                                 "state IN ('pending', 'retry', 'unknown')"));
    query.addBindValue(articleUuid);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<QPair<qint64, PostPayload>> changed;
    while (query.next()) {
        auto payload = PostPayload::fromJson(query.value(1).toString().toUtf8());
        if (!payload)
            continue;
        payload->title = content.title;
        payload->bodyHtml = content.bodyHtml;
        payload->summary = content.summary;
        payload->contentHash = newsdesk::contentHash(content);
        changed.append({query.value(0).toLongLong(), *payload});
    }
    for (const auto &[id, payload] : std::as_const(changed)) {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
        update.addBindValue(QString::fromUtf8(payload.toJson()));
        update.addBindValue(id);
        if (!update.exec())
            return m_db.errorFor(update);
    }
    return {};
}

Result<void> OutboxStore::retryFailed(qint64 id)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE outbox SET state = CASE WHEN sent_at IS NULL THEN 'pending' ELSE 'unknown' END, "
        "attempts = 0, "
        "next_attempt_at = NULL, finished_at = NULL WHERE id = ? AND state = 'failed'"));
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    if (update.numRowsAffected() == 0)
        return makeError(ErrorCode::InvalidInput, tr("Operation %1 has not failed.").arg(id));
    return {};
}

}  // namespace newsdesk
