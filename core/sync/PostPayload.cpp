#include "sync/PostPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace newsdesk {

QByteArray PostPayload::toJson() const
{
    QJsonObject object {
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("body"), bodyHtml},
        {QStringLiteral("author"), author},
        {QStringLiteral("category"), category},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("featured"), featuredSha256},
        {QStringLiteral("status"), status},
        {QStringLiteral("contentHash"), contentHash},
    };
    if (!reviewEntries.isEmpty())
        object.insert(QStringLiteral("review"), reviewEntries);
    if (resetDate)
        object.insert(QStringLiteral("resetDate"), true);
    if (statusOnly)
        object.insert(QStringLiteral("statusOnly"), true);
    if (dateGmt.isValid())
        object.insert(QStringLiteral("dateGmt"), dateGmt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<PostPayload> PostPayload::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    PostPayload payload;
    payload.uuid = o.value(QStringLiteral("uuid")).toString();
    payload.title = o.value(QStringLiteral("title")).toString();
    payload.summary = o.value(QStringLiteral("summary")).toString();
    payload.bodyHtml = o.value(QStringLiteral("body")).toString();
    payload.author = o.value(QStringLiteral("author")).toString();
    payload.category = o.value(QStringLiteral("category")).toString();
    for (const auto &tag : o.value(QStringLiteral("tags")).toArray())
        payload.tags << tag.toString();
    payload.featuredSha256 = o.value(QStringLiteral("featured")).toString();
    payload.status = o.value(QStringLiteral("status")).toString();
    payload.contentHash = o.value(QStringLiteral("contentHash")).toString();
    payload.reviewEntries = o.value(QStringLiteral("review")).toArray();
    payload.resetDate = o.value(QStringLiteral("resetDate")).toBool();
    payload.statusOnly = o.value(QStringLiteral("statusOnly")).toBool();
    const QString date = o.value(QStringLiteral("dateGmt")).toString();
    if (!date.isEmpty()) {
        payload.dateGmt = QDateTime::fromString(date, Qt::ISODate);
        payload.dateGmt.setTimeSpec(Qt::UTC);
    }
    if (payload.uuid.isEmpty() || payload.status.isEmpty())
        return std::nullopt;
    return payload;
}

std::optional<QString> PortalMapping::targetStatus(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit:
        return QStringLiteral("pending");
    case WorkflowAction::Schedule:
        return QStringLiteral("future");
    case WorkflowAction::Publish:
        return QStringLiteral("publish");
    // Back out of the review queue (changes requested) or off the site (withdrawn).
    case WorkflowAction::RequestChanges:
    case WorkflowAction::Withdraw:
        return QStringLiteral("draft");
    // Approved without a time waits in the portal's queue; it must not go live by itself.
    case WorkflowAction::Unschedule:
        return QStringLiteral("pending");
    case WorkflowAction::Approve:
    case WorkflowAction::Archive:
    case WorkflowAction::Restore:
        return std::nullopt;
    }
    return std::nullopt;
}

QString PortalMapping::postMarker(const QString &uuid)
{
    return QStringLiteral("newsdesk-post-") + uuid;
}

QString PortalMapping::mediaMarker(const QString &sha256)
{
    return QStringLiteral("newsdesk-media-") + sha256;
}

QString PortalMapping::markerComment(const QString &marker)
{
    return QStringLiteral("<!-- ") + marker + QStringLiteral(" -->");
}

}  // namespace newsdesk
