#include "sync/SyncEngine.h"

#include "portal/PortalIdentity.h"
#include "portal/SiteUrl.h"
#include "portal/WpErrors.h"
#include "portal/WpResponses.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "store/ProfileStore.h"
#include "sync/ConflictStore.h"
#include "sync/OutboxStore.h"
#include "sync/OutboxWriter.h"
#include "sync/PullApplier.h"
#include "sync/WpClient.h"
#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace newsdesk {
namespace {

const QString kPosts = QStringLiteral("/wp/v2/posts");
const QString kMedia = QStringLiteral("/wp/v2/media");
// Every status a post of ours can have on the portal, for lookups by marker.
const QString kAnyStatus = QStringLiteral("draft,pending,future,publish,private");

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

qint64 idOf(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    return number > 0 && number < 9.0e15 ? qint64(number) : 0;
}

// A field WordPress sends as {raw, rendered} in context=edit (or a plain string).
QString rawOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("raw")).toString();
    return value.toString();
}

bool neverLeft(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::SslHandshakeFailedError;
}

QString extensionFor(const QString &mimeType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QString suffix = type.preferredSuffix();
    return suffix.isEmpty() ? QStringLiteral("bin") : suffix;
}

}  // namespace

SyncEngine::SyncEngine(Database &db, MediaStore &media, const Clock &clock,
    QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_db(db), m_media(media), m_clock(clock), m_network(network), m_accounts(db),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::processOwner()
{
    return QString::number(QCoreApplication::applicationPid()) + u'@' + QHostInfo::localHostName();
}

Result<SyncSummary> SyncEngine::run(const SyncOptions &options)
{
    m_stop = false;
    m_paused = false;
    auto account = m_accounts.account();
    if (!account)
        return account.error();
    if (!*account)
        return makeError(ErrorCode::InvalidInput,
            tr("No portal account: connect one first (Portal > Connect account, or "
               "newsdesk-cli account add)."),
            QStringLiteral("sync:no-account"));
    m_account = **account;
    if (m_account.paused())
        return makeError(ErrorCode::InvalidInput,
            tr("Publishing to %1 is paused: the portal rejected the password. Enter the "
               "application password again.")
                .arg(m_account.identity.siteUrl.host()),
            QStringLiteral("sync:paused"));
    if (m_password.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("No application password for %1. Enter it to publish.")
                .arg(m_account.identity.userName),
            QStringLiteral("sync:no-password"));
    const QUrl site = m_account.identity.siteUrl;
    if (site.scheme() == u"http" && !SiteUrl::isLoopbackHost(site.host())
        && !m_account.plainHttpAllowed)
        return WpErrors::make(PortalErrorKind::PlainHttpRefused, site.host(), site.toString());

    m_client = std::make_unique<WpClient>(
        m_network, site, HttpCredentials {m_account.identity.userName, m_password}, m_limits);
    SyncSummary summary;
    if (options.pull) {
        Step failure;
        if (auto pulled = pullSite(summary, failure); !pulled)
            return pulled.error();
        if (failure.ok())
            if (auto pulled = pullPosts(summary, failure); !pulled)
                return pulled.error();
        if (failure.ok())
            if (auto checked = checkSchedules(summary); !checked)
                return checked.error();
        if (!failure.ok()) {
            summary.errors << failure.message;
            if (failure.verdict == Verdict::Pause) {
                summary.paused = true;
                if (auto paused = m_accounts.setPaused(QStringLiteral("password")); !paused)
                    return paused.error();
                Q_EMIT passwordRejected(failure.message);
            } else if (failure.verdict == Verdict::Retry || failure.verdict == Verdict::Unknown) {
                summary.offline = true;
            }
        }
    }
    if (options.push && !summary.paused && !summary.offline) {
        OutboxStore outbox(m_db);
        auto recovered = outbox.recoverAbandoned(processOwner());
        if (!recovered)
            return recovered.error();
        if (*recovered > 0)
            qCInfo(lcSync) << *recovered << "operations were in flight when a sync stopped";
        if (auto guarded = guardRevokedSchedules(); !guarded)
            return guarded.error();
        auto open = outbox.open();
        if (!open)
            return open.error();
        QSet<QString> blocked;  // articles with an earlier operation not sent in this run
        int finished = 0;
        const int total = int(open->size());
        ConflictStore conflicts(m_db);
        for (const OutboxOperation &op : std::as_const(*open)) {
            // Edited on both sides: nothing goes out until a person has chosen.
            if (auto conflicted = conflicts.hasOpen(op.articleUuid); conflicted && *conflicted) {
                ++summary.blockedByConflict;
                ++summary.waiting;
                blocked.insert(op.articleUuid);
                continue;
            }
            const bool due = !op.nextAttemptAt.isValid() || op.nextAttemptAt <= m_clock.nowUtc();
            if (m_stop || m_paused || summary.offline || blocked.contains(op.articleUuid)
                || op.state == OutboxState::InFlight || !due) {
                blocked.insert(op.articleUuid);
                ++summary.waiting;
                continue;
            }
            processOperation(op, summary);
            Q_EMIT progress(++finished, total);
        }
    }
    summary.requests = m_client->requestCount();
    m_client.reset();
    return summary;
}

// ---------------------------------------------------------------------------------------
// Pull: who the user is now, the site's time zone, its categories and tags.

Result<void> SyncEngine::pullSite(SyncSummary &summary, Step &failure)
{
    const QString host = m_client->host();
    const HttpOutcome indexAnswer = m_client->get(QStringLiteral("/"));
    failure = classify(indexAnswer, false);
    if (!failure.ok())
        return {};
    auto index = WpResponses::readIndex(indexAnswer, host);
    if (!index) {
        failure = Step {Verdict::Retry, index.error().message, QStringLiteral("pull")};
        return {};
    }
    QUrlQuery meQuery;
    meQuery.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const HttpOutcome meAnswer = m_client->get(QStringLiteral("/wp/v2/users/me"), meQuery);
    failure = classify(meAnswer, false);
    if (!failure.ok())
        return {};
    auto me = WpResponses::readMe(meAnswer, host);
    if (!me) {
        failure = Step {Verdict::Retry, me.error().message, QStringLiteral("pull")};
        return {};
    }
    PortalIdentity &identity = m_account.identity;
    identity.siteName = index->name;
    identity.timeZoneId = index->timeZoneId;
    identity.utcOffsetSeconds = index->utcOffsetSeconds;
    identity.companionPlugin = index->companionPlugin;
    identity.displayName = me->displayName;
    identity.roles = me->roles;
    identity.capabilities = me->capabilities;
    identity.role = identity.can(QStringLiteral("publish_posts")) ? Role::Approver : Role::Writer;
    if (auto saved = m_accounts.save(m_account, m_account.connectedAt); !saved)
        return saved;
    if (auto role = ProfileStore(m_db).setRoleFromPortal(identity.role); !role)
        return role;

    PortalTerms terms;
    for (const bool tags : {false, true}) {
        for (int page = 1;; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
            query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name,slug,parent"));
            const HttpOutcome answer = m_client->get(
                tags ? QStringLiteral("/wp/v2/tags") : QStringLiteral("/wp/v2/categories"), query);
            failure = classify(answer, false, true);
            if (!failure.ok())
                return {};
            auto read = WpResponses::readTerms(answer, host);
            if (!read) {
                failure = Step {Verdict::Retry, read.error().message, QStringLiteral("pull")};
                return {};
            }
            (tags ? terms.tags : terms.categories) += read->terms;
            if (page >= read->totalPages || page >= 50)
                break;
        }
    }
    if (auto saved = m_accounts.replaceTerms(m_account.site(), terms, m_clock.nowUtc()); !saved)
        return saved;
    summary.termsPulled = true;
    failure = Step {};
    return {};
}

// An article scheduled on the portal whose approval was revoked (its text was edited) must not
// go live by WP-Cron: take the portal copy back to draft before anything else is sent.
Result<void> SyncEngine::guardRevokedSchedules()
{
    auto scheduled = m_accounts.postsWithStatus(m_account.site(), QStringLiteral("future"));
    if (!scheduled)
        return scheduled.error();
    for (const auto &[uuid, post] : std::as_const(*scheduled)) {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "SELECT a.id, a.status, EXISTS(SELECT 1 FROM outbox o WHERE o.article_uuid = a.uuid "
            "AND o.state IN ('pending', 'in_flight', 'retry', 'unknown')) FROM articles a "
            "WHERE a.uuid = ?"));
        query.addBindValue(uuid);
        if (!query.exec())
            return m_db.errorFor(query);
        if (!query.next() || query.value(1).toString() == u"scheduled" || query.value(2).toBool())
            continue;
        auto op = OutboxWriter(m_db).changeStatusOnly(
            query.value(0).toLongLong(), QStringLiteral("draft"), m_clock.nowUtc());
        if (!op)
            return op.error();
        qCInfo(lcSync) << "schedule of" << uuid << "revoked locally: taking the portal copy back";
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Push

void SyncEngine::processOperation(const OutboxOperation &op, SyncSummary &summary)
{
    OutboxStore outbox(m_db);
    auto sentBefore = outbox.everSent(op.articleUuid);
    if (!sentBefore) {
        summary.errors << sentBefore.error().message;
        return;
    }
    const bool lookFirst = op.state == OutboxState::Unknown || *sentBefore;
    // Committed before a byte leaves: a crash from here on leaves it in flight, and the next
    // run looks the post up before creating it again.
    auto claimed = outbox.markInFlight(op.id, processOwner(), m_clock.nowUtc());
    if (!claimed || !*claimed) {
        if (!claimed)
            summary.errors << claimed.error().message;
        return;
    }
    ++summary.sent;
    Q_EMIT operationStarted(op.id, op.payload.title);
    Pushed pushed;
    const Step step = pushPost(op, lookFirst, pushed, summary);
    settle(op, step, pushed, summary);
}

void SyncEngine::settle(
    const OutboxOperation &op, const Step &step, const Pushed &pushed, SyncSummary &summary)
{
    OutboxStore outbox(m_db);
    const QDateTime now = m_clock.nowUtc();
    Result<void> written;
    OutboxState state = OutboxState::Failed;
    QString message = step.message;
    switch (step.verdict) {
    case Verdict::Ok:
        state = pushed.reconciled ? OutboxState::Reconciled : OutboxState::Done;
        message = pushed.notice;
        written = outbox.markDone(op.id, state, pushed.remoteId, pushed.notice, now);
        ++(pushed.reconciled ? summary.reconciled : summary.done);
        if (!pushed.notice.isEmpty())
            summary.notices << pushed.notice;
        break;
    case Verdict::Retry:
    case Verdict::Unknown:
        if (op.attempts + 1 >= m_retry.maxAttempts) {
            message = tr("Gave up after %1 attempts: %2").arg(op.attempts + 1).arg(step.message);
            written = outbox.markFailed(op.id, message, step.kind, now);
            ++summary.failed;
            summary.errors << op.payload.title + QStringLiteral(": ") + message;
            break;
        }
        state = step.verdict == Verdict::Unknown ? OutboxState::Unknown : OutboxState::Retry;
        written = outbox.markRetry(op.id, state,
            m_retry.nextAttempt(op.attempts + 1, now, step.retryAfter, m_random()), step.message,
            step.kind);
        ++summary.waiting;
        // The link is down (not the portal answering an error): the rest waits too.
        if (step.httpStatus == 0)
            summary.offline = true;
        break;
    case Verdict::Pause:
        state = OutboxState::Pending;
        written = outbox.markPaused(op.id, step.message, step.kind);
        if (written)
            written = m_accounts.setPaused(QStringLiteral("password"));
        m_paused = summary.paused = true;
        ++summary.waiting;
        summary.errors << step.message;
        Q_EMIT passwordRejected(step.message);
        break;
    case Verdict::Permanent:
    case Verdict::Gone:
        written = outbox.markFailed(op.id, step.message, step.kind, now);
        ++summary.failed;
        summary.errors << op.payload.title + QStringLiteral(": ") + step.message;
        break;
    }
    if (!written) {
        summary.errors << written.error().message;
        m_stop = true;  // the store cannot record outcomes: sending more would lose track
    }
    qCInfo(lcSync).noquote() << "operation" << op.id << op.action << "->" << outboxStateKey(state)
                             << message;
    Q_EMIT operationFinished(op.id, state, message);
}

SyncEngine::Step SyncEngine::pushPost(
    const OutboxOperation &op, bool lookFirst, Pushed &pushed, SyncSummary &summary)
{
    const PostPayload &payload = op.payload;
    if (payload.uuid.isEmpty())
        return Step {Verdict::Permanent, tr("The operation's saved article cannot be read."),
            QStringLiteral("bad-payload")};
    const QString site = m_account.site();
    auto link = m_accounts.post(site, payload.uuid);
    if (!link)
        return Step {Verdict::Retry, link.error().message, QStringLiteral("store")};
    std::optional<RemotePost> remote = *link;
    const QString marker = PortalMapping::postMarker(payload.uuid);

    if (!remote && lookFirst) {
        QList<QJsonObject> found;
        if (Step step = findPosts(marker, found); !step.ok())
            return step;
        if (!found.isEmpty()) {
            const QJsonObject &keep = found.first();  // the oldest: sorted by id
            summary.duplicatesRemoved += removeExtras(kPosts, found, idOf(keep.value(u"id")));
            remote = adoptedFrom(keep);
            if (auto saved = m_accounts.savePost(site, payload.uuid, *remote, m_clock.nowUtc());
                !saved)
                return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};
            pushed.reconciled = true;
            qCInfo(lcSync) << "adopted portal post" << remote->remoteId << "for" << payload.uuid;
        }
    }
    if (remote && (op.state == OutboxState::Unknown || op.attempts > 0)) {
        // This operation went out before without settling: a create may have reached the
        // portal more than once (a lost answer then a silent re-send, or a duplicate check
        // that failed). One copy only.
        QList<QJsonObject> found;
        if (Step step = findPosts(marker, found); !step.ok())
            return step;
        summary.duplicatesRemoved += removeExtras(kPosts, found, remote->remoteId);
    }
    if (!remote && payload.statusOnly) {
        pushed.notice.clear();
        return Step {};  // nothing on the portal to change
    }

    QJsonObject fields;
    QStringList skipped;
    if (Step step = desiredFields(op, fields, skipped, summary); !step.ok())
        return step;
    if (!skipped.isEmpty())
        pushed.notice = tr("Not on the portal and not created (your account may not create "
                           "them): %1.")
                            .arg(skipped.join(QStringLiteral(", ")));

    // With the companion plugin the post carries its uuid (a duplicate create answers 409 with
    // the post's id) and its review log, and an update names its base (a stale one answers
    // 409): no look-up before each update is needed.
    const bool companion = m_account.identity.companionPlugin;
    QJsonObject toSend;
    QString reviewLog;
    HttpOutcome answer;
    Step step;
    bool creating = false;
    for (int round = 0; round < 3; ++round) {
        if (remote && (!companion || round > 0)) {
            bool conflict = false;
            if (Step refreshed = refreshBase(payload.uuid, remote, conflict); !refreshed.ok())
                return refreshed;
            if (conflict) {
                ++summary.conflicts;
                return Step {Verdict::Retry,
                    tr("“%1” was also changed on the portal. Choose which version to keep "
                       "(Portal > Conflicts) before it is sent.")
                        .arg(payload.title),
                    QStringLiteral("conflict")};
            }
        }
        if (companion && !(payload.statusOnly && payload.reviewEntries.isEmpty())) {
            QJsonObject meta {{QStringLiteral("newsdesk_uuid"), payload.uuid}};
            reviewLog = remote ? remote->base.value(u"review_log").toString() : QString();
            if (!payload.reviewEntries.isEmpty()) {
                QJsonArray log = QJsonDocument::fromJson(reviewLog.toUtf8()).array();
                for (const QJsonValue &entry : payload.reviewEntries)
                    if (!log.contains(entry))
                        log.append(entry);
                reviewLog = QString::fromUtf8(QJsonDocument(log).toJson(QJsonDocument::Compact));
                meta.insert(QStringLiteral("newsdesk_review_log"), reviewLog);
            }
            fields.insert(QStringLiteral("meta"), meta);
        }

        toSend = QJsonObject {};
        if (!remote) {
            toSend = fields;
        } else {
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (it.key() == u"date_gmt" && it.value().isNull()) {
                    // Reset the date only where it matters: where the portal holds a date
                    // still to come (a scheduled post, or one whose schedule was cancelled),
                    // publishing would otherwise schedule it again.
                    QDateTime held = QDateTime::fromString(remote->dateGmt, Qt::ISODate);
                    held.setTimeSpec(Qt::UTC);
                    if (remote->status == u"future" || (held.isValid() && held > m_clock.nowUtc()))
                        toSend.insert(it.key(), it.value());
                    continue;
                }
                if (remote->base.value(it.key()) != it.value())
                    toSend.insert(it.key(), it.value());
            }
            if (toSend.isEmpty()) {
                pushed.remoteId = remote->remoteId;
                return Step {};  // the portal already holds exactly this
            }
        }

        creating = !remote;
        const QString route = creating ? kPosts : kPosts + u'/' + QString::number(remote->remoteId);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (companion && remote)
            headers.append({"X-Newsdesk-Base-Modified", remote->modifiedGmt.toLatin1()});
        answer = m_client->post(route, toSend, {}, headers);
        if (companion && answer.status == 409) {
            const WpErrorBody refusal = WpErrors::parseErrorBody(answer.body);
            if (creating && refusal.code == u"newsdesk_duplicate") {
                // Created before (a lost answer, a killed process): adopt it and update it.
                const qint64 existing = idOf(QJsonDocument::fromJson(answer.body)
                                                 .object()
                                                 .value(u"data")
                                                 .toObject()
                                                 .value(u"id"));
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
                Step fetched = classify(
                    m_client->get(kPosts + u'/' + QString::number(existing), query), false);
                if (existing == 0 || !fetched.ok())
                    return fetched.ok() ? Step {Verdict::Retry, refusal.message, refusal.code}
                                        : fetched;
                remote = adoptedFrom(fetched.json.toObject());
                if (auto saved = m_accounts.savePost(site, payload.uuid, *remote, m_clock.nowUtc());
                    !saved)
                    return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};
                pushed.reconciled = true;
                continue;
            }
            if (!creating && refusal.code == u"newsdesk_stale_base")
                continue;  // someone changed it meanwhile: merge, then send again
        }
        break;
    }
    step = classify(answer, creating);
    if (step.verdict == Verdict::Permanent || step.verdict == Verdict::Gone)
        step = permanentStep(answer, creating ? str(u"create") : str(u"update"));
    // Deleted on the portal: forget the link, so that submitting again (the person's choice,
    // never ours) creates the post anew.
    if (step.verdict == Verdict::Gone && !creating)
        (void)m_accounts.removePost(site, payload.uuid);
    if (!step.ok())
        return step;
    const QJsonObject post = step.json.toObject();
    const qint64 id = idOf(post.value(u"id"));
    if (id == 0 || !post.value(u"status").isString())
        return Step {creating ? Verdict::Unknown : Verdict::Retry,
            WpErrors::make(PortalErrorKind::UnexpectedResponse, m_client->host(),
                QStringLiteral("post without id or status"))
                .message,
            WpErrors::tag(PortalErrorKind::UnexpectedResponse)};

    QJsonObject base = remote ? remote->base : QJsonObject {};
    for (auto it = toSend.constBegin(); it != toSend.constEnd(); ++it)
        base.insert(it.key(), it.value());
    if (!reviewLog.isEmpty())
        base.insert(QStringLiteral("review_log"), reviewLog);
    RemotePost stored = remoteFrom(post, base);
    if (auto saved = m_accounts.savePost(site, payload.uuid, stored, m_clock.nowUtc()); !saved)
        return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};
    pushed.remoteId = id;

    if (creating) {
        // Qt may have sent the create twice under a dropped connection: one copy. When the
        // check itself fails, the operation waits and checks again (the post is linked now).
        QList<QJsonObject> found;
        if (Step checked = findPosts(marker, found); !checked.ok())
            return Step {Verdict::Retry, checked.message, checked.kind, checked.retryAfter};
        const auto extras = std::count_if(found.cbegin(), found.cend(),
            [id](const QJsonObject &copy) { return idOf(copy.value(u"id")) != id; });
        const int removed = removeExtras(kPosts, found, id);
        summary.duplicatesRemoved += removed;
        if (removed < extras)
            return Step {Verdict::Retry,
                tr("A second copy of “%1” on the portal could not be removed yet.")
                    .arg(payload.title),
                QStringLiteral("duplicate")};
    }

    // Read back what the portal did, and tell the user when it is not what was asked.
    const QString got = stored.status;
    if (payload.status == u"future" && got == u"publish")
        pushed.notice = tr("“%1” went live at once: the portal publishes a scheduled post "
                           "immediately when its time is less than a minute away or has passed.")
                            .arg(payload.title);
    else if (payload.status == u"publish" && got == u"future")
        pushed.notice = tr("“%1” is scheduled on the portal for %2 (UTC) instead of going live "
                           "now, because its date there lies in the future.")
                            .arg(payload.title, stored.dateGmt);
    else if (got != payload.status)
        pushed.notice = tr("“%1” has the status “%2” on the portal, not “%3”.")
                            .arg(payload.title, got, payload.status);
    return Step {};
}

SyncEngine::Step SyncEngine::desiredFields(
    const OutboxOperation &op, QJsonObject &fields, QStringList &skipped, SyncSummary &summary)
{
    const PostPayload &payload = op.payload;
    fields.insert(QStringLiteral("status"), payload.status);
    if (payload.dateGmt.isValid())
        fields.insert(QStringLiteral("date_gmt"),
            payload.dateGmt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    else if (payload.resetDate)
        fields.insert(QStringLiteral("date_gmt"), QJsonValue::Null);
    if (payload.statusOnly)
        return Step {};

    // Photos first: the post must point at their portal copies.
    static const QRegularExpression mediaUrl(
        QStringLiteral("newsdesk-media:(?://)?([0-9a-fA-F]{64})"));
    QString body = payload.bodyHtml;
    QStringList shas;
    for (auto it = mediaUrl.globalMatch(body); it.hasNext();) {
        const QString sha = it.next().captured(1).toLower();
        if (!shas.contains(sha))
            shas << sha;
    }
    if (!payload.featuredSha256.isEmpty() && !shas.contains(payload.featuredSha256))
        shas << payload.featuredSha256;
    qint64 featuredId = 0;
    for (const QString &sha : std::as_const(shas)) {
        RemoteMedia remote;
        if (Step step = ensurePhoto(sha, op, remote, summary); !step.ok())
            return step;
        if (sha == payload.featuredSha256)
            featuredId = remote.remoteId;
        body.replace(QRegularExpression(QStringLiteral("newsdesk-media:(?://)?") + sha,
                         QRegularExpression::CaseInsensitiveOption),
            remote.sourceUrl);
    }
    fields.insert(QStringLiteral("title"), payload.title);
    const QString content
        = body + u'\n' + PortalMapping::markerComment(PortalMapping::postMarker(payload.uuid));
    fields.insert(QStringLiteral("content"), content);
    fields.insert(QStringLiteral("excerpt"), payload.summary);
    fields.insert(QStringLiteral("featured_media"), featuredId);

    QJsonArray categories;
    QJsonArray tags;
    if (Step step = ensureTerms(QStringLiteral("categories"),
            payload.category.isEmpty() ? QStringList() : QStringList {payload.category}, categories,
            skipped);
        !step.ok())
        return step;
    if (Step step = ensureTerms(QStringLiteral("tags"), payload.tags, tags, skipped); !step.ok())
        return step;
    // An empty category list would leave WordPress's default; only send what we know.
    if (!categories.isEmpty())
        fields.insert(QStringLiteral("categories"), categories);
    fields.insert(QStringLiteral("tags"), tags);
    return Step {};
}

SyncEngine::Step SyncEngine::ensurePhoto(
    const QString &sha256, const OutboxOperation &op, RemoteMedia &remote, SyncSummary &summary)
{
    const QString site = m_account.site();
    auto known = m_accounts.media(site, sha256);
    if (!known)
        return Step {Verdict::Retry, known.error().message, QStringLiteral("store")};
    if (*known && (*known)->state == u"done" && (*known)->remoteId > 0) {
        remote = **known;
        return Step {};
    }
    const QString marker = PortalMapping::mediaMarker(sha256);
    if (*known) {
        // A previous upload may have arrived: find it before sending the bytes again.
        QList<QJsonObject> found;
        if (Step step = findPhotos(marker, found); !step.ok())
            return step;
        if (!found.isEmpty()) {
            const qint64 keep = idOf(found.first().value(u"id"));
            summary.duplicatesRemoved += removeExtras(kMedia, found, keep);
            remote = RemoteMedia {
                QStringLiteral("done"), keep, found.first().value(u"source_url").toString()};
            if (auto saved = m_accounts.saveMedia(site, sha256, remote, m_clock.nowUtc()); !saved)
                return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};
            return Step {};
        }
    }
    QString mimeType;
    const std::optional<QByteArray> bytes = m_media.bytesOf(sha256, &mimeType);
    if (!bytes)
        return Step {Verdict::Permanent,
            tr("A photo of this article is missing from the store's media folder (%1). Insert "
               "it again.")
                .arg(sha256.left(12)),
            QStringLiteral("photo-missing")};
    QString caption;
    if (auto item = m_media.findBySha256(sha256))
        caption = item->caption;
    if (auto saved = m_accounts.saveMedia(
            site, sha256, RemoteMedia {QStringLiteral("sending"), 0, {}}, m_clock.nowUtc());
        !saved)
        return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};

    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("description"), PortalMapping::markerComment(marker));
    if (!caption.isEmpty()) {
        fields.addQueryItem(QStringLiteral("caption"), caption);
        fields.addQueryItem(QStringLiteral("alt_text"), caption);
    }
    const HttpOutcome answer = m_client->upload(kMedia, *bytes, mimeType,
        sha256.left(16) + u'.' + extensionFor(mimeType), fields,
        [this, &op](qint64 sent, qint64 total) { Q_EMIT uploadProgress(op.id, sent, total); });
    Step step = classify(answer, true);
    if (step.verdict == Verdict::Permanent || step.verdict == Verdict::Gone)
        step = permanentStep(answer, str(u"upload"));
    if (!step.ok())
        return step;
    const QJsonObject media = step.json.toObject();
    remote = RemoteMedia {
        QStringLiteral("done"), idOf(media.value(u"id")), media.value(u"source_url").toString()};
    if (remote.remoteId == 0 || remote.sourceUrl.isEmpty())
        return Step {Verdict::Unknown,
            WpErrors::make(PortalErrorKind::UnexpectedResponse, m_client->host(),
                QStringLiteral("media without id or source_url"))
                .message,
            WpErrors::tag(PortalErrorKind::UnexpectedResponse)};
    ++summary.photosUploaded;
    // One copy only (a silent re-send may have stored it twice). Until that is checked the
    // photo stays "sending": the next attempt looks it up and keeps one.
    QList<QJsonObject> found;
    if (Step checked = findPhotos(marker, found); !checked.ok())
        return Step {Verdict::Retry, checked.message, checked.kind, checked.retryAfter};
    const qint64 uploaded = remote.remoteId;
    const auto extras = std::count_if(found.cbegin(), found.cend(),
        [uploaded](const QJsonObject &copy) { return idOf(copy.value(u"id")) != uploaded; });
    const int removed = removeExtras(kMedia, found, uploaded);
    summary.duplicatesRemoved += removed;
    if (removed < extras)
        return Step {Verdict::Retry,
            tr("A second copy of a photo on the portal could not be removed yet."),
            QStringLiteral("duplicate")};
    if (auto saved = m_accounts.saveMedia(site, sha256, remote, m_clock.nowUtc()); !saved)
        return Step {Verdict::Retry, saved.error().message, QStringLiteral("store")};
    return Step {};
}

SyncEngine::Step SyncEngine::ensureTerms(
    const QString &route, const QStringList &names, QJsonArray &ids, QStringList &skipped)
{
    const QString taxonomy = route == u"tags" ? str(u"post_tag") : str(u"category");
    const QString site = m_account.site();
    for (const QString &rawName : names) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        auto known = m_accounts.findTerm(site, taxonomy, name);
        if (!known)
            return Step {Verdict::Retry, known.error().message, QStringLiteral("store")};
        if (*known) {
            ids.append((*known)->id);
            continue;
        }
        QJsonObject body {{QStringLiteral("name"), name}};
        const HttpOutcome answer = m_client->post(QStringLiteral("/wp/v2/") + route, body);
        const WpErrorBody error = WpErrors::parseErrorBody(answer.body);
        qint64 id = 0;
        if (answer.status == 400 && error.code == u"term_exists") {
            // Someone created it since the last pull: that is success.
            const QJsonObject data
                = QJsonDocument::fromJson(answer.body).object().value(u"data").toObject();
            id = idOf(data.value(u"term_id"));
        } else if (answer.status == 401 || answer.status == 403) {
            if (answer.status == 401)
                return classify(answer, false);
            skipped << name;
            continue;
        } else {
            Step step = classify(answer, false);
            if (step.verdict == Verdict::Permanent || step.verdict == Verdict::Gone) {
                skipped << name;
                continue;
            }
            if (!step.ok())
                return step;
            id = idOf(step.json.toObject().value(u"id"));
        }
        if (id == 0) {
            skipped << name;
            continue;
        }
        if (auto added = m_accounts.addTerm(site, taxonomy, PortalTerm {id, name, {}, 0}); !added)
            return Step {Verdict::Retry, added.error().message, QStringLiteral("store")};
        ids.append(id);
    }
    return Step {};
}

SyncEngine::Step SyncEngine::findPosts(const QString &marker, QList<QJsonObject> &found)
{
    QUrlQuery query;
    // The companion plugin finds a post by its uuid meta, cheaper than a search of all text.
    if (m_account.identity.companionPlugin)
        query.addQueryItem(QStringLiteral("newsdesk_uuid"),
            marker.mid(PortalMapping::postMarker(QString()).size()));
    else
        query.addQueryItem(QStringLiteral("search"), marker);
    query.addQueryItem(QStringLiteral("status"), kAnyStatus);
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("_fields"),
        QStringLiteral("id,status,date_gmt,modified_gmt,link,title,content,excerpt,categories,"
                       "tags,featured_media,meta"));
    Step step = classify(m_client->get(kPosts, query), false, true);
    if (!step.ok())
        return step;
    for (const QJsonValue &item : step.json.toArray()) {
        const QJsonObject post = item.toObject();
        // The search also matches the words in other text: the marker must be in the content.
        if (idOf(post.value(u"id")) > 0 && rawOf(post.value(u"content")).contains(marker))
            found << post;
    }
    return Step {};
}

SyncEngine::Step SyncEngine::findPhotos(const QString &marker, QList<QJsonObject> &found)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), marker);
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,source_url,description"));
    Step step = classify(m_client->get(kMedia, query), false, true);
    if (!step.ok())
        return step;
    for (const QJsonValue &item : step.json.toArray()) {
        const QJsonObject media = item.toObject();
        if (idOf(media.value(u"id")) > 0 && rawOf(media.value(u"description")).contains(marker))
            found << media;
    }
    return Step {};
}

int SyncEngine::removeExtras(const QString &route, const QList<QJsonObject> &found, qint64 keepId)
{
    int removed = 0;
    for (const QJsonObject &item : found) {
        const qint64 id = idOf(item.value(u"id"));
        if (id == keepId)
            continue;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        const HttpOutcome answer = m_client->remove(route + u'/' + QString::number(id), query);
        if (answer.status >= 200 && answer.status < 300) {
            ++removed;
            qCWarning(lcSync) << "removed duplicate" << route << id << "(kept" << keepId << ")";
        } else {
            qCWarning(lcSync) << "could not remove duplicate" << route << id << answer.status;
        }
    }
    return removed;
}

// The adopted copy's fields are the base: an update then sends only what differs.
RemotePost SyncEngine::adoptedFrom(const QJsonObject &post) const
{
    QJsonObject base;
    base.insert(QStringLiteral("title"), rawOf(post.value(u"title")));
    base.insert(QStringLiteral("content"), rawOf(post.value(u"content")));
    base.insert(QStringLiteral("excerpt"), rawOf(post.value(u"excerpt")));
    base.insert(QStringLiteral("status"), post.value(u"status").toString());
    base.insert(QStringLiteral("categories"), post.value(u"categories"));
    base.insert(QStringLiteral("tags"), post.value(u"tags"));
    base.insert(QStringLiteral("featured_media"), post.value(u"featured_media"));
    const QString log = post.value(u"meta").toObject().value(u"newsdesk_review_log").toString();
    if (!log.isEmpty())
        base.insert(QStringLiteral("review_log"), log);
    return remoteFrom(post, base);
}

RemotePost SyncEngine::remoteFrom(const QJsonObject &post, const QJsonObject &sentFields) const
{
    RemotePost remote;
    remote.remoteId = idOf(post.value(u"id"));
    remote.status = post.value(u"status").toString();
    remote.link = post.value(u"link").toString();
    remote.dateGmt = post.value(u"date_gmt").toString();
    remote.modifiedGmt = post.value(u"modified_gmt").toString();
    remote.base = sentFields;
    // The status and date the portal settled on, not the ones asked for.
    remote.base.insert(QStringLiteral("status"), remote.status);
    if (remote.status == u"future")
        remote.base.insert(QStringLiteral("date_gmt"), remote.dateGmt);
    return remote;
}

SyncEngine::Step SyncEngine::refreshBase(
    const QString &uuid, std::optional<RemotePost> &remote, bool &conflict)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("_fields"),
        QStringLiteral("id,status,date_gmt,modified_gmt,link,title,content,excerpt,meta"));
    const HttpOutcome answer
        = m_client->get(kPosts + u'/' + QString::number(remote->remoteId), query);
    Step step = classify(answer, false);
    if (step.verdict == Verdict::Gone) {
        (void)m_accounts.removePost(m_account.site(), uuid);
        return permanentStep(answer, str(u"update"));
    }
    if (!step.ok())
        return step;
    const auto post = PulledPost::fromJson(step.json.toObject());
    if (!post)
        return Step {Verdict::Retry,
            WpErrors::make(PortalErrorKind::UnexpectedResponse, m_client->host(),
                QStringLiteral("post without id or status"))
                .message,
            WpErrors::tag(PortalErrorKind::UnexpectedResponse)};
    if (post->status == u"trash") {
        // Deleted on the portal: never brought back on our own (an update would untrash it).
        (void)m_accounts.removePost(m_account.site(), uuid);
        return Step {Verdict::Gone,
            tr("The post was deleted on the portal (it is in the trash there). Submit the "
               "article again to create it anew."),
            QStringLiteral("trashed")};
    }
    if (post->modifiedGmt == remote->modifiedGmt && post->status == remote->status)
        return Step {};  // nobody touched it since our last sync
    PulledPost pulled = *post;
    pulled.uuid = uuid;
    PullApplier applier(m_db, m_clock, m_account.site());
    auto applied = applier.apply(pulled);
    if (!applied)
        return Step {Verdict::Retry, applied.error().message, QStringLiteral("store")};
    conflict = *applied == PullOutcome::Conflict;
    auto refreshed = m_accounts.post(m_account.site(), uuid);
    if (!refreshed)
        return Step {Verdict::Retry, refreshed.error().message, QStringLiteral("store")};
    remote = *refreshed;
    return Step {};
}

Result<void> SyncEngine::pullPosts(SyncSummary &summary, Step &failure)
{
    const QString site = m_account.site();
    const QString cursorKey = QStringLiteral("sync/pull-cursor/") + site;
    auto cursor = m_db.setting(cursorKey);
    if (!cursor)
        return cursor.error();
    // WordPress compares modified_after with the site's local time; one second of overlap,
    // since modified_gmt has one-second resolution (unchanged posts are skipped anyway).
    QDateTime since = cursor->isEmpty() ? m_clock.nowUtc().addDays(-30)
                                        : QDateTime::fromString(*cursor, Qt::ISODate);
    since.setTimeSpec(Qt::UTC);
    since = since.addSecs(-1);
    const QString sinceLocal = since.toTimeZone(m_account.identity.timeZone())
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QString newest = *cursor;
    PullApplier applier(m_db, m_clock, site);
    for (int page = 1; page <= 1000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        // Approvers may list the trash: a post deleted there is then said, not just missing.
        query.addQueryItem(QStringLiteral("status"),
            m_account.identity.role == Role::Approver ? kAnyStatus + QStringLiteral(",trash")
                                                      : kAnyStatus);
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        // By id, not by modified: WordPress sorts modified without a second key, so posts
        // sharing a second would move between pages and some would never come.
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        query.addQueryItem(QStringLiteral("modified_after"), sinceLocal);
        query.addQueryItem(QStringLiteral("_fields"),
            QStringLiteral("id,status,date_gmt,modified_gmt,link,title,content,excerpt,meta"));
        const HttpOutcome answer = m_client->get(kPosts, query);
        failure = classify(answer, false, true);
        if (!failure.ok())
            return {};
        for (const QJsonValue &item : failure.json.toArray()) {
            const auto post = PulledPost::fromJson(item.toObject());
            if (!post)
                continue;
            ++summary.postsPulled;
            auto applied = applier.apply(*post);
            if (!applied) {
                summary.errors << applied.error().message;
                continue;
            }
            switch (*applied) {
            case PullOutcome::Created:
                ++summary.articlesCreated;
                break;
            case PullOutcome::Updated:
                ++summary.articlesUpdated;
                break;
            case PullOutcome::Conflict:
                ++summary.conflicts;
                break;
            case PullOutcome::Unchanged:
            case PullOutcome::Skipped:
                break;
            }
            if (!applier.notice().isEmpty())
                summary.notices << applier.notice();
            if (post->modifiedGmt > newest)
                newest = post->modifiedGmt;
        }
        if (answer.totalPages < 0 || page >= answer.totalPages)
            break;
    }
    // WordPress leaves out of a context=edit list every post the account may not edit: a
    // writer's own article once it is scheduled or published. Their status and date still
    // matter here, so they come in a second, read-only pass.
    if (m_account.identity.role == Role::Writer) {
        for (int page = 1; page <= 1000; ++page) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("status"), QStringLiteral("future,publish"));
            query.addQueryItem(
                QStringLiteral("author"), QString::number(m_account.identity.userId));
            query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
            // By id, not by modified: WordPress sorts modified without a second key, so posts
            // sharing a second would move between pages and some would never come.
            query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
            query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
            query.addQueryItem(QStringLiteral("modified_after"), sinceLocal);
            query.addQueryItem(QStringLiteral("_fields"),
                QStringLiteral("id,status,date_gmt,modified_gmt,link,content"));
            const HttpOutcome answer = m_client->get(kPosts, query);
            failure = classify(answer, false, true);
            if (!failure.ok())
                return {};
            for (const QJsonValue &item : failure.json.toArray()) {
                auto post = PulledPost::fromJson(item.toObject());
                if (!post)
                    continue;
                // The rendered content keeps the marker comment; the uuid comes from it.
                if (post->uuid.isEmpty()) {
                    const QString rendered = item.toObject()
                                                 .value(u"content")
                                                 .toObject()
                                                 .value(u"rendered")
                                                 .toString();
                    post = PulledPost::fromJson(QJsonObject {{QStringLiteral("id"), post->id},
                        {QStringLiteral("status"), post->status},
                        {QStringLiteral("date_gmt"), post->dateGmt},
                        {QStringLiteral("modified_gmt"), post->modifiedGmt},
                        {QStringLiteral("link"), post->link},
                        {QStringLiteral("content"), rendered}});
                }
                if (!post || post->uuid.isEmpty())
                    continue;
                post->statusOnly = true;
                ++summary.postsPulled;
                auto applied = applier.apply(*post);
                if (!applied)
                    summary.errors << applied.error().message;
                else if (*applied == PullOutcome::Updated)
                    ++summary.articlesUpdated;
                if (post->modifiedGmt > newest)
                    newest = post->modifiedGmt;
            }
            if (answer.totalPages < 0 || page >= answer.totalPages)
                break;
        }
    }
    failure = Step {};
    // Never further than ten minutes back from now: the portal's clock may run ahead of ours,
    // and the companion plugin moves modified_gmt on by a second per quick update, so a
    // cursor at the newest time seen could pass over posts changed a moment later. Posts read
    // again are skipped cheaply (same modified_gmt and status).
    const QString ceiling
        = m_clock.nowUtc().addSecs(-600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (newest.isEmpty() || newest > ceiling)
        newest = ceiling;
    if (newest != *cursor)
        if (auto saved = m_db.setSetting(cursorKey, newest); !saved)
            return saved;
    return {};
}

Result<void> SyncEngine::checkSchedules(SyncSummary &summary)
{
    auto scheduled = m_accounts.postsWithStatus(m_account.site(), QStringLiteral("future"));
    if (!scheduled)
        return scheduled.error();
    const QDateTime now = m_clock.nowUtc();
    for (const auto &[uuid, post] : std::as_const(*scheduled)) {
        QDateTime due = QDateTime::fromString(post.dateGmt, Qt::ISODate);
        due.setTimeSpec(Qt::UTC);
        // WP-Cron publishes on the first site request after the time: allow it a few minutes.
        if (!due.isValid() || due.secsTo(now) < 5 * 60)
            continue;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        query.addQueryItem(QStringLiteral("_fields"),
            QStringLiteral("id,status,date_gmt,modified_gmt,link,title,content,excerpt,meta"));
        const HttpOutcome answer
            = m_client->get(kPosts + u'/' + QString::number(post.remoteId), query);
        const Step step = classify(answer, false);
        if (!step.ok())
            continue;  // not now; the next sync asks again
        auto pulled = PulledPost::fromJson(step.json.toObject());
        if (!pulled)
            continue;
        if (pulled->status == u"future") {
            const QString title = pulled->title;
            summary.missedSchedules << tr("“%1” was due on the portal at %2 and is still not "
                                          "published (WordPress publishes scheduled posts only "
                                          "when someone visits the site). Check the portal, or "
                                          "publish it now.")
                                           .arg(title,
                                               due.toTimeZone(m_account.identity.timeZone())
                                                   .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
            continue;
        }
        pulled->uuid = uuid;
        if (auto applied = PullApplier(m_db, m_clock, m_account.site()).apply(*pulled); !applied)
            summary.errors << applied.error().message;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Reading answers

SyncEngine::Step SyncEngine::classify(
    const HttpOutcome &outcome, bool creates, bool wantArray) const
{
    Step step;
    step.httpStatus = outcome.status;
    step.retryAfter = outcome.retryAfter;
    const QString host = m_client->host();
    if (auto failure = WpResponses::transportFailure(outcome, host, m_limits.transferTimeoutMs)) {
        step.message = failure->message;
        step.kind = WpErrors::tag(WpErrors::kindOf(*failure));
        step.verdict = creates && !neverLeft(outcome.error) ? Verdict::Unknown : Verdict::Retry;
        if (outcome.status != 0)
            step.httpStatus = outcome.status;
        return step;
    }
    const int status = outcome.status;
    if (status == 401) {
        step.verdict = Verdict::Pause;
        step.kind = WpErrors::tag(PortalErrorKind::WrongPassword);
        step.message = tr("The portal rejected the password of %1; publishing is paused until "
                          "you enter it again.")
                           .arg(m_account.identity.userName);
        return step;
    }
    if (status == 408 || status == 429 || status >= 500) {
        const WpErrorBody body = WpErrors::parseErrorBody(outcome.body);
        step.message = WpErrors::make(PortalErrorKind::ServerError, host,
            QStringLiteral("HTTP ") + QString::number(status), body.message, status)
                           .message;
        step.kind = WpErrors::tag(PortalErrorKind::ServerError);
        // A 5xx after the post was written (a plugin failing late) is possible: look it up.
        step.verdict = creates && status >= 500 ? Verdict::Unknown : Verdict::Retry;
        return step;
    }
    if (status >= 300) {
        step.verdict = status == 404 || status == 410 ? Verdict::Gone : Verdict::Permanent;
        const WpErrorBody body = WpErrors::parseErrorBody(outcome.body);
        step.kind
            = body.code.isEmpty() ? QStringLiteral("http-") + QString::number(status) : body.code;
        step.message
            = WpErrors::make(PortalErrorKind::ServerError, host, step.kind, body.message, status)
                  .message;
        return step;
    }
    QJsonParseError parseError {};
    const QJsonDocument document
        = outcome.isJson() ? QJsonDocument::fromJson(outcome.body, &parseError) : QJsonDocument();
    const bool shapeOk = outcome.isJson() && parseError.error == QJsonParseError::NoError
        && (wantArray ? document.isArray() : document.isObject());
    if (!shapeOk) {
        step.verdict = creates ? Verdict::Unknown : Verdict::Retry;
        step.kind = WpErrors::tag(PortalErrorKind::UnexpectedResponse);
        step.message = WpErrors::make(
            PortalErrorKind::UnexpectedResponse, host, QStringLiteral("not the JSON expected"))
                           .message;
        return step;
    }
    step.json = wantArray ? QJsonValue(document.array()) : QJsonValue(document.object());
    return step;
}

// A refusal, with a way forward the user can take.
SyncEngine::Step SyncEngine::permanentStep(const HttpOutcome &outcome, const QString &what) const
{
    Step step = classify(outcome, false);
    const WpErrorBody body = WpErrors::parseErrorBody(outcome.body);
    const QString server = body.message.isEmpty() ? QString() : body.message;
    QString advice;
    if (body.code == u"rest_cannot_publish" || body.code == u"rest_cannot_edit_others")
        advice = tr("Your portal account may not publish or schedule. Submit the article for "
                    "review instead; an editor publishes it.");
    else if (what == u"upload" && outcome.status == 403)
        advice = tr("Your portal account may not upload photos. Ask an editor to publish the "
                    "article, or remove its photos.");
    else if (step.verdict == Verdict::Gone)
        advice = tr("The post was deleted on the portal. Submit the article again to create it "
                    "anew.");
    step.message = server.isEmpty() ? tr("The portal refused this (HTTP %1).").arg(outcome.status)
                                    : tr("The portal refused this: %1").arg(server);
    if (!advice.isEmpty())
        step.message += u' ' + advice;
    return step;
}

}  // namespace newsdesk
