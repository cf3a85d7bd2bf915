#pragma once

// What connecting an account learns about the portal and the user (issue 7): shown in the
// connect dialog, and later used by preview and scheduling (time zone) and by the outbox.

#include "domain/Workflow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace newsdesk {

struct PortalIdentity {
    QString siteName;
    // Normalised, after any redirect of the REST index (e.g. http -> https); the index's own
    // "url" when it names the same origin (the user may have typed a deeper path).
    QUrl siteUrl;
    QUrl restRoot;  // the REST index used from now on: <siteUrl>/?rest_route=/
    qint64 userId = 0;
    QString userName;  // the login name
    QString displayName;
    QStringList roles;  // WordPress roles, e.g. "editor"
    QStringList capabilities;  // the granted subset of PortalIdentity::relevantCapabilities()
    Role role = Role::Writer;  // publish_posts => Approver
    QString timeZoneId;  // IANA id from timezone_string; empty when the site uses an offset
    int utcOffsetSeconds = 0;  // gmt_offset (the current offset when timeZoneId is set)
    bool companionPlugin = false;  // the Newsdesk companion plugin's namespace is present

    bool can(const QString &capability) const { return capabilities.contains(capability); }
    // The site's zone: the IANA zone when known and valid here, else a fixed offset.
    QTimeZone timeZone() const;

    // Capabilities Newsdesk looks at; the rest of WordPress's long list is not kept.
    static QStringList relevantCapabilities();
};

struct PortalTerm {
    qint64 id = 0;
    QString name;  // entities decoded (WordPress stores "&amp;")
    QString slug;
    qint64 parent = 0;  // categories only; 0 for tags and top-level categories
};

struct PortalTerms {
    QList<PortalTerm> categories;
    QList<PortalTerm> tags;
};

// The REST namespace the optional companion plugin registers.
inline constexpr char16_t kCompanionNamespace[] = u"newsdesk/v1";

}  // namespace newsdesk
