#pragma once

// Connecting a WordPress account (issue 7), without UI or keychain: checks the address and
// the Application Password against the portal and says who the user is there, then pulls
// the categories and tags. Asynchronous on an injected QNetworkAccessManager, so tests can
// answer with canned replies. One operation at a time: starting one cancels the one running
// (which then reports nothing).
//
// verify(): normalise the URL; refuse plain http unless loopback or allowed for that host;
// GET the REST index (?rest_route=/, anonymous) for the site name, time zone, namespaces and
// authentication methods; GET /wp/v2/users/me?context=edit with Basic auth for the user's
// roles and capabilities. Every failure is a WpErrors kind with a translated message.

#include "portal/HttpCall.h"
#include "portal/PortalIdentity.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace newsdesk {

struct SiteIndex;

class PortalConnection : public QObject {
    Q_OBJECT

public:
    explicit PortalConnection(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PortalConnection() override;

    // The user's explicit "allow plain http for this host" (the password then travels
    // unencrypted). Loopback hosts never need it.
    void allowPlainHttp(const QString &host);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    void verify(const QUrl &siteUrl, const QString &user, const QString &appPassword);
    // Categories and tags of the site verified last (all pages); needs a successful verify().
    void fetchTerms();
    void cancel();

    bool isBusy() const { return !m_call.isNull(); }
    // The identity from the last successful verify().
    const std::optional<PortalIdentity> &identity() const { return m_identity; }

Q_SIGNALS:
    void finished(const newsdesk::Result<newsdesk::PortalIdentity> &result);
    void termsFetched(const newsdesk::Result<newsdesk::PortalTerms> &result);

private:
    using Handler = std::function<void(const HttpOutcome &)>;
    void get(const QUrl &url, bool withCredentials, Handler handler);
    void onIndex(const HttpOutcome &outcome);
    void onMe(const SiteIndex &site, const HttpOutcome &outcome);
    void fetchTermPage(bool tags, int page);
    void finishVerify(Result<PortalIdentity> result);
    void finishTerms(Result<PortalTerms> result);
    QString host() const;

    QNetworkAccessManager *m_network;
    HttpLimits m_limits;
    QSet<QString> m_plainHttpHosts;
    QPointer<HttpCall> m_call;
    QUrl m_site;  // normalised; after the index answered, the URL that really answered
    HttpCredentials m_credentials;
    std::optional<PortalIdentity> m_identity;
    PortalTerms m_terms;  // being collected by fetchTerms()
    quint64 m_generation = 0;  // bumped by cancel(): results of older operations are dropped
};

}  // namespace newsdesk
