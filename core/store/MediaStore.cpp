#include "store/MediaStore.h"

#include "store/Database.h"
#include "store/RowReaders.h"
#include "store/SqliteErrors.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace newsdesk {
namespace {

const QString kMediaColumns
    = QStringLiteral("id, sha256, mime_type, size, caption, original_name, created_at");

MediaItem readMedia(const QSqlQuery &row)
{
    MediaItem item;
    item.id = row.value(0).toLongLong();
    item.sha256 = row.value(1).toString();
    item.mimeType = row.value(2).toString();
    item.size = row.value(3).toLongLong();
    item.caption = row.value(4).toString();
    item.originalName = row.value(5).toString();
    item.createdAt = store::fromMs(row.value(6));
    return item;
}

}  // namespace

MediaStore::MediaStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QString MediaStore::filePath(const QString &sha256) const
{
    // Two-character fan-out keeps folders small with many thousands of photos.
    return QDir(m_db.mediaDirectory()).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<void> MediaStore::writeFile(const QString &sha256, const QByteArray &bytes) const
{
    const QString path = filePath(sha256);
    if (QFile::exists(path) && QFileInfo(path).size() == bytes.size())
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::IoError,
            tr("Cannot create the media folder %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    // QSaveFile writes to a temporary file, syncs it and renames it: never a half-written photo.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return makeError(full ? ErrorCode::DiskFull : ErrorCode::IoError,
            tr("Cannot save the photo to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<MediaItem> MediaStore::add(const QByteArray &bytes, const QString &mimeType,
    const QString &originalName, const QString &caption)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The file is empty."));
    const QString sha256 = Sha256::hex(bytes);
    if (auto existing = findBySha256(sha256); existing)
        return existing;
    // The file first: a row must never point at bytes that are not on disk. A file without a
    // row (crash in between) is harmless and is reused by the next add of the same bytes.
    if (auto written = writeFile(sha256, bytes); !written)
        return written.error();
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO media(sha256, mime_type, size, caption, original_name, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(sha256);
    insert.addBindValue(store::text(mimeType));
    insert.addBindValue(bytes.size());
    insert.addBindValue(store::text(caption.normalized(QString::NormalizationForm_C)));
    insert.addBindValue(store::text(originalName.normalized(QString::NormalizationForm_C)));
    insert.addBindValue(store::toMs(m_clock.nowUtc()));
    if (!insert.exec())
        return m_db.errorFor(insert);
    return get(insert.lastInsertId().toLongLong());
}

Result<MediaItem> MediaStore::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT ") + kMediaColumns + QStringLiteral(" FROM media WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No media item %1 in this store.").arg(id));
    return readMedia(query);
}

Result<MediaItem> MediaStore::findBySha256(const QString &sha256) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT ") + kMediaColumns + QStringLiteral(" FROM media WHERE sha256 = ?"));
    query.addBindValue(sha256.toLower());
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No media item %1 in this store.").arg(sha256));
    return readMedia(query);
}

Result<QByteArray> MediaStore::bytes(const MediaItem &item) const
{
    QFile file(filePath(item.sha256));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            tr("The photo file %1 is missing or unreadable.")
                .arg(QDir::toNativeSeparators(file.fileName())));
    QByteArray data = file.readAll();
    if (Sha256::hex(data) != item.sha256)
        return makeError(ErrorCode::DatabaseCorrupt,
            tr("The photo file %1 is damaged.").arg(QDir::toNativeSeparators(file.fileName())));
    return data;
}

std::optional<QByteArray> MediaStore::bytesOf(const QString &sha256, QString *mimeType) const
{
    auto item = findBySha256(sha256);
    if (!item)
        return std::nullopt;
    auto read = bytes(*item);
    if (!read)
        return std::nullopt;
    if (mimeType)
        *mimeType = item->mimeType;
    return std::move(read).value();
}

Result<qint64> MediaStore::totalBytes(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT total(size) FROM media")) || !query.next())
        return storeError(db.path(), query.lastError());
    return qint64(query.value(0).toDouble());
}

}  // namespace newsdesk
