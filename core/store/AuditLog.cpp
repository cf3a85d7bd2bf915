#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/RowReaders.h"

#include <QSqlQuery>

namespace newsdesk {
namespace {

const QString kHeadKey = QStringLiteral("workflow.audit_head");  // "<id> <hash>"

const QString kEventColumns = QStringLiteral(
    "id, article_id, article_uuid, actor, role, action, from_status, to_status, note, "
    "content_hash, scheduled_at, created_at, previous_hash, hash");

ReviewEvent readEvent(const QSqlQuery &row)
{
    ReviewEvent event;
    event.id = row.value(0).toLongLong();
    event.articleId = row.value(1).toLongLong();
    event.articleUuid = row.value(2).toString();
    event.actor = row.value(3).toString();
    event.role = row.value(4).toString();
    event.action = row.value(5).toString();
    // An unknown status key would hash differently from what was stored: keep it visible.
    event.fromStatus = statusFromKey(row.value(6).toString()).value_or(Status::Draft);
    event.toStatus = statusFromKey(row.value(7).toString()).value_or(Status::Draft);
    event.note = row.value(8).toString();
    event.contentHash = row.value(9).toString();
    event.scheduledAt = store::fromMs(row.value(10));
    event.at = store::fromMs(row.value(11));
    event.previousHash = row.value(12).toString();
    event.hash = row.value(13).toString();
    return event;
}

bool statusKeysRoundTrip(const QSqlQuery &row)
{
    return statusFromKey(row.value(6).toString()).has_value()
        && statusKey(*statusFromKey(row.value(6).toString())) == row.value(6).toString()
        && statusFromKey(row.value(7).toString()).has_value()
        && statusKey(*statusFromKey(row.value(7).toString())) == row.value(7).toString();
}

}  // namespace

AuditLog::AuditLog(Database &db) : m_db(db) { }

Result<AuditLog::Head> AuditLog::storedHead() const
{
    auto value = m_db.setting(kHeadKey);
    if (!value)
        return value.error();
    Head head;
    const QStringList parts = value->split(QLatin1Char(' '));
    if (parts.size() == 2) {
        head.id = parts[0].toLongLong();
        head.hash = parts[1];
    }
    return head;
}

Result<AuditLog::Head> AuditLog::lastEvent() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")))
        return m_db.errorFor(query);
    Head head;
    if (query.next()) {
        head.id = query.value(0).toLongLong();
        head.hash = query.value(1).toString();
    }
    return head;
}

Result<ReviewEvent> AuditLog::append(ReviewEvent event)
{
    if (!event.at.isValid())
        return makeError(ErrorCode::Internal, tr("A review event needs a time."));
    auto written = m_db.transaction([&]() -> Result<void> {
        auto last = lastEvent();
        if (!last)
            return last.error();
        auto head = storedHead();
        if (!head)
            return head.error();
        if (last->id != head->id || last->hash != head->hash)
            return makeError(ErrorCode::DatabaseCorrupt,
                tr("The review history in this store has been altered (events are missing). "
                   "Nothing more can be recorded until it is restored from a backup."),
                QStringLiteral("audit head %1 != last event %2").arg(head->id).arg(last->id));
        event.id = last->id + 1;
        event.previousHash = last->id == 0 ? genesisHash() : last->hash;
        event.at = QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC);
        if (event.scheduledAt.isValid())
            event.scheduledAt
                = QDateTime::fromMSecsSinceEpoch(event.scheduledAt.toMSecsSinceEpoch(), Qt::UTC);
        event.hash = reviewEventHash(event);

        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO audit_events(") + kEventColumns
            + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(event.id);
        insert.addBindValue(event.articleId);
        insert.addBindValue(store::text(event.articleUuid));
        insert.addBindValue(store::text(event.actor));
        insert.addBindValue(store::text(event.role));
        insert.addBindValue(store::text(event.action));
        insert.addBindValue(statusKey(event.fromStatus));
        insert.addBindValue(statusKey(event.toStatus));
        insert.addBindValue(store::text(event.note));
        insert.addBindValue(store::text(event.contentHash));
        insert.addBindValue(store::toMs(event.scheduledAt));
        insert.addBindValue(store::toMs(event.at));
        insert.addBindValue(event.previousHash);
        insert.addBindValue(event.hash);
        if (!insert.exec())
            return m_db.errorFor(insert);
        return m_db.setSetting(kHeadKey, QStringLiteral("%1 %2").arg(event.id).arg(event.hash));
    });
    if (!written)
        return written.error();
    return event;
}

Result<QList<ReviewEvent>> AuditLog::forArticle(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kEventColumns
        + QStringLiteral(" FROM audit_events WHERE article_id = ? ORDER BY id"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<ReviewEvent> events;
    while (query.next())
        events.append(readEvent(query));
    return events;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification result;
    auto broken = [&](qint64 id, QString reason) {
        result.ok = false;
        result.brokenEventId = id;
        result.reason = std::move(reason);
        return result;
    };

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kEventColumns
            + QStringLiteral(" FROM audit_events ORDER BY id")))
        return m_db.errorFor(query);
    qint64 expectedId = 1;
    QString expectedPrevious = genesisHash();
    while (query.next()) {
        const ReviewEvent event = readEvent(query);
        ++result.checkedEvents;
        if (event.id != expectedId)
            return broken(expectedId,
                expectedId + 1 == event.id
                    ? tr("Event %1 is missing from the review history.").arg(expectedId)
                    : tr("Events %1 to %2 are missing from the review history.")
                          .arg(expectedId)
                          .arg(event.id - 1));
        if (event.previousHash != expectedPrevious)
            return broken(event.id,
                tr("Event %1 does not follow the event before it: history was removed, "
                   "inserted or reordered.")
                    .arg(event.id));
        if (!statusKeysRoundTrip(query) || reviewEventHash(event) != event.hash)
            return broken(
                event.id, tr("Event %1 was changed after it was recorded.").arg(event.id));
        expectedPrevious = event.hash;
        ++expectedId;
    }
    query.finish();

    auto head = storedHead();
    if (!head)
        return head.error();
    const qint64 lastId = expectedId - 1;
    if (head->id > lastId)
        return broken(lastId + 1,
            tr("The newest events, from %1 on, were removed from the review history.")
                .arg(lastId + 1));
    if (head->id != lastId || (lastId > 0 && head->hash != expectedPrevious))
        return broken(lastId,
            tr("The record of the newest event does not match the review history (event %1).")
                .arg(lastId));
    return result;
}

}  // namespace newsdesk
