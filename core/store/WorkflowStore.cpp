#include "store/WorkflowStore.h"

#include "store/Database.h"
#include "store/RowReaders.h"

#include <QSqlQuery>

namespace newsdesk {
namespace {

QString textOrEmpty(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

}  // namespace

WorkflowContext WorkflowInfo::context(bool hasNote) const
{
    WorkflowContext context;
    context.approvalMatches = approvalMatches();
    context.live = isLive();
    context.liveTextDiffers = liveTextDiffers();
    context.hasNote = hasNote;
    return context;
}

WorkflowStore::WorkflowStore(Database &db) : m_db(db) { }

Result<WorkflowInfo> WorkflowStore::info(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT a.id, a.uuid, a.title, a.author, a.status, a.content_hash, a.publish_at, "
        "w.approved_hash, w.approved_by, w.approved_at, w.live_hash, w.scheduled_at, "
        "w.submitted_by, w.submitted_at, w.status_changed_at "
        "FROM articles a LEFT JOIN article_workflow w ON w.article_id = a.id WHERE a.id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No article %1 in this store.").arg(articleId));
    WorkflowInfo info;
    info.articleId = query.value(0).toLongLong();
    info.uuid = query.value(1).toString();
    info.title = query.value(2).toString();
    info.author = query.value(3).toString();
    info.status = statusFromKey(query.value(4).toString()).value_or(Status::Draft);
    info.contentHash = query.value(5).toString();
    info.publishAt = store::fromMs(query.value(6));
    info.approvedHash = textOrEmpty(query.value(7));
    info.approvedBy = textOrEmpty(query.value(8));
    info.approvedAt = store::fromMs(query.value(9));
    info.liveHash = textOrEmpty(query.value(10));
    info.scheduledAt = store::fromMs(query.value(11));
    info.submittedBy = textOrEmpty(query.value(12));
    info.submittedAt = store::fromMs(query.value(13));
    info.statusChangedAt = store::fromMs(query.value(14));
    return info;
}

Result<void> WorkflowStore::apply(const WorkflowChange &change)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery query(m_db.connection());
        // Only status (and publish time) on the article row: content_hash is not touched, so
        // the revocation trigger stays quiet.
        query.prepare(change.publishAt
                ? QStringLiteral("UPDATE articles SET status = ?, publish_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE articles SET status = ? WHERE id = ?"));
        query.addBindValue(statusKey(change.status));
        if (change.publishAt)
            query.addBindValue(store::toMs(*change.publishAt));
        query.addBindValue(change.articleId);
        if (!query.exec())
            return m_db.errorFor(query);
        if (query.numRowsAffected() != 1)
            return makeError(
                ErrorCode::NotFound, tr("No article %1 in this store.").arg(change.articleId));

        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO article_workflow(article_id) VALUES(?)"));
        query.addBindValue(change.articleId);
        if (!query.exec())
            return m_db.errorFor(query);

        QStringList sets {QStringLiteral("status_changed_at = :at")};
        if (change.approvedBy)
            sets << QStringLiteral("approved_hash = :approved_hash, approved_by = :approved_by, "
                                   "approved_at = :at");
        else if (change.clearApproval)
            sets << QStringLiteral("approved_hash = NULL, approved_by = '', approved_at = NULL");
        if (change.scheduledAt)
            sets << QStringLiteral("scheduled_at = :scheduled_at");
        if (change.liveHash)
            sets << QStringLiteral("live_hash = :live_hash");
        if (change.submittedBy)
            sets << QStringLiteral("submitted_by = :submitted_by, submitted_at = :at");
        query.prepare(QStringLiteral("UPDATE article_workflow SET ")
            + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE article_id = :id"));
        query.bindValue(QStringLiteral(":at"), store::toMs(change.at));
        if (change.approvedBy) {
            query.bindValue(QStringLiteral(":approved_hash"), change.approvedHash);
            query.bindValue(QStringLiteral(":approved_by"), store::text(*change.approvedBy));
        }
        if (change.scheduledAt)
            query.bindValue(QStringLiteral(":scheduled_at"), store::toMs(*change.scheduledAt));
        if (change.liveHash)
            query.bindValue(QStringLiteral(":live_hash"), textOrNull(*change.liveHash));
        if (change.submittedBy)
            query.bindValue(QStringLiteral(":submitted_by"), store::text(*change.submittedBy));
        query.bindValue(QStringLiteral(":id"), change.articleId);
        if (!query.exec())
            return m_db.errorFor(query);
        return {};
    });
}

Result<QList<InboxItem>> WorkflowStore::inbox(
    const QString &where, const QString &order, const QString &person, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + store::kSummaryColumns
        + QStringLiteral(", w.submitted_by, w.status_changed_at FROM articles a "
                         "JOIN article_workflow w ON w.article_id = a.id WHERE ")
        + where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT :limit"));
    if (!person.isNull())
        query.bindValue(QStringLiteral(":person"), person);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<InboxItem> items;
    while (query.next()) {
        InboxItem item;
        item.article = store::readSummary(query, 0);
        item.submittedBy = textOrEmpty(query.value(store::kSummaryColumnCount));
        item.since = store::fromMs(query.value(store::kSummaryColumnCount + 1));
        items.append(item);
    }
    return items;
}

Result<QList<InboxItem>> WorkflowStore::waitingForApproval(int limit) const
{
    return inbox(QStringLiteral("a.status = 'in_review'"),
        QStringLiteral("COALESCE(w.submitted_at, w.status_changed_at, 0), a.id"), QString(), limit);
}

Result<QList<InboxItem>> WorkflowStore::returnedTo(const QString &person, int limit) const
{
    if (person.isEmpty())
        return QList<InboxItem> {};
    return inbox(QStringLiteral("a.status = 'changes_requested' "
                                "AND (a.author = :person OR w.submitted_by = :person)"),
        QStringLiteral("w.status_changed_at DESC, a.id DESC"), person, limit);
}

Result<InboxCounts> WorkflowStore::counts(const QString &person) const
{
    InboxCounts counts;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM articles WHERE status = 'in_review'), "
        "(SELECT count(*) FROM articles a JOIN article_workflow w ON w.article_id = a.id "
        " WHERE a.status = 'changes_requested' AND ? <> '' "
        " AND (a.author = ? OR w.submitted_by = ?))"));
    query.addBindValue(store::text(person));
    query.addBindValue(store::text(person));
    query.addBindValue(store::text(person));
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    counts.waitingForApproval = query.value(0).toInt();
    counts.returnedToMe = query.value(1).toInt();
    return counts;
}

Result<QList<CalendarEntry>> WorkflowStore::calendar(
    const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    const QString columns = QStringLiteral("SELECT ") + store::kSummaryColumns;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(columns
        + QStringLiteral(", 0, w.scheduled_at FROM articles a JOIN article_workflow w "
                         "ON w.article_id = a.id WHERE a.status = 'scheduled' "
                         "AND w.scheduled_at >= ? AND w.scheduled_at < ? UNION ALL ")
        + columns
        + QStringLiteral(", 1, a.publish_at FROM articles a JOIN article_workflow w "
                         "ON w.article_id = a.id WHERE w.live_hash IS NOT NULL "
                         "AND a.publish_at >= ? AND a.publish_at < ? ORDER BY %1, %2, 1")
              .arg(store::kSummaryColumnCount + 2)
              .arg(store::kSummaryColumnCount + 1));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(store::toMs(fromUtc));
        query.addBindValue(store::toMs(toUtc));
    }
    if (!query.exec())
        return m_db.errorFor(query);
    QList<CalendarEntry> entries;
    while (query.next()) {
        CalendarEntry entry;
        entry.article = store::readSummary(query, 0);
        entry.kind = query.value(store::kSummaryColumnCount).toInt() == 0
            ? CalendarEntry::Kind::Scheduled
            : CalendarEntry::Kind::Published;
        entry.at = store::fromMs(query.value(store::kSummaryColumnCount + 1));
        entries.append(entry);
    }
    return entries;
}

Result<QList<PendingRevocation>> WorkflowStore::pendingRevocations() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT r.id, r.article_id, a.uuid, r.from_status, r.approved_hash, r.new_hash, "
            "r.revoked_at FROM approval_revocations r JOIN articles a ON a.id = r.article_id "
            "WHERE r.recorded_event_id IS NULL ORDER BY r.id")))
        return m_db.errorFor(query);
    QList<PendingRevocation> pending;
    while (query.next()) {
        PendingRevocation revocation;
        revocation.id = query.value(0).toLongLong();
        revocation.articleId = query.value(1).toLongLong();
        revocation.articleUuid = query.value(2).toString();
        revocation.fromStatus = statusFromKey(query.value(3).toString()).value_or(Status::Approved);
        revocation.approvedHash = query.value(4).toString();
        revocation.newHash = query.value(5).toString();
        revocation.revokedAt = store::fromMs(query.value(6));
        pending.append(revocation);
    }
    return pending;
}

Result<void> WorkflowStore::markRevocationRecorded(qint64 revocationId, qint64 eventId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE approval_revocations SET recorded_event_id = ? WHERE id = ?"));
    query.addBindValue(eventId);
    query.addBindValue(revocationId);
    if (!query.exec())
        return m_db.errorFor(query);
    return {};
}

}  // namespace newsdesk
