#pragma once

// Brings one portal post into the local store (issue 8), three-way: the portal's copy, the
// local article and the base (the fields at the last sync, remote_posts.base).
//
// - Only the portal changed a field: take it. Only we changed it: keep ours (the outbox sends
//   it). Both changed it differently: keep both in ConflictStore and change neither.
// - The portal's status, when it changed since the last sync, becomes the local workflow state
//   (pending -> In review, draft after review -> Changes requested, future -> Scheduled,
//   publish -> Published), written with an audit event by "the portal". When an operation of
//   ours waits to be sent, our intent is newer: the status is left to it.
// - Text from the portal goes through the sanitizer; photos we uploaded become local again.

#include "sync/PortalAccountStore.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace newsdesk {

class Database;

struct PulledPost {
    qint64 id = 0;
    QString uuid;  // from the companion plugin's meta, else the marker in the content
    QString title;
    QString content;  // raw, as the portal stores it
    QString excerpt;
    QString status;
    QString dateGmt;
    QString modifiedGmt;
    QString link;
    QString reviewLog;  // the companion plugin's review log (a JSON array), or empty
    bool companion = false;  // the post carries the companion plugin's uuid meta
    bool statusOnly = false;  // read without context=edit: the text is the rendered one

    // Nothing when the object is not a post we can read (no id, no status).
    static std::optional<PulledPost> fromJson(const QJsonObject &post);
    // title, content, excerpt, status (and review_log with the plugin): the base after a pull
    QJsonObject fields() const;
};

enum class PullOutcome { Unchanged, Created, Updated, Conflict, Skipped };

class PullApplier {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::PullApplier)

public:
    PullApplier(Database &db, const Clock &clock, QString site);

    Result<PullOutcome> apply(const PulledPost &post);
    // The local article's text fields as the portal would hold them (photos at their portal
    // URLs, the marker appended), to compare with the base.
    Result<QJsonObject> localAsPortal(qint64 articleId) const;
    // A notice for the person when something needs them (a post deleted on the portal).
    const QString &notice() const { return m_notice; }

private:
    Result<QString> localBody(const QString &remoteContent) const;
    // The text fields, in portal form, of what our unsettled operations sent.
    Result<QList<QJsonObject>> sentVersions(const QString &uuid) const;
    // Review notes written on other machines (companion plugin's review log), once each.
    Result<void> importReviewLog(qint64 articleId, const QString &log);
    Result<void> applyStatus(qint64 articleId, const QString &remoteStatus,
        const QString &baseStatus, const PulledPost &post);

    Database &m_db;
    const Clock &m_clock;
    QString m_site;
    QString m_notice;
};

}  // namespace newsdesk
