#include "domain/Status.h"

#include <QCoreApplication>

#include <array>

namespace newsdesk {
namespace {

struct StatusInfo {
    Status status;
    const char *key;
    const char *displayName;
};

constexpr std::array kStatuses {
    StatusInfo {Status::Draft, "draft", QT_TRANSLATE_NOOP("Status", "Draft")},
    StatusInfo {Status::InReview, "in_review", QT_TRANSLATE_NOOP("Status", "In review")},
    StatusInfo {Status::ChangesRequested, "changes_requested",
        QT_TRANSLATE_NOOP("Status", "Changes requested")},
    StatusInfo {Status::Approved, "approved", QT_TRANSLATE_NOOP("Status", "Approved")},
    StatusInfo {Status::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Status", "Scheduled")},
    StatusInfo {Status::Published, "published", QT_TRANSLATE_NOOP("Status", "Published")},
    StatusInfo {Status::Unpublished, "unpublished", QT_TRANSLATE_NOOP("Status", "Withdrawn")},
    StatusInfo {Status::Archived, "archived", QT_TRANSLATE_NOOP("Status", "Archived")},
};

const StatusInfo &infoFor(Status status)
{
    for (const auto &info : kStatuses) {
        if (info.status == status)
            return info;
    }
    return kStatuses.front();
}

}  // namespace

QString statusKey(Status status)
{
    return QString::fromLatin1(infoFor(status).key);
}

std::optional<Status> statusFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &info : kStatuses) {
        if (wanted == QLatin1String(info.key))
            return info.status;
    }
    return std::nullopt;
}

QString statusDisplayName(Status status)
{
    return QCoreApplication::translate("Status", infoFor(status).displayName);
}

QStringList allStatusKeys()
{
    QStringList keys;
    for (const auto &info : kStatuses)
        keys << QString::fromLatin1(info.key);
    return keys;
}

}  // namespace newsdesk
