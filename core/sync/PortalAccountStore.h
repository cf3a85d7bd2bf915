#pragma once

// The store's portal account (one per store), the portal's categories and tags, and the
// links between local articles/photos and their portal copies. No password here: that is
// core/secrets' job.

#include "portal/PortalIdentity.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace newsdesk {

class Database;

struct PortalAccount {
    PortalIdentity identity;
    bool plainHttpAllowed = false;
    QString pausedReason;  // non-empty: do not send (e.g. the password was rejected)
    QDateTime connectedAt;
    QDateTime termsAt;  // when categories and tags were last pulled
    QString site() const { return identity.siteUrl.toString(); }  // the key of remote rows
    bool paused() const { return !pausedReason.isEmpty(); }
};

// What the portal holds for one article.
struct RemotePost {
    qint64 remoteId = 0;
    QString status;  // as the portal last reported it
    QString link;
    QString dateGmt;
    QString modifiedGmt;
    QJsonObject base;  // the fields as last sent or read back
};

struct RemoteMedia {
    QString state;  // "sending" or "done"
    qint64 remoteId = 0;
    QString sourceUrl;
};

class PortalAccountStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::PortalAccountStore)

public:
    explicit PortalAccountStore(Database &db);

    Result<std::optional<PortalAccount>> account() const;
    // Saves the account; refused when the store already has one for another site or user
    // (remove it first: the links to its posts would mean nothing on another portal).
    Result<void> save(const PortalAccount &account, const QDateTime &nowUtc);
    Result<void> remove();  // keeps links and terms: reconnecting the same site finds them
    Result<void> setPaused(const QString &reason);  // empty: resume

    Result<void> replaceTerms(
        const QString &site, const PortalTerms &terms, const QDateTime &nowUtc);
    Result<void> addTerm(const QString &site, const QString &taxonomy, const PortalTerm &term);
    // By name, ignoring case and diacritics ("Thoi su" finds "Thời sự").
    Result<std::optional<PortalTerm>> findTerm(
        const QString &site, const QString &taxonomy, const QString &name) const;
    Result<int> termCount(const QString &site, const QString &taxonomy) const;

    Result<std::optional<RemotePost>> post(const QString &site, const QString &uuid) const;
    Result<void> savePost(
        const QString &site, const QString &uuid, const RemotePost &post, const QDateTime &nowUtc);
    Result<void> removePost(const QString &site, const QString &uuid);
    Result<QList<QPair<QString, RemotePost>>> postsWithStatus(
        const QString &site, const QString &status) const;

    Result<std::optional<RemoteMedia>> media(const QString &site, const QString &sha256) const;
    Result<void> saveMedia(const QString &site, const QString &sha256, const RemoteMedia &media,
        const QDateTime &nowUtc);

private:
    Database &m_db;
};

// The zone schedules are read and shown in: the portal's, once an account has told us which;
// until then portal_time::defaultZone() (Asia/Ho_Chi_Minh).
QTimeZone portalTimeZone(Database &db);

}  // namespace newsdesk
