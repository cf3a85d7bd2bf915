#include "portal/PortalIdentity.h"

namespace newsdesk {

QTimeZone PortalIdentity::timeZone() const
{
    if (!timeZoneId.isEmpty()) {
        QTimeZone zone(timeZoneId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(utcOffsetSeconds);
}

QStringList PortalIdentity::relevantCapabilities()
{
    return {QStringLiteral("publish_posts"), QStringLiteral("edit_posts"),
        QStringLiteral("edit_published_posts"), QStringLiteral("edit_others_posts"),
        QStringLiteral("delete_posts"), QStringLiteral("delete_published_posts"),
        QStringLiteral("upload_files"), QStringLiteral("manage_categories")};
}

}  // namespace newsdesk
