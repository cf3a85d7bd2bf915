#pragma once

// Photos and files: bytes in files named by their sha256 under the store's media folder, one
// row each in SQLite. Adding the same bytes twice gives back the same item.

#include "domain/MediaItem.h"
#include "util/Clock.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

#include <optional>

namespace newsdesk {

class Database;

class MediaStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::MediaStore)

public:
    MediaStore(Database &db, const Clock &clock);

    Result<MediaItem> add(const QByteArray &bytes, const QString &mimeType,
        const QString &originalName = {}, const QString &caption = {});
    Result<MediaItem> get(qint64 id) const;
    Result<MediaItem> findBySha256(const QString &sha256) const;
    Result<QByteArray> bytes(const MediaItem &item) const;
    // The bytes (and, if asked, the MIME type) of the photo named `sha256`; nothing when the
    // store has no such photo or its file cannot be read. For pages and exports that show photos.
    std::optional<QByteArray> bytesOf(const QString &sha256, QString *mimeType = nullptr) const;

    // The bytes all photos of the store at `db` take, as their rows say (a backup's estimate).
    static Result<qint64> totalBytes(Database &db);

    // Where the bytes of `sha256` live (the file may not exist yet).
    QString filePath(const QString &sha256) const;

private:
    Result<void> writeFile(const QString &sha256, const QByteArray &bytes) const;

    Database &m_db;
    const Clock &m_clock;
};

}  // namespace newsdesk
