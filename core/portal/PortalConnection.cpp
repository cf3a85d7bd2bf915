#include "portal/PortalConnection.h"

#include "portal/SiteUrl.h"
#include "portal/WpErrors.h"
#include "portal/WpResponses.h"
#include "util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace newsdesk {

namespace {

// More pages than any newsroom has terms: past it the paging is not to be trusted.
constexpr int kMaxTermPages = 500;

}  // namespace

PortalConnection::PortalConnection(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

PortalConnection::~PortalConnection()
{
    cancel();
}

void PortalConnection::allowPlainHttp(const QString &host)
{
    m_plainHttpHosts.insert(host.trimmed().toLower());
}

void PortalConnection::cancel()
{
    ++m_generation;
    if (HttpCall *call = m_call.data()) {
        m_call = nullptr;
        call->abort();
        call->deleteLater();
    }
}

QString PortalConnection::host() const
{
    return SiteUrl::displayHost(m_site);
}

void PortalConnection::get(const QUrl &url, bool withCredentials, Handler handler)
{
    cancel();
    auto *call = new HttpCall(m_network, url, withCredentials ? m_credentials : HttpCredentials(),
        m_limits, nullptr, this);
    // Set after construction so the handler can tell its own call from a newer one.
    m_call = call;
    call->setDone([this, call, handler = std::move(handler)](const HttpOutcome &outcome) {
        if (m_call == call)
            m_call = nullptr;
        call->deleteLater();
        handler(outcome);
    });
}

void PortalConnection::verify(const QUrl &siteUrl, const QString &user, const QString &appPassword)
{
    cancel();
    m_identity.reset();
    Result<QUrl> site = SiteUrl::normalise(siteUrl);
    if (!site) {
        finishVerify(site.error());
        return;
    }
    m_site = site.value();
    m_credentials = {user.trimmed(), appPassword.trimmed()};
    if (m_credentials.user.isEmpty() || m_credentials.password.isEmpty()) {
        finishVerify(WpErrors::make(PortalErrorKind::MissingCredentials, host(), QString()));
        return;
    }
    if (!SiteUrl::plainHttpAllowed(m_site, m_plainHttpHosts)) {
        finishVerify(WpErrors::make(PortalErrorKind::PlainHttpRefused, host(),
            QStringLiteral("http to a non-loopback host")));
        return;
    }
    qCInfo(lcPortal) << "verifying an account on" << m_site.toString();
    get(SiteUrl::restUrl(m_site, QStringLiteral("/")), false,
        [this](const HttpOutcome &outcome) { onIndex(outcome); });
}

void PortalConnection::onIndex(const HttpOutcome &outcome)
{
    if (std::optional<Error> failure
        = WpResponses::transportFailure(outcome, host(), m_limits.transferTimeoutMs)) {
        finishVerify(*failure);
        return;
    }
    Result<SiteIndex> index = WpResponses::readIndex(outcome, host());
    if (!index) {
        finishVerify(index.error());
        return;
    }
    const SiteIndex site = index.value();
    // A redirect may have moved us (http -> https is welcome; https -> http is not followed by
    // Qt; http to another plain-http host must pass the same policy).
    m_site = site.siteUrl;
    if (!SiteUrl::plainHttpAllowed(m_site, m_plainHttpHosts)) {
        finishVerify(WpErrors::make(
            PortalErrorKind::PlainHttpRefused, host(), QStringLiteral("redirected to plain http")));
        return;
    }
    if (!site.applicationPasswords) {
        finishVerify(WpErrors::make(PortalErrorKind::AppPasswordsUnavailable, host(),
            QStringLiteral("index authentication lacks application-passwords")));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    get(SiteUrl::restUrl(m_site, QStringLiteral("/wp/v2/users/me"), query), true,
        [this, site](const HttpOutcome &outcome) { onMe(site, outcome); });
}

void PortalConnection::onMe(const SiteIndex &site, const HttpOutcome &outcome)
{
    if (std::optional<Error> failure
        = WpResponses::transportFailure(outcome, host(), m_limits.transferTimeoutMs)) {
        finishVerify(*failure);
        return;
    }
    Result<WpUser> me = WpResponses::readMe(outcome, host());
    if (!me) {
        finishVerify(me.error());
        return;
    }
    PortalIdentity identity;
    identity.siteName = site.name;
    identity.siteUrl = site.siteUrl;
    identity.restRoot = site.restRoot;
    identity.userId = me->id;
    identity.userName = me->userName.isEmpty() ? m_credentials.user : me->userName;
    identity.displayName = me->displayName;
    identity.roles = me->roles;
    identity.capabilities = me->capabilities;
    identity.role = identity.can(QStringLiteral("publish_posts")) ? Role::Approver : Role::Writer;
    identity.timeZoneId = site.timeZoneId;
    identity.utcOffsetSeconds = site.utcOffsetSeconds;
    identity.companionPlugin = site.companionPlugin;
    m_identity = identity;
    qCInfo(lcPortal) << "account verified: user id" << identity.userId << "roles" << identity.roles
                     << (identity.role == Role::Approver ? "approver" : "writer");
    finishVerify(identity);
}

void PortalConnection::fetchTerms()
{
    cancel();
    m_terms = {};
    if (!m_identity) {
        finishTerms(WpErrors::make(
            PortalErrorKind::NotConnected, host(), QStringLiteral("fetchTerms before verify")));
        return;
    }
    fetchTermPage(false, 1);
}

void PortalConnection::fetchTermPage(bool tags, int page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name,slug,parent"));
    const QString route
        = tags ? QStringLiteral("/wp/v2/tags") : QStringLiteral("/wp/v2/categories");
    get(SiteUrl::restUrl(m_site, route, query), true,
        [this, tags, page](const HttpOutcome &outcome) {
            if (std::optional<Error> failure
                = WpResponses::transportFailure(outcome, host(), m_limits.transferTimeoutMs)) {
                finishTerms(*failure);
                return;
            }
            Result<TermPage> result = WpResponses::readTerms(outcome, host());
            if (!result) {
                finishTerms(result.error());
                return;
            }
            if (result->totalPages > kMaxTermPages) {
                finishTerms(WpErrors::make(PortalErrorKind::UnexpectedResponse, host(),
                    QStringLiteral("X-WP-TotalPages ") + QString::number(result->totalPages)));
                return;
            }
            (tags ? m_terms.tags : m_terms.categories) += result->terms;
            // An empty page ends the list even if the total said more (terms deleted meanwhile).
            if (page < result->totalPages && !result->terms.isEmpty())
                fetchTermPage(tags, page + 1);
            else if (!tags)
                fetchTermPage(true, 1);
            else
                finishTerms(std::exchange(m_terms, {}));
        });
}

// Results are always delivered from the event loop, never from inside verify() or
// fetchTerms(), so callers can connect after calling and need no re-entrancy care.
void PortalConnection::finishVerify(Result<PortalIdentity> result)
{
    if (!result)
        qCWarning(lcPortal) << "verify failed:" << result.error().detail;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, result = std::move(result)] {
            if (generation == m_generation)
                Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void PortalConnection::finishTerms(Result<PortalTerms> result)
{
    if (!result)
        qCWarning(lcPortal) << "fetching terms failed:" << result.error().detail;
    else
        qCInfo(lcPortal) << "terms fetched:" << result->categories.size() << "categories,"
                         << result->tags.size() << "tags";
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, result = std::move(result)] {
            if (generation == m_generation)
                Q_EMIT termsFetched(result);
        },
        Qt::QueuedConnection);
}

}  // namespace newsdesk
