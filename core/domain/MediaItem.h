#pragma once

#include <QDateTime>
#include <QString>

namespace newsdesk {

// A photo or file kept by the store. The bytes live in a file named by their sha256.
struct MediaItem {
    qint64 id = 0;
    QString sha256;  // hex
    QString mimeType;
    qint64 size = 0;
    QString caption;
    QString originalName;
    QDateTime createdAt;  // UTC
};

}  // namespace newsdesk
