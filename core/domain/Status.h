#pragma once

// The workflow states an article can be in. Stored as stable text keys ("in_review"), never as
// numbers, so a database stays readable and the enum can grow.

#include <QString>
#include <QStringList>

#include <optional>

namespace newsdesk {

enum class Status {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Scheduled,
    Published,
    Unpublished,
    Archived,
};

QString statusKey(Status status);  // "in_review"
std::optional<Status> statusFromKey(const QString &key);  // accepts keys, case-insensitive
QString statusDisplayName(Status status);  // translated: "Chờ duyệt" / "In review"
QStringList allStatusKeys();

}  // namespace newsdesk
