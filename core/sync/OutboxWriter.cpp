#include "sync/OutboxWriter.h"

#include "store/Database.h"
#include "store/RowReaders.h"
#include "sync/OutboxStore.h"

#include <QSqlQuery>

namespace newsdesk {

OutboxWriter::OutboxWriter(Database &db) : m_db(db) { }

Result<PostPayload> OutboxWriter::freeze(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT a.uuid, a.title, a.summary, a.body_html, a.author, a.category, a.tags, "
        "a.content_hash, COALESCE(m.sha256, '') FROM articles a "
        "LEFT JOIN media m ON m.id = a.featured_media_id WHERE a.id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No article %1 in this store.").arg(articleId));
    PostPayload payload;
    payload.uuid = query.value(0).toString();
    payload.title = query.value(1).toString();
    payload.summary = query.value(2).toString();
    payload.bodyHtml = query.value(3).toString();
    payload.author = query.value(4).toString();
    payload.category = query.value(5).toString();
    payload.tags = store::tagsFromJson(query.value(6).toString());
    payload.contentHash = query.value(7).toString();
    payload.featuredSha256 = query.value(8).toString();
    return payload;
}

Result<std::optional<OutboxOperation>> OutboxWriter::recordAction(qint64 articleId,
    WorkflowAction action, const QDateTime &scheduledAtUtc, bool wasLive, const QDateTime &nowUtc,
    const QString &note, const QString &actor)
{
    std::optional<QString> status = PortalMapping::targetStatus(action);
    // While the portal shows the article, its review of an edit stays local: the live post
    // keeps the approved text until Publish sends the new one (or Withdraw takes it down).
    if (wasLive && action != WorkflowAction::Publish && action != WorkflowAction::Withdraw)
        status.reset();
    if (!status)
        return std::optional<OutboxOperation> {};
    auto payload = freeze(articleId);
    if (!payload)
        return payload.error();
    payload.value().status = *status;
    if (action == WorkflowAction::Schedule)
        payload.value().dateGmt = scheduledAtUtc.toUTC();
    // Going live for the first time (possibly from a schedule): the portal dates it now, by
    // its own clock, so a skewed laptop clock cannot turn "publish" into "future".
    // A cancelled schedule likewise drops its date, so the post waits undated.
    else if ((action == WorkflowAction::Publish && !wasLive)
        || action == WorkflowAction::Unschedule)
        payload.value().resetDate = true;
    payload.value().reviewEntries.append(QJsonObject {
        {QStringLiteral("action"), Workflow::actionKey(action)},
        {QStringLiteral("note"), note},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("at"), nowUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("content_hash"), payload->contentHash},
    });
    auto op = OutboxStore(m_db).enqueue(articleId, Workflow::actionKey(action), *payload, nowUtc);
    if (!op)
        return op.error();
    return std::optional<OutboxOperation>(*op);
}

Result<OutboxOperation> OutboxWriter::shareDraft(qint64 articleId, const QDateTime &nowUtc)
{
    // Only a draft goes out as a draft: sharing must never take a live or queued post back.
    QSqlQuery state(m_db.connection());
    state.prepare(QStringLiteral("SELECT a.status, w.live_hash FROM articles a LEFT JOIN "
                                 "article_workflow w ON w.article_id = a.id WHERE a.id = ?"));
    state.addBindValue(articleId);
    if (!state.exec())
        return m_db.errorFor(state);
    if (!state.next())
        return makeError(ErrorCode::NotFound, tr("No article %1 in this store.").arg(articleId));
    const QString status = state.value(0).toString();
    if ((status != u"draft" && status != u"changes_requested") || !state.value(1).isNull())
        return makeError(ErrorCode::InvalidInput,
            tr("Only a draft can be shared as a draft; this article is already on its way to "
               "the portal through the review."),
            QStringLiteral("sync:not-a-draft"));
    auto payload = freeze(articleId);
    if (!payload)
        return payload.error();
    payload.value().status = QStringLiteral("draft");
    return OutboxStore(m_db).enqueue(articleId, QStringLiteral("share"), *payload, nowUtc);
}

Result<OutboxOperation> OutboxWriter::changeStatusOnly(
    qint64 articleId, const QString &status, const QDateTime &nowUtc)
{
    auto payload = freeze(articleId);
    if (!payload)
        return payload.error();
    payload.value().status = status;
    payload.value().statusOnly = true;
    return OutboxStore(m_db).enqueue(articleId, QStringLiteral("status"), *payload, nowUtc);
}

}  // namespace newsdesk
