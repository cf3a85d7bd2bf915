#pragma once

// The portal's address: what the user typed, made into one canonical site URL, the policy for
// plain http, and the REST URLs built on it. REST goes through ?rest_route= because it works
// with plain permalinks too (DESIGN.md: /wp-json then answers an HTML page).

#include "util/Result.h"

#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace newsdesk {

class SiteUrl {
public:
    // https:// when no scheme is given; lower-case host; no user info, query or fragment; no
    // trailing slash; a pasted ".../wp-admin", ".../wp-json" or ".../wp-login.php" dropped.
    // Fails (PortalErrorKind::InvalidUrl) for anything but http(s) with a host.
    static Result<QUrl> normalise(const QUrl &input);
    static bool isLoopbackHost(const QString &host);
    // Plain http is allowed to loopback and to hosts in `allowedHosts` (lower-case) only.
    static bool plainHttpAllowed(const QUrl &site, const QSet<QString> &allowedHosts);
    // <site>/?rest_route=<route>&<query...>; `route` starts with '/'.
    static QUrl restUrl(const QUrl &site, const QString &route, const QUrlQuery &query = {});
    // The site URL back from a REST URL (after a redirect, the one that really answered).
    static QUrl siteOf(const QUrl &restUrl);
    // "example.com" or "127.0.0.1:8080": how the portal is named in messages.
    static QString displayHost(const QUrl &site);
};

}  // namespace newsdesk
