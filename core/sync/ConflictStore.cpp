#include "sync/ConflictStore.h"

#include "store/Database.h"
#include "store/RowReaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace newsdesk {
namespace {

const QString kColumns = QStringLiteral(
    "id, article_id, article_uuid, remote_id, fields, base, mine, theirs, remote_modified_gmt, "
    "detected_at, resolved_at, resolution");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

SyncConflict readConflict(const QSqlQuery &row)
{
    SyncConflict c;
    c.id = row.value(0).toLongLong();
    c.articleId = row.value(1).toLongLong();
    c.articleUuid = row.value(2).toString();
    c.remoteId = row.value(3).toLongLong();
    c.fields = store::tagsFromJson(row.value(4).toString());
    c.base = object(row.value(5));
    c.mine = object(row.value(6));
    c.theirs = object(row.value(7));
    c.remoteModifiedGmt = row.value(8).toString();
    c.detectedAt = store::fromMs(row.value(9));
    c.resolvedAt = store::fromMs(row.value(10));
    c.resolution = row.value(11).toString();
    return c;
}

}  // namespace

ConflictStore::ConflictStore(Database &db) : m_db(db) { }

Result<SyncConflict> ConflictStore::record(const SyncConflict &conflict, const QDateTime &nowUtc)
{
    qint64 id = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        QSqlQuery clear(m_db.connection());
        clear.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = "
                                     "'replaced' WHERE article_id = ? AND resolved_at IS NULL"));
        clear.addBindValue(store::toMs(nowUtc));
        clear.addBindValue(conflict.articleId);
        if (!clear.exec())
            return m_db.errorFor(clear);
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO sync_conflicts(article_id, article_uuid, remote_id, fields, base, mine, "
            "theirs, remote_modified_gmt, detected_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(conflict.articleId);
        insert.addBindValue(conflict.articleUuid);
        insert.addBindValue(conflict.remoteId);
        insert.addBindValue(store::tagsToJson(conflict.fields));
        insert.addBindValue(json(conflict.base));
        insert.addBindValue(json(conflict.mine));
        insert.addBindValue(json(conflict.theirs));
        insert.addBindValue(store::text(conflict.remoteModifiedGmt));
        insert.addBindValue(store::toMs(nowUtc));
        if (!insert.exec())
            return m_db.errorFor(insert);
        id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sync_conflicts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return readConflict(query);
}

Result<QList<SyncConflict>> ConflictStore::open() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(" FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id")))
        return m_db.errorFor(query);
    QList<SyncConflict> conflicts;
    while (query.next())
        conflicts << readConflict(query);
    return conflicts;
}

Result<std::optional<SyncConflict>> ConflictStore::openFor(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(
            " FROM sync_conflicts WHERE article_id = ? AND resolved_at IS NULL ORDER BY id DESC"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return std::optional<SyncConflict> {};
    return std::optional<SyncConflict>(readConflict(query));
}

Result<bool> ConflictStore::hasOpen(const QString &articleUuid) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM sync_conflicts WHERE article_uuid "
                                 "= ? AND resolved_at IS NULL)"));
    query.addBindValue(articleUuid);
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return query.value(0).toBool();
}

Result<void> ConflictStore::markResolved(
    qint64 id, const QString &resolution, const QDateTime &nowUtc)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? "
                                  "WHERE id = ? AND resolved_at IS NULL"));
    update.addBindValue(store::toMs(nowUtc));
    update.addBindValue(resolution);
    update.addBindValue(id);
    if (!update.exec())
        return m_db.errorFor(update);
    if (update.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no open conflict %1.").arg(id));
    return {};
}

}  // namespace newsdesk
