#pragma once

// The article as a push sends it, frozen when the workflow action was taken: what the
// official approved is what reaches the portal, even if the text is edited afterwards.
// Also the mapping from local workflow actions to WordPress statuses.

#include "domain/Article.h"
#include "domain/Workflow.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace newsdesk {

struct PostPayload {
    QString uuid;
    QString title;
    QString summary;  // -> excerpt
    QString bodyHtml;  // canonical HTML with local media URLs (replaced when sent)
    QString author;
    QString category;
    QStringList tags;
    QString featuredSha256;  // the featured photo, by content hash; empty: none
    QString status;  // WordPress status: pending, future, publish, draft
    QDateTime dateGmt;  // UTC; set for "future"
    // With no dateGmt: true lets the portal date the post when it goes live (WordPress's
    // "floating" date; needed when a scheduled post is published now), false keeps its date.
    bool resetDate = false;
    // Only the status changes (e.g. a scheduled post whose approval was revoked is taken back
    // to draft); the content fields are not sent.
    bool statusOnly = false;
    QString contentHash;
    // The review steps this operation carries ({action, note, actor, at, content_hash}),
    // appended to the companion plugin's review log so that notes travel between machines.
    // A superseded operation hands its steps on to the one that replaces it.
    QJsonArray reviewEntries;

    QByteArray toJson() const;
    static std::optional<PostPayload> fromJson(const QByteArray &json);
    bool operator==(const PostPayload &) const = default;
};

class PortalMapping {
public:
    // The WordPress status a workflow action leads to, or nothing when the portal need not
    // learn of it (approving keeps the post pending there; drafts stay local).
    static std::optional<QString> targetStatus(WorkflowAction action);
    // The marker that finds a post again on stock WordPress (an HTML comment in the content,
    // kept by WordPress's sanitizer and matched by ?search=).
    static QString postMarker(const QString &uuid);  // "newsdesk-post-<uuid>"
    static QString mediaMarker(const QString &sha256);  // "newsdesk-media-<sha256>"
    static QString markerComment(const QString &marker);  // "<!-- marker -->"
};

}  // namespace newsdesk
