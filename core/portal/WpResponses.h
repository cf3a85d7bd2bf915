#pragma once

// Reading WordPress's answers: each reader takes one HTTP outcome and returns the typed data
// or the error to show. Pure functions, so every odd answer (HTML with 200, a truncated body,
// wrong types) is tested without a network.

#include "portal/HttpCall.h"
#include "portal/PortalIdentity.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace newsdesk {

struct SiteIndex {
    QString name;
    QUrl siteUrl;  // from the URL that answered (after redirects)
    QUrl restRoot;
    QString timeZoneId;
    int utcOffsetSeconds = 0;
    bool applicationPasswords = false;  // authentication lists "application-passwords"
    bool companionPlugin = false;
};

struct WpUser {
    qint64 id = 0;
    QString userName;
    QString displayName;
    QStringList roles;
    QStringList capabilities;  // granted, relevant ones only
};

struct TermPage {
    QList<PortalTerm> terms;
    int totalPages = 1;
};

class WpResponses {
public:
    // The failure when no usable HTTP answer arrived (network, TLS, timeout, size cap,
    // a 2xx cut short); nothing when there is an answer to read.
    static std::optional<Error> transportFailure(
        const HttpOutcome &outcome, const QString &host, int transferTimeoutMs);
    static Result<SiteIndex> readIndex(const HttpOutcome &outcome, const QString &host);
    static Result<WpUser> readMe(const HttpOutcome &outcome, const QString &host);
    // One page of /wp/v2/categories or /wp/v2/tags.
    static Result<TermPage> readTerms(const HttpOutcome &outcome, const QString &host);
};

}  // namespace newsdesk
