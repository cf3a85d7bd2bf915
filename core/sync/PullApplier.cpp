#include "sync/PullApplier.h"

#include "html/HtmlSanitizer.h"
#include "html/MediaUrl.h"
#include "store/ArticleStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/ReviewNoteStore.h"
#include "store/WorkflowStore.h"
#include "sync/ConflictStore.h"
#include "sync/OutboxStore.h"
#include "sync/PostPayload.h"
#include "util/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace newsdesk {
namespace {

const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<!--\\s*newsdesk-post-([0-9a-fA-F-]{36})\\s*-->"));
    return pattern;
}

QString rawOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("raw")).toString();
    return value.toString();
}

QDateTime utcOf(const QString &wpGmt)
{
    QDateTime time = QDateTime::fromString(wpGmt, Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

const QStringList kTextFields {
    QStringLiteral("title"), QStringLiteral("content"), QStringLiteral("excerpt")};

}  // namespace

std::optional<PulledPost> PulledPost::fromJson(const QJsonObject &post)
{
    PulledPost pulled;
    pulled.id = qint64(post.value(u"id").toDouble(0));
    pulled.status = post.value(u"status").toString();
    if (pulled.id <= 0 || pulled.status.isEmpty())
        return std::nullopt;
    pulled.title = rawOf(post.value(u"title"));
    pulled.content = rawOf(post.value(u"content"));
    pulled.excerpt = rawOf(post.value(u"excerpt"));
    pulled.dateGmt = post.value(u"date_gmt").toString();
    pulled.modifiedGmt = post.value(u"modified_gmt").toString();
    pulled.link = post.value(u"link").toString();
    // The companion plugin's meta answers `[]` when empty (not an object).
    const QJsonObject meta = post.value(u"meta").toObject();
    const QString metaUuid = meta.value(u"newsdesk_uuid").toString().toLower();
    pulled.reviewLog = meta.value(u"newsdesk_review_log").toString();
    pulled.companion = !metaUuid.isEmpty();
    if (!metaUuid.isEmpty())
        pulled.uuid = metaUuid;
    else if (const auto match = markerPattern().match(pulled.content); match.hasMatch())
        pulled.uuid = match.captured(1).toLower();
    return pulled;
}

QJsonObject PulledPost::fields() const
{
    QJsonObject fields {{QStringLiteral("title"), title}, {QStringLiteral("content"), content},
        {QStringLiteral("excerpt"), excerpt}, {QStringLiteral("status"), status}};
    if (!reviewLog.isEmpty())
        fields.insert(QStringLiteral("review_log"), reviewLog);
    // What the companion plugin holds, in the form a push sends it (so it is not re-sent).
    if (companion) {
        QJsonObject meta {{QStringLiteral("newsdesk_uuid"), uuid}};
        if (!reviewLog.isEmpty())
            meta.insert(QStringLiteral("newsdesk_review_log"), reviewLog);
        fields.insert(QStringLiteral("meta"), meta);
    }
    return fields;
}

PullApplier::PullApplier(Database &db, const Clock &clock, QString site)
    : m_db(db), m_clock(clock), m_site(std::move(site))
{
}

Result<QJsonObject> PullApplier::localAsPortal(qint64 articleId) const
{
    auto article = ArticleStore(m_db, m_clock).get(articleId);
    if (!article)
        return article.error();
    QString body = article->content.bodyHtml;
    QSqlQuery photos(m_db.connection());
    photos.prepare(QStringLiteral(
        "SELECT sha256, source_url FROM remote_media WHERE site = ? AND state = 'done'"));
    photos.addBindValue(m_site);
    if (!photos.exec())
        return m_db.errorFor(photos);
    while (photos.next())
        body.replace(html::mediaUrl(photos.value(0).toString()), photos.value(1).toString());
    return QJsonObject {{QStringLiteral("title"), article->content.title},
        {QStringLiteral("content"),
            QString(body + u'\n'
                + PortalMapping::markerComment(PortalMapping::postMarker(article->uuid)))},
        {QStringLiteral("excerpt"), article->content.summary}};
}

Result<QList<QJsonObject>> PullApplier::sentVersions(const QString &uuid) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT payload FROM outbox WHERE article_uuid = ? AND sent_at "
                                 "IS NOT NULL AND state IN ('pending', 'in_flight', 'retry', "
                                 "'unknown', 'superseded')"));
    query.addBindValue(uuid);
    if (!query.exec())
        return m_db.errorFor(query);
    QSqlQuery photos(m_db.connection());
    photos.prepare(QStringLiteral(
        "SELECT sha256, source_url FROM remote_media WHERE site = ? AND state = 'done'"));
    photos.addBindValue(m_site);
    if (!photos.exec())
        return m_db.errorFor(photos);
    QList<QPair<QString, QString>> urls;
    while (photos.next())
        urls.append({html::mediaUrl(photos.value(0).toString()), photos.value(1).toString()});
    QList<QJsonObject> versions;
    while (query.next()) {
        const auto payload = PostPayload::fromJson(query.value(0).toString().toUtf8());
        if (!payload || payload->statusOnly)
            continue;
        QString body = payload->bodyHtml;
        for (const auto &[local, remote] : std::as_const(urls))
            body.replace(local, remote);
        versions.append(QJsonObject {{QStringLiteral("title"), payload->title},
            {QStringLiteral("content"),
                QString(
                    body + u'\n' + PortalMapping::markerComment(PortalMapping::postMarker(uuid)))},
            {QStringLiteral("excerpt"), payload->summary}});
    }
    return versions;
}

Result<QString> PullApplier::localBody(const QString &remoteContent) const
{
    QString body = remoteContent;
    body.remove(markerPattern());
    // Photos we uploaded come back as their local copies (the preview and exports then work
    // offline); others stay as they are on the portal.
    QSqlQuery photos(m_db.connection());
    photos.prepare(QStringLiteral(
        "SELECT sha256, source_url FROM remote_media WHERE site = ? AND state = 'done'"));
    photos.addBindValue(m_site);
    if (!photos.exec())
        return m_db.errorFor(photos);
    while (photos.next())
        body.replace(photos.value(1).toString(), html::mediaUrl(photos.value(0).toString()));
    return html::sanitize(body);
}

Result<PullOutcome> PullApplier::apply(const PulledPost &post)
{
    m_notice.clear();
    if (post.uuid.isEmpty())
        return PullOutcome::Skipped;
    PortalAccountStore accounts(m_db);
    ArticleStore articles(m_db, m_clock);
    auto link = accounts.post(m_site, post.uuid);
    if (!link)
        return link.error();
    // Another copy carrying our marker (a create that reached the portal twice): the link stays
    // where it is, and the push's duplicate check removes the copy.
    if (*link && (*link)->remoteId != post.id)
        return PullOutcome::Skipped;
    if (!*link) {
        // A create of ours is under way (sent, outcome not settled): adopting is the push's
        // job, since it also removes the copies a lost answer may have left.
        QSqlQuery sending(m_db.connection());
        sending.prepare(QStringLiteral(
            "SELECT EXISTS(SELECT 1 FROM outbox WHERE article_uuid = ? AND sent_at IS NOT NULL "
            "AND state IN ('pending', 'in_flight', 'retry', 'unknown'))"));
        sending.addBindValue(post.uuid);
        if (!sending.exec() || !sending.next())
            return m_db.errorFor(sending);
        if (sending.value(0).toBool())
            return PullOutcome::Skipped;
    }
    // WP-Cron publishes a scheduled post without touching modified_gmt: the status counts too.
    if (*link && (*link)->modifiedGmt == post.modifiedGmt && (*link)->remoteId == post.id
        && (*link)->status == post.status)
        return PullOutcome::Unchanged;

    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT id FROM articles WHERE uuid = ?"));
    find.addBindValue(post.uuid);
    if (!find.exec())
        return m_db.errorFor(find);
    const std::optional<qint64> localId
        = find.next() ? std::optional<qint64>(find.value(0).toLongLong()) : std::nullopt;

    if (post.status == u"trash") {
        m_notice = tr("“%1” was deleted on the portal. It stays here; submit it again to put it "
                      "back, or archive it.")
                       .arg(post.title);
        return PullOutcome::Skipped;
    }

    if (post.statusOnly) {
        // A post this account may see but not edit (a writer's scheduled or published
        // article): only its status and date come in; the text stays as it is here.
        if (!localId || !*link)
            return PullOutcome::Skipped;
        auto done = m_db.transaction([&]() -> Result<void> {
            if (post.status != (*link)->status)
                if (auto applied = applyStatus(*localId, post.status, (*link)->status, post);
                    !applied)
                    return applied;
            RemotePost stored = **link;
            stored.status = post.status;
            stored.dateGmt = post.dateGmt;
            stored.modifiedGmt = post.modifiedGmt;
            stored.base.insert(QStringLiteral("status"), post.status);
            return accounts.savePost(m_site, post.uuid, stored, m_clock.nowUtc());
        });
        if (!done)
            return done.error();
        return PullOutcome::Updated;
    }

    auto body = localBody(post.content);
    if (!body)
        return body.error();
    PullOutcome outcome = PullOutcome::Updated;
    auto done = m_db.transaction([&]() -> Result<void> {
        qint64 articleId = 0;
        QString baseStatus;
        bool textTaken = false;
        if (!localId) {
            // New to this store: someone else's submission (an approver's review inbox), or
            // our own article on a new machine.
            NewArticle fresh;
            fresh.uuid = post.uuid;
            fresh.content.title = post.title;
            fresh.content.bodyHtml = *body;
            fresh.content.summary = post.excerpt;
            auto created = articles.create(fresh);
            if (!created)
                return created.error();
            articleId = created->id;
            outcome = PullOutcome::Created;
        } else {
            articleId = *localId;
            const QJsonObject base = *link ? (*link)->base : QJsonObject {};
            baseStatus = base.value(u"status").toString();
            auto mine = localAsPortal(articleId);
            if (!mine)
                return mine.error();
            const QJsonObject theirs = post.fields();
            // What our own unsettled operations sent (a killed or timed-out update may have
            // reached the portal): finding it there is not a change by someone else.
            auto sent = sentVersions(post.uuid);
            if (!sent)
                return sent.error();
            QStringList conflicting;
            QStringList takeTheirs;
            for (const QString &field : kTextFields) {
                const QJsonValue b = base.value(field);
                const QJsonValue l = mine->value(field);
                const QJsonValue r = theirs.value(field);
                if (r == b || r == l)
                    continue;  // the portal did not change it, or agrees with us
                if (std::any_of(sent->cbegin(), sent->cend(),
                        [&](const QJsonObject &version) { return version.value(field) == r; }))
                    continue;  // our own write, not yet acknowledged
                // Without a base (never synced from here) a difference is a conflict too:
                // nothing says which side is newer.
                if (l == b && !b.isUndefined())
                    takeTheirs << field;
                else
                    conflicting << field;
            }
            if (!conflicting.isEmpty()) {
                // Already kept for this version of the portal's post: nothing new to record.
                auto known = ConflictStore(m_db).openFor(articleId);
                if (!known)
                    return known.error();
                if (*known && (*known)->remoteModifiedGmt == post.modifiedGmt) {
                    outcome = PullOutcome::Conflict;
                    return {};
                }
                SyncConflict conflict;
                conflict.articleId = articleId;
                conflict.articleUuid = post.uuid;
                conflict.remoteId = post.id;
                conflict.fields = conflicting;
                conflict.base = base;
                conflict.mine = *mine;
                conflict.theirs = theirs;
                conflict.remoteModifiedGmt = post.modifiedGmt;
                if (auto kept = ConflictStore(m_db).record(conflict, m_clock.nowUtc()); !kept)
                    return kept.error();
                outcome = PullOutcome::Conflict;
                qCInfo(lcSync) << "conflict on" << post.uuid << conflicting;
                return {};  // neither side changes until a person decides
            }
            if (!takeTheirs.isEmpty()) {
                auto current = articles.get(articleId);
                if (!current)
                    return current.error();
                ArticleContent content = current->content;
                if (takeTheirs.contains(u"title"))
                    content.title = post.title;
                if (takeTheirs.contains(u"content"))
                    content.bodyHtml = *body;
                if (takeTheirs.contains(u"excerpt"))
                    content.summary = post.excerpt;
                SaveOptions save;
                save.recordRevision = true;
                save.label = tr("Changed on the portal");
                save.actor = tr("the portal");
                if (auto saved = articles.saveContent(articleId, content, save); !saved)
                    return saved.error();
                // Our waiting operations froze the text before this merge: they must not send
                // the portal's change back out of existence.
                if (auto carried = OutboxStore(m_db).refreshText(post.uuid, content); !carried)
                    return carried;
                textTaken = true;
            }
        }
        // New text revokes a local approval (a trigger): the portal's state is put back on.
        if (post.status != baseStatus || textTaken)
            if (auto applied = applyStatus(articleId, post.status, baseStatus, post); !applied)
                return applied;
        if (!post.reviewLog.isEmpty())
            if (auto imported = importReviewLog(articleId, post.reviewLog); !imported)
                return imported;
        RemotePost stored;
        stored.remoteId = post.id;
        stored.status = post.status;
        stored.link = post.link;
        stored.dateGmt = post.dateGmt;
        stored.modifiedGmt = post.modifiedGmt;
        stored.base = post.fields();
        return accounts.savePost(m_site, post.uuid, stored, m_clock.nowUtc());
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<void> PullApplier::importReviewLog(qint64 articleId, const QString &log)
{
    const QJsonArray entries = QJsonDocument::fromJson(log.toUtf8()).array();
    ReviewNoteStore notes(m_db, m_clock);
    auto listed = notes.list(articleId);
    if (!listed)
        return listed.error();
    QList<ReviewNote> existing = *listed;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString note = entry.value(u"note").toString().trimmed();
        const QString actor = entry.value(u"actor").toString();
        if (note.isEmpty())
            continue;
        const bool known = std::any_of(existing.begin(), existing.end(),
            [&](const ReviewNote &n) { return n.author == actor && n.note == note; });
        if (known)
            continue;
        auto added = notes.add(NewReviewNote {
            articleId, actor, note, std::nullopt, entry.value(u"content_hash").toString()});
        if (!added)
            return added.error();
        existing.append(*added);
    }
    return {};
}

Result<void> PullApplier::applyStatus(qint64 articleId, const QString &remoteStatus,
    const QString &baseStatus, const PulledPost &post)
{
    // Our own change waits to be sent: it is newer than what the portal shows.
    QSqlQuery pending(m_db.connection());
    pending.prepare(QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM outbox WHERE article_uuid = ? AND state IN ('pending', "
        "'in_flight', 'retry', 'unknown'))"));
    pending.addBindValue(post.uuid);
    if (!pending.exec() || !pending.next())
        return m_db.errorFor(pending);
    if (pending.value(0).toBool())
        return {};

    WorkflowStore workflow(m_db);
    auto info = workflow.info(articleId);
    if (!info)
        return info.error();
    const QDateTime now = m_clock.nowUtc();
    WorkflowChange change;
    change.articleId = articleId;
    change.at = now;
    const QString portal = tr("the portal");
    if (remoteStatus == u"pending") {
        change.status = Status::InReview;
        if (info->status != Status::InReview)
            change.submittedBy = portal;
    } else if (remoteStatus == u"draft") {
        // Sent back from review (an approver asked for changes), or taken off the site.
        if (info->status == Status::InReview || baseStatus == u"pending")
            change.status = Status::ChangesRequested;
        else if (info->isLive())
            change.status = Status::Unpublished;
        else
            change.status = Status::Draft;
        change.clearApproval = true;
        if (info->isLive())
            change.liveHash = QString();
    } else if (remoteStatus == u"future") {
        change.status = Status::Scheduled;
        change.approvedBy = portal;
        change.approvedHash = info->contentHash;
        change.scheduledAt = utcOf(post.dateGmt);
    } else if (remoteStatus == u"publish") {
        change.status = Status::Published;
        change.approvedBy = portal;
        change.approvedHash = info->contentHash;
        change.liveHash = info->contentHash;
        change.scheduledAt = QDateTime();
        change.publishAt = utcOf(post.dateGmt);
    } else {
        return {};  // private and others: nothing of our workflow
    }
    if (change.status == info->status && !change.liveHash && !change.scheduledAt)
        return {};
    if (auto applied = workflow.apply(change); !applied)
        return applied;
    ReviewEvent event;
    event.articleId = articleId;
    event.articleUuid = info->uuid;
    event.actor = portal;
    event.role = QString::fromUtf16(kSystemRole);
    event.action = QStringLiteral("portal_status");
    event.fromStatus = info->status;
    event.toStatus = change.status;
    event.note = tr("Changed on the portal: %1").arg(remoteStatus);
    event.contentHash = info->contentHash;
    if (change.scheduledAt)
        event.scheduledAt = *change.scheduledAt;
    event.at = now;
    auto appended = AuditLog(m_db).append(event);
    if (!appended)
        return appended.error();
    return {};
}

}  // namespace newsdesk
