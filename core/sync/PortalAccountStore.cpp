#include "sync/PortalAccountStore.h"

#include "io/PortalTime.h"
#include "store/Database.h"
#include "store/RowReaders.h"
#include "text/Folding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace newsdesk {
namespace {

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString nameKey(const QString &name)
{
    return text::fold(name.trimmed());
}

}  // namespace

PortalAccountStore::PortalAccountStore(Database &db) : m_db(db) { }

Result<std::optional<PortalAccount>> PortalAccountStore::account() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT site_url, rest_root, site_name, user_name, user_id, display_name, roles, "
            "capabilities, time_zone, utc_offset, companion, plain_http_allowed, "
            "paused_reason, connected_at, terms_at FROM portal_account WHERE id = 1")))
        return m_db.errorFor(query);
    if (!query.next())
        return std::optional<PortalAccount> {};
    PortalAccount account;
    PortalIdentity &id = account.identity;
    id.siteUrl = QUrl(query.value(0).toString());
    id.restRoot = QUrl(query.value(1).toString());
    id.siteName = query.value(2).toString();
    id.userName = query.value(3).toString();
    id.userId = query.value(4).toLongLong();
    id.displayName = query.value(5).toString();
    id.roles = store::tagsFromJson(query.value(6).toString());
    id.capabilities = store::tagsFromJson(query.value(7).toString());
    id.role = id.can(QStringLiteral("publish_posts")) ? Role::Approver : Role::Writer;
    id.timeZoneId = query.value(8).toString();
    id.utcOffsetSeconds = query.value(9).toInt();
    id.companionPlugin = query.value(10).toBool();
    account.plainHttpAllowed = query.value(11).toBool();
    account.pausedReason = query.value(12).toString();
    account.connectedAt = store::fromMs(query.value(13));
    account.termsAt = store::fromMs(query.value(14));
    return std::optional<PortalAccount>(account);
}

Result<void> PortalAccountStore::save(const PortalAccount &account, const QDateTime &nowUtc)
{
    auto existing = this->account();
    if (!existing)
        return existing.error();
    if (*existing
        && ((*existing)->site() != account.site()
            || (*existing)->identity.userName != account.identity.userName))
        return makeError(ErrorCode::InvalidInput,
            tr("This store is already connected to %1 as %2. Remove that account first.")
                .arg((*existing)->site(), (*existing)->identity.userName));
    const PortalIdentity &id = account.identity;
    QSqlQuery upsert(m_db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO portal_account(id, site_url, rest_root, site_name, user_name, "
        "user_id, display_name, roles, capabilities, time_zone, utc_offset, companion, "
        "plain_http_allowed, paused_reason, connected_at, terms_at) "
        "VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    upsert.addBindValue(account.site());
    upsert.addBindValue(store::text(id.restRoot.toString()));
    upsert.addBindValue(store::text(id.siteName));
    upsert.addBindValue(id.userName);
    upsert.addBindValue(id.userId);
    upsert.addBindValue(store::text(id.displayName));
    upsert.addBindValue(listToJson(id.roles));
    upsert.addBindValue(listToJson(id.capabilities));
    upsert.addBindValue(store::text(id.timeZoneId));
    upsert.addBindValue(id.utcOffsetSeconds);
    upsert.addBindValue(id.companionPlugin ? 1 : 0);
    upsert.addBindValue(account.plainHttpAllowed ? 1 : 0);
    upsert.addBindValue(store::toMs(nowUtc));
    upsert.addBindValue(store::toMs(*existing ? (*existing)->termsAt : QDateTime()));
    if (!upsert.exec())
        return m_db.errorFor(upsert);
    return {};
}

Result<void> PortalAccountStore::remove()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("DELETE FROM portal_account")))
        return m_db.errorFor(query);
    return {};
}

Result<void> PortalAccountStore::setPaused(const QString &reason)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE portal_account SET paused_reason = ?"));
    update.addBindValue(store::text(reason));
    if (!update.exec())
        return m_db.errorFor(update);
    return {};
}

Result<void> PortalAccountStore::replaceTerms(
    const QString &site, const PortalTerms &terms, const QDateTime &nowUtc)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery clear(m_db.connection());
        clear.prepare(QStringLiteral("DELETE FROM portal_terms WHERE site = ?"));
        clear.addBindValue(site);
        if (!clear.exec())
            return m_db.errorFor(clear);
        for (const PortalTerm &term : terms.categories)
            if (auto added = addTerm(site, QStringLiteral("category"), term); !added)
                return added;
        for (const PortalTerm &term : terms.tags)
            if (auto added = addTerm(site, QStringLiteral("post_tag"), term); !added)
                return added;
        QSqlQuery stamp(m_db.connection());
        stamp.prepare(QStringLiteral("UPDATE portal_account SET terms_at = ?"));
        stamp.addBindValue(store::toMs(nowUtc));
        if (!stamp.exec())
            return m_db.errorFor(stamp);
        return {};
    });
}

Result<void> PortalAccountStore::addTerm(
    const QString &site, const QString &taxonomy, const PortalTerm &term)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO portal_terms(site, taxonomy, remote_id, name, name_key, slug, "
        "parent) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(site);
    insert.addBindValue(taxonomy);
    insert.addBindValue(term.id);
    insert.addBindValue(store::text(term.name));
    insert.addBindValue(nameKey(term.name));
    insert.addBindValue(store::text(term.slug));
    insert.addBindValue(term.parent);
    if (!insert.exec())
        return m_db.errorFor(insert);
    return {};
}

Result<std::optional<PortalTerm>> PortalAccountStore::findTerm(
    const QString &site, const QString &taxonomy, const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT remote_id, name, slug, parent FROM portal_terms WHERE site = ? AND taxonomy = ? "
        "AND name_key = ? ORDER BY remote_id LIMIT 1"));
    query.addBindValue(site);
    query.addBindValue(taxonomy);
    query.addBindValue(nameKey(name));
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return std::optional<PortalTerm> {};
    return std::optional<PortalTerm>(PortalTerm {query.value(0).toLongLong(),
        query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong()});
}

Result<int> PortalAccountStore::termCount(const QString &site, const QString &taxonomy) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM portal_terms WHERE site = ? AND taxonomy = ?"));
    query.addBindValue(site);
    query.addBindValue(taxonomy);
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return query.value(0).toInt();
}

Result<std::optional<RemotePost>> PortalAccountStore::post(
    const QString &site, const QString &uuid) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT remote_id, status, link, date_gmt, modified_gmt, base FROM remote_posts "
        "WHERE article_uuid = ? AND site = ?"));
    query.addBindValue(uuid);
    query.addBindValue(site);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return std::optional<RemotePost> {};
    RemotePost post;
    post.remoteId = query.value(0).toLongLong();
    post.status = query.value(1).toString();
    post.link = query.value(2).toString();
    post.dateGmt = query.value(3).toString();
    post.modifiedGmt = query.value(4).toString();
    post.base = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    return std::optional<RemotePost>(post);
}

Result<void> PortalAccountStore::savePost(
    const QString &site, const QString &uuid, const RemotePost &post, const QDateTime &nowUtc)
{
    QSqlQuery upsert(m_db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO remote_posts(article_uuid, site, remote_id, status, link, "
        "date_gmt, modified_gmt, base, synced_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    upsert.addBindValue(uuid);
    upsert.addBindValue(site);
    upsert.addBindValue(post.remoteId);
    upsert.addBindValue(store::text(post.status));
    upsert.addBindValue(store::text(post.link));
    upsert.addBindValue(store::text(post.dateGmt));
    upsert.addBindValue(store::text(post.modifiedGmt));
    upsert.addBindValue(QString::fromUtf8(QJsonDocument(post.base).toJson(QJsonDocument::Compact)));
    upsert.addBindValue(store::toMs(nowUtc));
    if (!upsert.exec())
        return m_db.errorFor(upsert);
    return {};
}

Result<void> PortalAccountStore::removePost(const QString &site, const QString &uuid)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM remote_posts WHERE article_uuid = ? AND site = ?"));
    query.addBindValue(uuid);
    query.addBindValue(site);
    if (!query.exec())
        return m_db.errorFor(query);
    return {};
}

Result<QList<QPair<QString, RemotePost>>> PortalAccountStore::postsWithStatus(
    const QString &site, const QString &status) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT article_uuid, remote_id, status, link, date_gmt, modified_gmt FROM remote_posts "
        "WHERE site = ? AND status = ?"));
    query.addBindValue(site);
    query.addBindValue(status);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<QPair<QString, RemotePost>> posts;
    while (query.next()) {
        RemotePost post;
        post.remoteId = query.value(1).toLongLong();
        post.status = query.value(2).toString();
        post.link = query.value(3).toString();
        post.dateGmt = query.value(4).toString();
        post.modifiedGmt = query.value(5).toString();
        posts.append({query.value(0).toString(), post});
    }
    return posts;
}

Result<std::optional<RemoteMedia>> PortalAccountStore::media(
    const QString &site, const QString &sha256) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT state, remote_id, source_url FROM remote_media WHERE sha256 = ? AND site = ?"));
    query.addBindValue(sha256);
    query.addBindValue(site);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return std::optional<RemoteMedia> {};
    return std::optional<RemoteMedia>(RemoteMedia {
        query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()});
}

Result<void> PortalAccountStore::saveMedia(
    const QString &site, const QString &sha256, const RemoteMedia &media, const QDateTime &nowUtc)
{
    QSqlQuery upsert(m_db.connection());
    upsert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO remote_media(sha256, site, state, remote_id, source_url, "
        "updated_at) VALUES(?, ?, ?, ?, ?, ?)"));
    upsert.addBindValue(sha256);
    upsert.addBindValue(site);
    upsert.addBindValue(media.state);
    upsert.addBindValue(
        media.remoteId ? QVariant(media.remoteId) : QVariant(QMetaType::fromType<qint64>()));
    upsert.addBindValue(store::text(media.sourceUrl));
    upsert.addBindValue(store::toMs(nowUtc));
    if (!upsert.exec())
        return m_db.errorFor(upsert);
    return {};
}

QTimeZone portalTimeZone(Database &db)
{
    auto account = PortalAccountStore(db).account();
    if (account && *account)
        return (*account)->identity.timeZone();
    return portal_time::defaultZone();
}

}  // namespace newsdesk
